/**
 * npm run bench:weight [-- path/ …]   (after `npm run build`)
 *
 * Bytes each kind of page loads before any interaction (HTML, JavaScript, CSS, fonts, other), as
 * they come over the wire (compressed, as a host serves them) from the local static server into
 * Chromium, each page loaded RUNS times (default 3) in a fresh context: median, with min–max
 * where the runs differ (scripts loaded on a timer or on idle can). Then what the work pages
 * weigh in dist/: every /references/<key>/ page's HTML, and its .bib and .ris files. KiB = 1024
 * bytes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { kib, record, summarise, table } from './support/stats.ts';

const RUNS = Math.max(3, Number(process.env.RUNS ?? 3));
const dist = resolve('dist');
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['', 'foundations/why-interfaces/', 'references/han2017nm/', 'sources/chen2021/', 'references/', 'overlap/'];
const KINDS = ['html', 'js', 'css', 'font', 'other'] as const;
type Kind = (typeof KINDS)[number];

const kindOf = (type: string, url: string): Kind =>
  type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' || /\.woff2?$/.test(url) ? 'font' : 'other';

const server = await serveStatic(dist);
const browser = await launch();
const rows: (string | number)[][] = [];
try {
  for (const path of pages) {
    const runs: (Record<Kind, number> & { requests: number })[] = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = { html: 0, js: 0, css: 0, font: 0, other: 0, requests: 0 };
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (req) => {
        pending.push(
          req.sizes().then((s) => {
            // Body bytes as transferred (after compression), as a reader's connection carries them.
            bytes[kindOf(req.resourceType(), req.url())] += s.responseBodySize;
            bytes.requests++;
          }),
        );
      });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      runs.push(bytes);
      await context.close();
    }
    const cell = (xs: number[]) => {
      const s = summarise(xs);
      return s.min === s.max ? kib(s.median) : `${kib(s.median)} (${kib(s.min)}–${kib(s.max)})`;
    };
    const totals = runs.map((b) => KINDS.reduce((n, k) => n + b[k], 0));
    rows.push([`/${path}`, ...KINDS.map((k) => cell(runs.map((b) => b[k]))), cell(totals), summarise(runs.map((b) => b.requests)).median]);
    record('weight', [{ measure: `/${path} loaded (transferred)`, unit: 'KiB', values: totals.map((t) => t / 1024) }]);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Bytes loaded before any interaction, transferred (compressed): median over ${RUNS} loads`);
console.log(table(['page', ...KINDS, 'total', 'requests'], rows));

// The work pages in dist/: one per work of the library, the bulk of the site.
const worksDir = join(dist, 'references');
const html = readdirSync(worksDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => statSync(join(worksDir, d.name, 'index.html')).size);
const exportsDir = join(dist, 'data', 'works');
const files = readdirSync(exportsDir).map((f) => statSync(join(exportsDir, f)).size);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const h = summarise(html);
console.log(`\nWork pages in dist/: ${html.length}; HTML per page median ${kib(h.median)} (${kib(h.min)}–${kib(h.max)}), mean ${kib(sum(html) / html.length)}, all ${(sum(html) / 1024 / 1024).toFixed(1)} MiB`);
console.log(`their .bib and .ris files (data/works/): ${files.length} files, mean ${kib(sum(files) / html.length)} per work`);
record('weight', [{ measure: 'work page HTML in dist/ (runs = pages)', unit: 'KiB', values: html.map((b) => b / 1024) }]);
