import type { CslItem, CslName } from './csl.ts';
import { itemYear } from './csl.ts';
import { safeHttpUrl } from '../render/safe-url.ts';

const longest = (values: (string | undefined)[]): string | undefined =>
  values.filter((v): v is string => !!v).sort((a, b) => b.length - a.length)[0];

const mostCommon = <T>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/** Full given names beat initials; more names beat fewer. */
const authorListWeight = (names: CslName[]): number =>
  names.length * 10 + names.reduce((sum, n) => sum + (n.given?.replace(/[^A-Za-z]/g, '').length ?? 0), 0) / Math.max(names.length, 1);

/**
 * Merges the items of one work: the longest title, the fullest author list, a page range over a
 * first page, the DOI and whatever else any review supplies. The earliest-listed item wins ties.
 */
export function mergeItems(id: string, items: CslItem[]): CslItem {
  const [first] = items;
  if (!first) throw new Error('mergeItems needs at least one item');
  const authors = items.map((i) => i.author ?? []).sort((a, b) => authorListWeight(b) - authorListWeight(a))[0];
  const journals = items.map((i) => i['container-title']);
  const years = items.map(itemYear).filter((y): y is number => y !== undefined);
  const pages = items.map((i) => i.page).filter((p): p is string => !!p);
  const merged: CslItem = {
    ...Object.assign({}, ...[...items].reverse()),
    id,
    type: mostCommon(items.map((i) => i.type)) ?? first.type,
  };
  delete merged.note;
  delete merged['citation-key'];
  delete merged._graph;
  const title = longest(items.map((i) => i.title));
  if (title) merged.title = title;
  if (authors?.length) merged.author = authors;
  const journal = longest(journals);
  if (journal) merged['container-title'] = journal;
  const short = journals.filter((j) => j && j !== journal).sort((a, b) => a!.length - b!.length)[0];
  if (short) merged['container-title-short'] = short;
  // The year most reviews print; on a tie, the anchor's (the first-listed reference).
  const year = mostCommon(years);
  if (year !== undefined) merged.issued = { 'date-parts': [[year]] };
  const range = pages.find((p) => /[-–]/.test(p)) ?? pages[0];
  if (range) merged.page = range.replace(/\s*[-–—]+\s*/, '–');
  const doi = mostCommon(items.map((i) => i.DOI?.trim()).filter((d): d is string => !!d));
  if (doi) merged.DOI = doi;
  // Only a web address is a URL: `javascript:` and the like would reach every href, .bib and .ris
  // made from the work, so the work never carries one.
  const url = items.map((i) => i.URL).find((u) => safeHttpUrl(u));
  if (url) merged.URL = url;
  else delete merged.URL;
  return merged;
}
