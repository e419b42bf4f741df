/**
 * Bytes each kind of page loads before any interaction (HTML, JavaScript, CSS, fonts, other),
 * measured in Chromium against the built site on a local server. `npm run bench:weight`.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../browser/support/static-server.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['', 'foundations/why-interfaces/', 'references/han2017nm/', 'sources/chen2021/', 'references/', 'overlap/'];

const server = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const kind = (type: string, url: string) =>
  type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' || /\.woff2?$/.test(url) ? 'font' : 'other';
console.log('page'.padEnd(32), 'html'.padStart(9), 'js'.padStart(9), 'css'.padStart(9), 'font'.padStart(9), 'other'.padStart(9), 'total'.padStart(10), ' requests');
for (const path of pages) {
  const page = await browser.newPage();
  const bytes: Record<string, number> = { html: 0, js: 0, css: 0, font: 0, other: 0 };
  let requests = 0;
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes();
    bytes[kind(req.resourceType(), req.url())]! += sizes.responseBodySize;
    requests++;
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
  console.log(`/${path}`.padEnd(32), kb(bytes.html!), kb(bytes.js!), kb(bytes.css!), kb(bytes.font!), kb(bytes.other!), kb(total).padStart(10), ` ${requests}`);
  await page.close();
}
await browser.close();
await server.close();
