/**
 * On a page opened from a search result, marks the searched words in the page's text. The link
 * carries them as repeated query parameters (HIGHLIGHT_PARAM): one word is a query term, marking
 * every word it begins; several words are another name of a matched term, marked where the page
 * spells them out. Words are compared folded (match.ts), so `CaCO3` marks `CaCO₃` and `H+`
 * marks `H⁺` — Pagefind's own highlight script compares them as typed and marks neither.
 */
import { edges, foldParts, markFolded, phrase, queryTerms, type Needles } from './match.ts';

/** Text that is not the page's reading text, or is already marked. */
const SKIP = 'script, style, svg, math, .katex-mathml, [data-pagefind-ignore], [aria-hidden="true"], mark, nav';

export function needlesFromParams(values: readonly string[]): Needles {
  const words = values.filter((v) => !/\s/u.test(v.trim()));
  const names = values.filter((v) => /\s/u.test(v.trim()));
  return { terms: queryTerms(words.join(' ')), phrases: names.map(phrase) };
}

/** Wraps every marked word under `root` in `<mark class="search-highlight">`; returns the marks. */
export function highlight(root: Element, needles: Needles): HTMLElement[] {
  const texts: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const words = [...text.data.matchAll(/\S+/gu)];
    if (!words.length) continue;
    const marked = markFolded(words.map((w) => foldParts(w[0])), needles);
    // From the end, so earlier offsets stay valid as the node is split.
    for (let k = words.length - 1; k >= 0; k--) {
      if (!marked[k]) continue;
      let first = k;
      while (first > 0 && marked[first - 1]) first--;
      // The mark covers the words, not the punctuation at the phrase's edges.
      const [lead] = edges(words[first]![0]);
      const [, , trail] = edges(words[k]![0]);
      const start = words[first]!.index + lead.length;
      const end = words[k]!.index + words[k]![0].length - trail.length;
      const range = root.ownerDocument.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const mark = root.ownerDocument.createElement('mark');
      mark.className = 'search-highlight';
      range.surroundContents(mark);
      marks.unshift(mark);
      k = first;
    }
  }
  return marks;
}
