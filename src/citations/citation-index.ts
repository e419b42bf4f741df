import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Library } from './library.ts';
import { formatWorks, publicItem, type FormattedWork } from './format.ts';
import type { Citer, KeyLookup, Work } from './types.ts';
import { isEtAl } from './csl.ts';
import { routes, type Routes } from '../data/routes.ts';
import { coinsTitle } from './coins.ts';
import { authorsLabel, listName, narrativeName, sourceShortName, type ShortName } from './names.ts';
import type { FormatCache } from './format-cache.ts';
import { workExports, type WorkExports } from './publish.ts';

/** What pages and the Markdown adapter need from the citation core, computed once per build. */
export interface CitationIndex {
  library: Library;
  routes: Routes;
  lookup(key: string): KeyLookup;
  work(id: string): Work;
  formatted(id: string): FormattedWork;
  /** The work's BibTeX and RIS, formatted once per build. */
  exports(id: string): WorkExports;
  /** `Han et al. 2017`, for screen readers, previews and lists. A review's id names the review. */
  shortLabel(id: string): string;
  /** `Han et al. (2017)`, as a sentence names the work. */
  narrative(id: string): string;
  /** `Pang et al. 2021, ref. 17`: where a review lists a work. */
  citerLabel(c: Citer): string;
  /** `{ authors: 'Han et al.', year: '2017' }`; no year when the work gives none. */
  shortName(id: string): { authors: string; year?: string | undefined };
  /** The bibliography entry numbered `n` on a page. */
  entryHast(id: string, n: number): Element;
}

export function createCitationIndex(library: Library, base: string, cache?: FormatCache): CitationIndex {
  const r = routes(base);
  const works = new Map(library.works.map((w) => [w.id, w]));
  const formatted = formatWorks(library.works, cache);
  const bodies = new Map<string, ElementContent[]>();
  const exported = new Map<string, WorkExports>();

  const work = (id: string): Work => {
    const w = works.get(id);
    if (!w) throw new Error(`no work ${id}`);
    return w;
  };
  // A review is named as bib/sources.yaml gives it (which may override the derived name).
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  const names = new Map<string, ShortName | { authors: string; year?: undefined }>();
  const name = (id: string) => {
    let n = names.get(id);
    if (!n) {
      const w = work(id);
      const source = w.source ? sources.get(w.source) : undefined;
      if (source) n = sourceShortName(source);
      else {
        const all = w.item.author ?? [];
        // An incomplete list ("et al." last) has more authors than it names.
        const named = all.filter((a) => !isEtAl(a));
        const families = named.map((a) => a.family ?? a.literal ?? '');
        // A work without authors (a report, a web page) is named by the start of its title, or of
        // the text as printed when the importer could not read its parts.
        const authors = authorsLabel(families, named.length < all.length) ?? (w.item.title ?? w.printed)?.split(' ').slice(0, 4).join(' ') ?? id;
        const year = w.item.issued?.['date-parts']?.[0]?.[0];
        n = year ? { authors, year: String(year) } : { authors };
      }
      names.set(id, n);
    }
    return n;
  };
  const label = (id: string, form: (n: ShortName) => string) => {
    const n = name(id);
    return n.year === undefined ? n.authors : form(n);
  };
  const citerLabel = (c: Citer) => `${label(c.review, listName)}, ref. ${c.n}`;

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
    exports: (id) => {
      let e = exported.get(id);
      if (!e) exported.set(id, (e = workExports(work(id))));
      return e;
    },
    shortName: name,
    shortLabel: (id) => label(id, listName),
    narrative: (id) => label(id, narrativeName),
    citerLabel,
    entryHast: (id, n): Element => {
      const w = work(id);
      // "Cited by Pang et al. 2021, ref. 20 · …": each a link to that review's list.
      const citedBy: ElementContent[] = [];
      w.citedBy.forEach((c, i) => {
        if (i) citedBy.push({ type: 'text', value: ' · ' });
        citedBy.push({
          type: 'element',
          tagName: 'a',
          properties: { href: r.sourceReference(c.review, c.n) },
          children: [{ type: 'text', value: citerLabel(c) }],
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
              // The work's own page: every review and chapter that cites it, and its BibTeX and RIS.
              { type: 'element', tagName: 'a', properties: { href: r.work(id), className: ['ref-work'] }, children: [{ type: 'text', value: 'Details' }] },
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
