import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { formatProblem, problemsOf } from '../../../src/data/problems.ts';
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
  const html = String(await unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkHeadingAnchors).use(remarkRehype).use(rehypeStringify).process(file));
  return { html, problems: problemsOf(file, '/site').map(formatProblem) };
}
const ids = (headings: ReturnType<typeof assignAnchors>) => headings.headings.map((h) => h.id);
const problems = (headings: ReturnType<typeof assignAnchors>) => headings.problems.map((p) => `${p.line}: ${p.message}`);

describe('section anchors', () => {
  test('headings get GitHub slugs, repeated headings numbered, the page’s own ids avoided', () => {
    const out = assignAnchors([...headings, { text: 'References', depth: 2, line: 20 }], { source: '' });
    expect(ids(out)).toEqual(['why-contact-matters', 'stack-pressure', 'stack-pressure-1', 'references-1']);
  });

  test('a pinned id survives rewording and generated slugs never take it', () => {
    const reworded = [{ text: 'Why intimate contact matters', depth: 2, line: 8 }, ...headings.slice(1)];
    expect(ids(assignAnchors(reworded.slice(0, 2), { source: '', anchors: { 'Why intimate contact matters': 'why-contact-matters' } }))).toEqual(['why-contact-matters', 'stack-pressure']);
    // A pinned id that a later heading would slug to: the later heading gets the next slug.
    expect(ids(assignAnchors(reworded.slice(0, 2), { source: '', anchors: { 'Why intimate contact matters': 'stack-pressure' } }))).toEqual(['stack-pressure', 'stack-pressure-1']);
    // Both "Stack pressure" headings cannot share one pinned id.
    expect(problems(assignAnchors(headings, { source: '', anchors: { 'Stack pressure': 'pressure' } }))).toEqual(['15: two headings read "Stack pressure", so `anchors` cannot tell them apart; reword one of them']);
  });

  test('an unknown heading named in `anchors` stops with file and line of the frontmatter key', () => {
    const src = source('anchors:\n  Stack pressure: pressure\n  Old wording: old\n');
    expect(problems(assignAnchors(headings.slice(0, 2), { source: src, anchors: { 'Stack pressure': 'pressure', 'Old wording': 'old' } }))).toEqual([
      '5: `anchors` names the heading "Old wording", which is not in this chapter. Use a heading\'s exact text (after rewording a heading, update its key here). Headings: "Why contact matters", "Stack pressure"',
    ]);
  });

  test('bad ids and bad aliases are named with their line', () => {
    const src = source('anchors:\n  Stack pressure: references\nanchorAliases:\n  old-pressure: nowhere\n  why-contact-matters: references\n');
    const found = problems(assignAnchors(headings.slice(0, 2), { source: src, anchors: { 'Stack pressure': 'references' }, anchorAliases: { 'old-pressure': 'nowhere', 'why-contact-matters': 'references' } }));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^4: anchor id "references" is used by the page itself/);
    expect(found[1]).toMatch(/^6: alias "old-pressure" points to "nowhere", which is no heading's id/);
    expect(found[2]).toMatch(/^7: alias "why-contact-matters" is already the id of a heading/);
  });

  test('the remark plugin sets ids and renders aliases as empty anchors inside the heading', async () => {
    const { html } = await render(
      `---\ntitle: Chapter\nanchors:\n  Reworded heading: original-id\nanchorAliases:\n  older-id: original-id\n---\n\n## Reworded heading\n\nText.\n\n### A sub-section\n`,
    );
    expect(html).toContain('<h2 id="original-id"><span id="older-id" class="anchor-alias"></span>Reworded heading</h2>');
    expect(html).toContain('<h3 id="a-sub-section">A sub-section</h3>');
  });

  test('the remark plugin reports an unknown heading on the file, at the frontmatter line', async () => {
    const { problems } = await render(`---\ntitle: Chapter\nanchors:\n  Gone: gone\n---\n\n## Here\n`);
    expect(problems).toEqual(['content/part/chapter.mdx:4: `anchors` names the heading "Gone", which is not in this chapter. Use a heading\'s exact text (after rewording a heading, update its key here). Headings: "Here"']);
  });
});
