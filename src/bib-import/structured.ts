/**
 * Reference lists that already come as records: BibTeX (citation-js), RIS, CSL-JSON and the
 * `reference` array Crossref holds for a DOI (https://github.com/CrossRef/rest-api-doc,
 * api_format.md, "Reference": key, DOI, author, year, journal-title, article-title, volume,
 * issue, first-page, unstructured, …). Every field is `given`; numbering follows the order of
 * the records, or a number field where every record has one (CSL `citation-number`).
 * A Crossref reference deposited only as text (`unstructured`) is read as plain text.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem, CslName } from '../citations/csl.ts';
import { normaliseDoi } from '../citations/normalise.ts';
import type { Diagnostic, EntryType, Fields, FormatId, ImportedEntry, ImportResult, ParsedReference, Person } from './types.ts';
import { cleanText, normalisePages } from './text.ts';

export function detectFormat(text: string): FormatId | undefined {
  const t = text.trim();
  if (/^[[{]/.test(t)) {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch {
      return undefined;
    }
    return crossrefReferences(data) ? 'crossref' : 'csl-json';
  }
  if (/^TY {2}- /m.test(t)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(t)) return 'bibtex';
  return undefined;
}

/** A Crossref reference (the fields the importer reads). */
interface CrossrefReference {
  key?: string;
  DOI?: string;
  author?: string;
  year?: string;
  'journal-title'?: string;
  'article-title'?: string;
  'volume-title'?: string;
  volume?: string;
  issue?: string;
  'first-page'?: string;
  unstructured?: string;
}

/** The reference array of a Crossref work response (`{message: {reference: […]}}`), or of the work itself. */
function crossrefReferences(data: unknown): CrossrefReference[] | undefined {
  const d = data as { message?: { reference?: unknown }; reference?: unknown };
  const refs = d?.message?.reference ?? d?.reference;
  return Array.isArray(refs) ? (refs as CrossrefReference[]) : undefined;
}

const CSL_TYPE: Record<string, EntryType> = {
  'article-journal': 'article',
  article: 'article',
  book: 'book',
  chapter: 'incollection',
  thesis: 'phdthesis',
  patent: 'patent',
};

const person = (n: CslName): Person => (n.literal ? { family: n.literal, literal: true } : { family: n.family ?? '', ...(n.given ? { given: n.given } : {}) });

/** A CSL item as the importer's reference (the fields the BibTeX writer knows). */
export function fromCsl(item: CslItem): ParsedReference {
  const names = item.author ?? [];
  const others = names.some((n) => !n.given && /^others$/i.test(n.family ?? n.literal ?? ''));
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const type = CSL_TYPE[item.type] ?? 'misc';
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) : undefined);
  const fields: Fields = {};
  const set = (k: keyof Fields, v: unknown) => {
    const s = text(v);
    if (s) fields[k] = s;
  };
  set('title', item.title);
  set(type === 'incollection' ? 'booktitle' : type === 'article' ? 'journal' : 'howpublished', item['container-title']);
  set('publisher', item.publisher);
  set('address', item['publisher-place']);
  set('year', year);
  set('volume', item.volume);
  set('number', item.issue ?? (type === 'patent' ? item.number : undefined));
  if (item.page) fields.pages = normalisePages(String(item.page));
  const doi = normaliseDoi(item.DOI);
  if (doi) fields.doi = doi;
  set('url', item.URL);
  return { type, authors: names.filter((n) => !(others && !n.given && /^others$/i.test(n.family ?? ''))).map(person), etAl: others, fields };
}

function fromCrossref(r: CrossrefReference): ParsedReference | undefined {
  if (!r.author && !r['journal-title'] && !r['article-title'] && !r.DOI) return undefined;
  const fields: Fields = {};
  if (r['article-title']) fields.title = cleanText(r['article-title']);
  if (r['journal-title']) fields.journal = cleanText(r['journal-title']);
  if (r.year) fields.year = r.year.slice(0, 4);
  if (r.volume) fields.volume = r.volume;
  if (r.issue) fields.number = r.issue;
  if (r['first-page']) fields.pages = r['first-page'];
  const doi = normaliseDoi(r.DOI);
  if (doi) fields.doi = doi;
  // Crossref deposits the first author's name only.
  const authors: Person[] = r.author ? [{ family: cleanText(r.author).replace(/\s+\p{Lu}\.?(?:\s?\p{Lu}\.?)*$/u, '') }] : [];
  return { type: fields.journal ? 'article' : 'misc', authors, etAl: !!r.author, fields };
}

/** Line of each record start, for messages. */
function recordLines(text: string, start: RegExp): number[] {
  const lines = text.split(/\r?\n/);
  return lines.flatMap((l, i) => (start.test(l) ? [i + 1] : []));
}

function parseRis(text: string): { item: CslItem; line: number }[] {
  const out: { item: CslItem; line: number }[] = [];
  let cur: Record<string, string[]> | undefined;
  let line = 0;
  text.split(/\r?\n/).forEach((l, i) => {
    const m = /^([A-Z][A-Z0-9]) {2}-\s?(.*)$/.exec(l);
    if (!m) return;
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') {
      cur = {};
      line = i + 1;
    }
    if (!cur) return;
    if (tag === 'ER') {
      out.push({ item: risToCsl(cur, out.length), line });
      cur = undefined;
      return;
    }
    (cur[tag] ??= []).push(value.trim());
  });
  return out;
}

const RIS_TYPE: Record<string, string> = { JOUR: 'article-journal', BOOK: 'book', CHAP: 'chapter', THES: 'thesis', PAT: 'patent', CONF: 'paper-conference', CPAPER: 'paper-conference' };

function risToCsl(r: Record<string, string[]>, i: number): CslItem {
  const one = (...tags: string[]) => tags.map((t) => r[t]?.[0]).find(Boolean);
  const names = [...(r.AU ?? []), ...(r.A1 ?? [])].map((a): CslName => {
    const [family, given] = a.split(/,\s*/);
    return given ? { family: family!, given } : { literal: a };
  });
  const year = /\d{4}/.exec(one('PY', 'Y1', 'DA') ?? '')?.[0];
  const sp = one('SP');
  const ep = one('EP');
  return {
    id: String(i + 1),
    type: RIS_TYPE[one('TY') ?? ''] ?? 'document',
    ...(names.length ? { author: names } : {}),
    ...(one('TI', 'T1') ? { title: one('TI', 'T1') } : {}),
    ...(one('T2', 'JO', 'JF', 'BT', 'JA', 'J2') ? { 'container-title': one('T2', 'JO', 'JF', 'BT', 'JA', 'J2') } : {}),
    ...(year ? { issued: { 'date-parts': [[Number(year)]] } } : {}),
    ...(one('VL') ? { volume: one('VL') } : {}),
    ...(one('IS') ? { issue: one('IS') } : {}),
    ...(sp ? { page: ep ? `${sp}-${ep}` : sp } : {}),
    ...(one('DO') ? { DOI: one('DO') } : {}),
    ...(one('UR') ? { URL: one('UR') } : {}),
    ...(one('PB') ? { publisher: one('PB') } : {}),
  };
}

function parseCslJson(text: string): { item: CslItem; line: number }[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : [data];
  return list.map((item, i) => {
    if (typeof item !== 'object' || item === null) throw new StructuredError(1, `item ${i + 1} of the CSL-JSON list is not an object`);
    return { item: item as CslItem, line: 1 };
  });
}

export class StructuredError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * Reads a structured list. `readText` reads the Crossref references deposited only as text (the
 * plain-text importer, passed in so this module does not depend on it).
 */
export function importStructured(
  text: string,
  format: FormatId,
  review: string,
  readText: (lines: string[]) => (ParsedReference | undefined)[] = () => [],
): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let records: { ref: ParsedReference | undefined; line: number; printed?: string; n?: number }[];
  if (format === 'crossref') {
    const refs = crossrefReferences(JSON.parse(text)) ?? [];
    const unstructured = refs.map((r) => (fromCrossref(r) ? undefined : r.unstructured));
    const read = readText(unstructured.filter((u): u is string => !!u));
    let k = 0;
    records = refs.map((r) => {
      const structured = fromCrossref(r);
      if (structured) return { ref: structured, line: 1 };
      const u = r.unstructured;
      return { ref: u ? read[k++] : undefined, line: 1, ...(u ? { printed: u } : {}) };
    });
  } else {
    let items: { item: CslItem; line: number }[];
    if (format === 'ris') items = parseRis(text);
    else if (format === 'csl-json') items = parseCslJson(text);
    else {
      const lines = recordLines(text, /^\s*@(?!comment|string|preamble)[A-Za-z]+\s*[{(]/i);
      // citation-js types every option of chain() as required; the others have documented defaults.
      const options = { target: '@csl/list+object', generateGraph: false } as unknown as Parameters<typeof plugins.input.chain>[1];
      let parsed: CslItem[];
      try {
        parsed = plugins.input.chain(text, options) as CslItem[];
      } catch (e) {
        const at = /at line (\d+)/.exec(String(e));
        throw new StructuredError(at ? Number(at[1]) : 1, `BibTeX syntax error: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
      }
      items = parsed.map((item, i) => ({ item, line: lines[i] ?? 1 }));
    }
    const numbers = items.map(({ item }) => Number(item['citation-number']));
    const numbered = numbers.every((n) => Number.isInteger(n) && n > 0) && new Set(numbers).size === numbers.length;
    records = items.map(({ item, line }, i) => ({ ref: fromCsl(item), line, ...(numbered ? { n: numbers[i] } : {}) }));
  }
  if (!records.length) throw new StructuredError(1, `no references in this ${format} file`);
  const entries: ImportedEntry[] = records.map((r, i) => {
    const n = r.n ?? i + 1;
    const key = `${review}:${n}`;
    const usable = r.ref && (r.ref.authors.length || r.ref.fields.title || r.ref.fields.doi);
    if (!usable) {
      diagnostics.push({ line: r.line, severity: 'warning', n, message: `[${n}] has no author, title or DOI; kept as printed text` });
      return { key, n, line: r.line, unparsed: true, printed: cleanText(r.printed ?? ''), ref: { type: 'misc', authors: [], etAl: false, fields: {} } };
    }
    const how: ImportedEntry['how'] = {};
    const level = r.printed ? 'guessed' : 'given';
    if (r.ref!.authors.length) how.author = level;
    for (const f of Object.keys(r.ref!.fields) as (keyof Fields)[]) if (f !== 'note' && f !== 'address' && f !== 'school' && f !== 'howpublished') how[f] = level;
    return { key, n, line: r.line, unparsed: false, ref: r.ref!, how };
  });
  const read = entries.filter((e) => !e.unparsed).length;
  diagnostics.push({ line: 1, severity: 'info', message: `read as ${format}: ${read} of ${entries.length} records` });
  return { review, style: format, confidence: read / entries.length, entries, diagnostics };
}
