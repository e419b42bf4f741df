import type { CslItem } from './csl.ts';

/** Where a review cites a work: reference `n` of review `review`. */
export interface Citer {
  review: string;
  n: number;
}

/** One numbered reference of one review, as parsed from bib/<review>.bib. */
export interface Reference extends Citer {
  /** `<review>:<n>`, the entry's BibTeX key. */
  key: string;
  item: CslItem;
  file: string;
  line: number;
}

/** One cited publication, merged from every reference that cites it. */
export interface Work {
  /** The canonical key: readable and stable. */
  id: string;
  item: CslItem;
  citedBy: Citer[];
  /** Set when the work is itself one of the source reviews. */
  source?: string;
}

/** Result of looking up a citation key. */
export type KeyLookup =
  | { ok: true; work: Work; kind: 'reference' | 'review' | 'canonical' }
  | { ok: false; message: string; suggestions: string[] };
