import type { Browser, Page } from 'playwright-core';
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
