/**
 * How the search ranks results, given to Pagefind in the browser (pagefind.options). Starlight's
 * defaults (short pages are not favoured much, term frequency counts little), plus one change:
 * Pagefind boosts a page fivefold when the query is in its `title` metadata. A work's title is
 * its whole record, so that boost put every work whose title mentions "garnet" above the chapters
 * that discuss garnets. With it off, chapters still rank by their own title (an h1, weighted
 * in the body) and works are found by title, author and year like any other text.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  metaWeights: { title: 0, kind: 0 },
} as const;

/** The query parameter that carries the search terms to the result page for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';
