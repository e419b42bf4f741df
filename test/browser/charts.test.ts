/**
 * The figures drawn from the data tables, in the built site: static SVG that shows without
 * JavaScript, marks that link to the page's references and name themselves on hover and
 * keyboard focus, readable in light and dark, on a phone and on paper, and clean under axe.
 * The chart pages are found in dist/, so a new chart is tested without listing it here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from './support/browser.ts';

const dist = resolve('dist');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Site paths of the pages with a chart, and the ids of their charts. */
function chartPages(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') {
        const ids = [...readFileSync(p, 'utf8').matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1]!);
        if (ids.length) pages.set(`${relative(dist, dir)}/`, ids);
      }
    }
  };
  walk(dist);
  return pages;
}

const pages = chartPages();
const browser = useBrowser();

async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark'; js?: boolean } = {}): Promise<Page> {
  const context = await browser().newContext({ viewport: { width: options.width ?? 1366, height: 900 }, colorScheme: options.scheme ?? 'light', javaScriptEnabled: options.js ?? true });
  const page = await context.newPage();
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return page;
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the figures', () => {
  test('six or more charts, in four or more chapters', () => {
    expect([...pages.values()].flat().length).toBeGreaterThanOrEqual(6);
    expect(pages.size).toBeGreaterThanOrEqual(4);
  });

  for (const [path, ids] of pages) {
    describe(path, () => {
      test('each chart is SVG that shows without JavaScript, titled, described, with its marks', async () => {
        const page = await open(path, { js: false });
        for (const id of ids) {
          const svg = page.locator(`#${id} svg.chart-wide`);
          await expect(svg.isVisible()).resolves.toBe(true);
          const box = (await svg.boundingBox())!;
          expect(box.width).toBeGreaterThan(500);
          expect(box.height).toBeGreaterThan(150);
          const info = await svg.evaluate((el) => {
            const [t, d] = el.getAttribute('aria-labelledby')!.split(' ');
            return { title: document.getElementById(t!)?.textContent ?? '', desc: document.getElementById(d!)?.textContent ?? '', marks: el.querySelectorAll('a.chart-mark').length };
          });
          expect(info.title.length).toBeGreaterThan(10);
          expect(info.desc).toMatch(/One (row|point) per/);
          expect(info.marks).toBeGreaterThan(2);
          // The caption cites the works shown and links to the table on the page.
          const caption = page.locator(`#${id} figcaption`);
          expect(await caption.locator('.citation a.cite-ref').count()).toBeGreaterThan(0);
          const table = await caption.locator('a[href^="#table-"]').getAttribute('href');
          expect(await page.locator(table!).count()).toBe(1);
        }
        await page.context().close();
      });

      test('every mark links to a reference of the page and names the value and its source', async () => {
        const page = await open(path);
        const marks = await page.locator('figure.chart a.chart-mark').evaluateAll((as) =>
          as.map((a) => ({ href: a.getAttribute('href')!, name: a.getAttribute('aria-label') ?? '', title: a.querySelector(':scope > title')?.textContent ?? '', target: document.getElementById(a.getAttribute('href')!.slice(1))?.tagName ?? '' })),
        );
        expect(marks.length).toBeGreaterThan(0);
        for (const m of marks) {
          expect(m.href).toMatch(/^#ref-\d+$/);
          expect(m.target, m.href).toBe('LI');
          expect(m.name).toMatch(/: .+\. Source: .+ \[\d/);
          expect(m.title).toBe(m.name);
        }
        // The reference entry a mark links to is one the caption cites.
        const first = page.locator('figure.chart svg.chart-wide a.chart-mark:not(.chart-reference)').first();
        const n = (await first.getAttribute('href'))!.slice('#ref-'.length);
        const cited = await page.locator(`figure.chart:has(svg.chart-wide a.chart-mark) figcaption .citation`).first().getAttribute('data-refs');
        expect(cited!.split(' ')).toContain(n);
        await page.context().close();
      });

      test('pointing at a mark or tabbing to it shows its value and source in the readout', async () => {
        const page = await open(path);
        const svg = page.locator(`#${ids[0]} svg.chart-wide`);
        await svg.scrollIntoViewIfNeeded();
        const mark = svg.locator('a.chart-mark:not(.chart-reference)').first();
        const tip = mark.locator('.chart-tip');
        expect(await tip.isVisible()).toBe(false);
        // Blocks above the chart take their real size as they are first drawn (they are laid out
        // only near the screen), which can move the chart under a pointer that has just arrived:
        // point again until the page has settled.
        await expect
          .poll(async () => {
            await mark.locator('.chart-hit').hover();
            return tip.isVisible();
          })
          .toBe(true);
        const name = (await mark.getAttribute('aria-label'))!;
        expect((await tip.textContent())!.replace(/\s+/g, ' ')).toContain(name.slice(0, 24));
        await page.mouse.move(0, 0);
        // Keyboard: focus the first mark, Tab to the next one, which shows its readout.
        await mark.focus();
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const a = document.activeElement!;
          const tipEl = a.querySelector('.chart-tip');
          return { isMark: a.classList.contains('chart-mark'), visible: tipEl ? getComputedStyle(tipEl).display : '', text: tipEl?.textContent ?? '' };
        });
        expect(focused.isMark).toBe(true);
        expect(focused.visible).not.toBe('none');
        expect(focused.text.length).toBeGreaterThan(10);
        await page.context().close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        test(`marks and labels stand out from the background (${scheme})`, async () => {
          const page = await open(path, { scheme });
          const colours = await page.locator(`#${ids[0]} svg.chart-wide`).evaluate((svg) => {
            const bg = getComputedStyle(document.body).backgroundColor;
            const glyphs = [...svg.querySelectorAll('.chart-glyph:not(.chart-hollow):not(.chart-doubt)')].map((g) => getComputedStyle(g).fill);
            const hollow = [...svg.querySelectorAll('.chart-glyph.chart-hollow')].map((g) => getComputedStyle(g).stroke);
            const label = getComputedStyle(svg.querySelector('.chart-tick-label')!).fill;
            return { bg, marks: [...glyphs, ...hollow], label };
          });
          expect(colours.marks.length).toBeGreaterThan(0);
          for (const c of colours.marks) expect(contrast(c, colours.bg), `${c} on ${colours.bg}`).toBeGreaterThanOrEqual(3);
          expect(contrast(colours.label, colours.bg)).toBeGreaterThanOrEqual(4.5);
          await page.context().close();
        });
      }

      test('on a phone the narrow layout fits the screen and the page does not scroll sideways', async () => {
        const page = await open(path, { width: 390 });
        for (const id of ids) {
          expect(await page.locator(`#${id} svg.chart-wide`).isVisible()).toBe(false);
          const narrow = page.locator(`#${id} svg.chart-narrow`);
          expect(await narrow.isVisible()).toBe(true);
          const box = (await narrow.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(390);
          // Drawn at about its own size, so its 11–13 unit text stays readable.
          const scale = box.width / Number((await narrow.getAttribute('viewBox'))!.split(' ')[2]);
          expect(scale).toBeGreaterThan(0.9);
          // No text runs past the edge of the figure (the hint, labels and tick labels wrap or fit).
          const outside = await narrow.evaluate((svg: SVGSVGElement) => {
            const width = svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll<SVGTextElement>('text:not(.chart-tip-text)')].filter((t) => {
              const b = t.getBBox();
              return b.width > 0 && (b.x < -1 || b.x + b.width > width + 1);
            }).map((t) => t.textContent);
          });
          expect(outside).toEqual([]);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.context().close();
      });

      test('on paper: the wide layout, no readout or hint, kept in one piece', async () => {
        const page = await open(path, { width: 390 });
        await page.emulateMedia({ media: 'print' });
        for (const id of ids) {
          expect(await page.locator(`#${id} svg.chart-wide`).isVisible()).toBe(true);
          expect(await page.locator(`#${id} svg.chart-narrow`).isVisible()).toBe(false);
          expect(await page.locator(`#${id} svg.chart-wide .chart-hint`).isVisible()).toBe(false);
          expect(await page.locator(`#${id}`).evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
        }
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        await page.context().close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        test(`axe finds no serious or critical problem in the figures (${scheme})`, async () => {
          const context = await browser().newContext({ bypassCSP: true, colorScheme: scheme });
          const page = await context.newPage();
          await page.goto(siteUrl(path), { waitUntil: 'load' });
          await page.addScriptTag({ path: axePath });
          const result = (await page.evaluate(() =>
            (window as unknown as { axe: { run: (c: object, o: object) => Promise<unknown> } }).axe.run({ include: [['figure.chart']] }, { resultTypes: ['violations'] }),
          )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
          const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          expect(serious).toEqual([]);
          await context.close();
        });
      }
    });
  }
});
