/**
 * Split a raw reference list into one segment per printed reference.
 *
 * What the extraction did to the lists, and how each is undone here:
 * - page furniture inside the list (`30 of 34 WILEY-`, `SUN ET AL.`) → dropped
 *   (reported as info);
 * - an entry split across a page or column break: the tail shows up either as
 *   an unbulleted line (` J. Power Sources 196, …` in pang2021) or as a new
 *   bulleted item (`- materials. Joule 4, …`). Unbulleted lines always
 *   continue the previous entry; a bulleted line continues it when the
 *   previous entry is still incomplete and the line does not look like the
 *   start of a reference in this style;
 * - number prefixes lost (sun2025, pang2021): kept as `printed: undefined`,
 *   numbering happens in number.ts.
 */
import type { Diagnostic, Segment, StyleParser } from './types.ts';
import { repairExtraction } from './text.ts';

/** Page headers/footers seen in the lists. Deliberately narrow: never eat a reference. */
const JUNK: RegExp[] = [
  /^\s*(?:<u>)?\s*\d+\s+of\s+\d+\s*(?:<\/u>)?\s*(?:↓\s*)?WILEY-?\s*$/i,
  /^\s*\$?\s*WILEY\s*[\^|]?.{0,30}\bof\b.{0,12}$/i,
  /^\s*(?:[A-Z]+\s+)+ET AL\.?\s*$/,
  /^\s*HAD THE WILEY-?\s*$/i,
  /^\s*\d{1,3}\s*$/, // a bare page number
  // Running heads, section labels and markup that extraction leaves between entries.
  /^\s*(?:-\s*)?(?:Article|Review|Perspective|Letter|Communication|Research Article|Paper|PAPER|ARTICLE|REVIEW|OPEN ACCESS|ll|Cell Press|CellPress|References|REFERENCES|Notes and references)\s*$/,
  /^\s*(?:#+\s.*|<!--.*-->|\|[\s|:-]*|©.*|www\.\S+\s*|Downloaded from .*|This article is licensed .*)$/,
];

export function isJunk(line: string): boolean {
  return JUNK.some((re) => re.test(line));
}

/** The start of an author list in any convention: `Chiu H-C,`, `Han, X.`, `X. Han`, `Janek J.`. */
const NAME_START = /^(?:\p{Lu}[\p{L}'’-]+,?\s(?:\p{Lu}\.?\s?-?){1,3}[,.;(&]|(?:\p{Lu}\.\s?-?\s?){1,3}\s?\p{Lu}\p{Ll}+)/u;

/** A line as a running head repeats it, page numbers aside. */
const headShape = (line: string) => line.trim().replace(/\d+/g, '#');

/** Bullet and number prefix of a line: `- 12. `, `- [12] `, `(12) `, `12. `, and the bare `12 ` of RSC lists. */
export function splitPrefix(line: string): { bullet: boolean; printed?: number; body: string; bare?: boolean } {
  let body = line;
  let bullet = false;
  const b = /^\s*[-•]\s+/.exec(body);
  if (b) { bullet = true; body = body.slice(b[0].length); }
  // A heading run into the first entry (`References[1] …`) is not part of it.
  body = body.replace(/^(?:References|REFERENCES|Notes and references)\s*(?=\[1\]|\(1\)|1\.?\s)/, '');
  // A number alone on its line (one token per line) starts an entry whose text follows.
  const num = /^\[\s?(\d{1,4})\s?\]\s*|^\((\d{1,4})\)\s*|^(\d{1,4})\.(?:\s+|$)|^\$\^\{(\d{1,4})\}\$\s*/.exec(body);
  if (num) {
    const printed = Number(num[1] ?? num[2] ?? num[3] ?? num[4]);
    return { bullet, printed, body: body.slice(num[0].length) };
  }
  const bare = /^(\d{1,4})\s+(?=\p{Lu}|\p{Ll}{1,3}\s|“|")/u.exec(body);
  if (bare) return { bullet, printed: Number(bare[1]), body: body.slice(bare[0].length), bare: true };
  return { bullet, body };
}

/**
 * Lines holding several references (`[1] … [2] …`, `1 A. Author … 2 B. Author …`): split before
 * each marker that carries the next number, so only the expected sequence can split a line.
 */
function splitInline(line: string, next: number, startsReference: (text: string) => boolean): string[] {
  const out: string[] = [];
  let rest = line;
  let n = next;
  for (;;) {
    // A bracketed marker splits wherever it stands (one or two numbers may be lost in the
    // extraction); a bare number only after a full stop and before an author list
    // (`… 2019, 5, 12. 13 A. Author`), never inside a title (`4 V cells`).
    const any = `(?:${n}|${n + 1}|${n + 2})`;
    const re = new RegExp(`(?<=\\S[.;,]?\\s+)(?:\\[${any}\\]|\\(${any}\\)|\\$\\^\\{${any}\\}\\$)\\s*(?=\\p{Lu}|\\p{Ll}{1,3}\\s)|(?<=[.)]\\s+)${n}\\.?\\s+(?=\\p{Lu})`, 'gu');
    let cut: number | undefined;
    let found = n;
    for (const m of rest.slice(1).matchAll(re)) {
      const bare = !/^[[($]/.test(m[0]);
      if (!bare || startsReference(rest.slice(1 + m.index + m[0].length))) {
        cut = m.index + 1;
        found = Number(/\d+/.exec(m[0])![0]);
        break;
      }
    }
    if (cut === undefined) break;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut);
    n = found + 1;
  }
  out.push(rest);
  return out;
}

/**
 * Join a continuation to the text so far. A line that ended in a hyphen
 * (`well-` / `known`) joins without a space; everything else with one
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
  const lines = text.split(/\r?\n/).map(repairExtraction);
  const segments: Segment[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Segment | undefined;
  // Running heads repeat; a reference never does (page numbers aside).
  const shapes = new Map<string, number>();
  for (const l of lines) if (l.trim()) shapes.set(headShape(l), (shapes.get(headShape(l)) ?? 0) + 1);
  const startsReference = (body: string) => NAME_START.test(body) || [style, ...others].some((p) => p.looksLikeStart(body));
  let expected = 1;
  // A list printed one token per line: a bare number there is a volume or a page, not a page number.
  let tokenLines = 0;

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    const first = splitPrefix(raw);
    const token = /^\s*\d{1,4}\s*$/.test(raw) && tokenLines >= 1 && current && !style.isComplete(current.text);
    tokenLines = raw.trim().split(/\s+/).length <= 3 ? tokenLines + 1 : 0;
    if (!token && (isJunk(raw) || (first.printed === undefined && (shapes.get(headShape(raw)) ?? 0) > 2 && !startsReference(first.body)))) {
      diagnostics.push({ line: lineNo, severity: 'info', message: `dropped page furniture "${raw.trim()}"` });
      return;
    }
    for (const piece of splitInline(raw, first.printed !== undefined ? first.printed + 1 : expected, startsReference)) {
      const { bullet, printed, body, bare } = splitPrefix(piece);
      // A number that does not continue the sequence, on a line that does not start a reference,
      // is text of the entry before (`30. 2013, 253, 151-156.` continues reference 29).
      // So is a number followed by a locator (`2013, 253`): no reference starts with digits.
      // And so is one in front of words that are no author list while the entry before is unfinished.
      const strayNumber =
        printed !== undefined && current && !startsReference(body) && (printed !== expected || /^\d/.test(body) || !style.isComplete(current.text));
      if (strayNumber || (bare && current && printed !== expected)) {
        diagnostics.push({
          line: lineNo, severity: 'warning',
          message: `"${piece.trim().slice(0, 40)}" starts with ${printed}${printed === expected ? '' : `, which is not the next number (${expected}),`} but not with authors: read as the rest of the reference on line ${current!.line}, without the number. If it is reference ${printed}, give it its own line starting "${printed}. " with its authors.`,
        });
        // The number itself is dropped: it is not part of the reference's text.
        current!.text = joinText(current!.text, body);
        current!.lines.push(lineNo);
        continue;
      }
      const startsEntry =
        printed !== undefined ||
        (bullet && (!current || style.isComplete(current.text) || startsReference(body)));
      if (startsEntry || !current) {
        if (!startsEntry) {
          diagnostics.push({ line: lineNo, severity: 'warning', message: 'text before the first reference; read as a reference' });
        }
        current = { line: lineNo, lines: [lineNo], text: body.trim(), ...(printed !== undefined ? { printed } : {}) };
        segments.push(current);
        expected = (printed ?? expected) + 1;
        continue;
      }
      diagnostics.push({
        line: lineNo,
        severity: 'info',
        message: `joined to the reference starting on line ${current.line} (${bullet ? 'split item' : 'continuation line'})`,
      });
      current.text = repairExtraction(joinText(current.text, body));
      current.lines.push(lineNo);
    }
  });
  return { segments, diagnostics };
}
