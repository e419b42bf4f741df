import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { pagefindFilters, type FilterSelection } from '../../src/search/query.ts';
import { loadSite } from '../../src/site.ts';

interface Hit { url: string; kind: string; title: string; subs: Array<{ url: string; title: string; excerpt: string }> }

/** Runs a search with Pagefind's JS API in the page, ranked as the site's search ranks. */
async function search(page: Page, query: string | null, selection: FilterSelection = {}, limit = 100): Promise<Hit[]> {
  const args = JSON.stringify({ query, filters: pagefindFilters(selection), ranking: SEARCH_RANKING, limit });
  return page.evaluate(`(${IN_PAGE})(${args})`) as Promise<Hit[]>;
}
// Kept as source text: the test runner would otherwise rewrite its dynamic import.
const IN_PAGE = `async ({ query, filters, ranking, limit }) => {
  const pf = await import(location.origin + '/pagefind/pagefind.js');
  await pf.options({ ranking });
  const { results } = await pf.search(query, { filters });
  return Promise.all(results.slice(0, limit).map(async (r) => {
    const d = await r.data();
    return { url: d.url, kind: d.meta.kind ?? '', title: d.meta.title,
      subs: d.sub_results.map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })) };
  }));
}`;

const chapters = (hits: Hit[]) => new Set(hits.filter((h) => h.kind === 'chapter').map((h) => h.url));
const site = loadSite();
const chapterData = site.chapters().filter((c) => c.slug !== 'index');
const chapterUrl = (slug: string) => `/${slug}/`;
type Fm = { topic?: string; interfaces?: string[]; electrolytes?: string[]; sources?: Array<{ review: string }> };
const fm = (c: (typeof chapterData)[number]) => c.frontmatter as Fm;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = (await openPage(browser, '')).page;
});
afterAll(async () => {
  await browser?.close();
});

describe('what Pagefind does by itself (a fixture index, no build-time help)', () => {
  let fixture: { url: string; close: () => Promise<void> } | undefined;
  let dir = '';
  let fixturePage: Page;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
    const { index } = await pagefindNode.createIndex({});
    const html = (body: string) => `<html lang="en"><body><main>${body}</main></body></html>`;
    await index!.addHTMLFile({ url: '/unicode/', content: html('<h1>Coatings</h1><p>A Li₃PO₄ coating on LiNbO₃ and Li₇La₃Zr₂O₁₂.</p>') });
    await index!.addHTMLFile({ url: '/ascii/', content: html('<h1>Interlayers</h1><p>An LLZO pellet with Li3PS4.</p>') });
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefindNode.close();
    fixture = await serveStatic(dir);
    fixturePage = await browser.newPage();
    await fixturePage.goto(fixture.url + 'pagefind/pagefind.js');
  });
  afterAll(async () => {
    await fixture?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const urls = async (q: string) => (await search(fixturePage, q)).map((h) => h.url);

  test('an ASCII formula reaches a subscripted one only through a shorter-prefix fallback', async () => {
    // Pagefind indexes "li₃po₄" (subscripts are not folded to digits). With no exact match it
    // retries a shorter prefix of the query ("li"), which is why a quick probe "found" the page
    // with Li₃PO₄ for Li3PO4: what it matched there was LiNbO₃, and the same fallback finds a page
    // with only Li3PS4 just as well.
    for (const q of ['Li3PO4', 'LiNbO3', 'Li7La3Zr2O12']) {
      const hits = await search(fixturePage, q);
      expect(hits.map((h) => h.url).sort()).toEqual(['/ascii/', '/unicode/']);
      const unicode = hits.find((h) => h.url === '/unicode/')!;
      expect(unicode.subs[0]?.excerpt).toContain('<mark>LiNbO₃</mark>');
      expect(unicode.subs[0]?.excerpt).not.toContain('<mark>Li₃PO₄');
      expect(unicode.subs[0]?.excerpt).not.toContain('<mark>Li₇La₃Zr₂O₁₂');
    }
  });
  test('an abbreviation does not find its name, nor the name its abbreviation', async () => {
    expect(await urls('garnet')).toEqual([]);
    expect(await urls('LLZO')).toEqual(['/ascii/']);
  });
  test('it does match a case-insensitive prefix of an ASCII formula', async () => {
    expect(await urls('li3ps')).toEqual(['/ascii/']);
  });
});

describe('formulas and abbreviations on the site', () => {
  const firstChapter = async (q: string) => (await search(page, q, {}, 5)).find(() => true);

  test.each([['Li7La3Zr2O12'], ['LLZO'], ['garnet'], ['LiNbO3'], ['NCM811'], ['LiNi0.8Mn0.1Co0.1O2'], ['Li6PS5Cl'], ['argyrodite'], ['LiPON']])(
    '%s puts a chapter first, with a matching section',
    async (q) => {
      const first = await firstChapter(q);
      expect(first?.kind).toBe('chapter');
      expect(first?.subs.some((s) => s.url.includes('#'))).toBe(true);
    },
  );

  test('Li7La3Zr2O12, LLZO and garnet find the same chapters', async () => {
    const [a, b, c] = await Promise.all(['Li7La3Zr2O12', 'LLZO', 'garnet'].map(async (q) => chapters(await search(page, q))));
    expect(a!.size).toBeGreaterThan(3);
    expect([...a!].sort()).toEqual([...b!].sort());
    expect([...b!].sort()).toEqual([...c!].sort());
  });

  test('LiNbO3 finds the sections that write LiNbO₃', async () => {
    const hits = chapters(await search(page, 'LiNbO3'));
    const written = chapterData.filter((c) => c.sections.length && readChapterHtml(c.slug).includes('LiNbO₃')).map((c) => chapterUrl(c.slug));
    expect(written.length).toBeGreaterThan(0);
    for (const url of written) expect(hits).toContain(url);
  });

  test('NCM811 and LiNi0.8Mn0.1Co0.1O2 find each other', async () => {
    const a = chapters(await search(page, 'NCM811'));
    const b = chapters(await search(page, 'LiNi0.8Mn0.1Co0.1O2'));
    expect([...a].sort()).toEqual([...b].sort());
    expect((await firstChapter('NCM811'))?.url).toBe((await firstChapter('LiNi0.8Mn0.1Co0.1O2'))?.url);
  });

  test('Li6PS5Cl and argyrodite find the same chapters', async () => {
    const a = chapters(await search(page, 'Li6PS5Cl'));
    const b = chapters(await search(page, 'argyrodite'));
    expect([...a].sort()).toEqual([...b].sort());
  });

  test('lithium phosphorus oxynitride finds the LiPON chapters', async () => {
    const lipon = chapters(await search(page, 'LiPON'));
    const named = chapters(await search(page, 'lithium phosphorus oxynitride'));
    for (const url of lipon) expect(named).toContain(url);
  });
});

describe('what is indexed', () => {
  test('a work is found by author and year', async () => {
    const [first] = await search(page, 'Han 2017', {}, 1);
    expect(first).toMatchObject({ url: '/references/han2017nm/', kind: 'work' });
  });
  test('an author cited in a chapter is found on the work page, not through the bibliography', async () => {
    const hits = await search(page, 'Auvergniot');
    expect(hits[0]?.url).toBe('/references/auvergniot2017cm/');
    // The chapters' bibliographies (data-pagefind-ignore="all") list the title; it must not match.
    const title = await search(page, 'Interface stability of Argyrodite toward bulk');
    expect(title.every((h) => h.kind !== 'chapter' || !h.subs.some((s) => s.url.endsWith('#references')))).toBe(true);
  });
  test("KaTeX's MathML copy and its TeX source are not indexed", async () => {
    const hits = await search(page, 'mathrm');
    expect(hits.filter((h) => h.kind === 'chapter')).toEqual([]);
  });
  test('filter values and the added search terms stay out of sight; filter values are not text', async () => {
    const html = readChapterHtml('strategies/cathode-interfaces');
    expect(html).toMatch(/<span hidden data-pagefind-ignore data-pagefind-filter="topic">strategy<\/span>/u);
    expect(html).toMatch(/<span data-pagefind-index-attrs="data-search-terms" data-search-terms="[^"]*LiNbO3/u);
    const content: string = await page.evaluate(`(async () => {
      const pf = await import(location.origin + '/pagefind/pagefind.js');
      const { results } = await pf.search(null, { filters: { kind: 'work' } });
      return (await results[0].data()).content;
    })()`);
    expect(content).not.toMatch(/\bwork\s*(chen|pang|su|sun|wang)20/u);
  });
  test('sub-results are sections with their heading', async () => {
    const [first] = await search(page, 'space charge', {}, 1);
    expect(first?.url).toBe('/challenges/space-charge/');
    const section = first!.subs.find((s) => s.url.includes('#'));
    expect(section?.title.length).toBeGreaterThan(3);
  });
});

describe('filters', () => {
  const browse = (selection: FilterSelection) => search(page, null, selection, 1000);
  const slugsWhere = (pred: (f: Fm) => boolean) => chapterData.filter((c) => pred(fm(c))).map((c) => chapterUrl(c.slug)).sort();

  test('a page kind alone browses every page of that kind', async () => {
    const works = await browse({ kind: ['work'] });
    expect(works.length).toBe(site.citations.library.works.length);
    expect((await browse({ kind: ['source'] })).map((h) => h.url).sort()).toEqual(site.sources.map((s) => `/sources/${s.id}/`).sort());
    expect((await browse({ kind: ['chapter'] })).map((h) => h.url).sort()).toEqual(slugsWhere((f) => !!f.topic));
  });
  test('topic, from chapter frontmatter', async () => {
    const hits = await browse({ kind: ['chapter'], topic: ['outlook'] });
    expect(hits.map((h) => h.url).sort()).toEqual(slugsWhere((f) => f.topic === 'outlook'));
  });
  test('values in one group are alternatives (OR)', async () => {
    const hits = await browse({ kind: ['chapter'], interface: ['anode', 'current-collector'] });
    const expected = slugsWhere((f) => !!f.interfaces?.some((i) => i === 'anode' || i === 'current-collector'));
    expect(hits.map((h) => h.url).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(slugsWhere((f) => !!f.interfaces?.includes('current-collector')).length);
  });
  test('groups narrow each other (AND)', async () => {
    const hits = await browse({ kind: ['chapter'], topic: ['strategy'], electrolyte: ['halide'] });
    expect(hits.map((h) => h.url).sort()).toEqual(slugsWhere((f) => f.topic === 'strategy' && !!f.electrolytes?.includes('halide')));
  });
  test('source review: chapters that draw on it, works it cites, its source page', async () => {
    const hits = await browse({ review: ['wang2022'] });
    const urls = hits.map((h) => h.url);
    expect(urls).toContain('/sources/wang2022/');
    for (const url of slugsWhere((f) => !!f.sources?.some((s) => s.review === 'wang2022'))) expect(urls).toContain(url);
    const cited = site.citations.library.works.filter((w) => w.citedBy.some((c) => c.review === 'wang2022'));
    expect(hits.filter((h) => h.kind === 'work').length).toBe(cited.length);
  });
  test('a query with a filter: only works, by author', async () => {
    const hits = await search(page, 'garnet', { kind: ['work'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'work')).toBe(true);
  });
});

describe('the search dialog', () => {
  test('a formula typed with subscripts finds the chapters', async () => {
    const { page: p, external } = await openPage(browser, '');
    await p.locator('atlas-search button[data-open-modal]').click();
    await p.locator('atlas-search [data-search-input]').fill('Li₇La₃Zr₂O₁₂');
    const first = p.locator('atlas-search li.result').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(first.getAttribute('data-kind')).resolves.toBe('chapter');
    await expect(first.locator('a.sub-link').first().getAttribute('href')).resolves.toMatch(/^\/[a-z-]+\/[a-z-]+\/\?highlight=li7la3zr2o12#[a-z0-9-]+$/u);
    expect(external).toEqual([]);
    await p.close();
  });

  test('a section result opens at its heading with the searched words highlighted', async () => {
    const { page: p } = await openPage(browser, '');
    await p.keyboard.press('Control+k');
    await p.locator('atlas-search [data-search-input]').fill('argyrodite');
    const sub = p.locator('atlas-search li.result').first().locator('a.sub-link').first();
    await sub.waitFor({ timeout: 15_000 });
    const href = (await sub.getAttribute('href'))!;
    await sub.click();
    await p.waitForURL((u) => u.href.endsWith(href));
    const marks = p.locator('mark.pagefind-highlight');
    await marks.first().waitFor({ timeout: 15_000 });
    expect((await marks.first().textContent())?.toLowerCase()).toContain('argyrodite');
    await p.close();
  });

  test('ticking filters without a query browses; two values in a group widen it', async () => {
    const { page: p } = await openPage(browser, '');
    await p.keyboard.press('Control+k');
    await p.locator('atlas-search [data-filters-panel] summary').click();
    await p.locator('atlas-search input[name="kind"][value="chapter"]').check();
    await p.locator('atlas-search li.result').first().waitFor({ timeout: 15_000 });
    await p.locator('atlas-search input[name="interface"][value="current-collector"]').check();
    // Compare the counts the dialog reports: the list itself shows a page of results at a time.
    const total = async () => Number(/^(\d+) results? with these filters/u.exec((await p.locator('atlas-search [data-status]').textContent()) ?? '')?.[1] ?? NaN);
    // Expected counts from the chapters' frontmatter (a chapter is an entry with a topic).
    const chapters = site.chapters().filter((c) => c.frontmatter.topic);
    const about = (...wanted: string[]) => chapters.filter((c) => ((c.frontmatter.interfaces as string[] | undefined) ?? []).some((i) => wanted.includes(i))).length;
    await expect.poll(total).toBe(about('current-collector'));
    await p.locator('atlas-search input[name="interface"][value="anode"]').check();
    await expect.poll(total).toBe(about('current-collector', 'anode'));
    expect(about('current-collector', 'anode')).toBeGreaterThan(about('current-collector'));
    await expect
      .poll(() => p.locator('atlas-search li.result').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))]))
      .toEqual(['chapter']);
    // Labels come from content/taxonomy.yaml.
    await expect(p.locator('atlas-search label:has(input[value="current-collector"])').textContent()).resolves.toContain(site.taxonomy.interfaces['current-collector']);
    await p.close();
  });
});

function readChapterHtml(slug: string): string {
  return readFileSync(join('dist', slug, 'index.html'), 'utf8');
}
