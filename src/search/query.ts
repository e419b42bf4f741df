import { asciiFormula } from './search-terms.ts';

/** Checked filter values, per filter group. */
export type FilterSelection = Record<string, readonly string[]>;

/**
 * Pagefind's filter object for a selection: values in one group are alternatives (any), groups
 * are combined (Pagefind's default, all). Pagefind UI sends a plain array per group, which
 * Pagefind reads as "all of these" — a chapter on cathodes AND anodes — not what a reader
 * ticking two interfaces means.
 */
export function pagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [group, values] of Object.entries(selection)) {
    if (values.length) filters[group] = { any: [...values] };
  }
  return filters;
}

/**
 * The query as the index spells it: formulas typed or pasted with Unicode subscripts
 * (Li₇La₃Zr₂O₁₂) are searched in ASCII (Li7La3Zr2O12), the form the build adds for every
 * subscripted formula (src/markdown/rehype-search-terms.ts).
 */
export function normaliseQuery(query: string): string {
  return asciiFormula(query).replace(/\s+/gu, ' ').trim();
}

/** Whether to search: a query, or at least one filter (browsing by filter alone). */
export const shouldSearch = (query: string, selection: FilterSelection): boolean =>
  query.length > 0 || Object.values(selection).some((v) => v.length > 0);
