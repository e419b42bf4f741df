import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../../src/citations/csl.ts';
import { compare, SAME_WORK } from '../../../src/citations/compare.ts';
import { compareJournals, compareNames, fingerprint, journalWords, nameKey } from '../../../src/citations/normalise.ts';
import { resolve } from '../../../src/citations/resolve.ts';
import { ET_AL } from '../../../src/citations/csl.ts';

const item = (id: string, fields: Partial<CslItem>): CslItem => ({ id, type: 'article-journal', ...fields });
const authors = (...names: string[]) => names.map((n) => ({ family: n.split(' ')[0]!, given: n.split(' ')[1] ?? 'A.' }));

describe('names', () => {
  test('a misprinted letter, a dropped particle, half a double name agree; Chen and Cheng do not', () => {
    const k = (family: string, given = 'A.') => nameKey({ family, given });
    expect(compareNames(k('Gittleson'), k('Gittleston'))).toBe('same');
    expect(compareNames(k('El Gabaly'), k('Gabaly'))).toBe('same');
    expect(compareNames(k('Fattakhova-Rohlfing'), k('Fattakhova'))).toBe('same');
    expect(compareNames(k('Leichtweiß'), k('Leichtweiss'))).toBe('same');
    expect(compareNames(k('Chen'), k('Cheng'))).toBe('different');
    expect(compareNames(k('Li'), k('Liu'))).toBe('different');
  });

  test('given and family names swapped are recognised from the initials only', () => {
    expect(compareNames(nameKey({ family: 'Yoshiyuki', given: 'I.' }), nameKey({ family: 'Inaguma', given: 'Y.' }))).toBe('swapped');
  });

  test('"and others" (et al., as the BibTeX reader gives it) is not an author', () => {
    const fp = fingerprint(item('x', { author: [{ family: 'Han', given: 'X.' }, ET_AL] }));
    expect(fp.names.map((n) => n.key)).toEqual(['han']);
  });
});

describe('journals', () => {
  test.each([
    ['ACS Appl Mater Inter', 'ACS Appl. Mater. Interfaces', 'same'],
    ['Adv Energy Mater', 'Advanced Energy Materials', 'same'],
    ['J Mater Chem A', 'J. Mater. Chem. A', 'same'],
    ['Angew Chem Int Ed Engl', 'Angew. Chem., Int. Ed.', 'same'],
    ['Angew. Chem. Int. Ed.', 'Angew. Chem.', 'related'],
    ['Adv Sci (Weinh)', 'Adv. Sci.', 'same'],
    ['J. Mater. Chem. A', 'J. Mater. Chem. C', 'different'],
    ['Solid State Commun.', 'Solid State Ionics', 'different'],
  ])('%s ~ %s: %s', (a, b, rel) => {
    expect(compareJournals(journalWords(a), journalWords(b))).toBe(rel);
  });
});

describe('pages', () => {
  const fp = (page: string) => fingerprint(item('x', { page }));
  test('an article number, its e-prefixed form and a dashless range compare by first page', () => {
    expect(fp('e2002044').page).toBe(fp('2002044').page);
    expect(compare(fp('572579'), fp('572–579')).reasons).toContain('same first page');
  });
  test('a range starting at 1 ("1–16", the length of an article with a number) is no evidence', () => {
    expect(fp('1-16').page).toBeUndefined();
    expect(fp('16103').page).toBe('16103');
  });
});

describe('clustering', () => {
  test('never chains two contradicting references through a middle one that matches both', () => {
    // B has no locator or title: it matches A and C alike; A and C differ in pages and title.
    const base = { author: authors('Liu J.', 'Sun Q.', 'Zhao Y.'), issued: { 'date-parts': [[2018]] }, 'container-title': 'ACS Appl. Mater. Interfaces' };
    const a = fingerprint(item('a', { ...base, volume: '10', page: '21965', title: 'Minimizing polysulfide shuttle effect in lithium sulfur batteries' }));
    const b = fingerprint(item('b', base));
    const c = fingerprint(item('c', { ...base, volume: '10', page: '31240', title: 'Stabilizing the interface of NASICON solid electrolyte against Li metal' }));
    expect(compare(a, b).score).toBeGreaterThanOrEqual(SAME_WORK);
    expect(compare(b, c).score).toBeGreaterThanOrEqual(SAME_WORK);
    const r = resolve([{ key: 'a', fp: a }, { key: 'b', fp: b }, { key: 'c', fp: c }], { merge: [], separate: [] });
    expect(r.clusters).toHaveLength(2);
    expect(r.clusters.find((cl) => cl.includes(0))).not.toContain(2);
    expect(r.borderline.some((p) => p.kind === 'conflict')).toBe(true);
  });

  test('a decision to merge wins over the scores', () => {
    const a = fingerprint(item('a', { author: authors('Allen J.'), issued: { 'date-parts': [[2001]] }, title: 'Electrochemical methods' }));
    const b = fingerprint(item('b', { author: authors('Bard A.'), issued: { 'date-parts': [[2001]] }, title: 'Electrochemical methods: fundamentals and applications' }));
    const r = resolve([{ key: 'a', fp: a }, { key: 'b', fp: b }], { merge: [['a', 'b']], separate: [] });
    expect(r.clusters).toEqual([[0, 1]]);
  });
});
