import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { plugins } from '@citation-js/core';
import { closest, distance } from 'fastest-levenshtein';
import { SourceError } from '../data/source-error.ts';
import { decodeBib, KNOWN_FIELDS, readBibEntries, type RawEntry } from './bibtex-entries.ts';
import { ET_AL, type CslItem, type CslName } from './csl.ts';
import type { Reference } from './types.ts';

export interface BibEntry {
  key: string;
  item: CslItem;
  file: string;
  line: number;
}

/**
 * A BibTeX key the site can use: letters, digits and `_`, joined by single `-` `:` `.` `+` (as
 * `chen2021:66`, `wang2018ne-35`). A key names a work's page and files, so no `/`, no spaces, no
 * `..` that would make it a path.
 */
export const BIB_KEY = /^[A-Za-z0-9_]+(?:[-:.+][A-Za-z0-9_]+)*$/;

/** Receives what is read but suspicious (an unknown field): printed, not fatal. */
export type BibWarn = (warning: SourceError) => void;

/**
 * Parses one BibTeX text as BibTeX tools read it (citation-js's grammar and its LaTeX decoding).
 * Syntax errors, entries without a key, keys that are not keys and duplicate keys stop here with
 * the file and line, so nothing is dropped silently; a field citation-js does not read (a typo
 * such as `autor`) and LaTeX it cannot decode are warnings with what was probably meant.
 */
export function parseBibText(text: string, file: string, warn: BibWarn = () => {}): BibEntry[] {
  const entries = readBibEntries(text, file);
  const firstLine = new Map<string, number>();
  for (const e of entries) {
    if (!BIB_KEY.test(e.key)) {
      throw new SourceError(file, e.line, `key "${e.key}" is not a key: use letters, digits and _, joined by single - : . + (e.g. smith2024), since a key becomes part of the work's web address.`);
    }
    const seen = firstLine.get(e.key);
    if (seen !== undefined) throw new SourceError(file, e.line, `duplicate key "${e.key}" (first at line ${seen}): give each entry its own key.`);
    firstLine.set(e.key, e.line);
    unknownFields(e, file, warn);
  }
  if (entries.length === 0) return [];
  // citation-js types every option of chain() as required; the others have documented defaults.
  const options = { target: '@csl/list+object', generateGraph: false } as unknown as Parameters<typeof plugins.input.chain>[1];
  const input = entries.map((e) => ({ type: e.type, label: e.key, properties: e.properties, ...(e.annotations ? { annotations: e.annotations } : {}) }));
  const items = plugins.input.chain(input, options) as CslItem[];
  const byKey = new Map(items.map((item) => [String(item.id), item]));
  return entries.map(({ key, line }) => {
    const item = byKey.get(key);
    if (!item) throw new SourceError(file, line, `entry "${key}" could not be read: check its fields.`);
    for (const field of ['author', 'editor'] as const) if (item[field]) item[field] = withEtAl(item[field]);
    undecodedLatex(item, key, file, line, warn);
    return { key, item, file, line };
  });
}

/** A BibTeX file: UTF-8 (a byte that is not is an error at its line), then parseBibText. */
export const parseBibFile = (path: string, warn?: BibWarn): BibEntry[] => parseBibText(decodeBib(readFileSync(path), path), path, warn);

/** BibTeX's `and others` ends an incomplete list: the site writes it "et al.", never an author called "others". */
const withEtAl = (names: CslName[]): CslName[] => names.map((n, i) => (i === names.length - 1 && i > 0 && !n.given && (n.family ?? n.literal) === 'others' ? ET_AL : n));

/** A field name citation-js does not read is dropped from the work: say so, with the field it most likely meant. */
function unknownFields(e: RawEntry, file: string, warn: BibWarn): void {
  for (const field of Object.keys(e.properties)) {
    if (KNOWN_FIELDS.includes(field)) continue;
    const near = closest(field, KNOWN_FIELDS as string[]);
    const hint = distance(field, near) <= Math.max(1, Math.ceil(field.length / 3)) ? `did you mean "${near}"?` : 'use a BibTeX field name (author, title, journal, year, volume, pages, doi, …)';
    warn(new SourceError(file, e.fieldLines[field] ?? e.line, `entry "${e.key}": the field "${field}" is not a BibTeX field, so it is not read; ${hint}`));
  }
}

/** LaTeX left in a field after decoding would be shown as it is: say which command, and what to write. */
function undecodedLatex(item: CslItem, key: string, file: string, line: number, warn: BibWarn): void {
  const texts = [item.title, item['container-title'], item.publisher, ...[...(item.author ?? []), ...(item.editor ?? [])].flatMap((n) => [n.family, n.given, n.literal])];
  const command = texts.map((t) => (typeof t === 'string' ? /\\([A-Za-z]+|[^A-Za-z\s])/.exec(t)?.[0] : undefined)).find(Boolean);
  if (command) warn(new SourceError(file, line, `entry "${key}": the LaTeX command ${command} is not decoded and would be shown as it is: write the character itself (the file is UTF-8).`));
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
