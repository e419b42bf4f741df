/**
 * npm run bench:lighthouse [-- --runs 3 --cpu-slowdown auto|default|<n>] (after `npm run build`)
 *
 * Lighthouse, mobile profile (a mid-tier phone on slow 4G, simulated), in Debian's Chromium
 * against the built site on the local static server (compressed, as a host serves it). One page
 * of each kind — the home page, and the heaviest chapter, work page and source page (the largest
 * HTML of their kind, the worst case), the overlap page — each run `--runs` times, the pages taken
 * in turn so that a burst of load on the machine does not land on one page only. Prints the
 * performance score min/median/max, the other categories' medians, and the metrics of the median
 * run; for a page under 98, what Lighthouse says costs it most.
 *
 * CPU: Lighthouse slows the page's CPU down 4× by default, tuned for a desktop host (benchmark
 * index ~1500) to land in the mid-tier phone bracket; its docs (docs/throttling.md, "Calibrating
 * the CPU slowdown") say to lower the multiplier on a slower host, and PageSpeed Insights runs at
 * 1.2×. `auto` (the default) does that: multiplier = host benchmark index / 375 (what 4× gives a
 * 1500 host), at least 1, from the median index of the runs so far (a first, uncounted run
 * measures it). `default` keeps 4×; a number sets it.
 */
import { readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { serveStatic } from '../browser/support/static-server.ts';
import { kib, record, summarise, table } from './support/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'cpu-slowdown': { type: 'string', default: 'auto' } } });
const runs = Math.max(1, Number(values.runs));
const dist = resolve('dist');

/** The page of a folder of dist/ whose HTML is largest: `references/` → `references/han2017nm/`. */
function heaviest(folder: string, depth = 1): string {
  const pages: [string, number][] = [];
  const walk = (rel: string, d: number) => {
    for (const e of readdirSync(join(dist, rel), { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const sub = `${rel}${e.name}/`;
      if (d === depth) {
        try {
          pages.push([sub, statSync(join(dist, sub, 'index.html')).size]);
        } catch {
          // a folder of assets, not a page
        }
      } else walk(sub, d + 1);
    }
  };
  walk(folder, 1);
  const top = pages.sort((a, b) => b[1] - a[1])[0];
  if (!top) throw new Error(`no page under dist/${folder}`);
  return top[0];
}

/** Chapters live in the part folders: every top-level folder that is none of the generated kinds. */
const GENERATED = new Set(['_astro', 'data', 'pagefind', 'references', 'sources', 'overlap', 'glossary', 'contribute', 'fonts']);
const chapterFolders = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory() && !GENERATED.has(e.name));
const heaviestChapter = chapterFolders.map((e) => heaviest(`${e.name}/`)).sort((a, b) => statSync(join(dist, b, 'index.html')).size - statSync(join(dist, a, 'index.html')).size)[0];
if (!heaviestChapter) throw new Error('no chapter in dist/');
const pages: [string, string][] = [
  ['home', ''],
  ['chapter', heaviestChapter],
  ['work', heaviest('references/')],
  ['source', heaviest('sources/')],
  ['overlap', 'overlap/'],
];

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = new Map<string, Result[]>(pages.map(([kind]) => [kind, []]));
/** What Lighthouse's 4× gives a host of benchmark index 1500 (docs/throttling.md). */
const TARGET_INDEX = 1500 / 4;
const benchmarks: number[] = [];
const slowdowns: number[] = [];
const setting = values['cpu-slowdown'];
const slowdown = (): number | undefined => {
  if (setting === 'default') return undefined;
  if (setting !== 'auto') return Number(setting);
  return Math.max(1, summarise(benchmarks).median / TARGET_INDEX);
};
const run = async (path: string) => {
  const cpuSlowdownMultiplier = benchmarks.length || setting !== 'auto' ? slowdown() : undefined;
  const out = await lighthouse(server.url + path, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    ...(cpuSlowdownMultiplier ? { throttling: { cpuSlowdownMultiplier } } : {}),
  });
  if (!out) throw new Error(`Lighthouse returned nothing for /${path}`);
  benchmarks.push(out.lhr.environment.benchmarkIndex);
  return out.lhr;
};
try {
  // Uncounted: measures the host for the calibration (and warms Chromium and the server up).
  if (setting === 'auto') await run('');
  for (let r = 1; r <= runs; r++) {
    for (const [kind, path] of pages) {
      const lhr = await run(path);
      slowdowns.push(lhr.configSettings.throttling.cpuSlowdownMultiplier);
      results.get(kind)!.push(lhr);
      console.error(`run ${r}/${runs} ${kind}: performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} (CPU slowdown ${lhr.configSettings.throttling.cpuSlowdownMultiplier.toFixed(1)}×, host index ${lhr.environment.benchmarkIndex.toFixed(0)})`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const score = (lhr: Result, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? 0;
const rows = pages.map(([kind, path]) => {
  const lhrs = results.get(kind)!;
  const perf = summarise(lhrs.map((l) => score(l, 'performance')));
  // The run whose performance score is the median one: its metrics go with the score shown.
  const median = [...lhrs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(lhrs.length / 2)]!;
  const med = (c: string) => summarise(lhrs.map((l) => score(l, c))).median;
  return {
    kind,
    median,
    cells: [
      `${kind} /${path}`,
      `${perf.median} (${perf.min}–${perf.max})`,
      med('accessibility'),
      med('best-practices'),
      med('seo'),
      `${(metric(median, 'first-contentful-paint') / 1000).toFixed(1)} s`,
      `${(metric(median, 'largest-contentful-paint') / 1000).toFixed(1)} s`,
      `${metric(median, 'total-blocking-time').toFixed(0)} ms`,
      metric(median, 'cumulative-layout-shift').toFixed(3),
      kib(metric(median, 'total-byte-weight'), 0),
    ],
  };
});
console.log(`Lighthouse ${results.get('home')![0]!.lighthouseVersion}, mobile, ${runs} runs per page (load average after the runs ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(table(['page', 'performance', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred'], rows.map((r) => r.cells)));
console.log('performance: median (min–max); the other categories: medians; metrics: of the median run. transferred = bytes over the wire (compressed), KiB.');
record(
  'lighthouse',
  pages.flatMap(([kind]) => {
    const lhrs = results.get(kind)!;
    return [
      { measure: `${kind} page, mobile performance score`, unit: '', values: lhrs.map((l) => score(l, 'performance')) },
      { measure: `${kind} page, total blocking time`, unit: 'ms', values: lhrs.map((l) => metric(l, 'total-blocking-time')) },
    ];
  }),
);
const bi = summarise(benchmarks);
const sd = summarise(slowdowns);
console.log(
  `host CPU benchmark index (Lighthouse's; higher is faster): median ${bi.median.toFixed(0)} (${bi.min.toFixed(0)}–${bi.max.toFixed(0)}); CPU slowdown ${setting === 'auto' ? `calibrated to it: ${sd.median.toFixed(1)}× (${sd.min.toFixed(1)}–${sd.max.toFixed(1)})` : `${sd.median}× (${setting})`}`,
);

for (const { kind, median } of rows) {
  if (score(median, 'performance') >= 98) continue;
  const failing = median.categories.performance!.auditRefs
    .filter((a) => a.weight > 0)
    .map((a) => median.audits[a.id]!)
    .filter((a) => a.score !== null && a.score < 0.9)
    .map((a) => `${a.id} ${a.displayValue ?? ''}`.trim());
  const work = (median.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [];
  const boot = (median.audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
  console.log(`\n${kind}: ${failing.join('; ') || 'no single audit under 0.9'}`);
  console.log(`  main thread: ${work.map((w) => `${w.groupLabel} ${w.duration.toFixed(0)} ms`).join(', ')}`);
  if (boot.length) console.log(`  scripts: ${boot.slice(0, 4).map((b) => `${b.url.replace(/^.*\//, '')} ${b.scripting.toFixed(0)} ms`).join(', ')}`);
}
