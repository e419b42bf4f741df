import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Locator, Route } from 'playwright-core';
import { openPage, siteUrl, useBrowser } from './support/browser.ts';
import { loadSite } from '../../src/site.ts';
import { sectionWorks } from '../../src/markdown/section-works.ts';

// A chapter with equations, a data table, sections with subsections and a long bibliography.
const slug = 'challenges/interphases';
const chapterPath = `${slug}/`;

const browser = useBrowser();
// Laid out for the eye (a screen reader's text is clipped to a pixel: Starlight's .sr-only).
const shown = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().width > 1);

describe('group meetings: sections', () => {
  test('every h2/h3 has one menu with a link, a copy-link button and a keyboard-usable cite panel', async () => {
    const { page, external } = await openPage(browser(), chapterPath);
    const headings = await page.locator('.sl-markdown-content :is(h2, h3)[id]:not(#references)').evaluateAll((hs) =>
      hs.map((h) => {
        const tools = h.parentElement?.nextElementSibling;
        return { id: h.id, tools: !!tools?.matches('details.section-tools'), copy: !!tools?.querySelector(`button[data-copy-target="cite-${h.id}-url"]`) };
      }),
    );
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(h, h.id).toMatchObject({ tools: true, copy: true });

    // Keyboard only: open the first section's menu, then its "Cite" panel, each with Enter.
    const menu = page.locator(`details.section-tools:has(#cite-${headings[0]!.id}-url)`);
    await menu.locator('summary.section-tools-toggle').focus();
    await page.keyboard.press('Enter');
    const summary = menu.locator('.cite-panel > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(summary.locator('xpath=..').getAttribute('open')).resolves.toBe('');
    // The formats load on opening (src/scripts/section-cite.ts); focus stays on the summary.
    await menu.locator('.cite-formats[data-cite-state="loaded"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Cite this section/);
    const text = await page.locator(`#cite-${headings[0]!.id}-text`).textContent();
    expect(text).toContain(`/${chapterPath}#${headings[0]!.id}`);
    // The accessed date is today's (the page script replaced the build date).
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(text).toContain(`[cited ${today}]`);
    // …in every format, the blocks included (they are plain <pre>, not code blocks to highlight).
    expect(await page.locator(`#cite-${headings[0]!.id}-ris`).textContent()).toContain(`Y2  - ${today.replace(/-/g, '/')}`);
    expect(await page.locator('.section-tools .expressive-code').count()).toBe(0);

    // Copying: the clipboard gets the section's URL with its anchor.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    await page.locator(`button[data-copy-target="cite-${headings[0]!.id}-url"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/${chapterPath}#${headings[0]!.id}$`));
    expect(external).toEqual([]);
    await page.close();
  });

  test('a section’s .bib parses back to exactly the works the section cites', async () => {
    const chapter = loadSite().chapters().find((c) => c.slug === slug)!;
    const section = chapter.sections.find((s) => s.depth === 2 && sectionWorks(chapter, s.anchor).length > 1)!;
    const { page } = await openPage(browser(), chapterPath);
    const href = await page.locator(`details.section-tools-section:has(#cite-${section.anchor}-url) .cite-downloads a[href$=".bib"]`).getAttribute('href');
    expect(href).toBe(`/data/sections/${slug}/${section.anchor}.bib`);
    const response = await page.request.get(siteUrl(href!));
    expect(response.ok()).toBe(true);
    const items = new Cite(await response.text()).data as { id: string; 'citation-key'?: string }[];
    const keys = items.map((i) => i['citation-key'] ?? i.id).sort();
    expect(keys).toEqual([...sectionWorks(chapter, section.anchor)].sort());
    // The same works as the page's own bibliography lists for that section's citations.
    const pageWorks = await page.evaluate((anchor) => {
      const heading = document.getElementById(anchor)!.closest('.sl-heading-wrapper')!;
      const ids = new Set<string>();
      for (let el = heading.nextElementSibling; el && !el.matches('.sl-heading-wrapper.level-h2, section.bibliography'); el = el.nextElementSibling) {
        // Citation groups print ranges ("[21–23]" links 21 and 23 only): expand them.
        for (const group of el.querySelectorAll('.citation')) {
          for (const a of group.querySelectorAll<HTMLAnchorElement>('a.cite-ref')) {
            const from = Number(a.dataset.ref);
            const next = a.nextSibling?.textContent === '–' ? (a.nextElementSibling as HTMLElement | null) : null;
            for (let n = from; n <= (next ? Number(next.dataset.ref) : from); n++) ids.add(document.getElementById(`ref-${n}`)!.dataset.work!);
          }
        }
      }
      return [...ids].sort();
    }, section.anchor);
    expect(keys).toEqual(pageWorks);
    const ris = await page.request.get(siteUrl(href!.replace(/\.bib$/, '.ris')));
    expect((await ris.text()).match(/^TY {2}- /gm)).toHaveLength(keys.length);
    await page.close();
  });

  test('a section’s cite panel loads its four formats on opening, from one file fetched once per page, and they copy', async () => {
    const { page, external } = await openPage(browser(), chapterPath);
    const fetched: string[] = [];
    page.on('request', (r) => void (r.url().includes('.sections.json') && fetched.push(new URL(r.url()).pathname)));
    const [first, second] = await page.locator('details.section-tools-section .cite-formats').evaluateAll((slots) => slots.slice(0, 2).map((s) => (s as HTMLElement).dataset.citeAnchor!));
    // Nothing of the formats is in the page before a panel opens.
    expect(await page.locator(`#cite-${first}-text, #cite-${first}-bib`).count()).toBe(0);
    for (const anchor of [first!, second!]) {
      const menu = page.locator(`details.section-tools-section:has(#cite-${anchor}-url)`);
      await menu.locator('summary.section-tools-toggle').click();
      await menu.locator('.cite-panel > summary').click();
      const slot = menu.locator('.cite-formats');
      await slot.locator('.cite-format').first().waitFor();
      expect(await slot.locator('.cite-label').allTextContents()).toEqual(['citation', 'BibTeX', 'RIS', 'CSL-JSON']);
      expect(await slot.getAttribute('aria-busy')).toBeNull();
      // Said to a screen reader, not shown.
      expect(await menu.locator('.cite-status').textContent()).toBe('Citation loaded: text, BibTeX, RIS and CSL-JSON.');
      expect(await shown(menu.locator('.cite-status'))).toBe(false);
      expect(await slot.locator('.cite-fallback').count()).toBe(0);
    }
    expect(fetched).toEqual([`/data/chapters/${slug}.sections.json`]);

    // Its copy buttons work: the BibTeX, with today's accessed date, reaches the clipboard.
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    await page.locator(`button[data-copy-target="cite-${second}-bib"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{atlas-/);
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toBe(await page.locator(`#cite-${second}-bib`).textContent());
    expect(bib).toContain(`Accessed ${today}.`);
    expect(bib).toContain(`/${chapterPath}#${second}}`);
    expect(await page.locator(`button[data-copy-target="cite-${second}-bib"] + .copy-status`).textContent()).toBe('Copied');
    expect(external).toEqual([]);
    await page.close();
  });

  test('without script, a section’s cite panel links its citation as an entry of the chapter’s section citations (.bib)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl(chapterPath));
    const menu = page.locator('details.section-tools-section').nth(1);
    await menu.locator('summary.section-tools-toggle').click();
    await menu.locator('.cite-panel > summary').click();
    const fallback = menu.locator('.cite-fallback');
    expect(await fallback.isVisible()).toBe(true);
    const key = await fallback.locator('code').textContent();
    expect(await fallback.textContent()).toContain(`Without it, the citation is entry ${key} in the citations of this chapter’s sections (BibTeX).`);
    const href = await fallback.locator('a').getAttribute('href');
    expect(href).toBe(`/data/chapters/${slug}.sections.bib`);
    // The file holds that entry, a web page with the section's address, as reference managers read it.
    const response = await page.request.get(siteUrl(href!));
    expect(response.ok()).toBe(true);
    const bib = await response.text();
    expect(bib).toContain(`@misc{${key},`);
    const items = new Cite(bib).data as { 'citation-key': string; URL: string }[];
    const anchor = await menu.locator('.cite-formats').getAttribute('data-cite-anchor');
    expect(items.find((i) => i['citation-key'] === key)?.URL).toMatch(new RegExp(`/${chapterPath}#${anchor}$`));
    await context.close();
  });

  test('a section’s cite panel that cannot load its formats says so, links the file, and loads on the next opening', async () => {
    const { page } = await openPage(browser(), chapterPath);
    // The answer waits until the test has seen the panel loading.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const fail = async (route: Route) => {
      await held;
      await route.fulfill({ status: 503, body: 'unavailable' });
    };
    await page.route('**/*.sections.json', fail);
    const menu = page.locator('details.section-tools-section').first();
    await menu.locator('summary.section-tools-toggle').click();
    const summary = menu.locator('.cite-panel > summary');
    await summary.click();
    const status = menu.locator('.cite-status');
    await expect.poll(() => menu.locator('.cite-formats').getAttribute('aria-busy')).toBe('true');
    expect(await status.textContent()).toBe('Loading the citation…');
    answer();
    await status.locator('a').waitFor();
    expect(await shown(status)).toBe(true);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe('The citation could not be loaded from the file (the server answered 503). Close and open this panel to try again.');
    expect(await status.locator('a').getAttribute('href')).toBe(`/data/chapters/${slug}.sections.json`);
    expect(await menu.locator('.cite-formats').getAttribute('aria-busy')).toBeNull();
    // The link for readers without script stays.
    expect(await menu.locator('.cite-fallback a').isVisible()).toBe(true);
    // The network back: closing and opening the panel loads the formats.
    await page.unroute('**/*.sections.json', fail);
    await summary.click();
    await summary.click();
    await menu.locator('.cite-format').first().waitFor();
    expect(await shown(status)).toBe(false);
    expect(await menu.locator('.cite-format').count()).toBe(4);
    await page.close();
  });

  test('chapter pages carry citation_* meta tags, and bibliography entries COinS', async () => {
    const { page } = await openPage(browser(), chapterPath);
    const meta = await page.locator('meta[name^="citation_"]').evaluateAll((ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
    expect(meta).toContainEqual(['citation_title', 'Chemical and electrochemical interphases']);
    expect(meta).toContainEqual(['citation_author', 'Interface Atlas contributors']);
    expect(meta.find(([n]) => n === 'citation_public_url')?.[1]).toMatch(/\/challenges\/interphases\/$/);
    expect(meta.find(([n]) => n === 'citation_publication_date')?.[1]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    const entries = await page.locator('.bibliography-list > li').count();
    const coins = await page.locator('.bibliography-list > li > span.Z3988').evaluateAll((spans) => spans.map((s) => s.getAttribute('title')!));
    expect(coins).toHaveLength(entries);
    for (const c of coins) expect(new URLSearchParams(c).get('ctx_ver')).toBe('Z39.88-2004');
    await page.close();
  });

  test('a pinned id is the heading’s id, and its old id still lands on the section without script', async () => {
    // content/challenges/interphases.mdx pins "stability-windows" and keeps the old slug as an alias.
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 700 } });
    const page = await context.newPage();
    await page.goto(siteUrl(`${chapterPath}#stability-windows-measured-and-calculated`));
    const heading = page.locator('h2#stability-windows');
    await expect(heading.locator('span.anchor-alias#stability-windows-measured-and-calculated').count()).resolves.toBe(1);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await context.close();
  });
});

describe('group meetings: print', () => {
  test('a chapter prints as a handout: no navigation or widgets, bibliography and equations kept', async () => {
    const { page } = await openPage(browser(), chapterPath);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    for (const hidden of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.section-tools', 'site-search', '.pagination-links']) {
      if (await page.locator(hidden).count()) expect(await visible(hidden), hidden).toBe(false);
    }
    expect(await visible('section.bibliography')).toBe(true);
    expect(await visible('.katex-display')).toBe(true);
    expect(await visible('.sl-markdown-content table')).toBe(true);
    // Citation numbers and the DOIs a bibliography already shows print no link target
    // (test/browser/reading-anywhere.test.ts checks the short targets other links print).
    const after = await page.evaluate(() => {
      const doi = document.querySelector('.bibliography .ref-text a[href^="https://doi.org/"]')!;
      const cite = document.querySelector('.sl-markdown-content a.cite-ref')!;
      return [getComputedStyle(doi, '::after').content, getComputedStyle(cite, '::after').content];
    });
    expect(after[0]).toMatch(/^(none|normal)$/);
    expect(after[1]).toMatch(/^(none|normal)$/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.bibliography-list > li')!).breakInside)).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(2);
    await page.close();
  });
});

describe('group meetings: presentation', () => {
  test('?present shows one slide at a time; arrows move, Escape returns to the page at that section', async () => {
    const { page, external } = await openPage(browser(), `${chapterPath}?present`);
    const slides = page.locator('.present-slide');
    // Presentation mode loads on request, after the page.
    await page.locator('.present-bar .present-counter:not(:empty)').waitFor();
    const count = await slides.count();
    expect(count).toBeGreaterThan(3);
    const shown = () => slides.evaluateAll((s) => s.map((x, i) => (!(x as HTMLElement).hidden ? i : -1)).filter((i) => i >= 0));
    await expect(shown()).resolves.toEqual([0]);
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);

    await page.keyboard.press('ArrowRight');
    await expect(shown()).resolves.toEqual([1]);
    // On to the first slide of the first section (the chapter's opening text may come before it).
    const first = await slides.evaluateAll((s) => s.findIndex((x) => x.querySelector('h2[id]')));
    for (let i = 1; i < first; i++) await page.keyboard.press('ArrowRight');
    await expect(shown()).resolves.toEqual([first]);
    const second = await slides.nth(first).locator('h2').getAttribute('id');
    expect(page.url()).toContain(`?present#${second}`);
    // Focus moves to the new slide's heading, for screen readers.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('PageDown');
    await expect(shown()).resolves.toEqual([first + 1]);
    await page.keyboard.press('ArrowLeft');
    await expect(shown()).resolves.toEqual([first]);
    await page.keyboard.press('End');
    await expect(shown()).resolves.toEqual([count - 1]);
    // The last slide lists the sources; the bibliography is not a slide.
    expect(await slides.nth(count - 1).locator('h2').first().textContent()).toMatch(/^Sources/);
    expect(await page.locator('.present-slide section.bibliography').count()).toBe(0);

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('present'));
    expect(new URL(page.url()).hash).toMatch(/^#.+/);
    expect(await page.locator('header.header').isVisible()).toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });

  test('a link to ?present#section starts at that section; the mode fits a phone', async () => {
    const chapter = loadSite().chapters().find((c) => c.slug === slug)!;
    const h2 = chapter.sections.filter((s) => s.depth === 2)[2]!;
    const page = await browser().newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(siteUrl(`${chapterPath}?present#${h2.anchor}`));
    await page.locator('.present-bar .present-counter:not(:empty)').waitFor();
    const visible = page.locator('.present-slide:not([hidden])');
    await expect(visible.locator('h2').getAttribute('id')).resolves.toBe(h2.anchor);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.close();
  });
});

describe('group meetings: themes and phone', () => {
  test('section tools are legible in light and dark themes and fit a phone', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await browser().newPage({ viewport: { width: 390, height: 800 }, colorScheme: theme as 'light' | 'dark' });
      await page.goto(siteUrl(chapterPath));
      await page.locator('.section-tools-chapter summary').click();
      const [fg, bg] = await page.locator('#cite-chapter-text').evaluate((el) => {
        const box = el.closest('.cite-body')!;
        return [getComputedStyle(el).color, getComputedStyle(box).backgroundColor];
      });
      expect(fg, theme).not.toBe(bg);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), theme).toBe(true);
      await page.close();
    }
  });
});

// The built HTML itself (what a reference manager without script sees).
test('the built chapter has the meta tags in its HTML, not only after script', () => {
  const html = readFileSync(resolve('dist', chapterPath, 'index.html'), 'utf8');
  expect(html).toMatch(/<meta name="citation_title" content="Chemical and electrochemical interphases">/);
  expect(html).toMatch(/<span class="Z3988" title="ctx_ver=Z39\.88-2004&#x26;rft_val_fmt=/);
});
