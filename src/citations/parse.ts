import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { lineIndex } from '../data/line-index.ts';
import { SourceError } from '../data/source-error.ts';
import type { CslItem } from './csl.ts';
import type { Reference } from './types.ts';

export interface BibEntry {
  key: string;
  item: CslItem;
  file: string;
  line: number;
}

const ENTRY_HEAD = /^[ \t]*@([A-Za-z]+)[ \t]*\{[ \t]*([^,\s]*)[ \t]*,?/gm;

/**
 * Parses one BibTeX file with citation-js. Syntax errors, entries without a key and duplicate
 * keys stop here with the file and line, so nothing is dropped silently.
 */
export function parseBibText(text: string, file: string): BibEntry[] {
  const heads: { key: string; line: number }[] = [];
  const firstLine = new Map<string, number>();
  const locate = lineIndex(text);
  const lineOf = (offset: number) => locate(offset).line;
  for (const m of text.matchAll(ENTRY_HEAD)) {
    const type = m[1]!.toLowerCase();
    if (type === 'comment' || type === 'preamble' || type === 'string') continue;
    const line = lineOf(m.index);
    if (!m[2]) throw new SourceError(file, line, `@${m[1]} entry has no key: write \`@${m[1]}{<key>,\` before its fields.`);
    const seen = firstLine.get(m[2]);
    if (seen !== undefined) throw new SourceError(file, line, `duplicate key "${m[2]}" (first at line ${seen}): give each entry its own key.`);
    firstLine.set(m[2], line);
    heads.push({ key: m[2], line });
  }
  // A file of comments only (bib/extra.bib before anyone adds to it) holds no entries;
  // citation-js would reject it as an unknown format.
  if (heads.length === 0 && !/^[ \t]*@/m.test(text)) return [];
  unbalancedBraces(text, file, heads, lineOf);
  let items: CslItem[];
  try {
    // citation-js types every option of chain() as required; the others have documented defaults.
    const options = { target: '@csl/list+object', generateGraph: false } as unknown as Parameters<typeof plugins.input.chain>[1];
    items = plugins.input.chain(text, options) as CslItem[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at line (\d+) col (\d+)/.exec(message);
    const first = message.split('\n')[0]!.replace(/ at line \d+ col \d+:?$/, '');
    throw new SourceError(file, at ? Number(at[1]) : 1, `BibTeX syntax error: ${plainWords(first)}. Check the braces and commas of this entry.`, at ? Number(at[2]) : undefined);
  }
  const byKey = new Map(items.map((item) => [String(item.id), item]));
  return heads.map(({ key, line }) => {
    const item = byKey.get(key);
    if (!item) throw new SourceError(file, line, `entry "${key}" could not be read: check its fields.`);
    return { key, item, file, line };
  });
}

export const parseBibFile = (path: string): BibEntry[] => parseBibText(readFileSync(path, 'utf8'), path);

/**
 * An entry whose braces do not balance: citation-js would report it where it gives up (the next
 * entry, or the end of the file), so name the entry itself.
 */
function unbalancedBraces(text: string, file: string, heads: { key: string; line: number }[], lineOf: (offset: number) => number): void {
  const starts = [...text.matchAll(ENTRY_HEAD)].filter((m) => !/^(comment|preamble|string)$/i.test(m[1]!)).map((m) => m.index);
  starts.forEach((start, i) => {
    const body = text.slice(start, starts[i + 1] ?? text.length).replace(/^[ \t]*%.*$/gm, '');
    const depth = [...body].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    if (depth === 0) return;
    const { key } = heads[i] ?? { key: '' };
    throw new SourceError(
      file,
      lineOf(start),
      depth > 0
        ? `entry "${key}" opens ${depth} brace${depth > 1 ? 's' : ''} it never closes: close each field's { with }, and the entry with } after its last field.`
        : `entry "${key}" closes ${-depth} brace${depth < -1 ? 's' : ''} it never opened: remove the extra }.`,
    );
  });
}

/** citation-js's parser expectations, in a contributor's words. */
function plainWords(parserMessage: string): string {
  if (/expected "equals"/.test(parserMessage)) return `a field name must be followed by = (write \`name = {value},\`) [${parserMessage}]`;
  if (/expected "rbrace", got "identifier"/.test(parserMessage)) return `a comma is missing after the previous field, or its value is not in braces [${parserMessage}]`;
  return parserMessage;
}

/** A reference key: `<review>:<n>`, or `<review>:<n><letter>` for one of several papers printed under one number. */
export const REFERENCE_KEY = /^([a-z0-9]+):(\d+)([a-z])?$/;

/**
 * The entries of bib/<review>.bib must be keyed `<review>:<n>`, or `<review>:<n>a`, `<review>:<n>b`, …
 * when the review prints several papers under one number; then the number has no bare entry and
 * its parts run a, b, … without a gap.
 */
export function toReferences(review: string, entries: BibEntry[]): Reference[] {
  const refs = entries.map(({ key, item, file, line }): Reference => {
    const m = REFERENCE_KEY.exec(key);
    if (!m || m[1] !== review) {
      throw new SourceError(file, line, `key "${key}" in ${basename(file)}: entries of a review's list are keyed ${review}:<number> (or ${review}:<number>a, …b for several papers under one number).`);
    }
    return { review, n: Number(m[2]), ...(m[3] ? { part: m[3] } : {}), key, item, file, line };
  });
  const byN = new Map<number, Reference[]>();
  for (const r of refs) byN.set(r.n, [...(byN.get(r.n) ?? []), r]);
  for (const [n, group] of byN) {
    const parts = group.map((r) => r.part ?? '').sort();
    const expected = group.length === 1 && !parts[0] ? [''] : parts.map((_, i) => String.fromCharCode(97 + i));
    if (parts.join() !== expected.join()) {
      const r = group.find((x) => !x.part) ?? group.at(-1)!;
      throw new SourceError(r.file, r.line, `${review}:${n} is given as ${group.map((x) => x.key).join(', ')}: a number is either one entry ${review}:${n} or parts ${review}:${n}a, ${review}:${n}b, … without a gap.`);
    }
  }
  return refs;
}
