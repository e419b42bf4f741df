import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { assignAnchors } from '../../../src/markdown/heading-anchors.ts';
import remarkHeadingAnchors from '../../../src/markdown/remark-heading-anchors.ts';

const headings = [
  { text: 'Why contact matters', depth: 2, line: 8 },
  { text: 'Stack pressure', depth: 2, line: 12 },
  { text: 'Stack pressure', depth: 3, line: 15 },
];
const source = (fm: string) => `---\ntitle: T\n${fm}---\n`;

async function render(markdown: string) {
  const file = new VFile({ value: markdown, path: '/site/content/part/chapter.mdx', cwd: '/site' });
  return String(await unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkHeadingAnchors).use(remarkRehype).use(rehypeStringify).process(file));
}

describe('section anchors', () => {
  test('headings get GitHub slugs, repeated headings numbered, the page’s own ids avoided', () => {
    const out = assignAnchors([...headings, { text: 'References', depth: 2, line: 20 }], { file: 'c.mdx', source: '' });
    expect(out.map((h) => h.id)).toEqual(['why-contact-matters', 'stack-pressure', 'stack-pressure-1', 'references-1']);
  });

  test('a pinned id survives rewording and generated slugs never take it', () => {
    const reworded = [{ text: 'Why intimate contact matters', depth: 2, line: 8 }, ...headings.slice(1)];
    expect(assignAnchors(reworded.slice(0, 2), { file: 'c.mdx', source: '', anchors: { 'Why intimate contact matters': 'why-contact-matters' } }).map((h) => h.id)).toEqual(['why-contact-matters', 'stack-pressure']);
    // A pinned id that a later heading would slug to: the later heading gets the next slug.
    expect(assignAnchors(reworded.slice(0, 2), { file: 'c.mdx', source: '', anchors: { 'Why intimate contact matters': 'stack-pressure' } }).map((h) => h.id)).toEqual(['stack-pressure', 'stack-pressure-1']);
    // Both "Stack pressure" headings cannot share one pinned id.
    expect(() => assignAnchors(headings, { file: 'c.mdx', source: '', anchors: { 'Stack pressure': 'pressure' } })).toThrow(/c\.mdx:15: two headings read "Stack pressure"/);
  });

  test('an unknown heading named in `anchors` stops with file and line of the frontmatter key', () => {
    const src = source('anchors:\n  Stack pressure: pressure\n  Old wording: old\n');
    expect(() => assignAnchors(headings.slice(0, 2), { file: 'content/c.mdx', source: src, anchors: { 'Stack pressure': 'pressure', 'Old wording': 'old' } })).toThrow(
      /content\/c\.mdx:5: `anchors` names the heading "Old wording", which is not in this chapter.*Headings: "Why contact matters", "Stack pressure"/,
    );
  });

  test('bad ids and bad aliases are named with their line', () => {
    const src = source('anchors:\n  Stack pressure: references\nanchorAliases:\n  old-pressure: nowhere\n  why-contact-matters: references\n');
    let message = '';
    try {
      assignAnchors(headings.slice(0, 2), { file: 'c.mdx', source: src, anchors: { 'Stack pressure': 'references' }, anchorAliases: { 'old-pressure': 'nowhere', 'why-contact-matters': 'references' } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^3 anchor problems/);
    expect(message).toContain('c.mdx:4: anchor id "references" is used by the page itself');
    expect(message).toContain('c.mdx:6: alias "old-pressure" points to "nowhere", which is no heading\'s id');
    expect(message).toContain('c.mdx:7: alias "why-contact-matters" is already the id of a heading');
  });

  test('the remark plugin sets ids and renders aliases as empty anchors inside the heading', async () => {
    const html = await render(
      `---\ntitle: Chapter\nanchors:\n  Reworded heading: original-id\nanchorAliases:\n  older-id: original-id\n---\n\n## Reworded heading\n\nText.\n\n### A sub-section\n`,
    );
    expect(html).toContain('<h2 id="original-id"><span id="older-id" class="anchor-alias"></span>Reworded heading</h2>');
    expect(html).toContain('<h3 id="a-sub-section">A sub-section</h3>');
  });

  test('the remark plugin stops the build on an unknown heading, naming the file', async () => {
    await expect(render(`---\ntitle: Chapter\nanchors:\n  Gone: gone\n---\n\n## Here\n`)).rejects.toThrow(/content\/part\/chapter\.mdx:4: `anchors` names the heading "Gone"/);
  });
});
