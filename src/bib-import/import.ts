/**
 * The importer as one pure function: raw list text in, entries and
 * diagnostics out. No file system here (cli.ts does that), so tests and
 * other tools can call it directly.
 */
import type { Diagnostic, Fields, ImportedEntry, ImportResult, ParsedReference, ParseResult, ReadableField, StyleId } from './types.ts';
import type { Certainty, Provenance } from '../citations/provenance.ts';
import { segment } from './segment.ts';
import { numberSegments } from './number.ts';
import { isStyleId, STYLE_IDS, STYLES } from './styles/index.ts';
import type { WileyParse } from './styles/wiley.ts';
import { applyOverrides, type Override } from './overrides.ts';
import { cleanText } from './text.ts';
import { implausible } from './gate.ts';
import { detectFormat, importStructured, StructuredError } from './structured.ts';

export interface ImportOptions {
  review: string;
  /** Force a style; otherwise it is detected. */
  style?: StyleId | string;
  /** Overrides of this review (bib/import-overrides.yaml). */
  overrides?: Record<number, Override>;
  /** Expected number of references; a different count is a warning. */
  expect?: number;
  /** The share of entries a style must read to be taken as the list's style (default 0.6). */
  minShare?: number;
}

export class ImportError extends Error {
  line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/** A reading in one style: its entries and how many of them it could read. */
interface Reading {
  style: StyleId;
  entries: ImportedEntry[];
  diagnostics: Diagnostic[];
  read: number;
}

/** Below this share of entries read, a style is not the list's style. */
const MIN_SHARE = 0.6;

const FIELD_NAMES: ReadableField[] = ['title', 'journal', 'booktitle', 'publisher', 'year', 'volume', 'number', 'pages', 'doi', 'url'];

/** How each field of a reference was read: `read` by the style's rule unless the parser guessed it. */
export function provenanceOf(ref: ParsedReference, guessed: ReadableField[] = [], level: Certainty = 'read'): Provenance {
  const how: Provenance = {};
  if (ref.authors.length) how.author = guessed.includes('author') ? 'guessed' : level;
  for (const f of FIELD_NAMES) if (ref.fields[f as keyof Fields]) how[f] = guessed.includes(f) ? 'guessed' : level;
  return how;
}

/** An entry that could not be read: no fields, only the text as printed. */
const printedEntry = (key: string, n: number, line: number, text: string, part?: string): ImportedEntry => ({
  key, n, line, unparsed: true, printed: cleanText(text), ...(part ? { part } : {}),
  ref: { type: 'misc', authors: [], etAl: false, fields: {} },
});

/** Read a parse result: the entry with its provenance, or the printed text when it cannot be trusted. */
function toEntry(result: ParseResult, key: string, n: number, line: number, text: string, warn: (m: string) => void, part?: string): ImportedEntry {
  const junk = result.ref ? implausible(result.ref) : [];
  if (result.ref && !junk.length) {
    result.problems.forEach(warn);
    return { key, n, line, ref: result.ref, unparsed: false, how: provenanceOf(result.ref, result.guessed), ...(part ? { part } : {}) };
  }
  const why = [...result.problems, ...junk].join('; ');
  warn(`cannot read the reference (${why}); kept as printed text, shown as printed on its page`);
  return printedEntry(key, n, line, text, part);
}

/**
 * Reads the list in one style. `fallbacks`: styles tried, in turn, on an entry the style cannot
 * read (lists mix forms); what they read passes the same checks and counts as guessed.
 */
function readWith(text: string, style: StyleId, review: string, fallbacks: StyleId[] = []): Reading {
  const parser = STYLES[style];
  const diagnostics: Diagnostic[] = [];
  const seg = segment(text, parser, Object.values(STYLES).filter((p) => p !== parser));
  diagnostics.push(...seg.diagnostics);
  const num = numberSegments(seg.segments);
  diagnostics.push(...num.diagnostics);
  const entries: ImportedEntry[] = [];
  for (const s of num.numbered) {
    const key = `${review}:${s.n}`;
    let result = parser.parse(s.text) as WileyParse;
    if (!result.ref || implausible(result.ref).length) {
      for (const other of fallbacks) {
        const r = STYLES[other].parse(s.text);
        if (r.ref && !implausible(r.ref).length) {
          diagnostics.push({ line: s.line, severity: 'info', n: s.n, message: `[${s.n}] read in the ${other} style (the list mixes styles); its fields count as guessed` });
          result = { ...r, guessed: [...FIELD_NAMES, 'author'] };
          break;
        }
      }
    }
    const warn = (message: string) => diagnostics.push({ line: s.line, severity: 'warning', n: s.n, message: `[${s.n}] ${message}` });
    const parts = result.ref ? result.extra ?? [] : [];
    if (!parts.length) {
      entries.push(toEntry(result, key, s.n, s.line, s.text, warn));
      continue;
    }
    // One number printed over several papers (`a) …; b) …`): each paper is its own entry,
    // keyed <review>:<n><letter>, so every paper becomes a work and none hides in a note.
    entries.push(toEntry(result, `${key}a`, s.n, s.line, s.text, warn, 'a'));
    for (const x of parts) entries.push(toEntry(x.result, `${key}${x.label}`, s.n, s.line, x.text, (m) => warn(`${x.label}) ${m}`), x.label));
    diagnostics.push({
      line: s.line, severity: 'info', n: s.n,
      message: `[${s.n}] holds ${parts.length + 1} papers; written as ${['a', ...parts.map((x) => x.label)].map((l) => `${key}${l}`).join(', ')}`,
    });
  }
  return { style, entries, diagnostics, read: entries.filter((e) => !e.unparsed).length };
}

const share = (r: Reading) => (r.entries.length ? r.read / r.entries.length : 0);
const describeReading = (r: Reading) => `${r.style} reads ${r.read} of ${r.entries.length} entries (${Math.round(share(r) * 100)}%)`;

export function importList(text: string, opts: ImportOptions): ImportResult {
  if (text.trim() === '') throw new ImportError(1, 'file is empty: no references to import');
  const format = detectFormat(text);
  if (format) {
    // Crossref references deposited only as text are read as a plain-text list of their own.
    const readText = (lines: string[]) => {
      try {
        const r = importList(lines.map((l, i) => `${i + 1}. ${l}`).join('\n'), { review: opts.review, minShare: 0 });
        return lines.map((_, i) => r.entries.find((e) => e.n === i + 1 && !e.unparsed)?.ref);
      } catch {
        return [];
      }
    };
    try {
      return finish(importStructured(text, format, opts.review, readText), opts);
    } catch (e) {
      if (e instanceof StructuredError) throw new ImportError(e.line, e.message);
      throw e;
    }
  }
  if (opts.style && !isStyleId(opts.style)) throw new ImportError(1, `"${opts.style}" is not a style of plain-text lists (one of ${STYLE_IDS.join(', ')})`);
  const readings = (opts.style ? [opts.style as StyleId] : STYLE_IDS).map((id) => readWith(text, id, opts.review));
  const ranked = [...readings].sort((a, b) => share(b) - share(a));
  // Entries the chosen style cannot read get a second reading in the other styles, best first.
  const best = readWith(text, ranked[0]!.style, opts.review, ranked.slice(1).map((r) => r.style));
  const diagnostics = [...best.diagnostics];
  if (opts.style) {
    if (share(best) < MIN_SHARE) {
      const others = STYLE_IDS.filter((id) => id !== opts.style).map((id) => readWith(text, id, opts.review)).sort((a, b) => share(b) - share(a));
      diagnostics.unshift({
        line: 1, severity: 'warning',
        message: `style ${opts.style} given, but ${describeReading(best)}; ${describeReading(others[0]!)}. Unread entries are kept as printed text.`,
      });
    }
  } else {
    if (share(best) < (opts.minShare ?? MIN_SHARE) || best.read === 0) {
      throw new ImportError(
        1,
        `cannot read this list: no style reads most of its entries (best: ${ranked.slice(0, 3).map(describeReading).join('; ')}). Check that it holds one reference per numbered item, or pass --style <${STYLE_IDS.join('|')}> to keep what cannot be read as printed text.`,
      );
    }
    const second = ranked[1];
    const sure = !second || share(ranked[0]!) - share(second) >= 0.2 ? 'sure' : `not sure: ${describeReading(second)}`;
    diagnostics.push({ line: 1, severity: 'info', message: `read as ${describeReading(ranked[0]!)}${best.read > ranked[0]!.read ? ` (${best.read} with the other styles' readings of entries it cannot read)` : ''}; ${sure}` });
  }
  return finish({ review: opts.review, style: best.style, confidence: share(best), entries: best.entries, diagnostics }, opts);
}

/** Hand corrections, the expected count, and the diagnostics in line order. */
function finish(result: ImportResult, opts: ImportOptions): ImportResult {
  const { entries, diagnostics } = result;
  for (const n of applyOverrides(entries, opts.overrides)) {
    const e = entries.find((x) => x.n === n)!;
    e.how = provenanceOf(e.ref, [], 'given');
    diagnostics.push({ line: e.line, severity: 'info', n, message: `[${n}] hand correction applied from bib/import-overrides.yaml: ${opts.overrides![n]!.reason}` });
  }
  const numbers = new Set(entries.map((e) => e.n)).size;
  if (opts.expect !== undefined && numbers !== opts.expect) {
    diagnostics.push({ line: 1, severity: 'warning', message: `found ${numbers} references, expected ${opts.expect}` });
  }
  // Stable: the reading's own messages on line 1 come first.
  diagnostics.sort((a, b) => a.line - b.line);
  return result;
}
