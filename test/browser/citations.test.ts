import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSources, projectPaths } from '../../src/project.ts';
import { readNavigation } from '../../src/navigation.ts';
import { openPage, useBrowser } from './support/browser.ts';

const chapter = 'foundations/why-interfaces/';
// The first chapter of the built site that names a review in a sentence (`@review says`, or a
// table's "reported by" cell).
const chapterNamingAReview = (() => {
  const { content, root } = projectPaths();
  const slug = readNavigation(content, { root })
    .flatMap((p) => p.chapters)
    .map((c) => c.slug)
    .find((s) => readFileSync(join('dist', s, 'index.html'), 'utf8').includes('cite-review'));
  if (!slug) throw new Error('no chapter names a review with an in-text citation (@review)');
  return `${slug}/`;
})();

const browser = useBrowser();

describe('citations on a chapter page', () => {
  test('hovering a citation previews the reference and the reviews that cite it', async () => {
    const { page } = await openPage(browser(), chapter);
    const cite = page.locator('a.cite-ref').first();
    const n = await cite.getAttribute('data-ref');
    await cite.hover();
    const tip = page.locator('#citation-preview');
    await tip.waitFor({ state: 'visible' });
    const entry = (await page.locator(`#ref-${n} .ref-text`).textContent())!.trim();
    expect((await tip.textContent())!).toContain(entry.slice(0, 40));
    await expect(cite.getAttribute('aria-describedby')).resolves.toBe('citation-preview');
    await page.close();
  });

  test('keyboard focus shows the preview, Escape hides it, and the link still goes to the entry', async () => {
    const { page } = await openPage(browser(), chapter);
    // A numbered citation (a review named in a sentence links to its page instead).
    const cite = page.locator('a.cite-ref[href^="#ref-"]').nth(2);
    await cite.focus();
    const tip = page.locator('#citation-preview');
    await tip.waitFor({ state: 'visible' });
    // The reviews that list the work, by name and number, never by id or key.
    const text = (await tip.textContent())!;
    expect(text).toMatch(/Cited by .+ \d{4}, ref\. \d+/);
    for (const s of loadSources()) expect(text).not.toContain(s.id);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    const n = await cite.getAttribute('data-ref');
    await page.waitForFunction((id) => location.hash === `#ref-${id}`, n);
    await page.close();
  });

  test('without JavaScript a citation is a working link with a sensible name', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { siteUrl } = await import('./support/browser.ts');
    await page.goto(siteUrl(chapter));
    const cite = page.locator('a.cite-ref[href^="#ref-"]').first();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(/^#ref-\d+$/);
    expect(await page.locator(href!).count()).toBe(1);
    expect(await cite.getAttribute('aria-label')).toMatch(/^Reference \d+: .+ \d{4}/);
    await context.close();
  });

  test('a review named in a sentence links to its page and previews its entry on hover and focus', async () => {
    const { page } = await openPage(browser(), chapterNamingAReview);
    const named = page.locator('a.cite-ref.cite-review').first();
    const name = (await named.textContent())!;
    expect(name).toMatch(/^\S.* \(\d{4}[a-z]?\)$/);
    expect(new URL((await named.getAttribute('href'))!, page.url()).pathname).toMatch(/\/sources\/[^/]+\/$/);
    const tip = page.locator('#citation-preview');
    await named.hover();
    await tip.waitFor({ state: 'visible' });
    const n = await named.getAttribute('data-ref');
    const entry = (await page.locator(`#ref-${n} .ref-text`).textContent())!.trim();
    expect((await tip.textContent())!).toContain(entry.slice(0, 40));
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await named.focus();
    await tip.waitFor({ state: 'visible' });
    await expect(named.getAttribute('aria-describedby')).resolves.toBe('citation-preview');
    await page.close();
  });

  test('the bibliography lists each cited work once, in order of first citation', async () => {
    const { page } = await openPage(browser(), chapter);
    const order = await page.locator('.citation').evaluateAll((els) => els.flatMap((e) => (e as HTMLElement).dataset.refs!.split(' ').map(Number)));
    const firstSeen = [...new Set(order)];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    const entries = await page.locator('.bibliography-list > li').count();
    expect(entries).toBe(firstSeen.length);
    await page.close();
  });
});
