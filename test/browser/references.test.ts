import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { openPage, siteUrl, useBrowser } from './support/browser.ts';

const browser = useBrowser();

// Han et al. 2017 (Nat. Mater.) is cited by four of the five reviews.
const work = 'references/han2017nm/';

describe('work pages', () => {
  test('a work cited by several reviews shows each review and its number', async () => {
    const { page, external } = await openPage(browser(), work);
    const citedBy = await page.locator('ul.cited-by a').allTextContents();
    // Named as researchers name the reviews, with the number each gives it.
    expect(citedBy).toEqual(expect.arrayContaining(['Pang et al. 2021, ref. 17', 'Chen et al. 2021, ref. 114']));
    expect(citedBy.length).toBeGreaterThanOrEqual(2);
    // Each links to the numbered entry of that review's list.
    const href = await page.locator('ul.cited-by a', { hasText: 'Pang et al. 2021, ref. 17' }).getAttribute('href');
    await page.goto(new URL(href!, page.url()).href);
    await expect(page.locator('#ref-17 a[href$="/references/han2017nm/"]').count()).resolves.toBe(1);
    expect(external).toEqual([]);
    await page.close();
  });

  test('a backlink leads to the section of the chapter that cites the work', async () => {
    const { page } = await openPage(browser(), work);
    const backlink = page.locator('ul.backlinks a').first();
    const href = (await backlink.getAttribute('href'))!;
    const heading = (await backlink.textContent())!.split(' › ')[1];
    await backlink.click();
    await page.waitForURL((u) => u.href.endsWith(href.split('/').pop()!));
    const anchor = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${anchor}"]`);
    expect(await target.count()).toBe(1);
    if (heading) expect((await target.textContent())!.trim()).toContain(heading.trim());
    // …and that section really cites the work.
    expect(await page.locator('.bibliography-list li[data-work="han2017nm"]').count()).toBe(1);
    await page.close();
  });

  test('a work page loads only the scripts of what it has: no section tools, no citation previews', async () => {
    const { page } = await openPage(browser(), work);
    const scripts: string[] = [];
    page.on('requestfinished', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
    await page.reload({ waitUntil: 'networkidle' });
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /SectionTools|citation-preview/.test(s))).toEqual([]);
    // Inline, only Starlight's theme switch (it must run before the page paints).
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.filter((s) => !s.includes('StarlightThemeProvider'))).toEqual([]);
    // The chapter that cites it has section tools and citations: it loads both.
    const chapter = (await page.locator('ul.backlinks a').first().getAttribute('href'))!.replace(/#.*$/, '');
    const loads = (part: string) => page.waitForRequest((r) => r.url().includes(part));
    await Promise.all([loads('SectionTools'), loads('citation-preview'), page.goto(new URL(chapter, page.url()).href)]);
    await page.close();
  });

  test('its BibTeX downloads and parses back with citation-js', async () => {
    const { page } = await openPage(browser(), work);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download$=".bib"]').click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path!, 'utf8');
    const items = new Cite(text).data as { id: string; title: string; DOI?: string; author: { family: string }[] }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe('han2017nm');
    expect(items[0]!.title).toMatch(/Negating interfacial impedance/);
    expect(items[0]!.author[0]!.family).toBe('Han');
    await page.close();
  });

  test('the references index filters by citing review', async () => {
    const { page } = await openPage(browser(), 'references/');
    const rows = page.locator('.works-table tbody tr');
    const all = await rows.count();
    await page.locator('input[name="review"][value="chen2021"]').uncheck();
    const visible = await page.locator('.works-table tbody tr:not([hidden])').count();
    expect(visible).toBeLessThan(all);
    expect(await page.locator('output[name="count"]').textContent()).toBe(`${visible} shown`);
    await page.close();
  });
});

describe('published data', () => {
  test('works.json is CSL-JSON with the citing reviews', async () => {
    const res = await fetch(siteUrl('data/works.json'));
    const works = (await res.json()) as { id: string; type: string; custom: { citedBy: { review: string; n: number }[] } }[];
    const han = works.find((w) => w.id === 'han2017nm')!;
    expect(han.type).toBe('article-journal');
    expect(han.custom.citedBy).toEqual(expect.arrayContaining([{ review: 'pang2021', n: 17 }]));
    const reviews = (await (await fetch(siteUrl('data/reviews.json'))).json()) as { id: string; references: number }[];
    expect(Object.fromEntries(reviews.map((r) => [r.id, r.references]))).toEqual({ sun2025: 167, pang2021: 167, su2023: 91, chen2021: 353, wang2022: 59 });
  });
});
