import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { compareValues, isEmptyValue } from '../../../src/scripts/data-table.ts';
import { columnPriorities } from '../../../src/markdown/remark-data-tables.ts';
import { printReference } from '../../../src/markdown/rehype-print-links.ts';
import rehypeCitationBacklinks from '../../../src/markdown/rehype-citation-backlinks.ts';
import { dataTableSchema } from '../../../src/schema/data-table.ts';

describe('sorting data tables', () => {
  const sort = (values: string[], ascending: boolean) => [...values].sort((a, b) => compareValues(a, b, ascending));
  test('empty cells and dashes sort last in both directions', () => {
    const values = ['—', '20 nm', '', '5 nm', '-', '100 nm'];
    expect(sort(values, true)).toEqual(['5 nm', '20 nm', '100 nm', '—', '', '-']);
    expect(sort(values, false)).toEqual(['100 nm', '20 nm', '5 nm', '—', '', '-']);
  });
  test('numbers compare as numbers, text as text with numbers inside it', () => {
    expect(sort(['10⁻⁴ S cm⁻¹', '2 mS cm⁻¹', '< 1 nm', 'LiNbO₃', 'Al₂O₃'], true)).toEqual(['< 1 nm', '2 mS cm⁻¹', '10⁻⁴ S cm⁻¹', 'Al₂O₃', 'LiNbO₃']);
    expect(sort(['layer 10', 'layer 9'], true)).toEqual(['layer 9', 'layer 10']);
  });
  test('what counts as empty', () => {
    expect(['', '—', '–', '-'].every(isEmptyValue)).toBe(true);
    expect(['0', 'none', '— (see note)'].some(isEmptyValue)).toBe(false);
  });
});

describe('column priority', () => {
  test('the first column names the row; long prose columns fold first', () => {
    const table = dataTableSchema([]).parse({
      title: 't',
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'value', label: 'Value' },
        { key: 'note', label: 'Note' },
      ],
      rows: [
        { name: 'a very long name that is still the row header', value: '1 nm', note: 'A note long enough to be prose, as notes in these tables are.', cite: ['x'] },
        { name: 'b', value: '2 nm', note: 'Another sentence of prose that runs past forty characters.', cite: ['x'] },
      ],
    });
    expect(columnPriorities(table)).toEqual([1, 2, 3]);
  });
});

describe('links on paper', () => {
  test('site pages print as their path, DOIs as doi:, other addresses short', () => {
    expect(printReference('/challenges/space-charge/#what-drives', 'Space-charge layers', '/')).toBe('/challenges/space-charge/');
    expect(printReference('/atlas/challenges/space-charge/', 'x', '/atlas/')).toBe('/challenges/space-charge/');
    expect(printReference('https://doi.org/10.1002/aenm.202003939', 'the paper', '/')).toBe('doi:10.1002/aenm.202003939');
    expect(printReference('https://www.example.org/a/very/long/path/that/goes/on/and/on/and/on/index.html', 'example', '/')).toMatch(/^example\.org\/a\/very\/.{20,}…$/);
  });
  test('nothing for in-page links, other schemes, or links whose text already shows the target', () => {
    expect(printReference('#ref-3', '3', '/')).toBeUndefined();
    expect(printReference('mailto:a@b.c', 'mail', '/')).toBeUndefined();
    expect(printReference('https://doi.org/10.1002/aenm.202003939', '10.1002/aenm.202003939', '/')).toBeUndefined();
  });
});

describe('bibliography back links', () => {
  const run = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeCitationBacklinks()(tree);
    return toHtml(tree);
  };
  test('each entry links to every citation group that cites it, named by section', () => {
    const out = run(
      '<p>Intro <span class="citation" data-refs="1 2">[1, 2]</span></p>' +
        '<h2 id="a">Section &lt;A&gt;</h2><p><span class="citation" data-refs="1 1">[1]</span> and <span class="citation" data-refs="1">[1]</span></p>' +
        '<section class="bibliography"><h2 id="references">References</h2><ol><li id="ref-1">One</li><li id="ref-2">Two</li><li id="ref-3">Three</li></ol></section>',
    );
    expect(out).toContain('<span class="citation" data-refs="1 2" id="citing-1">');
    const links = out.replace(/ aria-label="[^"]*"/g, '');
    expect(links).toContain('<li id="ref-1">One<span class="ref-backlinks">Cited in <a href="#citing-1">Introduction</a>, <a href="#citing-2">Section &#x3C;A></a><a href="#citing-3" class="ref-backlink-more">2</a></span></li>');
    expect(links).toContain('<li id="ref-2">Two<span class="ref-backlinks">Cited in <a href="#citing-1">Introduction</a></span></li>');
    expect(out).toContain('<a href="#citing-3" class="ref-backlink-more" aria-label="citation 2">2</a>');
    // The section's own link is named by its text, in the entry's context.
    expect(out).toContain('<a href="#citing-2">Section &#x3C;A></a>');
    // A work listed but cited nowhere on the page gets no back links.
    expect(out).toContain('<li id="ref-3">Three</li>');
  });
});
