import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { readNavigation } from '../../src/navigation.ts';
import { loadSources, projectPaths } from '../../src/project.ts';

/**
 * What a reader reads on the home page and in every chapter of the built site names the reviews
 * as researchers do ("Chen et al. (2021)"), never by the ids contributors type, and uses none of
 * the project's internal words. Reading text is the text of <main>: not attributes or URLs, not
 * code, scripts or hidden search data. The ids come from bib/sources.yaml, the pages from content/.
 */
const { content, root } = projectPaths();
const pages = ['', ...readNavigation(content, { root }).flatMap((p) => p.chapters.map((c) => c.slug))];
const ids = loadSources().map((s) => s.id);

const INTERNAL_WORDS: [string, RegExp][] = [
  ['a field name', /\b(reported_by|citedBy)\b/],
  ['"frontmatter"', /\bfrontmatter\b/i],
  ['"canonical key"', /\bcanonical keys?\b/i],
  ['talk of our text copies', /\b(extracted text|as extracted|text extraction)\b/i],
];

const NOT_READ = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp']);

function readingText(node: Root | RootContent, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element') {
    const e = node as Element;
    if (NOT_READ.has(e.tagName) || e.properties.hidden) return;
    // Blocks read as separate runs of text, so words of two elements do not run together.
    if (!/^(a|span|em|strong|i|b|sub|sup|abbr|var|mark|small)$/.test(e.tagName)) out.push('\n');
  }
  if ('children' in node) for (const c of node.children) readingText(c, out);
}

function mainText(slug: string): string {
  const html = readFileSync(join('dist', slug, 'index.html'), 'utf8');
  const tree = fromHtml(html);
  let main: Element | undefined;
  const find = (n: Root | RootContent): void => {
    if (main) return;
    if (n.type === 'element' && n.tagName === 'main') main = n;
    else if ('children' in n) n.children.forEach(find);
  };
  find(tree);
  if (!main) throw new Error(`dist/${slug}/index.html has no <main>`);
  const out: string[] = [];
  readingText(main, out);
  return out.join('');
}

/** Each match with the words around it, for a message that says where to look. */
const where = (page: string, text: string, re: RegExp) =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map(
    (m) => `/${page}${page ? '/' : ''}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}…`,
  );

describe('the reading text of the home page and the chapters', () => {
  test('the pages and review ids to look for come from content/ and bib/sources.yaml', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(ids.length).toBeGreaterThan(0);
  });

  test('never shows a review id', () => {
    const idPattern = new RegExp(`\\b(${ids.join('|')})\\b`);
    const found = pages.flatMap((p) => where(p, mainText(p), idPattern));
    expect(found.length, `${found.length} review ids in reading text, e.g.:\n${found.slice(0, 30).join('\n')}`).toBe(0);
  });

  for (const [what, re] of INTERNAL_WORDS) {
    test(`never uses ${what}`, () => {
      const found = pages.flatMap((p) => where(p, mainText(p), re));
      expect(found, `${what} in reading text`).toEqual([]);
    });
  }
});
