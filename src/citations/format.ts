import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { isEtAl, type CslItem, type CslName } from './csl.ts';
import type { Work } from './types.ts';

// Exported BibTeX keeps our canonical keys instead of citation-js's generated labels.
plugins.config.get('@bibtex').format.useIdAsLabel = true;
// citation-js would strip '-' (and ':') from those labels, so `wang2018ne-35` came out as
// `wang2018ne35` and no longer matched works.json; canonical keys are [a-z0-9-] only
// (canonical-key.ts), which BibTeX accepts as they are.
plugins.config.get('@bibtex').format.checkLabel = false;

/** The site-wide style: citation-js's own Vancouver template (numeric, as chemistry journals use). */
export const CSL_TEMPLATE = 'vancouver';

export interface FormattedWork {
  /** The reference in the site style, as HTML escaped by the CSL processor. */
  html: string;
  text: string;
}

/** CSL-JSON as published (no internal fields). */
export const publicItem = (w: Work): CslItem => ({ ...w.item, id: w.id, custom: { citedBy: w.citedBy, ...(w.source ? { source: w.source } : {}) } });

/**
 * Formats every work once per build, in one citeproc run, so pages only look the result up
 * (formatting per page would re-parse the whole bibliography for each page).
 */
export function formatWorks(works: Work[]): Map<string, FormattedWork> {
  const items = works.map((w) => ({ ...w.item, id: w.id }));
  const cite = new Cite(items);
  const html = cite.format('bibliography', { format: 'html', template: CSL_TEMPLATE, lang: 'en-US' }) as string;
  const text = cite.format('bibliography', { format: 'text', template: CSL_TEMPLATE, lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  const out = new Map<string, FormattedWork>();
  const textById = new Map(text.map(([id, t]) => [id, stripNumber(t.trim())]));
  for (const m of html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>\n?\s*(?=<div data-csl-entry-id|<\/div>\s*$)/g)) {
    const id = decodeAttr(m[1]!);
    const inner = m[2]!.replace(/<div class="csl-left-margin">[\s\S]*?<\/div>/, '').replace(/<\/?div[^>]*>/g, '').trim();
    out.set(id, { html: inner, text: textById.get(id) ?? '' });
  }
  for (const w of works) if (!out.has(w.id)) throw new Error(`citeproc produced no entry for ${w.id}`);
  return out;
}

const stripNumber = (s: string) => s.replace(/^\d+\.\s*/, '');
const decodeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

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
