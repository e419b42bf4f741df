/**
 * npm run bench:import [-- --verbose]   (--verbose lists each false merge, miss and changed work)
 *
 * The importer on real reference lists of other papers (test/fixtures/refs/corpus/, SOURCES.md says
 * where each comes from), each read as a contributor would add it: style detected, then the list
 * added to a temporary copy of the Atlas's bib/ as a sixth review. Per list (one per style):
 * - the style detected and the share of entries read;
 * - printed fields read right against the hand-checked gold (<style>.gold.tsv: first author,
 *   year, volume, first page, DOI, title — only those the list prints), and how many were wrong
 *   (a value that is not the printed one) rather than missing;
 * - cross-review recall and precision on the gold entries: the truth is a gold entry whose printed
 *   DOI, or first author + year (±1) + volume + first page, equals a work the five reviews cite; a
 *   hit is the entry merged into that work, a false merge is one merged into another existing work;
 * - existing works changed: works of the Atlas whose key, first author, year, volume, first page,
 *   DOI or title differ after the list is added (a value filled where there was none does not count).
 * Targets (issue 18): ≥ 95 % of fields right per style, recall ≥ 0.95, precision ≥ 0.99, 0 changed.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importList } from '../../src/bib-import/import.ts';
import { formatBibliography } from '../../src/bib-import/to-bibtex.ts';
import { buildLibrary, type Library } from '../../src/citations/library.ts';
import { itemYear, type CslItem } from '../../src/citations/csl.ts';
import { firstPage, normaliseDoi } from '../../src/citations/normalise.ts';
import { byNumber, corpusLists, FIELDS, readGold, readList, score, squash, type Gold } from '../unit/bib-import/corpus-score.ts';
import { loadSources, projectPaths } from '../../src/project.ts';

/** The fields a person compares to tell whether a work changed. */
const signature = (item: CslItem) => ({
  author: squash(item.author?.[0]?.family ?? item.author?.[0]?.literal),
  year: String(itemYear(item) ?? ''),
  volume: squash(item.volume),
  page: squash(firstPage(item.page)),
  doi: normaliseDoi(item.DOI) ?? '',
  title: squash(item.title),
});

/**
 * The existing work a gold entry is: the work of a reference (as one of the five reviews prints it)
 * with the same DOI, or the same first author, year ±1, volume and first page.
 */
function truth(g: Gold, before: Library): string | undefined {
  // An article number is printed with or without its `e` (e1803075, 1803075).
  const page = (p: string) => p.replace(/^e(?=\d{4,})/, '');
  const printed = [...before.works.map((w) => ({ id: w.id, s: signature(w.item) })), ...before.references.map((r) => ({ id: before.workOf(r.key).id, s: signature(r.item) }))];
  const doi = normaliseDoi(g.doi);
  const byDoi = doi && printed.find((x) => x.s.doi === doi);
  if (byDoi) return byDoi.id;
  const hit = printed.find(
    ({ s }) => squash(g.author) && squash(g.author) === s.author && Math.abs(Number(s.year) - Number(g.year)) <= 1 && g.volume && squash(g.volume) === s.volume && g.page && page(squash(g.page)) === page(s.page),
  );
  return hit?.id;
}

const paths = projectPaths();
const sources = loadSources();
const before = buildLibrary({ bibDir: paths.bib, sources });
const id = 'benchlist2099';

const verbose = process.argv.includes('--verbose');
const detail = (s: string) => verbose && console.log(s);
const rows: string[][] = [];
const totals = { right: 0, fields: 0, wrong: 0, shared: 0, hits: 0, merges: 0, falseMerges: 0, changed: 0 };
for (const style of corpusLists()) {
  const gold = readGold(style);
  let result;
  try {
    result = importList(readList(style), { review: id });
  } catch (e) {
    rows.push([style, `refused: ${String(e instanceof Error ? e.message : e).slice(0, 60)}`]);
    continue;
  }
  const byN = byNumber(result);
  const { right, wrong, fields: count, misses } = score(result, gold);
  for (const m of misses) detail(`${style} ${m}`);

  // The list as a sixth review, in a temporary copy of bib/.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
  cpSync(paths.bib, dir, { recursive: true });
  writeFileSync(join(dir, `${id}.bib`), formatBibliography(result.entries, [`${id}: bench`]));
  const after = buildLibrary({ bibDir: dir, sources: [...sources, { id, authors: ['Bench, B.'], title: 'Bench list', journal: 'Bench', year: 2099, angle: 'bench', sections: [] }] });
  rmSync(dir, { recursive: true, force: true });

  let shared = 0, hits = 0, merges = 0, falseMerges = 0;
  const existing = new Set(before.works.map((w) => w.id));
  for (const g of gold) {
    const t = truth(g, before);
    const e = byN.get(g.n);
    const got = e ? after.workOf(e.key).id : undefined;
    const merged = got !== undefined && existing.has(got);
    if (t) shared++;
    if (merged) merges++;
    if (t && got === t) hits++;
    else if (merged) {
      falseMerges++;
      detail(`${style} [${g.n}] ${g.author} ${g.year} ${g.volume}:${g.page} merged into @${got}${t ? `, is @${t}` : ''}`);
    } else if (t) detail(`${style} [${g.n}] ${g.author} ${g.year} ${g.volume}:${g.page} missed @${t}`);
  }
  let changed = 0;
  for (const w of before.works) {
    const now = after.works.find((x) => x.id === w.id);
    if (!now) {
      changed++;
      continue;
    }
    const [a, b] = [signature(w.item), signature(now.item)];
    const diff = FIELDS.filter((f) => a[f] && a[f] !== b[f]);
    if (diff.length) {
      changed++;
      detail(`${style}: @${w.id} changed ${diff.map((f) => `${f} ${a[f]} → ${b[f]}`).join(', ')}`);
    }
  }
  totals.right += right; totals.fields += count; totals.wrong += wrong;
  totals.shared += shared; totals.hits += hits; totals.merges += merges; totals.falseMerges += falseMerges; totals.changed += changed;
  const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : '—');
  rows.push([
    style,
    `${result.style} (${pct(result.confidence, 1)} read)`,
    String(result.entries.length),
    `${pct(right, count)} (${right}/${count})`,
    String(wrong),
    String(shared),
    shared ? (hits / shared).toFixed(2) : '—',
    merges ? ((merges - falseMerges) / merges).toFixed(2) : '—',
    String(changed),
  ]);
}

const head = ['list', 'detected', 'entries', 'fields right', 'wrong', 'shared', 'recall', 'precision', 'works changed'];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => r.map((c, i) => (c ?? '').padEnd(width[i]!)).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(
  `\nall lists: fields right ${((100 * totals.right) / totals.fields).toFixed(1)}% (${totals.right}/${totals.fields}, ${totals.wrong} wrong, the rest missing); ` +
    `shared works ${totals.shared}, recall ${(totals.hits / Math.max(1, totals.shared)).toFixed(2)}, precision ${((totals.merges - totals.falseMerges) / Math.max(1, totals.merges)).toFixed(2)} (${totals.falseMerges} false merges); existing works changed ${totals.changed}`,
);
console.log('targets: ≥ 95% fields right per style, recall ≥ 0.95, precision ≥ 0.99, 0 existing works changed');
