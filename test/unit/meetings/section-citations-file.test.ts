/**
 * A section's cite panel ships without its four formats: they are one file per chapter
 * (src/render/section-citations.ts), built with the builder of the chapter's inline panel, and
 * the page script inserts them on opening. The page and the file must name the same sections,
 * ids and citations; the BibTeX file is what a reader without script gets.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { citeFormatsHast } from '../../../src/markdown/section-tools.ts';
import { chapterToolsInputs } from '../../../src/markdown/rehype-section-tools.ts';
import { sectionCitationsBib, sectionCitePanels } from '../../../src/render/section-citations.ts';
import type { Site } from '../../../src/site.ts';
import { frontmatter } from '../bad-input/fixtures.ts';
import { classOf, elements, FIXTURE_BASE, renderFixtureChapter } from '../support/fixture-chapter.ts';

const CHAPTER = 'content/challenges/cite-file.mdx';
const SOURCE = `${frontmatter('Cite & file')}
Opening [@alpha2020:1].

## Contact & wetting

A study [@alpha2020:2].

### Under pressure

Another [@alpha2020:3].

## Outlook

No citations here.
`;
const options = { site: 'https://example.org', base: FIXTURE_BASE, siteTitle: 'Atlas', version: { date: '2026-01-02', commit: 'abc1234' }, language: 'en' };

let site: Site;
let page: Root;

beforeAll(() => {
  ({ site, page } = renderFixtureChapter('section-citations-file', CHAPTER, SOURCE, options));
});

const chapter = () => site.chapters().find((c) => c.slug === 'challenges/cite-file')!;
const ids = (tree: Root | Element) => elements(tree, (el) => el.properties.id !== undefined).map((el) => String(el.properties.id));

describe('the sections’ citations file', () => {
  test('has one entry per section panel of the page, and the page none of their formats', () => {
    const panels = sectionCitePanels(chapter(), options);
    const slots = elements(page, (el) => el.properties.dataCiteFormats !== undefined);
    expect(slots.map((s) => String(s.properties.dataCiteAnchor))).toEqual(['contact--wetting', 'under-pressure', 'outlook']);
    expect(Object.keys(panels)).toEqual(slots.map((s) => String(s.properties.dataCiteAnchor)));
    for (const slot of slots) expect(slot.properties.dataCiteFormats).toBe('/atlas/data/chapters/challenges/cite-file.sections.json');
    // Only the chapter's own panel has its formats in the page.
    expect(
      elements(page, (el) => classOf(el).includes('cite-format')).map((el) =>
        String(elements(el, (e) => e.tagName === 'pre' || e.tagName === 'p')[0]?.properties.id),
      ),
    ).toEqual(['cite-chapter-text', 'cite-chapter-bib', 'cite-chapter-ris', 'cite-chapter-csl']);
  });

  test('each entry is the panel’s formats as the chapter’s panel has them: four, labelled, copyable, dated for the script', () => {
    const html = sectionCitePanels(chapter(), options)['under-pressure']!;
    const fragment = fromHtml(html, { fragment: true });
    expect(ids(fragment)).toEqual([
      'cite-under-pressure-text-label',
      'cite-under-pressure-text',
      'cite-under-pressure-bib-label',
      'cite-under-pressure-bib',
      'cite-under-pressure-ris-label',
      'cite-under-pressure-ris',
      'cite-under-pressure-csl-label',
      'cite-under-pressure-csl',
    ]);
    expect(elements(fragment, (el) => classOf(el).includes('cite-label')).map((el) => toString(el))).toEqual(['citation', 'BibTeX', 'RIS', 'CSL-JSON']);
    const targets = elements(fragment, (el) => el.tagName === 'button').map((b) => String(b.properties.dataCopyTarget));
    expect(targets).toEqual(['cite-under-pressure-text', 'cite-under-pressure-bib', 'cite-under-pressure-ris', 'cite-under-pressure-csl']);
    expect(toString(elements(fragment, (el) => el.properties.id === 'cite-under-pressure-text')[0]!)).toBe(
      'Atlas contributors. Cite & file: Under pressure [Internet]. Atlas; version 2026-01-02 (commit abc1234) [cited 2026-01-02]. Available from: https://example.org/atlas/challenges/cite-file/#under-pressure',
    );
    expect(html).toContain('<span data-accessed="slash">2026/01/02</span>');
    // The same builder as the chapter's inline panel, given the section's input.
    const input = chapterToolsInputs(chapter(), options).sections.get('under-pressure')!;
    expect(html).toBe(toHtml(citeFormatsHast(input)));
  });

  test('a section panel in the page links the BibTeX of the sections, and names its entry', () => {
    const slot = elements(page, (el) => el.properties.dataCiteAnchor === 'contact--wetting')[0]!;
    const link = elements(slot, (el) => el.tagName === 'a')[0]!;
    expect(link.properties.href).toBe('/atlas/data/chapters/challenges/cite-file.sections.bib');
    expect(toString(slot)).toContain(
      'Without it, the citation is entry atlas-challenges-cite-file-contact--wetting in the citations of this chapter’s sections (BibTeX).',
    );
    // Its status line is a live region from the start.
    const status = elements(page, (el) => classOf(el).includes('cite-status'));
    expect(status).toHaveLength(3);
    expect(status[0]!.properties.role).toBe('status');
  });

  test('the BibTeX holds every section’s citation, accessed the day of the build', () => {
    const bib = sectionCitationsBib(chapter(), options);
    // Read back as a reference manager reads it (the site's own reader allows no `--` in a key).
    const items = new Cite(bib).data as Record<string, unknown>[];
    expect(items.map((i) => i['citation-key'])).toEqual([
      'atlas-challenges-cite-file-contact--wetting',
      'atlas-challenges-cite-file-under-pressure',
      'atlas-challenges-cite-file-outlook',
    ]);
    expect(items[1]).toMatchObject({ title: 'Cite & file: Under pressure', URL: 'https://example.org/atlas/challenges/cite-file/#under-pressure' });
    expect(String(items[1]!.note)).toContain('Accessed 2026-01-02.');
  });
});
