import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Links each bibliography entry back to the places on the page that cite it: every citation group
 * gets an id (`citing-K`), and each entry ends with "Cited in" and the sections it is cited in,
 * each linked to the first citation there, with a numbered link for every further one. Runs after
 * the citations and the bibliography exist (remark-citations), on any page that has both.
 */
export default function rehypeCitationBacklinks() {
  return (tree: Root) => {
    const uses = new Map<number, { id: string; section: string }[]>();
    const entries = new Map<number, Element>();
    let section = 'Introduction';
    let k = 0;
    visit(tree, 'element', (node: Element) => {
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (/^h[23]$/.test(node.tagName) && node.properties.id !== 'references') section = toString(node).trim();
      else if (node.tagName === 'span' && classes.includes('citation') && typeof node.properties.dataRefs === 'string') {
        const id = `citing-${++k}`;
        node.properties.id = id;
        // A group may cite one work twice (with different locators): one back link per group.
        for (const n of new Set(node.properties.dataRefs.split(' ').map(Number))) {
          if (!uses.has(n)) uses.set(n, []);
          uses.get(n)!.push({ id, section });
        }
      } else if (node.tagName === 'li' && typeof node.properties.id === 'string' && /^ref-\d+$/.test(node.properties.id)) {
        entries.set(Number(node.properties.id.slice(4)), node);
      }
    });
    for (const [n, entry] of entries) {
      const places = uses.get(n);
      if (places?.length) entry.children.push(backlinks(places));
    }
  };
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function backlinks(places: { id: string; section: string }[]): Element {
  const bySection = new Map<string, string[]>();
  for (const p of places) bySection.set(p.section, [...(bySection.get(p.section) ?? []), p.id]);
  const children: ElementContent[] = [text('Cited in ')];
  [...bySection].forEach(([section, ids], i) => {
    if (i) children.push(text(', '));
    // The section's name says where the link leads, in its context (this entry, "Cited in"), and
    // a further citation's number follows its section's name. Labels that repeated the entry's
    // number and the section on every link were a sixth of a long chapter's HTML.
    children.push(el('a', { href: `#${ids[0]}` }, [text(section)]));
    ids.slice(1).forEach((id, j) => {
      children.push(el('a', { href: `#${id}`, className: ['ref-backlink-more'], ariaLabel: `citation ${j + 2}` }, [text(String(j + 2))]));
    });
  });
  return el('span', { className: ['ref-backlinks'] }, children);
}
