/**
 * Pandoc citation syntax, found in a run of text: `[@a]`, `[@a; @b]`, `[@a, p. 3]`, `[see @a]`,
 * `[-@a]` and in-text `@a says`. A pure function over strings, so it is tested on its own.
 */

export interface CiteItem {
  key: string;
  prefix?: string;
  locator?: string;
  suppressAuthor: boolean;
}

export interface CitationMatch {
  mode: 'bracket' | 'intext';
  items: CiteItem[];
  /** Offsets of the whole citation in the text. */
  start: number;
  end: number;
}

// A key: letters, digits and underscores, with single internal `:` `.` `-` `+` `/` (so the full
// stop that ends a sentence is not part of the key).
const KEY = String.raw`[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.\-+/](?=[A-Za-z0-9_]))*`;
const ITEM = new RegExp(String.raw`^\s*(.*?)(-?)@(${KEY})\s*(?:,\s*([\s\S]*?))?\s*$`);
const BRACKET = /\[([^[\]]*@[^[\]]*)\]/g;
const INTEXT = new RegExp(String.raw`(^|[^\p{L}\p{N}_@\\\[])@(${KEY})`, 'gu');

/**
 * Finds the citations in `text`. `escaped(i)` says whether the `@` at offset i was written `\@`
 * in the source (an escaped at-sign is plain text).
 */
export function findCitations(text: string, escaped: (at: number) => boolean = () => false): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const body = m[1]!;
    const parts = body.split(';');
    const items: CiteItem[] = [];
    let offset = m.index + 1;
    let ok = true;
    for (const part of parts) {
      const pm = ITEM.exec(part);
      const at = offset + part.indexOf('@');
      if (!pm || escaped(at)) {
        ok = false;
        break;
      }
      items.push({
        key: pm[3]!,
        suppressAuthor: pm[2] === '-',
        ...(pm[1]!.trim() ? { prefix: pm[1]!.trim() } : {}),
        ...(pm[4]?.trim() ? { locator: pm[4].trim() } : {}),
      });
      offset += part.length + 1;
    }
    if (ok) found.push({ mode: 'bracket', items, start: m.index, end: m.index + m[0].length });
  }
  const inBracket = (i: number) => found.some((f) => i >= f.start && i < f.end);
  for (const m of text.matchAll(INTEXT)) {
    const at = m.index + m[1]!.length;
    if (inBracket(at) || escaped(at)) continue;
    found.push({ mode: 'intext', items: [{ key: m[2]!, suppressAuthor: false }], start: at, end: at + 1 + m[2]!.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * For a text node: which of its `@` were escaped in the source. The k-th `@` of the decoded
 * text is the k-th `@` of the raw source, escaped when an odd number of backslashes precede it.
 */
export function escapedAtSigns(decoded: string, raw: string | undefined): (at: number) => boolean {
  if (!raw) return () => false;
  const flags: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '@') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && raw[j] === '\\'; j--) slashes++;
    flags.push(slashes % 2 === 1);
  }
  const ats: number[] = [];
  for (let i = 0; i < decoded.length; i++) if (decoded[i] === '@') ats.push(i);
  return (at) => flags[ats.indexOf(at)] ?? false;
}

/** `[3, 4, 5, 7]` → `3–5, 7`, as numeric styles print runs. */
export function compressNumbers(numbers: number[]): { from: number; to: number }[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last.to + 1) last.to = n;
    else runs.push({ from: n, to: n });
  }
  return runs;
}
