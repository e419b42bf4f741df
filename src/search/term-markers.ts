/**
 * The other names of a term are indexed inside these markers (rehype-search-terms), so the
 * search dialog can cut them out of result excerpts: a reader wants to see the page's own
 * words there, not the list of synonyms that made the section match.
 */
export const TERMS_OPEN = '⁅';
export const TERMS_CLOSE = '⁆';

/** Wraps a list of names for the index. Spaces keep the markers out of the indexed words. */
export const wrapTerms = (names: string[]): string => `${TERMS_OPEN} ${names.join(', ')} ${TERMS_CLOSE}`;

/**
 * An excerpt as text runs (marked or not) without what stands between the markers. Pagefind may
 * cut an excerpt inside a marked block, so an unmatched close (or open) marker ends (or starts)
 * the cut at the excerpt's edge.
 */
export function withoutTerms(runs: { text: string; mark: boolean }[]): { text: string; mark: boolean }[] {
  const firstOpen = runs.findIndex((r) => r.text.includes(TERMS_OPEN));
  const firstClose = runs.findIndex((r) => r.text.includes(TERMS_CLOSE));
  let inside = firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen || (firstClose === firstOpen && runs[firstClose]!.text.indexOf(TERMS_CLOSE) < runs[firstClose]!.text.indexOf(TERMS_OPEN)));
  const out: { text: string; mark: boolean }[] = [];
  for (const run of runs) {
    let kept = '';
    for (const ch of run.text) {
      if (ch === TERMS_OPEN) inside = true;
      else if (ch === TERMS_CLOSE) inside = false;
      else if (!inside) kept += ch;
    }
    const last = out.at(-1);
    if (!kept) continue;
    if (last && last.mark === run.mark) last.text += kept;
    else out.push({ text: kept, mark: run.mark });
  }
  // Cutting leaves doubled spaces where the block stood.
  return out.map((r) => ({ ...r, text: r.text.replace(/\s{2,}/g, ' ') }));
}
