/**
 * npm run bench:search — how fast the site search answers, and what it downloads, in Chromium
 * against the built site (dist/, run `npm run build` first) on the local static server.
 *
 * For each query, RUNS times in a fresh browser context (empty cache):
 *  - cold: open the search dialog on the home page, type the query, wait for the first result
 *    (includes loading Pagefind's script, WebAssembly and index chunks, and the 150 ms typing
 *    debounce of src/search/ui.ts);
 *  - warm: in another fresh context, the same query typed after a different one ("interface")
 *    has loaded Pagefind: what a second, different search costs;
 *  - bytes: everything fetched under /pagefind/ for the cold search, and for the warm one
 *    (only what the warm search added).
 * Medians are reported.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';

const QUERIES = ['garnet', 'LLZO', 'Li₇La₃Zr₂O₁₂', 'LiNbO3', 'NCM811', 'argyrodite', 'LiPON', 'lithium phosphorus oxynitride', 'Han 2017', 'space charge'];
const RUNS = Number(process.env.RUNS ?? 5);
const WARMUP_QUERY = 'interface';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('atlas-search [data-search-input]');
  await input.fill('');
  await page.locator('atlas-search li.result').first().waitFor({ state: 'detached' }).catch(() => {});
  const start = Date.now();
  await input.fill(query);
  await page.locator('atlas-search li.result').first().waitFor({ timeout: 30_000 });
  return Date.now() - start;
}

/** One search in a fresh context (empty cache), optionally after another query has warmed it. */
async function measure(browser: Browser, url: string, query: string, warmUp: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (!new URL(res.url()).pathname.includes('/pagefind/')) return;
    pending.push(res.body().then((b) => void (bytes += b.length), () => {}));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('atlas-search button[data-open-modal]').click();
  if (warmUp) {
    await timeQuery(page, WARMUP_QUERY);
    await Promise.all(pending.splice(0));
    bytes = 0;
  }
  const ms = await timeQuery(page, query);
  await Promise.all(pending.splice(0));
  await context.close();
  return { ms, bytes };
}

async function run(browser: Browser, url: string, query: string) {
  const cold = await measure(browser, url, query, false);
  const warm = await measure(browser, url, query, true);
  return { cold: cold.ms, warm: warm.ms, coldBytes: cold.bytes, warmBytes: warm.bytes };
}

const server = await serveStatic(resolve('dist'));
const browser = await launch();
try {
  const rows: Array<Record<string, string | number>> = [];
  for (const query of QUERIES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(browser, server.url, query));
    rows.push({
      query,
      'cold ms': median(runs.map((r) => r.cold)),
      'warm ms': median(runs.map((r) => r.warm)),
      'cold KiB': +(median(runs.map((r) => r.coldBytes)) / 1024).toFixed(1),
      'warm KiB': +(median(runs.map((r) => r.warmBytes)) / 1024).toFixed(1),
    });
  }
  console.log(`Search benchmark: medians of ${RUNS} runs, Chromium, local server (${server.url})`);
  console.table(rows);
  const all = (k: string) => median(rows.map((r) => r[k] as number));
  console.log(`Across queries: cold ${all('cold ms')} ms / ${all('cold KiB')} KiB, warm ${all('warm ms')} ms / ${all('warm KiB')} KiB`);
} finally {
  await browser.close();
  await server.close();
}
