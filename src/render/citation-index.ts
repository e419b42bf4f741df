import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Library } from '../citations/library.ts';
import { formatWorks, publicItem, type FormattedWork } from '../citations/format.ts';
import type { KeyLookup, Work } from '../citations/types.ts';
import { isEtAl } from '../citations/csl.ts';
import { routes, type Routes } from './routes.ts';
import { coinsTitle } from '../citations/coins.ts';
import type { FormatCache } from '../citations/format-cache.ts';

/** What pages and the Markdown adapter need from the citation core, computed once per build. */
export interface CitationIndex {
  library: Library;
  routes: Routes;
  lookup(key: string): KeyLookup;
  work(id: string): Work;
  formatted(id: string): FormattedWork;
  /** `Han et al. 2017`, for screen readers and previews. */
  shortLabel(id: string): string;
  /** `Han et al.`, for in-text citations. */
  authorLabel(id: string): string;
  /** The bibliography entry numbered `n` on a page. */
  entryHast(id: string, n: number): Element;
}

export function createCitationIndex(library: Library, base: string, cache?: FormatCache): CitationIndex {
  const r = routes(base);
  const works = new Map(library.works.map((w) => [w.id, w]));
  const formatted = formatWorks(library.works, cache);
  const bodies = new Map<string, ElementContent[]>();

  const work = (id: string): Work => {
    const w = works.get(id);
    if (!w) throw new Error(`no work ${id}`);
    return w;
  };
  const authorLabel = (id: string): string => {
    const all = work(id).item.author ?? [];
    // An incomplete list ("et al." last) has more authors than it names.
    const names = all.filter((n) => !isEtAl(n));
    const family = (i: number) => names[i]?.family ?? names[i]?.literal ?? '';
    if (names.length === 0) return work(id).item.title?.split(' ').slice(0, 4).join(' ') ?? id;
    if (names.length === 1 && all.length === 1) return family(0);
    if (names.length === 2 && all.length === 2) return `${family(0)} and ${family(1)}`;
    return `${family(0)} et al.`;
  };

  // The formatted reference as hast, parsed once per work; each page gets its own copy.
  const body = (id: string): ElementContent[] => {
    let b = bodies.get(id);
    if (!b) {
      b = linkDois(fromHtml(formatted.get(id)!.html, { fragment: true }).children as ElementContent[]);
      bodies.set(id, b);
    }
    return structuredClone(b);
  };

  return {
    library,
    routes: r,
    lookup: library.lookup,
    work,
    formatted: (id) => formatted.get(id)!,
    authorLabel,
    shortLabel: (id) => {
      const y = work(id).item.issued?.['date-parts']?.[0]?.[0];
      return `${authorLabel(id)}${y ? ` ${y}` : ''}`;
    },
    entryHast: (id, n): Element => {
      const w = work(id);
      const citedBy: ElementContent[] = [];
      w.citedBy.forEach((c, i) => {
        if (i) citedBy.push({ type: 'text', value: ' · ' });
        citedBy.push({
          type: 'element',
          tagName: 'a',
          properties: { href: r.sourceReference(c.review, c.n) },
          children: [{ type: 'text', value: `${c.review} [${c.n}]` }],
        });
      });
      // COinS: reference managers (Zotero's connector) read each entry from this empty span.
      const coins: Element = { type: 'element', tagName: 'span', properties: { className: ['Z3988'], title: coinsTitle(publicItem(w)) }, children: [] };
      return {
        type: 'element',
        tagName: 'li',
        properties: { id: `ref-${n}`, value: String(n), dataWork: id },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['ref-text'] }, children: body(id) },
          coins,
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['ref-meta'] },
            children: [
              ...(citedBy.length ? [{ type: 'text' as const, value: 'Cited by ' }, ...citedBy, { type: 'text' as const, value: ' · ' }] : []),
              { type: 'element', tagName: 'a', properties: { href: r.work(id), className: ['ref-work'] }, children: [{ type: 'text', value: `@${id}` }] },
            ],
          },
        ],
      };
    },
  };
}

const DOI_IN_TEXT = /doi:(10\.\S+?)(?=\.?(?:\s|$))/g;

/**
 * Links each `doi:10.…` of a formatted reference to doi.org. It works on the parsed text, not on
 * the HTML string: a DOI comes from a bib file and may hold `"` or `<`, which must stay text
 * (encoded in the href) rather than close the attribute.
 */
function linkDois(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: linkDois(node.children) }];
    if (node.type !== 'text') return [node];
    const out: ElementContent[] = [];
    let cursor = 0;
    for (const m of node.value.matchAll(DOI_IN_TEXT)) {
      const doi = m[1]!;
      const start = m.index + 'doi:'.length;
      out.push({ type: 'text', value: node.value.slice(cursor, start) });
      out.push({ type: 'element', tagName: 'a', properties: { href: `https://doi.org/${encodeURI(doi)}` }, children: [{ type: 'text', value: doi }] });
      cursor = start + doi.length;
    }
    if (cursor === 0) return [node];
    if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
    return out;
  });
}
