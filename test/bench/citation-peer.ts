/**
 * What citations cost per page, ours against the peer: rehype-citation (npm), which renders Pandoc
 * citations with citation-js and citeproc from a BibTeX file, on the same chapters, citing the same
 * works in the same CSL style (citation-js's Vancouver, the site's: src/citations/format.ts).
 * Run with `npm run bench:peer`; RUNS (default 3, at least 3) sets the runs of each figure.
 *
 * Not timed, first: the peer's bibliography is every work of the site's library, written as BibTeX
 * by the site's own exporter (the works.bib the build publishes); each chapter's citation keys
 * (review-local, `[@chen2021:66]`) are rewritten to the keys of the works they resolve to, for the
 * peer only (test/bench/support/peer-keys.ts); the site's style is registered in the peer's
 * citation-js as its README shows, so the peer never reads a style file per page.
 *
 * Each figure in CPU ms of the process (every thread, so garbage collection too) and in wall ms:
 * the machine may be shared, and CPU time is the steadier measure of cost when it is.
 *
 * Warm (one process, after one untimed run of everything): every chapter rendered to hast, RUNS
 * times; each run renders all chapters without, then with, the citation step (ours, then the
 * peer's); the citation cost per page is (with − without) ÷ chapters:
 * - ours: the site's chain (src/markdown/chain.ts) with and without remarkCitations, both
 *   without charts' figures (test/bench/support/our-chain.ts). It numbers citations, looks each
 *   key up and builds the page's bibliography from references formatted once per process (the
 *   citation index, built before the runs: what it costs is in the first-page figures). The
 *   difference also holds what the rest of the chain does with the citations' output (backlinks,
 *   print links, search terms over the bibliography): that is what citations cost the page.
 * - peer: the same parsers (Markdown, frontmatter, GFM, MDX, math) and remark-rehype, with and
 *   without rehype-citation (test/bench/support/peer-chain.ts). Per page it reads and parses the
 *   whole BibTeX file, starts a citeproc engine and formats the page's citations and bibliography:
 *   that is how it works, not a choice of this bench.
 *
 * First page (cold), RUNS processes per side (test/bench/support/first-page.ts): what a fresh
 * process spends on citations before the first chapter is rendered, plus that chapter's citation
 * step: ours imports the citation core and builds the citation index from bib/ (read and resolve
 * the reviews' bibliographies, format every work), shown without and with the cache of formatted
 * references a previous build leaves; the peer imports rehype-citation and formats on the page.
 * The page's step is its render with citations minus its render without (each side's chain run
 * three times without first, in that process).
 *
 * Left out on both sides: Markdown-to-HTML serialisation, MDX compilation and everything of the
 * site's chain but citations. What the two render is not the same markup: ours prints the numbers
 * and names itself (links to the entries and the reviews' pages, previews' labels), the peer
 * prints the style's citation form through citeproc; ours also renders citations in data tables,
 * and the peer skips citations inside emphasis, links and other inline elements (its
 * `permittedTags`). The counts of citations each rendered are printed with the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { createCitationIndex } from '../../src/citations/citation-index.ts';
import { fileFormatCache } from '../../src/citations/format-cache.ts';
import { CSL_LOCALE, CSL_TEMPLATE } from '../../src/citations/format.ts';
import { worksBib } from '../../src/citations/publish.ts';
import type { ChainOptions } from '../../src/markdown/chain.ts';
import { loadSite } from '../../src/site.ts';
import { chapterSources, renderAll, type ChapterSource, type Timing } from './support/chapters.ts';
import type { FirstPageJob, FirstPageResult } from './support/first-page.ts';
import { ourProcessors } from './support/our-chain.ts';
import { canonicalCitationKeys } from './support/peer-keys.ts';
import { loadPeer, peerOptions, peerProcessor } from './support/peer-chain.ts';
import { record, summarise, table } from './support/stats.ts';

const runs = Math.max(3, Number(process.env.RUNS ?? 3));
const GOAL = 30;

const site = loadSite({});
const chain: ChainOptions = { root: site.root, base: site.base, citations: site.citations, glossary: site.glossary, targets: site.linkTargets };
site.linkTargets(); // every chapter's anchors, read once before the timing
const ours = ourProcessors(chain);
const sources = chapterSources();
const pages = sources.length;

// The peer's inputs, not timed.
const dir = mkdtempSync(join(tmpdir(), 'atlas-peer-'));
try {
  writeFileSync(join(dir, 'works.bib'), worksBib(site.library.works, site.citations.exports));
  const styleXml = plugins.config.get('@csl').styles.get(CSL_TEMPLATE) as string;
  writeFileSync(join(dir, 'style.csl'), styleXml);
  const peerSources: ChapterSource[] = [];
  const itemsPerChapter: number[] = [];
  const unresolved = new Set<string>();
  for (const s of sources) {
    const r = canonicalCitationKeys(s.value, (key) => site.citations.lookup(key));
    peerSources.push({ path: s.path, value: r.text });
    itemsPerChapter.push(r.items);
    for (const k of r.unresolved) unresolved.add(`${s.path}: @${k}`);
  }
  const peer = await loadPeer(styleXml);
  const peerWith = peerProcessor([peer.default, peerOptions(dir, CSL_LOCALE)]);
  const peerWithout = peerProcessor();

  // What each side rendered (one untimed run, which also warms every chain).
  const counts = { ours: { citations: 0, entries: 0 }, peer: { citations: 0, entries: 0 } };
  for (const [i, s] of sources.entries()) {
    const o = await render(ours.with, s);
    counts.ours.citations += countElements(o, (el) => classes(el).includes('citation'));
    counts.ours.entries += countElements(o, (el) => el.tagName === 'li' && String(el.properties.id ?? '').startsWith('ref-'));
    const p = await render(peerWith, peerSources[i]!);
    counts.peer.citations += countElements(p, (el) => String(el.properties.id ?? '').startsWith('citation--'));
    counts.peer.entries += countElements(p, (el) => classes(el).includes('csl-entry'));
  }
  await renderAll(ours.without, sources, site.root);
  await renderAll(peerWithout, peerSources, site.root);

  const warm = { ours: [] as Paired[], peer: [] as Paired[] };
  for (let i = 0; i < runs; i++) {
    const oursWithout = await renderAll(ours.without, sources, site.root);
    warm.ours.push({ without: oursWithout, with: await renderAll(ours.with, sources, site.root) });
    const peerWithoutRun = await renderAll(peerWithout, peerSources, site.root);
    warm.peer.push({ without: peerWithoutRun, with: await renderAll(peerWith, peerSources, site.root) });
  }
  // Run i with citations against run i without: the two halves of one pair ran back to back.
  const perPage = (rs: Paired[]) => rs.map((r) => scale(minus(r.with, r.without), 1 / pages));
  const oursPerPage = perPage(warm.ours);
  const peerPerPage = perPage(warm.peer);

  // First page, cold: fresh processes, the sides alternating.
  const first = itemsPerChapter.findIndex((n) => n > 0);
  if (first < 0) throw new Error('bench:peer: no chapter in content/ cites anything; there is nothing to compare.');
  const cache = join(dir, 'formatted-references.json');
  createCitationIndex(site.library, '/', fileFormatCache(cache)); // the cache a previous build leaves
  const job = (side: FirstPageJob['side'], extra: Partial<FirstPageJob> = {}): FirstPageJob => ({
    side,
    root: site.root,
    chapter: sources[first]!.path,
    text: (side === 'peer' ? peerSources : sources)[first]!.value,
    ...extra,
  });
  const cold = { ours: [] as FirstPageResult[], oursCached: [] as FirstPageResult[], peer: [] as FirstPageResult[] };
  for (let i = 0; i < runs; i++) {
    cold.ours.push(spawnFirstPage(job('ours')));
    cold.oursCached.push(spawnFirstPage(job('ours', { cache })));
    cold.peer.push(spawnFirstPage(job('peer', { bibDir: dir, styleFile: join(dir, 'style.csl'), lang: CSL_LOCALE })));
  }
  const total = (rs: FirstPageResult[]) => rs.map((r) => Object.values(r.setup).reduce(plus, r.page));

  console.log(
    `chapters: ${pages}; citation items rewritten for the peer: ${itemsPerChapter.reduce((a, b) => a + b, 0)}; works in its BibTeX file: ${site.library.works.length}`,
  );
  if (unresolved.size) console.log(`keys left as written (they resolve to no work): ${[...unresolved].join(', ')}`);
  console.log(
    `rendered, all chapters: ours ${counts.ours.citations} citations and ${counts.ours.entries} bibliography entries; rehype-citation ${counts.peer.citations} citations and ${counts.peer.entries} entries`,
  );
  console.log(`first page: ${sources[first]!.path}. CPU: ms of CPU time of the process (every thread); wall: ms of wall time.`);
  // Each part of a first page's setup, then the page's citation step, then the whole.
  const coldRows = (label: string, rs: FirstPageResult[]) => [
    ...Object.keys(rs[0]!.setup).map((part) =>
      row(
        `first page, cold: ${label}: ${part}`,
        rs.map((r) => r.setup[part]!),
      ),
    ),
    row(
      `first page, cold: ${label}: the page's citation step`,
      rs.map((r) => r.page),
    ),
    row(`first page, cold: ${label}: total`, total(rs)),
  ];
  const warmRows = (side: string, step: string, rs: Paired[]) =>
    (['without', 'with'] as const).map((k) =>
      row(
        `warm, all chapters: ${side} ${k} ${step}`,
        rs.map((r) => r[k]),
      ),
    );
  const warmRatio = ratios(peerPerPage, oursPerPage);
  const firstRatio = (rs: FirstPageResult[]) => ratios(total(cold.peer), total(rs));
  console.log(
    table(
      ['', 'CPU median', 'min', 'max', 'wall median', 'min', 'max', 'runs'],
      [
        ...warmRows('ours', 'the citation plugin', warm.ours),
        ...warmRows('peer chain', 'rehype-citation', warm.peer),
        row('warm citation cost per page: ours', oursPerPage, 2),
        row('warm citation cost per page: rehype-citation', peerPerPage, 2),
        row('warm ratio (rehype-citation ÷ ours)', warmRatio, 1, '×'),
        ...coldRows('ours, no format cache', cold.ours),
        ...coldRows('ours, format cache', cold.oursCached),
        ...coldRows('rehype-citation', cold.peer),
        row('first-page ratio, no format cache (rehype-citation ÷ ours)', firstRatio(cold.ours), 2, '×'),
        row('first-page ratio, format cache (rehype-citation ÷ ours)', firstRatio(cold.oursCached), 2, '×'),
      ],
    ),
  );
  const median = (ts: Timing[], k: keyof Timing) => summarise(ts.map((t) => t[k])).median;
  for (const k of ['cpu', 'wall'] as const) {
    const m = median(warmRatio, k);
    console.log(
      m >= GOAL
        ? `warm, ${k}: ours is ${m.toFixed(0)}× cheaper per page than rehype-citation (goal ≥ ${GOAL}×: met)`
        : `warm, ${k}: GOAL NOT MET: ours is ${m.toFixed(1)}× cheaper per page than rehype-citation; the goal is ≥ ${GOAL}×`,
    );
  }
  for (const [label, rs] of [
    ['without a format cache', cold.ours],
    ['with the format cache', cold.oursCached],
  ] as const) {
    for (const k of ['cpu', 'wall'] as const) {
      const o = median(total(rs), k);
      const p = median(total(cold.peer), k);
      console.log(
        o <= p
          ? `first page, ${label}, ${k}: ours is not slower (${o.toFixed(0)} ms against ${p.toFixed(0)} ms)`
          : `first page, ${label}, ${k}: OURS IS SLOWER than rehype-citation (${o.toFixed(0)} ms against ${p.toFixed(0)} ms, ${(o / p).toFixed(1)}×)`,
      );
    }
  }
  const of = (ts: Timing[], k: keyof Timing) => ts.map((t) => t[k]);
  record('peer', [
    { measure: 'citation cost per chapter, warm: ours', unit: 'ms CPU', values: of(oursPerPage, 'cpu') },
    { measure: 'citation cost per chapter, warm: rehype-citation', unit: 'ms CPU', values: of(peerPerPage, 'cpu') },
    { measure: `warm ratio, CPU, rehype-citation ÷ ours (goal ≥ ${GOAL})`, unit: '×', values: of(warmRatio, 'cpu') },
    { measure: `warm ratio, wall, rehype-citation ÷ ours (goal ≥ ${GOAL})`, unit: '×', values: of(warmRatio, 'wall') },
    { measure: 'first page, cold, no format cache: ours', unit: 'ms', values: of(total(cold.ours), 'wall') },
    { measure: 'first page, cold, format cache: ours', unit: 'ms', values: of(total(cold.oursCached), 'wall') },
    { measure: 'first page, cold: rehype-citation', unit: 'ms', values: of(total(cold.peer), 'wall') },
    { measure: 'first-page ratio, wall, no format cache, rehype-citation ÷ ours (goal ≥ 1)', unit: '×', values: of(firstRatio(cold.ours), 'wall') },
    { measure: 'first-page ratio, wall, format cache, rehype-citation ÷ ours (goal ≥ 1)', unit: '×', values: of(firstRatio(cold.oursCached), 'wall') },
    { measure: 'first-page ratio, CPU, no format cache, rehype-citation ÷ ours (goal ≥ 1)', unit: '×', values: of(firstRatio(cold.ours), 'cpu') },
    { measure: 'first-page ratio, CPU, format cache, rehype-citation ÷ ours (goal ≥ 1)', unit: '×', values: of(firstRatio(cold.oursCached), 'cpu') },
  ]);

  function spawnFirstPage(j: FirstPageJob): FirstPageResult {
    const file = join(dir, 'job.json');
    writeFileSync(file, JSON.stringify(j));
    const r = spawnSync(process.execPath, [join(import.meta.dirname, 'support/first-page.ts'), file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench:peer: the ${j.side} first-page process failed (exit ${r.status}):\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as FirstPageResult;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function render(processor: typeof ours.with, s: ChapterSource): Promise<HastRoot> {
  const file = new VFile({ ...s, cwd: site.root });
  return processor.run(processor.parse(file), file);
}

function countElements(tree: HastRoot, test: (el: Element) => boolean): number {
  let n = 0;
  visit(tree, 'element', (el) => {
    if (test(el)) n++;
  });
  return n;
}

function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

type Paired = { with: Timing; without: Timing };
function plus(a: Timing, b: Timing): Timing {
  return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu };
}
function minus(a: Timing, b: Timing): Timing {
  return { wall: a.wall - b.wall, cpu: a.cpu - b.cpu };
}
function scale(a: Timing, f: number): Timing {
  return { wall: a.wall * f, cpu: a.cpu * f };
}
/** Run i of `a` over run i of `b`, in CPU and in wall time. */
function ratios(a: Timing[], b: Timing[]): Timing[] {
  return a.map((t, i) => ({ wall: t.wall / b[i]!.wall, cpu: t.cpu / b[i]!.cpu }));
}

/** A table row: median, min and max of the CPU figures, then of the wall figures, then the runs. */
function row(label: string, ts: Timing[], digits = 0, unit = 'ms'): string[] {
  const cells = (xs: number[]) => {
    const s = summarise(xs);
    return [s.median, s.min, s.max].map((v) => `${v.toFixed(digits)} ${unit}`);
  };
  return [label, ...cells(ts.map((t) => t.cpu)), ...cells(ts.map((t) => t.wall)), String(ts.length)];
}
