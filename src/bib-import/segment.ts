/**
 * Split a raw reference list into one segment per printed reference.
 *
 * What the extraction did to the lists, and how each is undone here:
 * - page furniture inside the list (`30 of 34 WILEY-`, `SUN ET AL.`) → dropped
 *   (reported as info);
 * - an entry split across a page or column break: the tail shows up either as
 *   an unbulleted line (` J. Power Sources 196, …` in pang2021) or as a new
 *   bulleted item (`- batteries. Joule 4, …`). Unbulleted lines always
 *   continue the previous entry; a bulleted line continues it when the
 *   previous entry is still incomplete and the line does not look like the
 *   start of a reference in this style;
 * - number prefixes lost (sun2025, pang2021): kept as `printed: undefined`,
 *   numbering happens in number.ts.
 */
import type { Diagnostic, Segment, StyleParser } from './types.ts';

/** Page headers/footers seen in the lists. Deliberately narrow: never eat a reference. */
const JUNK: RegExp[] = [
  /^\s*(?:<u>)?\s*\d+\s+of\s+\d+\s*(?:<\/u>)?\s*(?:↓\s*)?WILEY-?\s*$/i,
  /^\s*\$?\s*WILEY\s*[\^|]?.{0,30}\bof\b.{0,12}$/i,
  /^\s*(?:[A-Z]+\s+)+ET AL\.?\s*$/,
  /^\s*HAD THE WILEY-?\s*$/i,
  /^\s*\d{1,3}\s*$/, // a bare page number
];

export function isJunk(line: string): boolean {
  return JUNK.some((re) => re.test(line));
}

/** Bullet and number prefix of a line: `- 12. `, `- [12] `, `(12) `, `12. `. */
export function splitPrefix(line: string): { bullet: boolean; printed?: number; body: string } {
  let body = line;
  let bullet = false;
  const b = /^\s*[-•]\s+/.exec(body);
  if (b) { bullet = true; body = body.slice(b[0].length); }
  const num = /^(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})\.)\s+/.exec(body);
  if (num) {
    const printed = Number(num[1] ?? num[2] ?? num[3]);
    return { bullet, printed, body: body.slice(num[0].length) };
  }
  return { bullet, body };
}

/**
 * Join a continuation to the text so far. A line that ended in a hyphen
 * (`all-` / `solid-state`) joins without a space; everything else with one
 * (doi.ts removes spaces the join put inside a DOI).
 */
export function joinText(prev: string, next: string): string {
  const a = prev.replace(/\s+$/, '');
  const b = next.replace(/^\s+/, '');
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a + b;
  return `${a} ${b}`;
}

export interface SegmentOutput {
  segments: Segment[];
  diagnostics: Diagnostic[];
}

/**
 * @param others the other styles' parsers: a bulleted line that starts a
 * reference in any style is never glued to the previous entry, so a wrong
 * `--style` cannot merge entries (it only makes them unreadable).
 */
export function segment(text: string, style: StyleParser, others: StyleParser[] = []): SegmentOutput {
  const lines = text.split(/\r?\n/);
  const segments: Segment[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Segment | undefined;

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    if (isJunk(raw)) {
      diagnostics.push({ line: lineNo, severity: 'info', message: `dropped page furniture "${raw.trim()}"` });
      return;
    }
    const { bullet, printed, body } = splitPrefix(raw);
    const startsEntry =
      printed !== undefined ||
      (bullet && (!current || style.isComplete(current.text) || [style, ...others].some((p) => p.looksLikeStart(body))));
    if (startsEntry || !current) {
      if (!startsEntry) {
        diagnostics.push({ line: lineNo, severity: 'warning', message: 'text before the first reference; read as a reference' });
      }
      current = { line: lineNo, lines: [lineNo], text: body.trim(), ...(printed !== undefined ? { printed } : {}) };
      segments.push(current);
      return;
    }
    diagnostics.push({
      line: lineNo,
      severity: 'info',
      message: `joined to the reference starting on line ${current.line} (${bullet ? 'split item' : 'continuation line'})`,
    });
    current.text = joinText(current.text, body);
    current.lines.push(lineNo);
  });
  return { segments, diagnostics };
}
