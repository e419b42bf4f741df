import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { listFilters, pagefindFilters, type FilterSelection, type PagefindFilters } from '../../src/search/query.ts';
import { loadSite } from '../../src/site.ts';
import { loadGlossary } from '../../src/project.ts';
import { asciiFormula, foldWord, termMatchers } from '../../src/search/search-terms.ts';

interface Hit { url: string; kind: string; title: string; subs: Array<{ url: string; title: string; excerpt: string }> }

/** Runs a search with Pagefind's JS API in the page, ranked as the site's search ranks. */
async function search(page: Page, query: string | null, selection: FilterSelection = {}, limit = 100): Promise<Hit[]> {
  return searchWith(page, query, pagefindFilters(selection), limit);
}
/** The same with Pagefind filters as they are: `listFilters` gives the dialog's two lists. */
async function searchWith(page: Page, query: string | null, filters: PagefindFilters, limit = 100): Promise<Hit[]> {
  const args = JSON.stringify({ query, filters, ranking: SEARCH_RANKING, limit });
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
  /** The first of the dialog's list of pages (every kind but works). */
  const firstChapter = async (q: string) => (await searchWith(page, q, listFilters({}, 'work').pages!, 5)).find(() => true);

  test.each([['Li7La3Zr2O12'], ['LLZO'], ['garnet'], ['LiNbO3'], ['NCM811'], ['LiNi0.8Mn0.1Co0.1O2'], ['Li6PS5Cl'], ['argyrodite'], ['LiPON']])(
    '%s puts a chapter first among pages, with a matching section',
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
  /** A fresh page with the search dialog open. */
  async function open(path = '') {
    const opened = await openPage(browser, path);
    await opened.page.locator('atlas-search button[data-open-modal]').click();
    return opened;
  }
  /** Types a query in the open dialog and waits for its results. */
  async function ask(p: Page, query: string) {
    await p.locator('atlas-search [data-search-input]').fill(query);
    await expect.poll(() => p.locator('atlas-search [data-status]').textContent(), { timeout: 45_000 }).toContain(`“${query}”`);
    await p.locator('atlas-search li.result').first().waitFor({ timeout: 45_000 });
  }
  async function dialog(query: string, path = '') {
    const opened = await open(path);
    await ask(opened.page, query);
    return opened;
  }
  /** Several searches in one dialog, and the machine shared with others: generous time. */
  const SLOW = 240_000;
  /** The results in the order the dialog shows them. */
  const shown = (p: Page) => p.locator('atlas-search li.result').evaluateAll((els) => els.map((e) => ({
    kind: (e as HTMLElement).dataset.kind ?? '',
    href: e.querySelector('a.result-link')?.getAttribute('href') ?? '',
    excerpts: [...e.querySelectorAll('p.excerpt')].map((x) => ({ text: x.textContent ?? '', marks: [...x.querySelectorAll('mark')].map((m) => m.textContent ?? '') })),
  })));
  const glossary = loadGlossary();
  /** Every name the glossary gives the entry with this formula, folded as search compares words. */
  const namesOf = (name: string) => {
    const e = glossary.find((g) => [g.term, g.formula, ...g.aliases].map((n) => n && foldWord(n)).includes(foldWord(name)))!;
    return [e.term, e.formula!, e.expansion, ...e.aliases].flatMap((n) => [n, ...n.split(/\s+/u)]).map(foldWord);
  };

  test.each([['LiNbO3', 'LiNbO₃'], ['Li7La3Zr2O12', 'Li₇La₃Zr₂O₁₂'], ['LiNi0.8Mn0.1Co0.1O2', 'LiNi₀.₈Mn₀.₁Co₀.₁O₂']])(
    '%s and %s: the first three excerpts come from the page text and mark the formula or its other names',
    async (ascii, subscripted) => {
      const excerpts: string[][] = [];
      const { page: p, external } = await open();
      for (const q of [ascii, subscripted]) {
        await ask(p, q);
        const first = (await shown(p)).flatMap((r) => r.excerpts).slice(0, 3);
        expect(first).toHaveLength(3);
        for (const ex of first) {
          expect(ex.text).not.toMatch(/[⁅⁆]/u);
          expect(ex.marks.length).toBeGreaterThan(0);
          for (const m of ex.marks) expect(namesOf(ascii).some((n) => foldWord(m).startsWith(n) || m.split(/[\s/–-]/u).map(foldWord).includes(n))).toBe(true);
        }
        excerpts.push(first.map((e) => e.text));
      }
      expect(external).toEqual([]);
      await p.close();
      // Typed with or without subscripts, the same excerpts.
      expect(excerpts[0]).toEqual(excerpts[1]);
    },
    SLOW,
  );

  test('a formula the pages write with subscripts is marked as written', async () => {
    const { page: p } = await dialog('LiNbO3');
    const marks = (await shown(p)).flatMap((r) => r.excerpts.flatMap((e) => e.marks));
    expect(marks.some((m) => m.includes('LiNbO₃'))).toBe(true);
    await p.close();
  }, SLOW);

  test('a material query shows chapter sections and works together, each list with its own "more"', async () => {
    const { page: p } = await dialog('Li7La3Zr2O12');
    const lists = await p.locator('atlas-search section.list').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.list));
    expect(lists).toEqual(['pages', 'works']);
    const first = await shown(p);
    expect(first[0]?.kind).toBe('chapter');
    expect(first.some((r) => r.kind === 'work')).toBe(true);
    // A list longer than what it shows offers more of itself only.
    const works = p.locator('atlas-search section.list[data-list="works"]');
    const before = await works.locator('li.result').count();
    await works.locator('button.more').click();
    await expect.poll(() => works.locator('li.result').count(), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await p.locator('atlas-search section.list[data-list="pages"] li.result').count()).toBe(first.filter((r) => r.kind !== 'work').length);
    await p.close();
  }, SLOW);

  /**
   * Works that a reader can name by an author and a topic (or a year) unambiguously: the first
   * author's family name with a glossary name from the title, or with the year, matching no other
   * work the same way.
   */
  function namedWorks() {
    const works = site.citations.library.works.filter((w) => w.item.title && (w.item.author?.[0]?.family?.length ?? 0) >= 3);
    const families = (w: (typeof works)[number]) => (w.item.author ?? []).map((a) => a.family ?? '');
    const year = (w: (typeof works)[number]) => String(w.item.issued?.['date-parts']?.[0]?.[0] ?? '');
    const topics = glossary.flatMap((e) => e.aliases.filter((a) => /^[a-z]{6,}$/u.test(a)));
    const byTopic: Array<{ id: string; query: string }> = [];
    const byYear: Array<{ id: string; query: string }> = [];
    for (const w of works) {
      const family = families(w)[0]!;
      const topic = topics.find((t) => new RegExp(`\\b${t}\\b`, 'iu').test(w.item.title!));
      const others = works.filter((o) => o !== w && families(o).includes(family));
      if (topic && !others.some((o) => new RegExp(`\\b${topic}`, 'iu').test(o.item.title!))) byTopic.push({ id: w.id, query: `${family} ${topic}` });
      if (year(w) && !others.some((o) => year(o) === year(w))) byYear.push({ id: w.id, query: `${family} ${year(w)}` });
    }
    return { byTopic: byTopic.slice(0, 3), byYear: byYear.slice(0, 2) };
  }

  test('"Author topic" and "Author year": that work comes first, works ahead of chapters', async () => {
    const { byTopic, byYear } = namedWorks();
    expect(byTopic.length).toBeGreaterThan(0);
    const { page: p } = await open();
    for (const { id, query } of [...byTopic, ...byYear]) {
      await ask(p, query);
      const results = await shown(p);
      const at = results.findIndex((r) => r.href.startsWith(`/references/${id}/`));
      expect(at, `${query} → ${id}`).toBeGreaterThanOrEqual(0);
      expect(at, `${query} → ${id}`).toBeLessThan(5);
      expect(results[0]?.kind, query).toBe('work');
    }
    await p.close();
  }, SLOW);

  test('a section result opens at its heading with the searched formula highlighted as the page writes it', async () => {
    const { page: p } = await dialog('LiNbO3');
    const sub = p.locator('atlas-search section.list[data-list="pages"] a.sub-link').first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/\?(.+&)?highlight=linbo3(&.+)?#[a-z0-9_-]+$/u);
    await sub.click();
    await p.waitForURL((u) => u.href.endsWith(href));
    const marks = p.locator('main mark.search-highlight');
    await marks.first().waitFor({ timeout: 45_000 });
    const texts = await marks.allTextContents();
    expect(texts.some((t) => t.includes('LiNbO₃'))).toBe(true);
    expect(texts.every((t) => namesOf('LiNbO3').some((n) => foldWord(t).startsWith(n) || t.split(/[\s/–-]/u).map(foldWord).includes(n)))).toBe(true);
    await p.close();
  }, SLOW);

  test('ticking filters without a query browses; two values in a group widen it', async () => {
    const { page: p } = await openPage(browser, '');
    await p.keyboard.press('Control+k');
    await p.locator('atlas-search [data-filters-panel] summary').click();
    await p.locator('atlas-search input[name="kind"][value="chapter"]').check();
    await p.locator('atlas-search li.result').first().waitFor({ timeout: 45_000 });
    await p.locator('atlas-search input[name="interface"][value="current-collector"]').check();
    // Compare the counts the dialog reports: the list itself shows a page of results at a time.
    const total = async () => Number(/^(\d+) results? with these filters/u.exec((await p.locator('atlas-search [data-status]').textContent()) ?? '')?.[1] ?? NaN);
    // Expected counts from the chapters' frontmatter (a chapter is an entry with a topic).
    const chapters = site.chapters().filter((c) => c.frontmatter.topic);
    const about = (...wanted: string[]) => chapters.filter((c) => ((c.frontmatter.interfaces as string[] | undefined) ?? []).some((i) => wanted.includes(i))).length;
    await expect.poll(total, { timeout: 30_000 }).toBe(about('current-collector'));
    await p.locator('atlas-search input[name="interface"][value="anode"]').check();
    await expect.poll(total, { timeout: 30_000 }).toBe(about('current-collector', 'anode'));
    expect(about('current-collector', 'anode')).toBeGreaterThan(about('current-collector'));
    await expect
      .poll(() => p.locator('atlas-search li.result').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))]), { timeout: 30_000 })
      .toEqual(['chapter']);
    // Labels come from content/taxonomy.yaml.
    await expect(p.locator('atlas-search label:has(input[value="current-collector"])').textContent()).resolves.toContain(site.taxonomy.facets.interface!.values['current-collector']);
    await p.close();
  }, SLOW);

  test('filter counts follow the query', async () => {
    const { page: p } = await dialog('LiNbO3');
    await p.locator('atlas-search [data-filters-panel] summary').click();
    const count = async (group: string, value: string) =>
      Number(/\((\d+)\)/u.exec((await p.locator(`atlas-search label:has(input[name="${group}"][value="${value}"]) .count`).textContent()) ?? '')?.[1] ?? NaN);
    const listed = async (list: string) => Number(/\((\d+)\)/u.exec((await p.locator(`atlas-search section.list[data-list="${list}"] h2`).textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(() => count('kind', 'work'), { timeout: 30_000 }).toBe(await listed('works'));
    expect(await count('kind', 'work')).toBeLessThan(site.citations.library.works.length);
    // Ticking a value in a group keeps the group's other counts (values in a group widen the search).
    const chapterCount = await count('kind', 'chapter');
    await p.locator('atlas-search input[name="kind"][value="work"]').check();
    await expect.poll(() => p.locator('atlas-search section.list').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => count('kind', 'chapter'), { timeout: 30_000 }).toBe(chapterCount);
    await p.close();
  }, SLOW);
});

describe('works in search', () => {
  test('a work is found by the other names of what its title says (glossary synonyms)', async () => {
    const matchers = termMatchers(loadGlossary());
    const linbo3 = matchers.find((m) => m.entry.formula === 'LiNbO3')!;
    const titled = site.citations.library.works.filter((w) => w.item.title && linbo3.pattern.test(asciiFormula(w.item.title)));
    expect(titled.some((w) => !/LiNbO3/u.test(asciiFormula(w.item.title!)))).toBe(true);
    const found = (await search(page, 'LiNbO3', { kind: ['work'] }, 1000)).map((h) => h.url);
    for (const w of titled) expect(found).toContain(`/references/${w.id}/`);
  });
  test('works are filed by what they are about, not by every tag of the chapters citing them', async () => {
    const works = site.citations.library.works.length;
    for (const value of Object.keys(site.taxonomy.facets.interface!.values)) {
      const filed = (await search(page, null, { kind: ['work'], interface: [value] }, 10_000)).length;
      expect(filed, value).toBeLessThan(works / 2);
    }
    // A work whose title names an interface is filed under it.
    const cathode = site.citations.library.works.find((w) => /\bcathodes?\b/iu.test(w.item.title ?? ''))!;
    const filedCathode = (await search(page, null, { kind: ['work'], interface: ['cathode'] }, 10_000)).map((h) => h.url);
    expect(filedCathode).toContain(`/references/${cathode.id}/`);
  });
});

function readChapterHtml(slug: string): string {
  return readFileSync(join('dist', slug, 'index.html'), 'utf8');
}
