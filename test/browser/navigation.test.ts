import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNavigation } from '../../src/navigation.ts';
import { projectPaths } from '../../src/project.ts';
import { routes } from '../../src/data/routes.ts';
import { siteUrl, useBrowser } from './support/browser.ts';

/**
 * A reader finds every chapter: from the home page through the sidebar (desktop, and the menu on
 * a phone) and through the home page's contents, with previous/next links in reading order. The
 * chapters and their order are read from content/, as the site reads them.
 */
const { content, root } = projectPaths();
const parts = readNavigation(content, { root });
const chapters = parts.flatMap((p) => p.chapters);
const path = (slug: string) => routes('/').page(slug);
// Dozens of page loads per test on a shared machine.
const LONG = 300_000;

const browser = useBrowser();

/** A plain page (the offline and CSP checks of openPage are other tests' job, and slow every load). */
async function open(b: Browser, width: number, height: number, at = ''): Promise<Page> {
  const page = await b.newPage({ viewport: { width, height } });
  await page.goto(siteUrl(at), { waitUntil: 'domcontentloaded' });
  return page;
}

/** Where a page's previous and next links lead (undefined: no such link). */
const pagination = (page: Page) =>
  page.locator('.pagination-links a[rel]').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.getAttribute('rel'), (a as HTMLAnchorElement).pathname]))) as Promise<{
    prev?: string;
    next?: string;
  }>;

/** The sidebar links, in order, and the one marked as the current page. */
async function sidebar(page: Page): Promise<{ links: string[]; current: string[] }> {
  const nav = page.locator('#starlight__sidebar');
  return {
    links: await nav.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)),
    current: await nav.locator('a[aria-current="page"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)),
  };
}

async function arrived(page: Page, slug: string): Promise<void> {
  await page.waitForURL((u) => u.pathname === path(slug), { waitUntil: 'domcontentloaded' });
  const title = chapters.find((c) => c.slug === slug)?.title;
  if (title) expect((await page.locator('main h1').first().textContent())?.trim()).toBe(title);
}

describe('every chapter is reachable', () => {
  test('the project has parts and chapters to find', () => {
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.chapters.length > 0)).toBe(true);
  });

  test('desktop: from the home page, through the sidebar of each page, every chapter in reading order, marked as current, with previous and next', async () => {
    const page = await open(browser(), 1366, 900);
    // Reading order: the home page, then the chapters; the last chapter's "Next" leaves them for the reference pages.
    const order = ['index', ...chapters.map((c) => c.slug)];
    expect(await pagination(page)).toEqual({ next: path(order[1]!) });
    for (const [i, c] of chapters.entries()) {
      // Each page's sidebar lists every chapter, in order.
      const { links } = await sidebar(page);
      expect(links.filter((l) => chapters.some((x) => path(x.slug) === l))).toEqual(chapters.map((x) => path(x.slug)));
      await page.locator(`#starlight__sidebar a[href$="${path(c.slug)}"]`).click();
      await arrived(page, c.slug);
      expect((await sidebar(page)).current).toEqual([path(c.slug)]);
      const { prev, next } = await pagination(page);
      expect(prev).toBe(path(order[i]!));
      if (i + 1 < chapters.length) expect(next).toBe(path(chapters[i + 1]!.slug));
      else expect(next).toBeDefined();
    }
    // The links themselves work: back one chapter and forward again.
    await page.locator('.pagination-links a[rel="prev"]').click();
    await arrived(page, order.at(-2)!);
    await page.locator('.pagination-links a[rel="next"]').click();
    await arrived(page, order.at(-1)!);
    await page.close();
  }, LONG);

  test('desktop: the sidebar groups chapters under their parts', async () => {
    const page = await open(browser(), 1366, 900, path(chapters[0]!.slug));
    for (const p of parts) {
      const group = page.locator('#starlight__sidebar details', { has: page.locator(`summary:has-text("${p.label}")`) });
      const hrefs = await group.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toEqual(p.chapters.map((c) => path(c.slug)));
    }
    await page.close();
  });

  test('phone: the menu opens on every page, lists every chapter and leads to it', async () => {
    const page = await open(browser(), 390, 844);
    const menu = page.locator('button[popovertarget="starlight__sidebar"]');
    for (const c of chapters) {
      await menu.click();
      const link = page.locator(`#starlight__sidebar a[href$="${path(c.slug)}"]`);
      await link.scrollIntoViewIfNeeded();
      await expect(link.isVisible()).resolves.toBe(true);
      await link.click();
      await arrived(page, c.slug);
      // The menu closes on arrival and marks the chapter when it opens again.
      await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
      expect((await sidebar(page)).current).toEqual([path(c.slug)]);
    }
    await menu.click();
    const current = page.locator('#starlight__sidebar a[aria-current="page"]');
    await expect(current.isVisible()).resolves.toBe(true);
    await page.close();
  }, LONG);

  test('the home page lists every part and chapter with its description, and each link leads to the chapter', async () => {
    const page = await open(browser(), 1366, 900);
    const contents = page.locator('nav.contents');
    expect(await contents.locator('h3').allTextContents()).toEqual(parts.map((p) => p.label));
    const items = await contents.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.pathname, title: li.querySelector('a')!.textContent, description: li.querySelector('.contents-description')?.textContent ?? '' })),
    );
    expect(items).toEqual(chapters.map((c) => ({ href: path(c.slug), title: c.title, description: c.description ?? '' })));
    for (const c of chapters) {
      await contents.locator(`a[href$="${path(c.slug)}"]`).click();
      await arrived(page, c.slug);
      await page.goBack({ waitUntil: 'domcontentloaded' });
    }
    await page.close();
  }, LONG);
});

describe('the table of contents follows the reader', () => {
  /** The links marked current: the sidebar's contents (desktop) and the phone's bar with its label. */
  const current = (page: Page) =>
    page.evaluate(() => ({
      desktop: document.querySelector('starlight-toc a[aria-current="true"]')?.getAttribute('href'),
      phone: document.querySelector('mobile-starlight-toc a[aria-current="true"]')?.getAttribute('href'),
      label: document.querySelector('mobile-starlight-toc .display-current')?.textContent,
    }));
  /** Scrolls so that the top of `#id` sits `offset` px below the page's header. */
  const scrollTo = (page: Page, id: string, offset: number) =>
    page.evaluate(
      ([id, offset]) => {
        const header = document.querySelector('header')!.getBoundingClientRect().height;
        const bar = document.querySelector<HTMLElement>('mobile-starlight-toc summary');
        const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - header - (bar?.offsetParent ? bar.offsetHeight : 0) - offset);
      },
      [id, offset] as const,
    );
  // The chapter with the most sections, as built.
  const sectionCount = (slug: string) => readFileSync(resolve('dist', `.${path(slug)}index.html`), 'utf8').split('<h2 id=').length;
  const chapter = [...chapters].sort((a, b) => sectionCount(b.slug) - sectionCount(a.slug))[0]!;

  for (const [device, width, which] of [
    ['desktop', 1366, 'desktop'],
    ['phone', 390, 'phone'],
  ] as const) {
    test(`${device}: the section under the header is the current one, scrolling down and back up; above the first, the overview`, async () => {
      const page = await open(browser(), width, 800, path(chapter.slug));
      await page.waitForLoadState('load');
      const links = await page
        .locator(which === 'desktop' ? 'starlight-toc a' : 'mobile-starlight-toc a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
      expect(links[0]!.href).toBe('#_top');
      const sections = links.slice(1, 5);
      expect(sections.length).toBeGreaterThanOrEqual(3);
      await expect.poll(async () => (await current(page))[which]).toBe('#_top');
      for (const s of sections) {
        await scrollTo(page, decodeURIComponent(s.href.slice(1)), 10);
        await expect.poll(async () => (await current(page))[which], { timeout: 5000 }).toBe(s.href);
        if (which === 'phone') expect((await current(page)).label).toBe(s.text);
      }
      // Back up: the reader is in the middle of the section before the last one.
      await scrollTo(page, decodeURIComponent(sections.at(-1)!.href.slice(1)), 300);
      await expect.poll(async () => (await current(page))[which], { timeout: 5000 }).toBe(sections.at(-2)!.href);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(async () => (await current(page))[which], { timeout: 5000 }).toBe('#_top');
      await page.close();
    }, LONG);
  }

  test('pages load the light contents script, not one that observes every block of the page', () => {
    const scripts = readdirSync(resolve('dist/_astro')).filter((f) => f.endsWith('.js'));
    const defining = scripts.filter((f) => readFileSync(resolve('dist/_astro', f), 'utf8').match(/customElements\.define\(["'`]starlight-toc["'`]/));
    expect(defining).toHaveLength(1);
    const code = readFileSync(resolve('dist/_astro', defining[0]!), 'utf8');
    expect(code).not.toContain(':has(');
    expect(code).not.toContain('IntersectionObserver');
  });
});
