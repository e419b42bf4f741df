/**
 * User text is escaped wherever it reaches HTML. One fixture site (the contributor test's
 * temporary project) is built with HTML, script and `javascript:` URLs in BibTeX fields (an
 * extra.bib work and a review's reference) and in a chapter's frontmatter; then every built page
 * is parsed and searched for a script, an event-handler attribute or a `javascript:` link that
 * came from that text, the downloads are checked to keep each field inside its braces (BibTeX)
 * or on its line (RIS), and Chromium opens the pages and hovers every citation: no dialog opens.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/citations/library.ts';
import { parseBibText } from '../../src/citations/parse.ts';
import { loadSources } from '../../src/project.ts';
import { launch } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { frontmatter } from '../unit/bad-input/fixtures.ts';
import { createTempProject, type TempProject } from '../unit/contrib/temp-project.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

const EXTRA_BIB = `@article{evil2020,
  author = {Scripter, ${SCRIPT} and {${IMG}}},
  title = {Pwn ${SCRIPT} ${IMG}},
  journal = {J ${SCRIPT}},
  note = {${IMG}},
  year = {2020}, volume = {1}, pages = {1--2},
  url = {javascript:alert(1)},
  doi = {javascript:alert(1)}
}
`;
// A review's reference: quotes that try to close an attribute, and a URL in mixed case.
const REVIEW_ENTRY = `@article{gamma2021:5,
  author = {Quote, Q"onmouseover="alert(1)},
  title = {Attr "></title><script>alert(2)</script>},
  journal = {J. Evil "onfocus="alert(3)},
  year = {2019},
  doi = {10.1234/x"onmouseover="alert(4)},
  url = {JaVaScRiPt:alert(5)}
}
`;
const CHAPTER = `---
title: "Evil </title>${SCRIPT} ${IMG}"
description: "Desc ${SCRIPT} \\"><img src=x onerror=alert(6)>"
topic: challenge
authors: ["${IMG}", "Doe, ${SCRIPT}"]
---

The work [@evil2020] and the review's reference [@gamma2021:5].

## Findings

Both again [@evil2020; @gamma2021:5].
`;

/** The text of every `tag` element and the content of every <meta name>, as a browser parses the page. */
const elements = (html: string, test: (el: Element) => boolean): Element[] => {
  const out: Element[] = [];
  visit(fromHtml(html) as Root, 'element', (el: Element) => void (test(el) && out.push(el)));
  return out;
};
const textOf = (html: string, tag: string) => elements(html, (el) => el.tagName === tag).map((el) => el.children.map((c) => ('value' in c ? c.value : '')).join(''));
const metaOf = (html: string, name: string) => elements(html, (el) => el.tagName === 'meta' && el.properties.name === name).map((el) => String(el.properties.content));

let project: TempProject;
let dist: string;
let build: { status: number | null; out: string };
let reviewWork: string;

function* files(dir: string, ext: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p, ext);
    else if (name.endsWith(ext)) yield p;
  }
}

beforeAll(() => {
  project = createTempProject('injection');
  project.write('bib/extra.bib', EXTRA_BIB);
  project.write('bib/gamma2021.bib', `${readFileSync(join(project.dir, 'bib/gamma2021.bib'), 'utf8')}${REVIEW_ENTRY}`);
  project.write('content/challenges/garnet-contact.mdx', `${frontmatter('Garnet contact')}\nA good chapter [@alpha2020:1].\n`);
  project.write('content/challenges/evil.mdx', CHAPTER);
  dist = join(project.dir, 'dist');
  build = project.build();
  reviewWork = buildLibrary({ bibDir: join(project.dir, 'bib'), sources: loadSources(project.dir) }).workOf('gamma2021:5').id;
}, 300_000);

describe('HTML and script in BibTeX fields and frontmatter', () => {
  test('the site builds', () => {
    expect(build.status, build.out.slice(-3000)).toBe(0);
  });

  test('the pages that show the malicious text exist and show it as text', () => {
    const page = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
    const chapter = page('challenges/evil');
    const title = `Evil </title>${SCRIPT} ${IMG}`;
    // Parsed as a browser parses it, the page's <title> and citation_* tags hold the text as text.
    expect(textOf(chapter, 'title')).toEqual([`${title} | Interface Atlas`]);
    expect(metaOf(chapter, 'citation_title')).toEqual([title]);
    expect(metaOf(chapter, 'citation_author')).toEqual(['onerror=alert(1)>, <img src=x', `Doe, ${SCRIPT}`]);
    expect(metaOf(chapter, 'description')).toEqual([`Desc ${SCRIPT} "><img src=x onerror=alert(6)>`]);
    // The bibliography entry (which the citation preview copies) is escaped text.
    expect(chapter).toContain('<span class="ref-text">Scripter  &#x3C;script>alert(1)&#x3C;/script>, &#x3C;img src=x onerror=alert(1)>. Pwn &#x3C;script>alert(1)&#x3C;/script>');
    expect(chapter).toContain('class="Z3988"');
    const work = page('references/evil2020');
    expect(textOf(work, 'dd')).toContain(`Pwn ${SCRIPT} ${IMG}`);
    expect(textOf(work, 'pre').join('\n')).toContain(`title = {Pwn \\textless{}script\\textgreater{}alert(1)`);
    expect(textOf(work, 'title')).toEqual([`Pwn ${SCRIPT} ${IMG} | Interface Atlas`]);
    // The DOI is text linked through doi.org; the javascript: URL is gone.
    expect(work).toContain('href="https://doi.org/javascript:alert(1)"');
    expect(work).not.toMatch(/<dt>URL<\/dt>/);
    const review = page(`references/${reviewWork}`);
    expect(textOf(review, 'title')).toEqual(['Attr "></title><script>alert(2)</script> | Interface Atlas']);
    expect(review).toContain('href="https://doi.org/10.1234/x%22onmouseover=%22alert(4)"');
    expect(page('sources/gamma2021')).toContain('Attr');
    expect(page('references')).toContain('evil2020');
  });

  test('no built page has a script, an event handler or a javascript: link from user text', () => {
    const found: string[] = [];
    let pages = 0;
    for (const file of files(dist, '.html')) {
      pages++;
      const html = readFileSync(file, 'utf8');
      const where = relative(dist, file);
      // Outside attribute values (where `<` is inert: aria-label, data-code, meta content), no markup from user text.
      const markup = html.replace(/="[^"]*"/g, '=""');
      for (const m of markup.matchAll(/<script>alert|<img src=x|<[a-z][^>]*\son(error|mouseover|focus)=/gi)) found.push(`${where}: raw ${m[0]}`);
      visit(fromHtml(html) as Root, 'element', (el: Element) => {
        if (el.tagName === 'script' && JSON.stringify(el.children).includes('alert(')) found.push(`${where}: <script> running alert`);
        for (const [name, value] of Object.entries(el.properties ?? {})) {
          if (/^on/i.test(name)) found.push(`${where}: <${el.tagName} ${name}="${value}">`);
          if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && /^\s*javascript:/i.test(String(value))) found.push(`${where}: <${el.tagName} ${name}="${value}">`);
        }
      });
    }
    expect(pages).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  test('every page states its Content-Security-Policy first: right after the charset, before any other tag of <head>', () => {
    let pages = 0;
    for (const file of files(dist, '.html')) {
      const head = elements(readFileSync(file, 'utf8'), (el) => el.tagName === 'head')[0];
      if (!head) continue;
      pages++;
      const [charset, csp] = head.children.filter((c): c is Element => c.type === 'element');
      expect(charset?.properties.charSet, relative(dist, file)).toBe('utf-8');
      expect(csp?.properties.httpEquiv, relative(dist, file)).toEqual(['content-security-policy']);
    }
    expect(pages).toBeGreaterThan(10);
  });

  test('downloads: every .bib parses back to its own entries, no javascript: URL, every RIS line is a tag', () => {
    const bibs = [...files(join(dist, 'data'), '.bib')];
    expect(bibs.map((f) => relative(dist, f))).toEqual(expect.arrayContaining(['data/works.bib', 'data/works/evil2020.bib', 'data/gamma2021.bib']));
    for (const file of bibs) {
      const text = readFileSync(file, 'utf8');
      const heads = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
      // A field that broke out of its braces would add or lose an entry, or fail to parse.
      expect(parseBibText(text, file).map((e) => e.key), relative(dist, file)).toEqual(heads);
      expect(text, relative(dist, file)).not.toMatch(/^\s*(url|howpublished)\s*=\s*\{\s*javascript:/im);
    }
    const evil = parseBibText(readFileSync(join(dist, 'data/works/evil2020.bib'), 'utf8'), 'evil2020.bib')[0]!.item;
    expect(evil.title).toBe(`Pwn ${SCRIPT} ${IMG}`);
    expect(evil.URL).toBeUndefined();
    for (const file of files(join(dist, 'data'), '.ris')) {
      const records = readFileSync(file, 'utf8').split(/\r\n\r\n/).filter((r) => r.trim());
      for (const r of records) {
        const lines = r.trim().split('\r\n');
        for (const l of lines) expect(l, relative(dist, file)).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
        expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
        expect(lines.some((l) => /^UR {2}- javascript:/i.test(l))).toBe(false);
      }
    }
  });
});

describe('in a browser', () => {
  let close: () => Promise<void>;
  let url: string;
  beforeAll(async () => {
    const server = await serveStatic(dist, '/atlas/');
    close = server.close;
    url = server.url;
  });
  afterAll(async () => close?.());

  test('hovering and focusing every citation and opening every panel fires no dialog', async () => {
    const browser = await launch();
    const dialogs: string[] = [];
    try {
      for (const path of ['challenges/evil/', 'references/evil2020/', `references/${reviewWork}/`, 'sources/gamma2021/', 'references/']) {
        const page = await browser.newPage();
        page.on('dialog', async (d) => {
          dialogs.push(`${path}: ${d.message()}`);
          await d.dismiss();
        });
        const response = await page.goto(`${url}${path}`, { waitUntil: 'load' });
        expect(response?.ok(), path).toBe(true);
        for (const ref of await page.locator('a.cite-ref').all()) {
          await ref.hover();
          await ref.focus();
          await page.waitForTimeout(50);
        }
        // Open every <details> (the cite-this-section panels) so their text is laid out.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        // A section's panel loads its formats on opening (src/scripts/section-cite.ts): wait for them.
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-cite-formats]')].every((s) => s.dataset.citeState === 'loaded'));
        await page.waitForTimeout(100);
        // Section menus float over the text: close them again so the links under them can be hovered.
        await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.section-tools-section').forEach((d) => (d.open = false)));
        // The page's own DOI links: the preview's copies hide as the pointer leaves a citation.
        for (const a of await page.locator('main a[href*="doi.org"]').all()) await a.hover();
        await page.waitForTimeout(200);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    expect(dialogs).toEqual([]);
  }, 120_000);
});
