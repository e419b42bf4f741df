import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { GlossaryEntry } from '../schema/glossary.ts';
import { searchKeyGroups, termMatchers } from '../search/search-terms.ts';
import { wrapTerms } from '../search/term-markers.ts';

/** The attribute whose value Pagefind indexes in place (data-pagefind-index-attrs). */
export const SEARCH_TERMS_ATTRIBUTE = 'data-search-terms';

const HEADING = /^h[1-6]$/u;
/** Elements whose text is not prose: code, and anything already kept out of the index. */
const SKIPPED = new Set(['pre', 'code', 'script', 'style', 'svg', 'math']);

function skipped(node: Element): boolean {
  if (SKIPPED.has(node.tagName)) return true;
  const p = node.properties ?? {};
  if (p.dataPagefindIgnore !== undefined || p.hidden) return true;
  const classes = Array.isArray(p.className) ? p.className : [];
  // KaTeX markup spells formulas letter by letter; its searchable text is handled on its own.
  return classes.includes('katex') || classes.includes('katex-display');
}

/**
 * Makes a chapter findable the way a researcher in its field searches, without changing what anyone
 * sees or hears. In each section (the text between two headings — one Pagefind sub-result), before
 * the first mention of a glossary term or of a subscripted formula, it inserts an empty
 * `<span data-pagefind-index-attrs="data-search-terms" data-search-terms="⁅ HAp, Ca10(PO4)6(OH)2, hydroxyapatite, … ⁆">`
 * (one block per term, src/search/term-markers.ts).
 * Pagefind indexes that attribute's value at that place, so `hydroxyapatite` finds the section that
 * says HAp, and `CaCO3` finds the one that says CaCO₃. An attribute on an empty element is neither
 * rendered nor exposed to assistive technology, unlike hidden text.
 */
export default function rehypeSearchTerms({ glossary }: { glossary: readonly GlossaryEntry[] }) {
  const matchers = termMatchers(glossary);
  return (tree: Root) => {
    let seen = new Set<string>();
    const insertions: Array<{ parent: Root | Element; before: RootContent | ElementContent; keys: string[][] }> = [];
    const keysFor = (text: string): string[][] => searchKeyGroups(text, matchers, seen);

    /** Walks in document order; `anchor` is where a heading's keys go (after the heading). */
    const walk = (parent: Root | Element, anchor?: { parent: Root | Element; before: RootContent | ElementContent; keys: string[][] }) => {
      for (const child of [...parent.children]) {
        if (child.type === 'text') {
          const keys = keysFor(child.value);
          if (!keys.length) continue;
          if (anchor) anchor.keys.push(...keys);
          else insertions.push({ parent, before: child, keys });
        } else if (child.type === 'element') {
          if (skipped(child)) continue;
          if (HEADING.test(child.tagName)) {
            // A heading opens a new Pagefind sub-result. Keys must not go inside the heading
            // (they would become part of the sub-result's title), so they follow it.
            seen = new Set();
            const siblings = parent.children as Array<RootContent | ElementContent>;
            const next = siblings[siblings.indexOf(child) + 1];
            const slot = { parent, before: next ?? child, keys: [] as string[][], after: !next };
            walk(child, slot);
            if (slot.keys.length) insertions.push(slot);
          } else {
            walk(child, anchor);
          }
        } else if ('children' in child) {
          walk(child as unknown as Element, anchor);
        }
      }
    };
    walk(tree);

    for (const { parent, before, keys, ...rest } of insertions) {
      const span: Element = {
        type: 'element',
        tagName: 'span',
        properties: { dataPagefindIndexAttrs: SEARCH_TERMS_ATTRIBUTE, dataSearchTerms: wrapTerms(keys) },
        children: [],
      };
      const siblings = parent.children as Array<RootContent | ElementContent>;
      const at = siblings.indexOf(before) + ('after' in rest && rest.after ? 1 : 0);
      siblings.splice(at, 0, span);
    }
  };
}
