import { asciiFormula } from './search-terms.ts';

/** Checked filter values, per filter group. */
export type FilterSelection = Record<string, readonly string[]>;

/** Pagefind's filter object: per group, pages with any of the values, or with none of them. */
export type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

/**
 * Pagefind's filter object for a selection: values in one group are alternatives (any), groups
 * are combined (Pagefind's default, all). Pagefind UI sends a plain array per group, which
 * Pagefind reads as "all of these" — a chapter on both of two values — not what a reader
 * ticking two values of a group means.
 */
export function pagefindFilters(selection: FilterSelection): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [group, values] of Object.entries(selection)) {
    if (values.length) filters[group] = { any: [...values] };
  }
  return filters;
}

/** The selection without one group's values: what that group's counts are counted against. */
export const withoutGroup = (selection: FilterSelection, group: string): FilterSelection =>
  Object.fromEntries(Object.entries(selection).filter(([g]) => g !== group));

/**
 * The two lists the dialog shows, as Pagefind filters: pages (chapters, source pages and every
 * other page) and works, each within the reader's selection. A list the selection rules out
 * (the page kind ticked is only "work", say) is absent.
 */
export function listFilters(selection: FilterSelection, workKind: string): { pages?: PagefindFilters; works?: PagefindFilters } {
  const filters = pagefindFilters(withoutGroup(selection, 'kind'));
  const kinds = selection.kind ?? [];
  if (!kinds.length) return { pages: { ...filters, kind: { none: [workKind] } }, works: { ...filters, kind: { any: [workKind] } } };
  const pageKinds = kinds.filter((k) => k !== workKind);
  return {
    ...(pageKinds.length ? { pages: { ...filters, kind: { any: pageKinds } } } : {}),
    ...(kinds.includes(workKind) ? { works: { ...filters, kind: { any: [workKind] } } } : {}),
  };
}

/**
 * The query as the index spells it: formulas typed or pasted with Unicode subscripts
 * (Ca₁₀(PO₄)₆(OH)₂) are searched in ASCII (Ca10(PO4)6(OH)2), the form the build adds for every
 * subscripted formula (src/markdown/rehype-search-terms.ts).
 */
export function normaliseQuery(query: string): string {
  return asciiFormula(query).replace(/\s+/gu, ' ').trim();
}

/** Whether to search: a query, or at least one filter (browsing by filter alone). */
export const shouldSearch = (query: string, selection: FilterSelection): boolean =>
  query.length > 0 || Object.values(selection).some((v) => v.length > 0);
