/**
 * npm run bench:search — how fast the site search answers a reader, through the search dialog in
 * Chromium against the built site (dist/, run `npm run build` first) on the local static server.
 *
 * Each run opens the home page in a fresh browser context (empty cache) and, for each query:
 *  - cold: points at and clicks the search button (Pagefind starts loading then), pastes the
 *    query, and times from that input to the first results for it — Pagefind's script,
 *    WebAssembly, filter and index chunks and the shown pages' fragments included;
 *  - warm: in the same dialog, types the next query of the list key by key (as a reader types),
 *    and times from the last keystroke to its results.
 * Times are measured in the page (the input event to the mutation that shows the results), so
 * the browser automation's own delays are not counted. Bytes are what came from /pagefind/.
 * RUNS (default 3) runs per query; min / median / max over the runs.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { formatSummary, kib, summarise, table } from './support/stats.ts';

const QUERIES = ['garnet', 'LLZO', 'Li₇La₃Zr₂O₁₂', 'LiNbO3', 'NCM811 LiNbO3', 'argyrodite', 'LiPON', 'lithium phosphorus oxynitride', 'Han 2017', 'Han garnet', 'space charge'];
const RUNS = Math.max(3, Number(process.env.RUNS ?? 3));
/** Pause between keystrokes when typing a warm query (a quick typist). */
const KEY_DELAY_MS = 40;
const TARGET = { cold: 1000, warm: 300 };

/** min / median / max of a list, whole numbers. */
const spread = (xs: number[]) => {
  const { min, median, max } = summarise(xs);
  return `${Math.round(min)} / ${Math.round(median)} / ${Math.round(max)}`;
};

/**
 * In the page: records the time of each input event, and resolves with the time from the last
 * one to the mutation that shows results for `query` (the status names it and a result is listed).
 */
const WATCH = `(query) => new Promise((resolve) => {
  const root = document.querySelector('atlas-search');
  const input = root.querySelector('[data-search-input]');
  let last = performance.now();
  input.addEventListener('input', () => { last = performance.now(); }, { capture: true });
  const done = () => root.querySelector('[data-status]').textContent.includes('“' + query + '”') && root.querySelector('li.result');
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    resolve(performance.now() - last);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
})`;

async function timed(page: Page, query: string, enter: () => Promise<void>): Promise<number> {
  const result = page.evaluate(`(${WATCH})(${JSON.stringify(query)})`) as Promise<number>;
  await enter();
  return Promise.race([result, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no results for “${query}” within 30 s`)), 30_000))]);
}

/** One run for one query: cold, then the next query typed in the same dialog. */
async function run(browser: Browser, url: string, query: string, next: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (!new URL(res.url()).pathname.includes('/pagefind/')) return;
    pending.push(res.body().then((b) => void (bytes += b.length), () => {}));
  });
  await page.goto(url, { waitUntil: 'load' });
  const input = page.locator('atlas-search [data-search-input]');
  const cold = await timed(page, query, async () => {
    await page.locator('atlas-search button[data-open-modal]').click();
    await input.fill(query);
  });
  await Promise.all(pending.splice(0));
  const coldBytes = bytes;
  bytes = 0;
  await input.fill('');
  const warm = await timed(page, next, () => input.pressSequentially(next, { delay: KEY_DELAY_MS }));
  await Promise.all(pending.splice(0));
  await context.close();
  return { cold, warm, coldBytes, warmBytes: bytes };
}

const server = await serveStatic(resolve('dist'));
const browser = await launch();
try {
  const cold = new Map<string, number[]>();
  const warm = new Map<string, number[]>();
  const coldBytes = new Map<string, number[]>();
  const warmBytes = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
  const load = loadavg()[0]!;
  for (let r = 0; r < RUNS; r++) {
    for (const [i, query] of QUERIES.entries()) {
      const next = QUERIES[(i + 1) % QUERIES.length]!;
      const m = await run(browser, server.url, query, next);
      push(cold, query, m.cold);
      push(coldBytes, query, m.coldBytes);
      push(warm, next, m.warm);
      push(warmBytes, next, m.warmBytes);
    }
  }
  const rows = QUERIES.map((q) => [q, spread(cold.get(q)!), spread(warm.get(q)!), kib(summarise(coldBytes.get(q)!).median), kib(summarise(warmBytes.get(q)!).median)]);
  console.log(`Search through the dialog: ${RUNS} runs per query, Chromium, local server (${server.url}); load average ${load.toFixed(1)} at the start on ${cpus().length} cores`);
  console.log(table(['query', 'cold ms (min / median / max)', 'warm ms (min / median / max)', 'cold', 'warm'], rows));
  const all = (m: Map<string, number[]>) => summarise([...m.values()].flat());
  const verdict = (s: { median: number }, target: number) => `target median ≤ ${target} ms: ${s.median <= target ? 'met' : 'NOT met'}`;
  console.log(`cold (first query on a fresh page), all runs: ${formatSummary(all(cold), 'ms', 0)} — ${verdict(all(cold), TARGET.cold)}`);
  console.log(`warm (last keystroke to results), all runs: ${formatSummary(all(warm), 'ms', 0)} — ${verdict(all(warm), TARGET.warm)}`);
  console.log(`downloaded from /pagefind/: median ${kib(all(coldBytes).median)} for a cold query, ${kib(all(warmBytes).median)} more for a warm one`);
} finally {
  await browser.close();
  await server.close();
}
