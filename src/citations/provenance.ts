/**
 * How each field of a reference was read, carried from the importer to the resolver in the
 * entry's `annote` field (the one BibTeX field citation-js keeps without giving it a meaning):
 *
 *   annote = {how read: author read, title guessed, journal guessed, year read, doi given}
 *   annote = {how read: printed text only}          (an entry the importer could not read)
 *
 * `given`: a field of a structured record (BibTeX, RIS, CSL-JSON, Crossref); `read`: taken from a
 * position the style marks (a bold year, an italic journal, a DOI); `guessed`: placed by shape
 * (where a title ends and a journal begins without markup) or repaired (a lost dash, a split
 * year). The merge of a work never lets a less certain value replace a more certain one.
 */
import type { CslItem } from './csl.ts';

export const CERTAINTY = ['guessed', 'read', 'given'] as const;
export type Certainty = (typeof CERTAINTY)[number];

/** The fields whose reading is recorded, in BibTeX's names. */
export type ReadField = 'author' | 'title' | 'journal' | 'booktitle' | 'publisher' | 'year' | 'volume' | 'number' | 'pages' | 'doi' | 'url';

/** BibTeX field → the CSL variable citation-js reads it into. */
export const CSL_OF: Record<ReadField, string> = {
  author: 'author',
  title: 'title',
  journal: 'container-title',
  booktitle: 'container-title',
  publisher: 'publisher',
  year: 'issued',
  volume: 'volume',
  number: 'issue',
  pages: 'page',
  doi: 'DOI',
  url: 'URL',
};

const PREFIX = 'how read:';
const PRINTED_ONLY = `${PREFIX} printed text only`;

export type Provenance = Partial<Record<ReadField, Certainty>>;

export function formatProvenance(p: Provenance): string {
  return `${PREFIX} ${Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ')}`;
}

export const printedOnlyAnnote = (): string => PRINTED_ONLY;

/** The certainty of each CSL variable of an item; fields of an item without a record are `given`. */
export function certaintyOf(item: CslItem): (cslVariable: string) => Certainty {
  const annote = typeof item.annote === 'string' ? item.annote : '';
  if (!annote.startsWith(PREFIX)) return () => 'given';
  const byCsl = new Map<string, Certainty>();
  for (const part of annote.slice(PREFIX.length).split(',')) {
    const [field, level] = part.trim().split(/\s+/) as [ReadField, Certainty];
    if (CSL_OF[field] && (CERTAINTY as readonly string[]).includes(level)) byCsl.set(CSL_OF[field], level);
  }
  return (v) => byCsl.get(v) ?? 'read';
}

/** An entry kept as printed text (the importer could not read its parts): its text, else undefined. */
export function printedText(item: CslItem): string | undefined {
  if (item.annote !== PRINTED_ONLY) return undefined;
  return typeof item.note === 'string' ? item.note.replace(/^As printed:\s*/, '') : '';
}

export const rank = (c: Certainty): number => CERTAINTY.indexOf(c);
