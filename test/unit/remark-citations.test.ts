import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { formatProblem, problemsOf } from '../../src/data/problems.ts';
import remarkCitations from '../../src/markdown/remark-citations.ts';
import { createCitationIndex } from '../../src/citations/citation-index.ts';
import { miniLibrary } from './citations/helpers.ts';

const index = createCitationIndex(miniLibrary(), '/atlas/');

async function run(markdown: string, { mdx = false } = {}) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  const file = new VFile({ value: markdown, path: '/site/content/chapter.mdx', cwd: '/site' });
  const html = await processor.use(remarkCitations, { index }).use(remarkRehype).use(rehypeStringify).process(file);
  return { html: String(html), problems: problemsOf(file, '/site').map(formatProblem) };
}
async function render(markdown: string, options: { mdx?: boolean } = {}) {
  const { html, problems } = await run(markdown, options);
  expect(problems).toEqual([]);
  return html;
}

describe('citations in Markdown', () => {
  test('numbers citations per page in order of first appearance, each a link to its entry', async () => {
    const html = await render('First [@alpha2020:3]. Then [@gamma2021:1] and again [@alpha2020:3].');
    expect(html).toContain('<a href="#ref-1" class="cite-ref" data-ref="1"');
    expect(html.match(/data-ref="(\d)"/g)).toEqual(['data-ref="1"', 'data-ref="2"', 'data-ref="1"']);
    expect(html).toMatch(/<li id="ref-1"[^>]*data-work="richards2016cm"/);
  });

  test('different keys of one work share one number', async () => {
    const html = await render('A [@alpha2020:1] and B [@gamma2021:1] and C [@han2017nm].');
    expect(html.match(/data-ref="1"/g)).toHaveLength(3);
    expect(html.match(/<li id="ref-/g)).toHaveLength(1);
  });

  test('several keys compress to a range; locators are kept', async () => {
    const html = await render('[@alpha2020:1; @alpha2020:2; @alpha2020:3] then [@alpha2020:2, p. 5]');
    expect(html).toMatch(/\[<a[^>]*>1<\/a>–<a[^>]*>3<\/a>\]/);
    expect(html).toMatch(/\[<a[^>]*>2<\/a>, p\. 5\]/);
  });

  test('an in-text citation of a work names its authors and year, then numbers it', async () => {
    const html = await render('@alpha2020:3 showed it.');
    expect(html).toMatch(/<p>Richards and Miara \(2016\) <span class="citation" data-refs="1">\[<a href="#ref-1" class="cite-ref" data-ref="1"[^>]*>1<\/a>\]<\/span> showed it\.<\/p>/);
  });

  test('an in-text citation of a review is its name, linked to its page, previewed like a number', async () => {
    const html = await render('@alpha2020 argues it; @gamma2021 agrees [@han2017nm].');
    // Two authors, then one: named as researchers name them, never by the id.
    expect(html).toContain('<span class="citation" data-refs="1"><a href="/atlas/sources/alpha2020/" class="cite-ref cite-review" data-ref="1">Alpha and Beta (2020)</a></span> argues it;');
    expect(html).toContain('<a href="/atlas/sources/gamma2021/" class="cite-ref cite-review" data-ref="2">Gamma (2021)</a></span> agrees');
    // data-ref points the preview at the review's entry in the page's bibliography.
    expect(html).toMatch(/<li id="ref-1"[^>]*data-work="alpha2020"/);
    expect(html).toMatch(/<li id="ref-2"[^>]*data-work="gamma2021"/);
    expect(html).not.toMatch(/>[^<]*(alpha2020|gamma2021)[^<]*</);
  });

  test('a review in brackets is a number, as any work', async () => {
    const html = await render('As argued [@alpha2020].');
    expect(html).toMatch(/As argued <span class="citation" data-refs="1">\[<a href="#ref-1" class="cite-ref"[^>]*>1<\/a>\]<\/span>\./);
  });

  test('[-@key] prints the year only, as Pandoc suppresses the author; a work keeps its number', async () => {
    const html = await render('Alpha and Beta [-@alpha2020] and Han [see -@han2017nm, p. 4].');
    expect(html).toContain('Alpha and Beta <span class="citation" data-refs="1">(<a href="/atlas/sources/alpha2020/" class="cite-ref cite-review" data-ref="1" aria-label="Alpha and Beta 2020">2020</a>)</span>');
    expect(html).toMatch(/Han \(see 2017\) <span class="citation" data-refs="2">\[<a href="#ref-2"[^>]*>2<\/a>, p\. 4\]<\/span>\./);
  });

  test('a bracket mixing [-@key] with [@key] is a problem at file:line:column', async () => {
    expect((await run('Mixed [-@alpha2020; @gamma2021].')).problems).toEqual([
      'content/chapter.mdx:1:7: a citation mixes [-@key] (year only) with [@key] (number): give the year-only citation brackets of its own.',
    ]);
  });

  test('screen readers get the reference, not a bare number', async () => {
    const html = await render('x [@alpha2020:1]');
    expect(html).toContain('aria-label="Reference 1: Han et al. 2017"');
  });

  test('the bibliography lists DOI links, the work page and the reviews that cite it, by name', async () => {
    const html = await render('x [@alpha2020:1]');
    expect(html).toContain('<section class="bibliography"');
    expect(html).toContain('href="https://doi.org/10.1038/nmat4821"');
    expect(html).toContain('<a href="/atlas/references/han2017nm/" class="ref-work">Details</a>');
    expect(html).toContain('Cited by <a href="/atlas/sources/alpha2020/#ref-1">Alpha and Beta 2020, ref. 1</a> · <a href="/atlas/sources/gamma2021/#ref-1">Gamma 2021, ref. 1</a>');
    // Neither the work's key nor a review's id is text a reader sees.
    expect(html).not.toMatch(/>[^<]*(han2017nm|alpha2020|gamma2021)[^<]*</);
  });

  test('citations inside tables, lists and footnotes', async () => {
    const md = '| a | b |\n|---|---|\n| x [@alpha2020:1] | y |\n\n- item [@alpha2020:2]\n\nText.[^1]\n\n[^1]: Note [@alpha2020:3].\n';
    const html = await render(md);
    expect(html).toMatch(/<td>x <span class="citation" data-refs="[0-9 ]+">/);
    expect(html).toMatch(/<li>item <span class="citation" data-refs="[0-9 ]+">/);
    expect(html.match(/<li id="ref-/g)).toHaveLength(3);
  });

  test('escaped at-signs, emails and code stay as they are', async () => {
    const html = await render('Mail a@b.org, type \\@alpha2020 or `[@alpha2020]`.');
    expect(html).not.toContain('class="citation"');
    expect(html).toContain('@alpha2020 or <code>[@alpha2020]</code>');
  });

  test('works in MDX too', async () => {
    const html = await render('# T\n\nSee [@gamma2021].\n', { mdx: true });
    expect(html).toContain('class="cite-ref"');
  });

  test('an unknown key is a problem at file:line:column, with the key and the closest keys', async () => {
    const { problems } = await run('Line one.\n\nSee [@han2017mn] here.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/chapter\.mdx:3:5: unknown citation key "han2017mn"\. Did you mean @han2017nm/);
  });

  test('a number out of range says the range', async () => {
    expect((await run('See [@alpha2020:12].')).problems).toEqual(['content/chapter.mdx:1:5: alpha2020 has references 1–3; alpha2020:12 is out of range. Keys are listed on the reference pages.']);
  });

  test('every bad key of a page is listed, not only the first', async () => {
    const { problems } = await run('[@nope1] and [@nope2]');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('nope1');
    expect(problems[1]).toContain('nope2');
  });

  test('"@name" that is no key says how to write an at-sign', async () => {
    expect((await run('Ask @nobody about it.')).problems[0]).toMatch(/^content\/chapter\.mdx:1:5: unknown citation key "nobody"\..* If "@nobody" is not a citation, write \\@nobody\.$/);
  });

  test('citations inside components render; in a heading or a link\'s text they are problems', async () => {
    const { html, problems } = await run('<Aside>\n\nIn a component [@alpha2020:1].\n\n</Aside>\n\n## A heading [@alpha2020:2]\n\n[A link [@alpha2020:3]](/x/)\n', { mdx: true });
    expect(html).toMatch(/In a component <span class="citation"/);
    expect(problems).toEqual([
      'content/chapter.mdx:7:14: a citation in a heading: headings are also the section titles of the table of contents, of links and of "cite this section". Put the citation in the text under the heading.',
      "content/chapter.mdx:9:9: a citation inside a link's text cannot be a link of its own: move it after the link, e.g. [text](/page/) [@key].",
    ]);
  });
});
