import type { CslItem } from './csl.ts';

/** Where a review cites a work: reference `n` of review `review`. */
export interface Citer {
  review: string;
  n: number;
}

/** One numbered reference of one review, as parsed from bib/<review>.bib. */
export interface Reference extends Citer {
  /** `<review>:<n>`, the entry's BibTeX key; `<review>:<n><letter>` for one paper of several printed under one number. */
  key: string;
  /** The letter (`a`, `b`, …) when the review prints several papers under number `n` (`a) …; b) …`). */
  part?: string;
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
  /**
   * The reference as the review prints it, when the importer could not read its parts (the work
   * then has no fields but this text, which pages show as printed).
   */
  printed?: string;
}

/** Result of looking up a citation key. */
export type KeyLookup =
  | {
      ok: true;
      /** The work the key names; for a number holding several papers, the first (a). */
      work: Work;
      /**
       * Every work the key names, in print order: one, except for a review's number that holds
       * several papers (`su2023:41` is a) and b); `su2023:41a` is a) alone). A citation of the
       * number cites them all, as the review does.
       */
      works: Work[];
      kind: 'reference' | 'review' | 'canonical';
    }
  | { ok: false; message: string; suggestions: string[] };
