/**
 * One walk: the works a chapter cites are found once, by remark-citations as it renders the page,
 * and every list of them reads that: the page's bibliography, its section panels, the section and
 * chapter downloads and the backlinks on the works' pages. A chapter that cites one work in a
 * link's text (a problem, reported), one after `\@` (not a citation) and one inside <Aside>
 * (rendered) lists exactly the same works in all of them.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBibText } from '../../src/citations/parse.ts';
import { formatProblem, problemsOf } from '../../src/data/problems.ts';
import { chapterWorks, sectionWorks } from '../../src/markdown/section-works.ts';
import { worksFile } from '../../src/render/works-files.ts';
import type { Site } from '../../src/site.ts';
import { frontmatter } from './bad-input/fixtures.ts';
import type { TempProject } from './contrib/temp-project.ts';
import { classOf, elements, renderFixtureChapter } from './support/fixture-chapter.ts';

const CHAPTER = 'content/challenges/walk.mdx';
// Line 7: the import; 9: a plain citation; 13: one in a link's text, and an escaped @ before a key;
// 15–19: one inside <Aside>.
const SOURCE = `${frontmatter('Walk')}
import { Aside } from '@astrojs/starlight/components';

A plain citation [@alpha2020:1].

## Findings

See [the study [@alpha2020:2]](/challenges/walk/), and mail \\@gamma2021 for the data.

<Aside>

Inside a component [@alpha2020:3].

</Aside>
`;

let project: TempProject;
let site: Site;
let page: Root;
let pageFile: VFile;
const work = (key: string) => site.library.workOf(key).id;

beforeAll(() => {
  // The page as the build renders it: the chain of astro.config.mjs, cite tools included.
  ({ project, site, page, file: pageFile } = renderFixtureChapter('citation-walk', CHAPTER, SOURCE, {
    site: 'https://example.org',
    siteTitle: 'Atlas',
    version: { date: '2026-01-02', commit: 'abc1234' },
  }));
});

const bibKeys = async (ids: string[]) => parseBibText(await worksFile(site.citations, ids, 'bib').text(), 'download.bib').map((e) => e.key);

describe('a chapter lists the works its bibliography lists, everywhere', () => {
  test('the citation in a link\'s text is a problem at its line, the escaped @ is text, the one in <Aside> renders', () => {
    expect(problemsOf(pageFile, project.dir).map(formatProblem)).toEqual([
      "content/challenges/walk.mdx:13:16: a citation inside a link's text cannot be a link of its own: move it after the link, e.g. [text](/page/) [@key].",
    ]);
    // npm run check and the build's gate read the same run.
    const read = site.readChapters().find((c) => c.chapter.slug === 'challenges/walk')!;
    expect(problemsOf(read.file, project.dir).map(formatProblem)).toEqual(problemsOf(pageFile, project.dir).map(formatProblem));
    expect(toString(page)).toContain('and mail @gamma2021 for the data');
    const [inAside] = elements(page, (el) => el.tagName === 'p' && toString(el).startsWith('Inside a component'));
    expect(elements(inAside!, (el) => classOf(el).includes('citation'))).toHaveLength(1);
  });

  test('bibliography, section panels, downloads and backlinks list the same works', async () => {
    const cited = [work('alpha2020:1'), work('alpha2020:3')];
    // The bibliography of the page.
    const bibliography = elements(page, (el) => el.tagName === 'li' && String(el.properties.id ?? '').startsWith('ref-')).map((li) => String(li.properties.dataWork));
    expect(bibliography).toEqual(cited);
    // The section panels: the chapter's tools count every work, the section's the one cited under it.
    const panels = elements(page, (el) => classOf(el).includes('cite-downloads')).map((el) => toString(el));
    expect(panels[0]).toMatch(/^Download the 2 works cited here/);
    expect(panels[1]).toMatch(/^Download the 1 work cited here/);
    // The downloads those panels link to, as the data pages serve them.
    const chapter = site.chapters().find((c) => c.slug === 'challenges/walk')!;
    expect(await bibKeys(chapterWorks(chapter))).toEqual(cited);
    expect(await bibKeys(sectionWorks(chapter, 'findings'))).toEqual([work('alpha2020:3')]);
    // The backlinks on the works' pages: the cited ones name the chapter's sections, the others not.
    const backlinks = (key: string) => site.citedIn(work(key)).filter((s) => s.chapter === 'challenges/walk').map((s) => `#${s.anchor}`);
    expect(backlinks('alpha2020:1')).toEqual(['#']);
    expect(backlinks('alpha2020:3')).toEqual(['#findings']);
    expect(backlinks('alpha2020:2')).toEqual([]);
    expect(backlinks('gamma2021')).toEqual([]);
  });
});
