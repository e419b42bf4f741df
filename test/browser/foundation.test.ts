import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readNavigation } from '../../src/navigation.ts';
import { projectPaths } from '../../src/project.ts';
import { openPage, useBrowser } from './support/browser.ts';

const chapter = 'foundations/why-interfaces/';
// The first chapter, in reading order, that has math.
const mathChapter = (() => {
  const { content, root } = projectPaths();
  const found = readNavigation(content, { root })
    .flatMap((p) => p.chapters)
    .find((c) => /\$[^$\s][^$]*\$/.test(readFileSync(c.file, 'utf8')));
  if (!found) throw new Error('no chapter has math');
  return `${found.slug}/`;
})();

const browser = useBrowser();

describe('the built site', () => {
  test('the home page lists the five sources and loads nothing from outside', async () => {
    const { page, external } = await openPage(browser(), '');
    await expect(page.title()).resolves.toContain('Interface Atlas');
    const sources = await page.locator('[data-source-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')));
    expect(sources.sort()).toEqual(['chen2021', 'pang2021', 'su2023', 'sun2025', 'wang2022']);
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    await page.close();
  });

  test('the first chapter with math renders its equations with KaTeX', async () => {
    const { page, external } = await openPage(browser(), mathChapter);
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.katex-error').count()).toBe(0);
    // The stylesheet matches the markup: KaTeX renamed its layout classes between versions, and a
    // stylesheet from another version leaves \neq's slash and every strut out of place.
    const layout = await page.evaluate(() => {
      const base = document.querySelector('.katex-html .base');
      return base ? getComputedStyle(base).display : 'no .base element';
    });
    expect(layout).toBe('inline-block');
    // KaTeX's fonts come from the site itself.
    const fontsOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded');
    });
    expect(fontsOk).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    await page.close();
  });

  test('search finds the chapter from a word in its text, offline', async () => {
    const { page, external } = await openPage(browser(), '');
    await page.locator('atlas-search button[data-open-modal]').first().click();
    const input = page.locator('atlas-search input[type="search"]');
    await input.fill('crosstalk');
    const first = page.locator('atlas-search a.result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('atlas-search a.result-link').evaluateAll((els) =>
      els.map((e) => (e as HTMLAnchorElement).pathname),
    );
    expect(hrefs.some((h) => h.includes(chapter))).toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });
});
