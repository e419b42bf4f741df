import { Cite, plugins } from '@citation-js/core';
import { toHtml } from 'hast-util-to-html';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl.ts';
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
export const publicItem = (w: Work): CslItem => ({
  ...w.item,
  id: w.id,
  // A reference the importer could not read travels as the review prints it.
  ...(w.printed !== undefined ? { note: `As printed: ${w.printed}` } : {}),
  custom: { citedBy: w.citedBy, ...(w.source ? { source: w.source } : {}) },
});

/**
 * Formats every work once per build, in one citeproc run, so pages only look the result up
 * (formatting per page would re-parse the whole bibliography for each page).
 */
export function formatWorks(works: Work[]): Map<string, FormattedWork> {
  const out = new Map<string, FormattedWork>();
  // A reference kept as printed text is shown as printed, not through a style that has no fields to use.
  for (const w of works) if (w.printed !== undefined) out.set(w.id, { html: toHtml({ type: 'text', value: w.printed }), text: w.printed });
  const items = works.filter((w) => w.printed === undefined).map((w) => ({ ...w.item, id: w.id }));
  const cite = new Cite(items);
  const html = cite.format('bibliography', { format: 'html', template: CSL_TEMPLATE, lang: 'en-US' }) as string;
  const text = cite.format('bibliography', { format: 'text', template: CSL_TEMPLATE, lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
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

/** BibTeX for a set of works, keyed by canonical key. */
export function toBibtex(items: CslItem[]): string {
  return new Cite(items).format('bibtex', { format: 'text' }) as string;
}
