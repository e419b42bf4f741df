import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, siteUrl } from './support/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const pageKinds = {
  home: '',
  chapter: 'foundations/why-interfaces/',
  'chapter with data tables': 'strategies/coatings-compared/',
  'chapter as slides': 'strategies/coatings-compared/?present',
  work: 'references/han2017nm/',
  references: 'references/',
  source: 'sources/chen2021/',
  overlap: 'overlap/',
  glossary: 'glossary/',
};

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // axe is injected as a script; the site's CSP would rightly block it.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  for (const [kind, path] of Object.entries(pageKinds)) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`the ${kind} page has no serious or critical violation (${scheme})`, async () => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        await page.addScriptTag({ path: axePath });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }),
        )) as AxeResult;
        const serious = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
        await page.close();
      });
    }
  }
});
