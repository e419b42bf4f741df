import { describe, expect, it } from 'vitest';
import { fixture, imp } from './helpers.ts';
import { importList, ImportError } from '../../../src/bib-import/import.ts';
import { extractDoi } from '../../../src/bib-import/doi.ts';

describe('bad input', () => {
  it('an entry with no year is kept as @misc with its text, and a warning names the line', () => {
    const r = imp('bad-no-year.txt', { style: 'springer' });
    expect(r.entries).toHaveLength(2);
    expect(r.get(1).unparsed).toBe(true);
    expect(r.get(1).ref.type).toBe('misc');
    expect(r.get(1).ref.fields.note).toMatch(/^Unparsed reference, as printed: Chu, S\., Majumdar, A\.: Opportunities/);
    expect(r.warnings).toEqual(['1: [1] cannot read the reference (no "(YEAR)" after the journal); kept as @misc with the text in note']);
    expect(r.get(2).unparsed).toBe(false);
  });
  it('a truncated last line is kept as @misc, not dropped', () => {
    const r = imp('bad-truncated.txt');
    expect(r.entries.map((e) => [e.n, e.unparsed])).toEqual([[1, false], [2, true]]);
    expect(r.warnings).toEqual(['2: [2] cannot read the reference (no "YEAR;VOLUME(ISSUE):PAGES" part); kept as @misc with the text in note']);
  });
  it('an empty file is an error at line 1', () => {
    expect(() => importList(fixture('bad-empty.txt'), { review: 'x' })).toThrow(ImportError);
    expect(() => importList(fixture('bad-empty.txt'), { review: 'x' })).toThrow('file is empty: no references to import');
  });
  it('--style acs on an AMA list warns and keeps every entry as @misc', () => {
    const r = imp('ama-lost-prefixes.txt', { style: 'acs' });
    expect(r.warnings[0]).toMatch(/^1: --style acs given, but the list looks like ama \(line votes: ama 5, springer 0, wiley 0, acs 0\); expect unreadable entries$/);
    expect(r.entries).toHaveLength(5);
    expect(r.entries.every((e) => e.unparsed)).toBe(true);
  });
  it('an undetectable style is an error that asks for --style', () => {
    expect(() => importList('- some words\n- more words\n', { review: 'x' })).toThrow(/cannot tell the style of this list .*pass --style ama\|springer\|wiley\|acs/);
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
