/**
 * The hand-checked gold of the real reference lists (test/fixtures/refs/corpus/<style>.gold.tsv)
 * and how a reading is scored against it. Shared by the corpus test and `npm run bench:import`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportedEntry, ImportResult } from '../../../src/bib-import/types.ts';
import { firstPage, fold, normaliseDoi } from '../../../src/citations/normalise.ts';

export const CORPUS = resolve(import.meta.dirname, '../../fixtures/refs/corpus');
export const FIELDS = ['author', 'year', 'volume', 'page', 'doi', 'title'] as const;
export type Field = (typeof FIELDS)[number];
export type Gold = Record<Field, string> & { n: number };

/** The lists of the corpus, by style (the file name). */
export const corpusLists = (): string[] => readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();

export const squash = (s: string | undefined) => fold(s ?? '').replace(/\s+/g, '');

const same: Record<Field, (gold: string, read: string | undefined) => boolean> = {
  author: (g, r) => squash(g) === squash(r),
  year: (g, r) => g === r,
  volume: (g, r) => squash(g) === squash(r),
  page: (g, r) => squash(g) === squash(firstPage(r)),
  doi: (g, r) => normaliseDoi(g) === normaliseDoi(r),
  title: (g, r) => squash(g) === squash(r),
};

export function readGold(style: string): Gold[] {
  const [head, ...rows] = readFileSync(join(CORPUS, `${style}.gold.tsv`), 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const g = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as Gold;
    return { ...g, n: Number(g.n) };
  });
}

export const readList = (style: string): string => readFileSync(join(CORPUS, `${style}.txt`), 'utf8');

/** The first entry under each number (a number printed over several papers: its first). */
export const byNumber = (r: ImportResult) => {
  const m = new Map<number, ImportedEntry>();
  for (const e of r.entries) if (!m.has(e.n)) m.set(e.n, e);
  return m;
};

const readValue = (e: ImportedEntry | undefined, f: Field): string | undefined => {
  if (!e || e.unparsed) return undefined;
  const x = e.ref.fields;
  return { author: e.ref.authors[0]?.family, year: x.year, volume: x.volume, page: x.pages, doi: x.doi, title: x.title }[f];
};

/** Printed fields read right, read wrong (a value that is not the printed one), and in all. */
export function score(r: ImportResult, gold: Gold[]): { right: number; wrong: number; fields: number; misses: string[] } {
  const entries = byNumber(r);
  let right = 0, wrong = 0, fields = 0;
  const misses: string[] = [];
  for (const g of gold) {
    for (const f of FIELDS) {
      if (!g[f]) continue;
      fields++;
      const v = readValue(entries.get(g.n), f);
      if (same[f](g[f], v)) right++;
      else {
        if (v) wrong++;
        misses.push(`[${g.n}] ${f}: printed "${g[f]}", read ${v === undefined ? 'nothing' : `"${v}"`}`);
      }
    }
  }
  return { right, wrong, fields, misses };
}
