import { foldWord } from './search-terms.ts';

/**
 * How Pagefind ranks results within each of the dialog's two lists (pages, works), given to it in
 * the browser (pagefind.options): Starlight's defaults (short pages are not favoured much, term
 * frequency counts little) and Pagefind's boost for a query found in a page's `title` metadata.
 * The boost once had to be off: a work's title is its whole record, and it put every work whose
 * title names the query above the chapters that discuss it. Chapters and works are now ranked
 * in lists of their own, so a chapter titled by the query, or a work, comes first in its list.
 * `kind` (the page kind) is metadata only for display.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  metaWeights: { kind: 0 },
} as const;

/** The query parameter that carries the search terms to the result page for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Family names in a work's `authors` metadata ("X. Han, Y. Gong, L. Hu" → Han, Gong, Hu). */
export const familyNames = (authors: string): string[] =>
  authors.split(/,\s*/u).map((name) => name.trim().split(/\s+/u).at(-1) ?? '').filter(Boolean);

/**
 * Whether a query names an author of a work, as in "Han coatings" or "Han 2017": one of its words is
 * the family name, capitalised as names are written and at least three letters long — or, next to
 * a year, any family name ("Wu 2019"). A short capitalised word alone is more often a symbol than
 * a name ("Fe film"), so it does not count without the year.
 */
export function namesAuthor(query: string, authors: string): boolean {
  const families = new Set(familyNames(authors).map(foldWord));
  const words = query.split(/\s+/u).filter(Boolean);
  const year = words.some((w) => /^(1[89]|20)\d\d$/u.test(w));
  return words.some((w) => families.has(foldWord(w)) && (year || /^\p{Lu}\p{Ll}{2,}/u.test(w)));
}
