import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';

const chapter = 'foundations/why-interfaces/';

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
    const cite = page.locator('a.cite-ref').nth(2);
    await cite.focus();
    const tip = page.locator('#citation-preview');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Cited by .*\[\d+\]/);
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
    const cite = page.locator('a.cite-ref').first();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(/^#ref-\d+$/);
    expect(await page.locator(href!).count()).toBe(1);
    expect(await cite.getAttribute('aria-label')).toMatch(/^Reference \d+: .+ \d{4}/);
    await context.close();
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
