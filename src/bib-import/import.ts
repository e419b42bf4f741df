/**
 * The importer as one pure function: raw list text in, entries and
 * diagnostics out. No file system here (cli.ts does that), so tests and
 * other tools can call it directly.
 */
import type { Diagnostic, ImportedEntry, ImportResult, StyleId } from './types.ts';
import { detectStyle } from './detect-style.ts';
import { segment } from './segment.ts';
import { numberSegments } from './number.ts';
import { STYLES } from './styles/index.ts';
import type { WileyParse } from './styles/wiley.ts';
import { applyOverrides, type Override } from './overrides.ts';
import { cleanText } from './text.ts';

export interface ImportOptions {
  review: string;
  /** Force a style; otherwise it is detected. */
  style?: StyleId;
  /** Overrides of this review (bib/import-overrides.yaml). */
  overrides?: Record<number, Override>;
  /** Expected number of references; a different count is a warning. */
  expect?: number;
}

export class ImportError extends Error {
  line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

export function importList(text: string, opts: ImportOptions): ImportResult {
  const diagnostics: Diagnostic[] = [];
  if (text.trim() === '') throw new ImportError(1, 'file is empty: no references to import');

  const guess = detectStyle(text);
  const scoreText = Object.entries(guess.scores).map(([k, v]) => `${k} ${v}`).join(', ');
  let style: StyleId;
  if (opts.style) {
    style = opts.style;
    if (guess.style && guess.style !== style) {
      diagnostics.push({
        line: 1, severity: 'warning',
        message: `--style ${style} given, but the list looks like ${guess.style} (line votes: ${scoreText}); expect unreadable entries`,
      });
    }
  } else if (guess.style) {
    style = guess.style;
  } else {
    throw new ImportError(1, `cannot tell the style of this list (line votes: ${scoreText}); pass --style ama|springer|wiley|acs`);
  }
  const parser = STYLES[style];

  const seg = segment(text, parser, Object.values(STYLES).filter((p) => p !== parser));
  diagnostics.push(...seg.diagnostics);
  const num = numberSegments(seg.segments);
  diagnostics.push(...num.diagnostics);

  const entries: ImportedEntry[] = [];
  for (const s of num.numbered) {
    const key = `${opts.review}:${s.n}`;
    const result = parser.parse(s.text) as WileyParse;
    const warn = (message: string) => diagnostics.push({ line: s.line, severity: 'warning', n: s.n, message: `[${s.n}] ${message}` });
    if (result.ref) {
      result.problems.forEach(warn);
      const parts = result.extra ?? [];
      if (!parts.length) {
        entries.push({ key, n: s.n, line: s.line, ref: result.ref, unparsed: false });
        continue;
      }
      // One number printed over several papers (`a) …; b) …`): each paper is its own entry,
      // keyed <review>:<n><letter>, so every paper becomes a work and none hides in a note.
      entries.push({ key: `${key}a`, n: s.n, part: 'a', line: s.line, ref: result.ref, unparsed: false });
      for (const x of parts) {
        x.result.problems.forEach((p) => warn(`${x.label}) ${p}`));
        if (x.result.ref) {
          entries.push({ key: `${key}${x.label}`, n: s.n, part: x.label, line: s.line, ref: x.result.ref, unparsed: false });
        } else {
          warn(`${x.label}) cannot read this part; kept as @misc with the text in note`);
          entries.push({
            key: `${key}${x.label}`, n: s.n, part: x.label, line: s.line, unparsed: true,
            ref: { type: 'misc', authors: [], etAl: false, fields: { note: `Unparsed reference, as printed: ${cleanText(x.text)}` } },
          });
        }
      }
      diagnostics.push({
        line: s.line, severity: 'info', n: s.n,
        message: `[${s.n}] holds ${parts.length + 1} papers; written as ${['a', ...parts.map((x) => x.label)].map((l) => `${key}${l}`).join(', ')}`,
      });
    } else {
      warn(`cannot read the reference (${result.problems.join('; ')}); kept as @misc with the text in note`);
      entries.push({
        key, n: s.n, line: s.line, unparsed: true,
        ref: { type: 'misc', authors: [], etAl: false, fields: { note: `Unparsed reference, as printed: ${cleanText(s.text)}` } },
      });
    }
  }

  for (const n of applyOverrides(entries, opts.overrides)) {
    const e = entries.find((x) => x.n === n)!;
    diagnostics.push({ line: e.line, severity: 'info', n, message: `[${n}] hand correction applied from bib/import-overrides.yaml: ${opts.overrides![n]!.reason}` });
  }

  const numbers = new Set(entries.map((e) => e.n)).size;
  if (opts.expect !== undefined && numbers !== opts.expect) {
    diagnostics.push({ line: 1, severity: 'warning', message: `found ${numbers} references, expected ${opts.expect}` });
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return { review: opts.review, style, entries, diagnostics };
}
