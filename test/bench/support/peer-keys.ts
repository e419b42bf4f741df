import { escapedAtSigns, findCitations } from '../../../src/markdown/citation-syntax.ts';

/** What a key resolves to, as CitationIndex.lookup answers (only the work ids are read here). */
export type KeyResolver = (key: string) => { ok: true; works: readonly { id: string }[] } | { ok: false };

export interface CanonicalText {
  /** The chapter with every citation key it resolves rewritten to its work's key. */
  text: string;
  /** Citation items rewritten (one per key as written). */
  items: number;
  /** Keys that did not resolve, left as written (`npm run check` reports them). */
  unresolved: string[];
}

/**
 * The peer (rehype-citation) looks keys up in a BibTeX file of works, keyed by our canonical keys;
 * our chapters cite review-local keys (`[@chen2021:66]`) that the citation index resolves. This
 * rewrites each citation of a chapter's source to the works it resolves to, so both libraries cite
 * the same works: `[@chen2021:66, p. 3]` → `[@doux2020aem, p. 3]`. A review's number that holds
 * several papers cites each of them (`[@su2023:41]` → `[@a; @b]`); written in-text, it becomes a
 * bracket citation of them, since Pandoc's in-text form names one work. Citations are found with
 * the site's own reading of Pandoc syntax (citation-syntax.ts), escaped `\@` left alone.
 */
export function canonicalCitationKeys(source: string, resolve: KeyResolver): CanonicalText {
  const unresolved = new Set<string>();
  let items = 0;
  let out = '';
  let cursor = 0;
  for (const m of findCitations(source, escapedAtSigns(source, source))) {
    out += source.slice(cursor, m.start);
    let segment = source.slice(m.start, m.end);
    // Each item's `@key`, in order, within this citation's text.
    let from = 0;
    for (const item of m.items) {
      const at = segment.indexOf(`@${item.key}`, from);
      const found = resolve(item.key);
      if (!found.ok || at < 0) {
        unresolved.add(item.key);
        from = at < 0 ? from : at + item.key.length + 1;
        continue;
      }
      items++;
      const dash = item.suppressAuthor ? '-' : '';
      const ids = found.works.map((w) => w.id);
      const keys =
        m.mode === 'intext' && ids.length > 1 ? `[${ids.map((id) => `@${id}`).join('; ')}]` : ids.map((id, i) => `${i ? `; ${dash}` : ''}@${id}`).join('');
      segment = segment.slice(0, at) + keys + segment.slice(at + item.key.length + 1);
      from = at + keys.length;
    }
    out += segment;
    cursor = m.end;
  }
  return { text: out + source.slice(cursor), items, unresolved: [...unresolved] };
}
