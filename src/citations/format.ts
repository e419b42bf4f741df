import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { isEtAl, type CslItem, type CslName } from './csl.ts';
import type { FormatCache } from './format-cache.ts';
import type { Work } from './types.ts';

// Exported BibTeX keeps our canonical keys instead of citation-js's generated labels.
plugins.config.get('@bibtex').format.useIdAsLabel = true;
// citation-js would strip '-' (and ':') from those labels, so `wang2018ne-35` came out as
// `wang2018ne35` and no longer matched works.json; canonical keys are [a-z0-9-] only
// (canonical-key.ts), which BibTeX accepts as they are.
plugins.config.get('@bibtex').format.checkLabel = false;

/** The site-wide style: citation-js's own Vancouver template (numeric, as chemistry journals use). */
export const CSL_TEMPLATE = 'vancouver';
export const CSL_LOCALE = 'en-US';

export interface FormattedWork {
  /** The reference in the site style, as HTML escaped by the CSL processor. */
  html: string;
  text: string;
}

/** CSL-JSON as published (no internal fields). */
export const publicItem = (w: Work): CslItem => ({
  ...w.item,
  id: w.id,
  // A reference the importer could not read travels as the review prints it.
  ...(w.printed !== undefined ? { note: `As printed: ${w.printed}` } : {}),
  custom: { citedBy: w.citedBy, ...(w.source ? { source: w.source } : {}) },
});

/**
 * Formats every work once per build, in one citeproc run, so pages only look the result up
 * (formatting per page would re-parse the whole bibliography for each page). With a cache, only
 * works whose item (or the style) changed since the last build go through citeproc: in a numeric
 * style an entry's text depends on its own item alone.
 */
export function formatWorks(works: Work[], cache?: FormatCache): Map<string, FormattedWork> {
  const style = styleFingerprint();
  const out = new Map<string, FormattedWork>();
  // A reference kept as printed text is shown as printed, not through a style that has no fields to use.
  for (const w of works) if (w.printed !== undefined) out.set(w.id, { html: toHtml({ type: 'text', value: w.printed }), text: w.printed });
  const keyed = works.filter((w) => w.printed === undefined).map((w) => {
    const item = { ...w.item, id: w.id };
    return { item, key: createHash('sha256').update(style).update(JSON.stringify(item)).digest('base64url') };
  });
  const missing = keyed.filter(({ key }) => !cache?.get(key));
  const fresh = formatItems(missing.map(({ item }) => item));
  for (const { item, key } of keyed) {
    const f = fresh.get(item.id) ?? cache?.get(key);
    if (!f) throw new Error(`citeproc produced no entry for ${item.id}`);
    cache?.set(key, f);
    out.set(item.id, f);
  }
  cache?.save();
  return out;
}

/**
 * Each entry as citeproc writes it, read as HTML (not matched with patterns), and its text read
 * from that HTML: one citeproc run, not a second one in its text format (which gives the same text
 * and cost as much again).
 */
function formatItems(items: CslItem[]): Map<string, FormattedWork> {
  const out = new Map<string, FormattedWork>();
  if (items.length === 0) return out;
  const html = new Cite(items).format('bibliography', { template: CSL_TEMPLATE, lang: CSL_LOCALE, asEntryArray: true, format: 'html' });
  for (const [id, entry] of html) {
    // <div class="csl-entry"><div class="csl-left-margin">1.</div><div class="csl-right-inline">…</div></div>
    const tree = fromHtml(entry, { fragment: true });
    let body: Element | undefined;
    visit(tree, 'element', (el) => {
      if (!body && classList(el).includes('csl-right-inline')) body = el;
    });
    out.set(id, { html: body ? toHtml(body.children) : '', text: body ? toString(body).trim() : '' });
  }
  return out;
}

const classList = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/** What formatted text depends on besides the item: the style, the locale and the processor. */
function styleFingerprint(): string {
  const csl = plugins.config.get('@csl');
  const require = createRequire(import.meta.url);
  const versions = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'].map((p) => (require(`${p}/package.json`) as { version: string }).version);
  return JSON.stringify([CSL_TEMPLATE, csl.styles.get(CSL_TEMPLATE), CSL_LOCALE, csl.locales.get(CSL_LOCALE), versions]);
}


const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX for a set of items, keyed by their ids. citation-js maps the fields; two conventions
 * are kept here that it does not keep: the month is BibTeX's month macro (`month = dec`; BibTeX
 * has no day, and citation-js would write `{dec 6}`), and an incomplete author list ends
 * `and others` (the "et al." the site carries as a name).
 */
export function toBibtex(items: CslItem[]): string {
  const etAl = (names: CslName[] | undefined) => Boolean(names?.some(isEtAl));
  const month = (item: CslItem) => {
    const m = Number(item.issued?.['date-parts']?.[0]?.[1]);
    return Number.isInteger(m) && m >= 1 && m <= 12 ? MONTHS[m - 1] : undefined;
  };
  const plain = items.map((item) => {
    const { author, editor, issued, ...rest } = item;
    const year = issued?.['date-parts']?.[0]?.[0];
    return {
      ...rest,
      ...(author ? { author: author.filter((n) => !isEtAl(n)) } : {}),
      ...(editor ? { editor: editor.filter((n) => !isEtAl(n)) } : {}),
      ...(issued ? { issued: year !== undefined ? { 'date-parts': [[year]] } : issued } : {}),
    };
  });
  const entries = new Cite(plain).format('bibtex', { format: 'object' }) as unknown as { type: string; label: string; properties: Record<string, string> }[];
  return entries
    .map((entry, i) => {
      const item = items[i]!;
      const fields = Object.entries(entry.properties).map(([k, v]) => {
        if ((k === 'author' && etAl(item.author)) || (k === 'editor' && etAl(item.editor))) return `\t${k} = {${v} and others},`;
        return `\t${k} = {${v}},`;
      });
      const m = month(item);
      // A month macro is written bare: month = dec.
      if (m) fields.splice(fields.findIndex((f) => f.startsWith('\tyear')) + 1 || fields.length, 0, `\tmonth = ${m},`);
      return `@${entry.type}{${entry.label},\n${fields.join('\n')}\n}\n`;
    })
    .join('\n');
}
