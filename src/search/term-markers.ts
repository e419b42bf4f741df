/**
 * The other names of a term are indexed inside these markers (rehype-search-terms, work pages),
 * one block per term, so the search dialog can tell the page's own words from the names that
 * made a section match: excerpts show only the former, and a block that matched the query says
 * which of the page's own words to mark (the query `hydroxyapatite` marks the `HAp` the page wrote).
 */
export const TERMS_OPEN = '⁅';
export const TERMS_CLOSE = '⁆';
const SEPARATOR = ', ';

/** One block per group of names. Spaces keep the markers out of the indexed words. */
export const wrapTerms = (groups: readonly (readonly string[])[]): string =>
  groups.map((names) => `${TERMS_OPEN} ${names.join(SEPARATOR)} ${TERMS_CLOSE}`).join(' ');

/** A block of names in a page's words: it spans words [start, end), markers included. */
export interface TermBlock {
  start: number;
  end: number;
  names: string[];
}

/**
 * The blocks among a page's words (Pagefind's `content` split as Pagefind splits it). A block cut
 * off by the end of the words ends there.
 */
export function termBlocks(words: readonly string[]): TermBlock[] {
  const blocks: TermBlock[] = [];
  let open = -1;
  const close = (end: number) => {
    const text = words.slice(open + 1, end).join(' ');
    blocks.push({ start: open, end: Math.min(end + 1, words.length), names: text.split(SEPARATOR).map((n) => n.trim()).filter(Boolean) });
    open = -1;
  };
  words.forEach((word, i) => {
    if (word === TERMS_OPEN) open = i;
    else if (word === TERMS_CLOSE && open !== -1) close(i);
  });
  if (open !== -1) close(words.length);
  return blocks;
}
