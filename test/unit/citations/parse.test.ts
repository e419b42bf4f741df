/**
 * BibTeX read as BibTeX tools read it: entries in braces or parentheses, several on a line,
 * `@string` abbreviations, LaTeX accents, letters and spacing decoded, each entry at its line;
 * an unknown field and LaTeX left undecoded are warnings at their line; what cannot be read is an
 * error at its line (the bad-input suite has those messages in full).
 */
import { describe, expect, test } from 'vitest';
import { decodeBib } from '../../../src/citations/bibtex-entries.ts';
import { ET_AL } from '../../../src/citations/csl.ts';
import { parseBibText } from '../../../src/citations/parse.ts';
import type { SourceError } from '../../../src/data/source-error.ts';

const read = (text: string) => {
  const warnings: SourceError[] = [];
  const entries = parseBibText(text, 'x.bib', (w) => warnings.push(w));
  return { entries, warnings: warnings.map((w) => w.message) };
};

describe('BibTeX entries', () => {
  test('in parentheses, several on one line, each at its own line', () => {
    const { entries } = read('% a comment\n@article(a1, title = {One}, year = 2001)  @book{b2, title = "Two", year = {2002}}\n\n@misc{c3,\n  title = {Three}\n}\n');
    expect(entries.map((e) => [e.key, e.line, e.item.title])).toEqual([
      ['a1', 2, 'One'],
      ['b2', 2, 'Two'],
      ['c3', 4, 'Three'],
    ]);
    expect(entries[1]!.item.type).toBe('book');
  });

  test('@string abbreviations and # concatenation', () => {
    const { entries } = read('@string{jes = "J. Electrochem. Soc."}\n@article{a, journal = jes # { (Lett.)}, year = 2019}\n');
    expect(entries[0]!.item['container-title']).toBe('J. Electrochem. Soc. (Lett.)');
  });

  test('LaTeX accents, Scandinavian letters and spacing commands are decoded', () => {
    const { entries, warnings } = read('@article{a,\n  author = {{\\AA}ngstr{\\"o}m, Anders and Bj{\\o}rn, K{\\aa}re and Nu{\\~n}ez, J},\n  title = {A 10\\,nm film at 300~K, 5\\;V and {\\ss} --- {\\\'e}t{\\\'e}},\n  year = {2020}\n}\n');
    const item = entries[0]!.item;
    expect(item.author?.map((a) => a.family)).toEqual(['Ångström', 'Bjørn', 'Nuñez']);
    expect(item.author?.[1]?.given).toBe('Kåre');
    expect(item.title).toBe('A 10\u202fnm film at 300\u00a0K, 5\u2005V and ß — été');
    expect(warnings).toEqual([]);
  });

  test('`and others` ends the list as "et al.", not as an author called "others"', () => {
    const { entries } = read('@article{a, author = {Doe, J and Roe, K and others}, year = 2020}\n');
    expect(entries[0]!.item.author).toEqual([{ family: 'Doe', given: 'J' }, { family: 'Roe', given: 'K' }, ET_AL]);
  });

  test('an unknown field is a warning at its line, with the field it most likely means', () => {
    const { entries, warnings } = read('@article{a,\n  autor = {Doe, J},\n  titel = {T},\n  colour = {red},\n  year = {2020}\n}\n');
    expect(entries[0]!.item.author).toBeUndefined();
    expect(warnings).toEqual([
      'x.bib:2: entry "a": the field "autor" is not a BibTeX field, so it is not read; did you mean "author"?',
      'x.bib:3: entry "a": the field "titel" is not a BibTeX field, so it is not read; did you mean "title"?',
      'x.bib:4: entry "a": the field "colour" is not a BibTeX field, so it is not read; use a BibTeX field name (author, title, journal, year, volume, pages, doi, …)',
    ]);
  });

  test('what cannot be read stops at its line', () => {
    expect(() => read('@article{ok, year = 2020}\n@article{evil/../../x, year = 2020}\n')).toThrow(/^x\.bib:2: key "evil\/\.\.\/\.\.\/x" is not a key/);
    expect(() => read('@article{a, year = 2020}\n@article(b, year = 2020)\n@article{a, year = 2021}\n')).toThrow('x.bib:3: duplicate key "a" (first at line 1)');
    expect(() => read('@article{a, title = {x}}} year = {2020}\n')).toThrow('x.bib:1: entry "a" closes 1 brace it never opened: remove the extra }.');
    expect(() => decodeBib(Buffer.from('@article{a,\n  title = {Caf\u00e9}}\n', 'latin1'), 'x.bib')).toThrow(/^x\.bib:2: this line is not UTF-8/);
    expect(decodeBib(Buffer.from('@article{a, title = {Café}}\n'), 'x.bib')).toBe('@article{a, title = {Café}}\n');
  });
});
