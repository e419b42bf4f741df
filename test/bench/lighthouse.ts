/**
 * Lighthouse (mobile profile, Debian's Chromium) on one page of each main kind of the built
 * site, served locally: prints the four category scores and the page weight.
 * `npm run bench:lighthouse` (after `npm run build`).
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../browser/support/static-server.ts';

const pages = { home: '', chapter: 'foundations/why-interfaces/', work: 'references/han2017nm/', source: 'sources/chen2021/' };

const server = await serveStatic(resolve('dist'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const score = (n: number | null | undefined) => (n == null ? '  –' : String(Math.round(n * 100)).padStart(3));
console.log('page'.padEnd(10), 'perf', 'a11y', 'best', ' seo', '  weight', ' LCP', '  TBT', ' CLS');
try {
  for (const [kind, path] of Object.entries(pages)) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const c = lhr.categories;
    const weight = (lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024;
    const lcp = (lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 1000;
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? 0;
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
    console.log(
      kind.padEnd(10),
      score(c.performance?.score).padStart(4),
      score(c.accessibility?.score).padStart(4),
      score(c['best-practices']?.score).padStart(4),
      score(c.seo?.score).padStart(4),
      `${weight.toFixed(0)} kB`.padStart(8),
      `${lcp.toFixed(1)}s`.padStart(5),
      `${tbt.toFixed(0)}ms`.padStart(6),
      cls.toFixed(3).padStart(5),
    );
    for (const [name, cat] of Object.entries(c)) {
      if ((cat.score ?? 1) < 1) {
        const failing = cat.auditRefs
          .map((r) => lhr.audits[r.id]!)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
          .slice(0, 4)
          .map((a) => a.id);
        if (failing.length) console.log(`           ${name}: ${failing.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
