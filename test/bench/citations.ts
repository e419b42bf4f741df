/**
 * npm run bench:citations [-- 1 10 100]
 *
 * What the citation layer costs a build, on the five real reviews and on synthetic corpora 10×
 * (and, on request, 100×) larger: parse every bib file with citation-js, resolve, merge and key
 * (buildLibrary), format every work in the site style (citeproc; cold, and warm from the cache a
 * warm build keeps), and each work's BibTeX and RIS. Copy k of the corpus is every real list with
 * each author name, each long title word, each volume, page and DOI changed by a suffix of k: new,
 * distinct papers, cross-cited within copy k exactly as the real ones are (so each copy has the
 * real data's duplicates). Each copy also holds perturbed duplicates of one reference in ten
 * (title dropped, journal abbreviated, first page only, initials only), which must merge with
 * their original; the bench counts those that do.
 *
 * CPU ms of this process (other load on the machine stays out), median (min–max) over RUNS runs
 * (default 5 for the real corpus, 3 for the larger ones) after a warm-up run; growth = median
 * ms per entry relative to the real corpus (1.00 = linear).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFormatCache } from '../../src/citations/format-cache.ts';
import { formatWorks } from '../../src/citations/format.ts';
import { buildLibrary } from '../../src/citations/library.ts';
import { workExports } from '../../src/citations/publish.ts';
import { parseBibFile } from '../../src/citations/parse.ts';
import { loadSources, projectPaths } from '../../src/project.ts';
import type { Source } from '../../src/citations/sources.ts';
import { record, summarise, table, type Summary } from './support/stats.ts';

const paths = projectPaths();
const realSources = loadSources();
const realText = new Map(realSources.map((s) => [s.id, readFileSync(join(paths.bib, `${s.id}.bib`), 'utf8')]));

/** 1 → b, 2 → c, …, 25 → z, 26 → ba: a suffix that never occurs at the end of a real name. */
const suffix = (k: number): string => {
  let out = '';
  for (let n = k; n > 0; n = Math.floor(n / 26)) out = String.fromCharCode(97 + (n % 26)) + out;
  return out.length === 1 || out[0] !== 'a' ? out : `z${out}`;
};
const idOf = (id: string, k: number) => (k === 0 ? id : id.replace(/^([a-z]+)(\d{4})$/, `$1${'q'}${suffix(k)}$2`));

const field = (entry: string, name: string) => new RegExp(`^  ${name} = \\{(.*)\\},$`, 'm').exec(entry)?.[1];
const setField = (entry: string, name: string, value: string | undefined) =>
  value === undefined ? entry.replace(new RegExp(`^  ${name} = \\{.*\\},\\n`, 'm'), '') : entry.replace(new RegExp(`^(  ${name} = \\{).*(\\},)$`, 'm'), (_, a: string, b: string) => `${a}${value}${b}`);

/** Copy k of one entry: a different paper (names, title words, volume, pages, DOI changed). */
function perturb(entry: string, k: number): string {
  if (k === 0) return entry;
  const s = suffix(k);
  let e = entry;
  const authors = field(e, 'author');
  if (authors) e = setField(e, 'author', authors.split(' and ').map((a) => (a === 'others' ? a : a.replace(/^(\{?)([^,}]+)/, `$1$2${s}`))).join(' and '));
  const title = field(e, 'title');
  if (title) e = setField(e, 'title', title.replace(/[A-Za-z]{4,}/g, (w) => `${w}${s}`));
  const volume = field(e, 'volume');
  if (volume) e = setField(e, 'volume', `${volume}${s}`);
  const pages = field(e, 'pages');
  if (pages) e = setField(e, 'pages', pages.replace(/^[A-Za-z]?\d+/, (p) => `${p}${s}`));
  const doi = field(e, 'doi');
  if (doi) e = setField(e, 'doi', `${doi}.${s}`);
  return e;
}

/** The same paper as printed by a terser list: no title or DOI, abbreviated journal, first page, initials. */
function duplicate(entry: string, key: string): string {
  let e = entry.replace(/^@(\w+)\{[^,]+,/, `@$1{${key},`);
  e = setField(e, 'title', undefined);
  e = setField(e, 'doi', undefined);
  const journal = field(e, 'journal');
  if (journal) e = setField(e, 'journal', journal.split(/\s+/).map((w) => (w.length > 5 ? `${w.slice(0, 4)}.` : w)).join(' '));
  const pages = field(e, 'pages');
  if (pages) e = setField(e, 'pages', pages.split('--')[0]);
  const authors = field(e, 'author');
  if (authors) e = setField(e, 'author', authors.replace(/, ([A-Z])[a-z]+/g, ', $1.'));
  return e;
}

function corpus(factor: number) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${factor}-`));
  cpSync(join(paths.bib, 'decisions.yaml'), join(dir, 'decisions.yaml'));
  const sources: Source[] = [];
  const dups: [string, string][] = [];
  for (let k = 0; k < factor; k++) {
    for (const s of realSources) {
      const id = idOf(s.id, k);
      // The review itself is a work too: its copy is a different review (names, title, DOI changed).
      const sx = suffix(k);
      sources.push(
        k === 0
          ? s
          : { ...s, id, authors: s.authors.map((a) => a.replace(/^[^,]+/, (f) => `${f}${sx}`)), title: s.title.replace(/[A-Za-z]{4,}/g, (w) => `${w}${sx}`), ...(s.doi ? { doi: `${s.doi}.${sx}` } : {}),
              ...(s.volume !== undefined ? { volume: `${s.volume}${sx}` } : {}),
              ...(s.pages ? { pages: s.pages.replace(/^\d+/, (p) => `${p}${sx}`) } : {}),
              ...(s.article ? { article: `${s.article}${sx}` } : {}) },
      );
      const entries = realText.get(s.id)!.split(/\n(?=@)/).filter((x) => x.startsWith('@'));
      const out = entries.map((e) => perturb(e.replace(new RegExp(`\\{${s.id}:`), `{${id}:`), k).trimEnd());
      // Perturbed duplicates: one entry in ten, printed again under numbers 5000+.
      if (k > 0) {
        out.forEach((e, i) => {
          if (i % 10 || !/^@article/.test(e) || !field(e, 'pages')) return;
          const original = /^@\w+\{([^,]+),/.exec(e)![1]!;
          const key = `${id}:${5000 + i}`;
          out.push(duplicate(e, key));
          dups.push([original, key]);
        });
      }
      writeFileSync(join(dir, `${id}.bib`), `${out.join('\n\n')}\n`);
    }
  }
  return { dir, sources, dups };
}

// CPU time of this process (user + system), so other load on the machine does not enter the figures.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const factors = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = process.env.RUNS ? Math.max(3, Number(process.env.RUNS)) : undefined;

interface Run {
  parse: number;
  build: number;
  formatCold: number;
  formatWarm: number;
  exports: number;
}

function measure(dir: string, sources: Source[]): Run & { lib: ReturnType<typeof buildLibrary> } {
  let t = cpuMs();
  for (const s of sources) parseBibFile(join(dir, `${s.id}.bib`));
  const parse = cpuMs() - t;
  t = cpuMs();
  const lib = buildLibrary({ bibDir: dir, sources });
  const build = cpuMs() - t;
  const cacheFile = join(dir, 'formatted.json');
  rmSync(cacheFile, { force: true });
  t = cpuMs();
  formatWorks(lib.works, fileFormatCache(cacheFile));
  const formatCold = cpuMs() - t;
  t = cpuMs();
  formatWorks(lib.works, fileFormatCache(cacheFile));
  const formatWarm = cpuMs() - t;
  t = cpuMs();
  for (const w of lib.works) workExports(w);
  const exports = cpuMs() - t;
  return { parse, build, formatCold, formatWarm, exports, lib };
}

// Warm-up: the first run pays for loading and compiling citation-js, citeproc and the core.
{
  const { dir, sources } = corpus(1);
  measure(dir, sources);
  rmSync(dir, { recursive: true, force: true });
}
const rows: { factor: number; entries: number; works: number; comparisons: number; dups: string; runs: Run[] }[] = [];
for (const factor of factors.length ? factors : [1, 10]) {
  const { dir, sources, dups } = corpus(factor);
  try {
    const runs: Run[] = [];
    let last: ReturnType<typeof measure> | undefined;
    for (let i = 0; i < (RUNS ?? (factor === 1 ? 5 : 3)); i++) runs.push((last = measure(dir, sources)));
    const lib = last!.lib;
    const merged = dups.filter(([a, b]) => lib.workOf(a) === lib.workOf(b)).length;
    rows.push({ factor, entries: lib.references.length, works: lib.works.length, comparisons: lib.resolution.comparisons, dups: dups.length ? `${merged}/${dups.length}` : '—', runs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const of = (r: (typeof rows)[number], k: keyof Run | 'cold' | 'warm') =>
  summarise(r.runs.map((x) => (k === 'cold' ? x.build + x.formatCold + x.exports : k === 'warm' ? x.build + x.formatWarm + x.exports : x[k])));
const ms = (s: Summary) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const base = rows[0]!;
const perEntry = (r: (typeof rows)[number], k: 'build' | 'cold') => of(r, k).median / r.entries;
console.log(`citation layer, CPU ms: median (min–max) over ${rows.map((r) => `${r.runs.length}`).join('/')} runs`);
console.log(
  table(
    ['corpus', 'entries', 'works', 'compared', 'parse', 'library', 'format (cold)', 'format (warm)', 'BibTeX+RIS', 'total cold', 'total warm', 'growth', 'dups merged'],
    rows.map((r) => [
      `${r.factor}×`,
      r.entries,
      r.works,
      r.comparisons,
      ms(of(r, 'parse')),
      ms(of(r, 'build')),
      ms(of(r, 'formatCold')),
      ms(of(r, 'formatWarm')),
      ms(of(r, 'exports')),
      ms(of(r, 'cold')),
      ms(of(r, 'warm')),
      `${(perEntry(r, 'cold') / perEntry(base, 'cold')).toFixed(2)}`,
      r.dups,
    ]),
  ),
);
console.log(
  'library = parse + resolve + merge + keys (buildLibrary); format = every work in the site style through citeproc, cold (no cache) and warm (the cache a warm build keeps); total = library + format + exports, what a build spends on citations before any page; growth = median total cold ms per entry relative to the first row (1.00 = linear).',
);
record(
  'citations',
  rows.flatMap((r) => [
    { measure: `citation layer, cold (library + format + exports), ${r.factor}× corpus, CPU`, unit: 'ms', values: r.runs.map((x) => x.build + x.formatCold + x.exports) },
    { measure: `citation layer, warm (formatted references from the cache), ${r.factor}× corpus, CPU`, unit: 'ms', values: r.runs.map((x) => x.build + x.formatWarm + x.exports) },
  ]),
);
