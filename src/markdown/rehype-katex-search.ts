import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * KaTeX writes every formula twice: MathML (`.katex-mathml`, with the TeX source as an
 * annotation) for assistive technology, and HTML (`.katex-html`, aria-hidden) for the eye.
 * Pagefind would index both, plus the TeX source. Keep the search index to what readers see:
 * the MathML copy is left out of the index (it stays on the page for screen readers).
 */
export default function rehypeKatexSearch() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex-mathml')) {
        node.properties.dataPagefindIgnore = 'all';
        return 'skip';
      }
    });
  };
}
