import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parseAuthor, sectionCitation } from '../../../src/citations/section-citation.ts';
import { sectionToolsHast, withAccessedDate } from '../../../src/markdown/section-tools.ts';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const selectAll = (tag: string, tree: import('hast').Root) => {
  const found: unknown[] = [];
  visit(tree, 'element', (n: import('hast').Element) => {
    if (n.tagName === tag) found.push(n);
  });
  return found;
};

const input = {
  id: 'atlas-challenges-interphases-reactions-at-lithium-metal',
  chapterTitle: 'Chemical & electrochemical interphases',
  heading: 'Reactions at <lithium> metal',
  siteTitle: 'Interface Atlas',
  url: 'https://example.org/atlas/challenges/interphases/#reactions-at-lithium-metal',
  version: { date: '2025-03-04', commit: 'abc1234' },
  accessed: '2025-03-05',
  language: 'en',
};

describe('citing a section', () => {
  test('authors come from frontmatter, else the site’s contributors', () => {
    expect(sectionCitation(input).item.author).toEqual([{ literal: 'Interface Atlas contributors' }]);
    expect(sectionCitation({ ...input, authors: ['Jane Q. Doe', 'Smith, Ann'] }).item.author).toEqual([
      { family: 'Doe', given: 'Jane Q.' },
      { family: 'Smith', given: 'Ann' },
    ]);
    expect(parseAuthor('Plato')).toEqual({ literal: 'Plato' });
  });

  test('the formatted citation names section, chapter, site, version, URL and accessed date', () => {
    const c = sectionCitation({ ...input, authors: ['Jane Q. Doe'] });
    expect(c.text).toBe(
      'Doe JQ. Chemical & electrochemical interphases: Reactions at <lithium> metal [Internet]. Interface Atlas; version 2025-03-04 (commit abc1234) [cited 2025-03-05]. Available from: https://example.org/atlas/challenges/interphases/#reactions-at-lithium-metal',
    );
  });

  test('BibTeX from the citation core parses back with citation-js', () => {
    const c = sectionCitation(input);
    const [item] = new Cite(c.bibtex).data as Record<string, unknown>[];
    expect(item!.title).toBe('Chemical & electrochemical interphases: Reactions at <lithium> metal');
    expect(item!.URL).toBe(input.url);
    expect(String(item!.note)).toContain('Version 2025-03-04 (commit abc1234). Accessed 2025-03-05.');
  });

  test('RIS is a web page with its site, URL, access date and version', () => {
    const ris = sectionCitation(input).ris.split('\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toContain('T2  - Interface Atlas');
    expect(ris).toContain(`UR  - ${input.url}`);
    expect(ris).toContain('Y2  - 2025/03/05');
    expect(ris.at(-1)).toBe('ER  -');
  });

  test('CSL-JSON is an array with one webpage item', () => {
    const [item] = JSON.parse(sectionCitation(input).csl) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', 'container-title': 'Interface Atlas', URL: input.url, accessed: { 'date-parts': [[2025, 3, 5]] }, version: '2025-03-04 (commit abc1234)' });
  });

  test('the cite panel escapes user text and marks every accessed date for the page script', () => {
    const html = toHtml(sectionToolsHast({ ...input, idPrefix: 'cite-x', downloads: { bib: '/d/x.bib', ris: '/d/x.ris', count: 2, fileName: 'x' } }));
    // No element made of the heading's text (in attribute values `<` is inert).
    expect(selectAll('lithium', fromHtml(html, { fragment: true }))).toHaveLength(0);
    expect(html).toContain('Reactions at &#x3C;lithium> metal');
    // text, BibTeX note, RIS Y2 and N1, CSL accessed and note: each shows the build date until the script runs.
    expect(html.match(/data-accessed="iso">2025-03-04</g)).toHaveLength(4);
    expect(html).toContain('data-accessed="slash">2025/03/04<');
    expect(html).toContain('data-accessed="parts">2025, 3, 4<');
    expect(html).toMatch(/<details class="cite-panel"><summary>Cite this section<span class="sr-only">: Reactions at &#x3C;lithium> metal<\/span><\/summary>/);
    for (const key of ['url', 'text', 'bib', 'ris', 'csl']) expect(html).toContain(`data-copy-target="cite-x-${key}"`);
    expect(html).toContain('href="/d/x.bib" download="x.bib"');
  });

  test('placeholder dates are found in any of their forms', () => {
    expect(withAccessedDate('a 9999/12/31 b 9999-12-31', '2025-01-02').map((n) => (n.type === 'text' ? n.value : `[${String((n as import('hast').Element).properties.dataAccessed)}]`))).toEqual(['a ', '[slash]', ' b ', '[iso]']);
  });
});
