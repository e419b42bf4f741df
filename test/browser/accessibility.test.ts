import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  // A section's cite panel gets its formats on opening (src/scripts/section-cite.ts), and says
  // so when they fail to load: both states, checked where they are.
  for (const scheme of ['light', 'dark'] as const) {
    test(`a section's open cite panel, loaded and failed, has no serious or critical violation (${scheme})`, async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(siteUrl(pageKinds.chapter), { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: axePath });
      const open = async (n: number) => {
        const menu = page.locator('details.section-tools-section').nth(n);
        await menu.locator('summary.section-tools-toggle').click();
        await menu.locator('.cite-panel > summary').click();
        return menu;
      };
      await (await open(0)).locator('.cite-formats[data-cite-state="loaded"]').waitFor();
      expect(await seriousViolations(page, 'details.section-tools-section[open]')).toEqual([]);
      await page.route('**/*.sections.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.reload({ waitUntil: 'networkidle' });
      await page.addScriptTag({ path: axePath });
      await (await open(1)).locator('.cite-status.cite-error').waitFor();
      expect(await seriousViolations(page, 'details.section-tools-section[open]')).toEqual([]);
      await page.close();
    });
  }
});

describe('targets a finger can hit (WCAG 2.5.8)', () => {
  // The chapter whose bibliography has the most links back to further citations: the densest
  // rows of small links on the site.
  const chapters = readdirSync(resolve('dist'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && !/^(references|sources|overlap|glossary|contribute)\b/.test(relative(resolve('dist'), e.parentPath)))
    .map((e) => ({ path: `${relative(resolve('dist'), e.parentPath)}/`, html: readFileSync(join(e.parentPath, e.name), 'utf8') }))
    .filter((p) => p.html.includes('class="bibliography'));
  const densest = chapters.sort((a, b) => b.html.split('ref-backlink-more').length - a.html.split('ref-backlink-more').length)[0]!;

  test(`the bibliography's small links are 24 px high, its numbered links 24 px wide (${densest.path}, on a phone)`, async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(siteUrl(densest.path), { waitUntil: 'networkidle' });
    // Entries are drawn only near the screen: draw them all to measure them.
    await page.addStyleTag({ content: '.bibliography-list li { content-visibility: visible !important; }' });
    const small = await page.locator('.bibliography :is(.ref-meta, .ref-backlinks) a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { link: `${a.closest('li')!.id} “${a.textContent}”`, width: r.width, height: r.height, numbered: a.classList.contains('ref-backlink-more') };
      }),
    );
    expect(small.length).toBeGreaterThan(0);
    // WCAG 2.5.8 (AA): 24 × 24 CSS px; a link of words is wider than that, a number is not.
    expect(small.filter((l) => l.height < 24 || (l.numbered && l.width < 24)).slice(0, 5)).toEqual([]);
    await page.close();
  });
});

/** axe's serious and critical violations on the page, or in the elements `include` selects. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const result = (await page.evaluate(
    (include) => (window as unknown as { axe: { run: (c: object, o: object) => Promise<unknown> } }).axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] }),
    include,
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
