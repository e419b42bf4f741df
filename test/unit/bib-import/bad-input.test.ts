import { describe, expect, it } from 'vitest';
import { fixture, imp } from './helpers.ts';
import { importList, ImportError } from '../../../src/bib-import/import.ts';
import { extractDoi } from '../../../src/bib-import/doi.ts';

describe('bad input', () => {
  it('an entry with no year is kept as printed text, no field filled, and a warning names the line', () => {
    const r = imp('bad-no-year.txt', { style: 'springer' });
    expect(r.entries).toHaveLength(2);
    expect(r.get(1).unparsed).toBe(true);
    expect(r.get(1).ref).toEqual({ type: 'misc', authors: [], etAl: false, fields: {} });
    expect(r.get(1).printed).toMatch(/^Chu, S\., Majumdar, A\.: Opportunities/);
    expect(r.warnings).toEqual([
      '1: style springer given, but springer reads 1 of 2 entries (50%); nature reads 1 of 2 entries (50%). Unread entries are kept as printed text.',
      '1: [1] cannot read the reference (no "(YEAR)" after the journal); kept as printed text, shown as printed on its page',
    ]);
    expect(r.get(2).unparsed).toBe(false);
  });
  it('a truncated last line is kept as printed text, not dropped', () => {
    const r = imp('bad-truncated.txt', { style: 'ama' });
    expect(r.entries.map((e) => [e.n, e.unparsed])).toEqual([[1, false], [2, true]]);
    expect(r.warnings).toEqual([
      '1: style ama given, but ama reads 1 of 2 entries (50%); springer reads 0 of 2 entries (0%). Unread entries are kept as printed text.',
      '2: [2] cannot read the reference (no "YEAR;VOLUME(ISSUE):PAGES" part); kept as printed text, shown as printed on its page',
    ]);
  });
  it('an empty file is an error at line 1', () => {
    expect(() => importList(fixture('bad-empty.txt'), { review: 'x' })).toThrow(ImportError);
    expect(() => importList(fixture('bad-empty.txt'), { review: 'x' })).toThrow('file is empty: no references to import');
  });
  it('--style acs on an AMA list warns and keeps every entry as printed text, never junk fields', () => {
    const r = imp('ama-lost-prefixes.txt', { style: 'acs' });
    expect(r.warnings[0]).toBe('1: style acs given, but acs reads 0 of 5 entries (0%); ama reads 5 of 5 entries (100%). Unread entries are kept as printed text.');
    expect(r.entries).toHaveLength(5);
    expect(r.entries.every((e) => e.unparsed && Object.keys(e.ref.fields).length === 0 && e.ref.authors.length === 0)).toBe(true);
  });
  it('a list no style reads is refused, saying how well the best styles did', () => {
    expect(() => importList('- some words\n- more words\n', { review: 'x' })).toThrow(
      /^cannot read this list: no style reads most of its entries \(best: ama reads 0 of 1 entries \(0%\);.*\)\. Check that it holds one reference per numbered item, or pass --style </,
    );
  });
  it('a DOI cut short by the extraction is not used as a DOI', () => {
    const d = extractDoi('Chem. 11, 1 (2019). https://doi.org/10.1021/acsami.9b025');
    expect(d.doi).toBeUndefined();
    expect(d.suspect).toBe('10.1021/acsami.9b025');
    expect(d.problems).toEqual(['DOI "10.1021/acsami.9b025" looks truncated — kept in note, not in doi']);
    expect(extractDoi('x. https:// doi.org/10.1007/BF02375631').doi).toBe('10.1007/BF02375631');
    expect(extractDoi('x. https://doi.org/10.1016/j.jpows our.2017.11.078').doi).toBe('10.1016/j.jpowsour.2017.11.078');
    expect(extractDoi('*7*, DOI: 10.1126/sciadv.abh1896.').doi).toBe('10.1126/sciadv.abh1896');
  });
});

describe('stray and repeated numbers never make two entries with one key', () => {
  const list = [
    '28. Takada K. Progress and prospective of solid-state lithium batteries. Acta Mater. 2013;61(3):759-770.',
    '29. Goodenough JB, Park KS. The Li-ion rechargeable battery: a perspective. J Am Chem Soc. 2013;135(4):1167-1176. Park KS. Coord Chem Rev.',
    '30. 2013, 253, 151-156.',
    '30. Janek J, Zeier WG. A solid future for battery development. Nat Energy. 2016;1(9):16141.',
    '30. Manthiram A, Yu X, Wang S. Lithium battery chemistries enabled by solid-state electrolytes. Nat Rev Mater. 2017;2(4):16103.',
  ].join('\n');
  it('a continuation line that starts with a number joins its entry, with the fix at its line', () => {
    const r = importList(list, { review: 'x' });
    const w = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);
    expect(w).toContain('3: "30. 2013, 253, 151-156." starts with 30 but not with authors: read as the rest of the reference on line 2, without the number. If it is reference 30, give it its own line starting "30. " with its authors.');
    expect(w).toContain('5: number 30 is printed again (first on line 4); read as 31 by position. Correct the number on this line of the raw file, then import again.');
    expect(r.entries.map((e) => e.key)).toEqual(['x:28', 'x:29', 'x:30', 'x:31']);
  });
});
