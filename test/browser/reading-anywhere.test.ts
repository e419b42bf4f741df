import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, useBrowser } from './support/browser.ts';

// Tables, phones, paper and slides: the same chapter read on a laptop, a phone, in print and as
// slides. Pages are found from the content, so the tests follow the chapters that exist.
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const chaptersWithTables = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && /<DataTable\b/.test(readFileSync(join('content', f), 'utf8')))
  .map((f) => `${relative('.', f).replace(/\.mdx$/, '')}/`)
  .sort();
// The widest table decides most layouts: the chapter whose table has the most columns.
const widest = chaptersWithTables
  .map((path) => ({ path, columns: Math.max(...[...readFileSync(join('content', path.slice(0, -1) + '.mdx'), 'utf8').matchAll(/<DataTable name="([^"]+)"/g)].map((m) => (readFileSync(join('content/tables', `${m[1]}.yaml`), 'utf8').match(/^\s+- \{ key:/gm) ?? []).length)) }))
  .sort((a, b) => b.columns - a.columns)[0]!.path;
const chapter = 'challenges/interphases/';
const chapters = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && f.includes('/'))
  .map((f) => `${f.replace(/\.mdx$/, '')}/`)
  .sort();

const browser = useBrowser();
const themes = ['light', 'dark'] as const;

async function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light', touch = false): Promise<Page> {
  const context = await browser().newContext({ viewport, colorScheme, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${path}: ${response?.status()}`);
  // The page's scripts load after it, and fit each table as the reader nears it: pass by every
  // table, wait until all are fitted and slides laid out, and start from the top.
  await page.waitForFunction(() => {
    const figures = [...document.querySelectorAll('figure.data-table')];
    figures.find((f) => !f.hasAttribute('data-enhanced'))?.scrollIntoView();
    return figures.every((f) => f.hasAttribute('data-enhanced')) && (!location.search.includes('present') || !!document.querySelector('.present-counter')?.textContent);
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}
const close = (page: Page) => page.context().close();

describe('tables on a laptop (1366×900)', () => {
  test('there are chapters with tables to test', () => {
    expect(chaptersWithTables.length).toBeGreaterThan(1);
  });

  test('a table is fitted as the reader nears it, not while the page loads', async () => {
    // Of the chapters' tables, the one farthest down its page.
    const context = await browser().newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    let farthest = { path: '', id: '', screens: 0 };
    for (const path of chaptersWithTables) {
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      const last = await page.locator('figure.data-table').last().evaluate((f) => ({ id: f.id, screens: (f.getBoundingClientRect().top + scrollY) / innerHeight }));
      if (last.screens > farthest.screens) farthest = { path, ...last };
    }
    // Fitted from one screen away (the observer's margin): a table three screens down is not yet.
    expect(farthest.screens, farthest.path).toBeGreaterThan(3);
    await page.goto(siteUrl(farthest.path), { waitUntil: 'networkidle' });
    const figure = page.locator(`figure#${farthest.id}`);
    await page.waitForTimeout(500);
    expect(await figure.getAttribute('data-enhanced')).toBeNull();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-enhanced')).toBe('');
    await expect.poll(() => figure.locator('.data-table-controls').count()).toBe(1);
    await context.close();
  }, 120_000);

  for (const scheme of themes) {
    test(`no table hides a column or scrolls sideways, on any chapter (${scheme})`, async () => {
      for (const path of chaptersWithTables) {
        const page = await open(path, LAPTOP, scheme);
        const tables = await page.locator('figure.data-table').evaluateAll((figures) =>
          figures.map((f) => {
            const table = f.querySelector('table')!;
            const r = f.getBoundingClientRect();
            return {
              id: f.id,
              folded: f.querySelectorAll('th.col-folded').length,
              overflow: table.scrollWidth - f.clientWidth,
              right: r.right,
              headers: [...table.querySelectorAll('thead th')].every((th) => (th as HTMLElement).offsetWidth > 20),
            };
          }),
        );
        expect(tables.length, path).toBeGreaterThan(0);
        for (const t of tables) {
          expect(t, `${path} ${t.id}`).toMatchObject({ folded: 0, headers: true });
          expect(t.overflow, `${path} ${t.id}`).toBeLessThanOrEqual(1);
          expect(t.right, `${path} ${t.id}`).toBeLessThanOrEqual(LAPTOP.width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), path).toBeLessThanOrEqual(0);
        await close(page);
      }
    }, 300_000);
  }

  test('a wide table uses the width of the page, and its header row stays in view while it scrolls', async () => {
    const page = await open(widest, LAPTOP);
    const figure = page.locator('figure.data-table').first();
    const [figureWidth, textWidth] = await figure.evaluate((f) => [f.clientWidth, f.parentElement!.clientWidth]);
    expect(figureWidth).toBeGreaterThan(textWidth + 100);
    // Scroll to the middle of the table: the header row sits under the site's header bar.
    await figure.evaluate((f: HTMLElement) => window.scrollTo(0, f.getBoundingClientRect().top + scrollY + f.offsetHeight / 2));
    const header = await page.evaluate(() => {
      const th = document.querySelector<HTMLElement>('figure.data-table thead th')!;
      const r = th.getBoundingClientRect();
      const nav = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sl-nav-height')) * 16 || 0;
      const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
      return { top: r.top, nav, onTop: !!hit?.closest('thead') };
    });
    expect(header.onTop).toBe(true);
    expect(Math.abs(header.top - header.nav)).toBeLessThan(4);
    await close(page);
  });

  test('where a table cannot fit, the folded columns open in place in their row, and the page does not move', async () => {
    // A small laptop: the page's right-hand column is gone, and the widest table has ~700 px.
    const page = await open(widest, { width: 1024, height: 768 });
    const figure = page.locator('figure.data-table').first();
    const folded = await figure.locator('thead th.col-folded').allTextContents();
    expect(folded.length).toBeGreaterThan(0);
    expect(await figure.evaluate((f) => f.querySelector('table')!.scrollWidth <= f.clientWidth + 1)).toBe(true);
    const toggle = figure.locator('tbody tr:not(.row-details)').first().locator('button.row-toggle');
    await toggle.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await details.isVisible()).toBe(true);
    const labels = await details.locator('dt').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(folded.map((l) => l.trim()));
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await toggle.click();
    expect(await details.isVisible()).toBe(false);
    await close(page);
  });

  test('empty cells sort last, ascending and descending', async () => {
    const page = await open(widest, LAPTOP);
    const figure = page.locator('figure.data-table').first();
    // A column that has both empty ("—" or blank) and filled cells.
    const column = await figure.evaluate((f) => {
      const empty = (c: Element | undefined) => /^[—–-]?$/.test((c?.textContent ?? '').trim());
      const rows = [...f.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
      const n = f.querySelectorAll('thead th').length;
      for (let i = 1; i < n; i++) if (rows.some((r) => empty(r.cells[i])) && rows.some((r) => !empty(r.cells[i]))) return i;
      return -1;
    });
    expect(column).toBeGreaterThan(0);
    for (const direction of ['ascending', 'descending']) {
      await figure.locator('thead th').nth(column).locator('button').click();
      await expect(figure.locator('thead th').nth(column).getAttribute('aria-sort')).resolves.toBe(direction);
      const order = await figure.evaluate(
        (f, i) => [...f.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.row-details)')].map((r) => /^[—–-]?$/.test((r.cells[i]?.textContent ?? '').trim())),
        column,
      );
      const firstEmpty = order.indexOf(true);
      expect(firstEmpty, direction).toBeGreaterThan(0);
      expect(order.slice(firstEmpty).every(Boolean), direction).toBe(true);
    }
    await close(page);
  });
});

describe('tables on a phone (390×844)', () => {
  for (const scheme of themes) {
    test(`no page scrolls sideways and no table scrolls sideways inside it (${scheme})`, async () => {
      for (const path of chaptersWithTables) {
        const page = await open(path, PHONE, scheme, true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), path).toBeLessThanOrEqual(0);
        const scrollers = await page.locator('figure.data-table').evaluateAll((figures) =>
          figures.flatMap((f) =>
            [f, ...f.querySelectorAll('*')].filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1).map((e) => `${f.id} ${e.tagName}`),
          ),
        );
        expect(scrollers, path).toEqual([]);
        await close(page);
      }
    }, 300_000);
  }

  test('rows are cards labelled by column, and the filters stay in reach while they scroll by', async () => {
    const page = await open(widest, PHONE, 'light', true);
    const figure = page.locator('figure.data-table').first();
    const headers = (await figure.locator('thead th').allTextContents()).map((t) => t.trim());
    const card = figure.locator('tbody tr').nth(2);
    const labels = await card.locator('td').evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== 'none').map((c) => getComputedStyle(c, '::before').content.replace(/^"|"$/g, '')));
    expect(labels.length).toBeGreaterThan(2);
    for (const l of labels) expect(headers).toContain(l);
    // The card is as wide as the text, not wider.
    expect(await card.evaluate((r) => r.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
    // Deep in the table, the filter control is still on screen.
    await figure.locator('tbody tr').nth(8).scrollIntoViewIfNeeded();
    const summary = figure.locator('.data-table-controls summary');
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(PHONE.height / 3);
    await summary.tap();
    const select = figure.locator('.data-table-fields select').first();
    expect(await select.isVisible()).toBe(true);
    await close(page);
  });
});

describe('citations on touch', () => {
  for (const scheme of themes) {
    test(`a tap previews the reference in place; a second tap or a tap outside closes it (${scheme})`, async () => {
      const page = await open('foundations/why-interfaces/', PHONE, scheme, true);
      const cite = page.locator('a.cite-ref').nth(3);
      await cite.scrollIntoViewIfNeeded();
      const n = await cite.getAttribute('data-ref');
      const before = await page.evaluate(() => [scrollY, location.hash]);
      await cite.tap();
      const tip = page.locator('#citation-preview');
      await tip.waitFor({ state: 'visible' });
      expect(await page.evaluate(() => [scrollY, location.hash])).toEqual(before);
      const entry = (await page.locator(`#ref-${n} .ref-text`).textContent())!.trim();
      expect(await tip.textContent()).toContain(entry.slice(0, 30));
      // Links to the work's page and to the entry in the list.
      const links = await tip.locator('.citation-preview-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`#ref-${n}`);
      expect(links.some((h) => /\/references\/[^/]+\/$/.test(h!))).toBe(true);
      // The preview fits the phone's screen.
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await cite.tap();
      await tip.waitFor({ state: 'hidden' });
      await cite.tap();
      await tip.waitFor({ state: 'visible' });
      // A tap in the page's margin, away from any link.
      await page.touchscreen.tap(4, PHONE.height - 120);
      await tip.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => [scrollY, location.hash])).toEqual(before);
      await close(page);
    });
  }

  test('every bibliography entry links back to each place that cites it', async () => {
    const page = await open(chapter, LAPTOP);
    const entries = await page.locator('.bibliography-list > li').evaluateAll((lis) =>
      lis.map((li) => {
        const n = li.id.slice(4);
        const targets = [...li.querySelectorAll<HTMLAnchorElement>('.ref-backlinks a')].map((a) => document.getElementById(a.hash.slice(1)));
        const cited = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .citation[data-refs]')].filter((c) => c.dataset.refs!.split(' ').includes(n));
        return { n, links: targets.length, ok: targets.every((t) => !!t && t.matches('.citation') && t.dataset.refs!.split(' ').includes(n)), cited: cited.length };
      }),
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(e, `ref ${e.n}`).toMatchObject({ ok: true, links: e.cited });
    await close(page);
  });
});

// Paper: real PDFs from Chromium, read back with poppler (pdftotext, pdftoppm).
function pdfPages(pdf: Buffer): { text: string[]; fill: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  execFileSync('pdftoppm', ['-r', '12', '-gray', file, join(dir, 'p')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
  const fill: number[] = [];
  for (const img of images) {
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel. Fill = how far down the page ink reaches.
    const data = readFileSync(join(dir, img));
    const header = data.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const pixels = data.subarray(header[0].length);
    let last = 0;
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 200) last = y;
    fill.push((last + 1) / h);
  }
  return { text, fill };
}

describe('print', () => {
  for (const path of chapters) {
    test(`${path} prints as a handout: masthead, every column heading, no controls, no near-empty page`, async () => {
      const page = await open(path, LAPTOP);
      const headings = await page.locator('figure.data-table thead th').allTextContents();
      const { text, fill } = pdfPages(await page.pdf({ format: 'A4' }));
      expect(text.length).toBeGreaterThan(1);
      // The first page says where the handout came from.
      expect(text[0]).toContain('Interface Atlas');
      expect(text[0]).toContain(`/${path}`);
      expect(text[0]).toMatch(/Version of \d{4}-\d{2}-\d{2}/);
      // Every column heading of every table is on paper (words, as a heading may wrap).
      const all = text.join('\n');
      for (const h of headings) for (const word of h.trim().split(/\s+/)) expect(all, h).toContain(word);
      // Every table fits the width of the paper (A4 less margins, 182 mm ≈ 688 CSS px): no column is cut off.
      await page.setViewportSize({ width: 688, height: 900 });
      await page.emulateMedia({ media: 'print' });
      const overflow = await page.locator('figure.data-table').evaluateAll((fs) => fs.map((f) => f.querySelector('table')!.scrollWidth - f.clientWidth));
      for (const o of overflow) expect(o).toBeLessThanOrEqual(1);
      // No buttons, filters or drop-downs on paper.
      for (const control of ['Filter and sort', 'Copy link', 'Cite this section', 'Cite this chapter', 'as listed', 'Exit (Esc)']) expect(all, control).not.toContain(control);
      // Links print short: a page of the site as its path, no full web address after a link.
      expect(all).not.toMatch(/\(https?:\/\//);
      const compact = all.replace(/\s+/g, '');
      for (const short of await page.locator('.sl-markdown-content > :is(p, ul, ol) a[data-print-as]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.printAs!))) {
        expect(compact).toContain(`(${short})`.replace(/\s+/g, ''));
      }
      // No near-empty page: each page but the last is inked at least a third of the way down.
      fill.slice(0, -1).forEach((f, i) => expect(f, `page ${i + 1} of ${fill.length}`).toBeGreaterThan(1 / 3));
      await close(page);
    });
  }
});

describe('presentation mode', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const scheme of themes) {
      test(`every slide fits a ${width}×${height} screen, centred and large (${scheme})`, async () => {
        const page = await open(`${widest}?present`, { width, height }, scheme);
        const count = await page.locator('.present-slide').count();
        expect(count).toBeGreaterThan(3);
        for (let i = 0; i < count; i++) {
          const slide = await page.locator('.present-slide:not([hidden])').evaluate((s) => {
            const body = s.querySelector<HTMLElement>('.present-body')!.getBoundingClientRect();
            const text = s.querySelector<HTMLElement>('p, li, td');
            return {
              fits: s.scrollHeight <= s.clientHeight + 1 && s.scrollWidth <= s.clientWidth + 1,
              centre: (body.left + body.right) / 2,
              top: body.top,
              bottom: body.bottom,
              font: text ? parseFloat(getComputedStyle(text).fontSize) : 99,
              counter: document.querySelector('.present-counter')!.textContent,
              bibliography: !!s.querySelector('.bibliography'),
            };
          });
          expect(slide.fits, `slide ${i + 1}`).toBe(true);
          expect(Math.abs(slide.centre - width / 2), `slide ${i + 1}`).toBeLessThan(width * 0.02);
          expect(slide.counter).toBe(`${i + 1} / ${count}`);
          expect(slide.bibliography).toBe(false);
          expect(slide.font, `slide ${i + 1}`).toBeGreaterThanOrEqual(height >= 1080 ? 14 : 12);
          await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
        }
        await close(page);
      }, 120_000);
    }
  }

  // Every chapter, not only the widest: long paragraphs are paged by sentence, charts scaled to the slide.
  test('every slide of every chapter fits a 1280×720 screen, with no type set smaller', async () => {
    for (const path of chapters) {
      const page = await open(`${path}?present`, { width: 1280, height: 720 });
      const slides = await page.locator('.present-slide').evaluateAll((all) =>
        (all as HTMLElement[]).map((s, i) => {
          s.hidden = false;
          const r = { slide: i + 1, overflows: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1, dense: s.classList.contains('present-dense') };
          s.hidden = true;
          return r;
        }),
      );
      expect(slides.length, path).toBeGreaterThan(2);
      for (const s of slides) expect(s, `${path} slide ${s.slide}`).toMatchObject({ overflows: false, dense: false });
      await close(page);
    }
  }, 240_000);

  test('tables are paged, and the last slide lists only the works cited on the slides', async () => {
    const page = await open(`${widest}?present`, { width: 1280, height: 720 });
    const pieces = await page.locator('.present-slide figure.data-table').count();
    expect(pieces).toBeGreaterThan(1);
    // Every row of the chapter's tables is on a slide, once.
    const rows = await page.locator('.present-slide figure.data-table tbody tr:not(.row-details)').count();
    const plain = await open(widest, LAPTOP);
    expect(rows).toBe(await plain.locator('figure.data-table tbody tr:not(.row-details)').count());
    await close(plain);
    await page.keyboard.press('End');
    const last = page.locator('.present-slide:not([hidden])');
    expect(await last.locator('h2').first().textContent()).toMatch(/^Sources/);
    const listed = await page.locator('.present-sources li').evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value));
    const cited = await page.locator('.present-stage .citation[data-refs]').evaluateAll((cs) => [...new Set(cs.flatMap((c) => (c as HTMLElement).dataset.refs!.split(' ').map(Number)))].sort((a, b) => a - b));
    expect(listed).toEqual(cited);
    await close(page);
  });
});

describe('section tools', () => {
  for (const scheme of themes) {
    test(`one small control per heading, out of the text, opening a menu by keyboard (${scheme})`, async () => {
      const page = await open(chapter, LAPTOP, scheme);
      const headings = await page.locator('.sl-markdown-content :is(h2, h3)[id]:not(#references)').evaluateAll((hs) =>
        hs.map((h) => {
          const wrapper = h.parentElement!;
          const tools = wrapper.nextElementSibling as HTMLElement | null;
          const controls = tools?.querySelectorAll(':scope > summary').length ?? 0;
          const anchorVisible = [...wrapper.querySelectorAll<HTMLElement>('.sl-anchor-link')].some((a) => a.offsetParent !== null);
          const next = tools?.nextElementSibling?.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(h);
          const text = [...range.getClientRects()];
          const icon = tools?.querySelector('summary')?.getBoundingClientRect();
          const overlaps = !!icon && text.some((r) => r.right > icon.left && r.left < icon.right && r.bottom > icon.top && r.top < icon.bottom);
          return { id: h.id, menu: tools?.matches('details.section-tools') ?? false, controls, anchorVisible, height: tools?.offsetHeight ?? -1, overlaps, belowText: !!icon && !!next && icon.bottom <= next.top + 1 };
        }),
      );
      expect(headings.length).toBeGreaterThan(5);
      for (const h of headings) expect(h, h.id).toMatchObject({ menu: true, controls: 1, anchorVisible: false, height: 0, overlaps: false, belowText: true });

      const first = page.locator('details.section-tools-section').first();
      const summary = first.locator('summary.section-tools-toggle');
      expect(await summary.evaluate((s) => getComputedStyle(s).opacity)).toBe('0');
      await summary.focus();
      await expect.poll(() => summary.evaluate((s) => getComputedStyle(s).opacity)).toBe('1');
      await page.keyboard.press('Enter');
      expect(await first.getAttribute('open')).toBe('');
      const menu = first.locator('.section-tools-menu');
      expect(await menu.locator('button.copy-link').isVisible()).toBe(true);
      expect(await menu.locator('.cite-panel > summary').isVisible()).toBe(true);
      expect(await menu.locator('a[download$=".bib"]').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await first.getAttribute('open')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await close(page);
    });
  }

  test('on a touch screen the control shows without hover and opens with a tap', async () => {
    const page = await open(chapter, PHONE, 'light', true);
    const first = page.locator('details.section-tools-section').first();
    const summary = first.locator('summary.section-tools-toggle');
    await summary.scrollIntoViewIfNeeded();
    expect(await summary.evaluate((s) => getComputedStyle(s).opacity)).toBe('1');
    await summary.tap();
    expect(await first.getAttribute('open')).toBe('');
    const box = (await first.locator('.section-tools-menu').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.touchscreen.tap(4, PHONE.height - 120);
    expect(await first.getAttribute('open')).toBeNull();
    await close(page);
  });
});
