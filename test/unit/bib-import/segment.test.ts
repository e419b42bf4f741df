import { describe, expect, it } from 'vitest';
import { imp } from './helpers.ts';
import { isJunk, joinText, splitPrefix } from '../../../src/bib-import/segment.ts';

describe('segment and number', () => {
  it('numbers entries that lost their prefix by position and checks printed numbers', () => {
    const r = imp('ama-lost-prefixes.txt');
    expect(r.entries.map((e) => e.n)).toEqual([1, 2, 3, 4, 5]);
    expect(r.get(2).ref.authors[0]).toEqual({ family: 'Bruce', given: 'P. G.' });
    expect(r.get(5).ref.fields.title).toBe('Li-O2 and Li-S batteries with high energy storage');
    expect(r.warnings).toEqual([]);
    expect(r.infos.join('\n')).toContain('2 of 5 entries have no printed number; numbered by position (all 3 printed numbers agree)');
  });

  it('drops WILEY page furniture inside the list and keeps numbering across it', () => {
    const r = imp('ama-wiley-junk.txt');
    expect(r.entries.map((e) => e.n)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(r.infos).toContain('5: dropped page furniture "30 of 34 WILEY-"');
    expect(r.warnings).toEqual([]);
    expect(r.get(12).ref.fields.journal).toBe('Electrochem Energy Rev');
  });

  it('rejoins an entry split across a page break, hyphen included', () => {
    const r = imp('ama-page-break.txt');
    expect(r.entries.map((e) => e.n)).toEqual([64, 65, 66]);
    const e = r.get(65);
    expect(e.ref.fields.title).toBe(
      'Progress of atomic layer deposition and molecular layer deposition in the development of all-solid-state lithium batteries',
    );
    expect(e.ref.fields).toMatchObject({ journal: 'Batteries & Supercaps', year: '2022', volume: '6', number: '1', pages: 'e202200359' });
    expect(r.infos).toContain('4: joined to the reference starting on line 2 (continuation line)');
  });

  it('joins a pang2021 column fragment (line starting with the journal) to the entry before it', () => {
    const r = imp('springer-column-fragment.txt');
    expect(r.entries).toHaveLength(3);
    expect(r.get(2).ref.fields).toMatchObject({
      journal: 'J. Power Sources', volume: '196', pages: '3342--3345', year: '2011', doi: '10.1016/j.jpowsour.2010.11.089',
    });
    expect(r.get(2).ref.fields.title).toBe('High lithium ionic conductivity in the garnet-type oxide Li7-XLa3(Zr2-X, NbX)O12 (X=0-2)');
  });

  it('joins a bulleted tail of a split entry when the previous entry is incomplete', () => {
    const r = imp('springer-split-item.txt');
    expect(r.entries.map((e) => e.n)).toEqual([34, 35]);
    expect(r.get(34).ref.fields).toMatchObject({
      title: 'Effect of positive electrode microstructure in all-solid-state lithium-ion battery on high-rate discharge capability',
      journal: 'Solid State Ion.', volume: '344', pages: '115079', year: '2020', doi: '10.1016/j.ssi.2019.115079',
    });
    expect(r.infos).toContain('3: joined to the reference starting on line 1 (split item)');
  });

  it('reads the last entry of a file without a final newline (wang2022 [59])', () => {
    const r = imp('acs-last-line-no-newline.txt');
    expect(r.entries.map((e) => e.n)).toEqual([58, 59]);
    expect(r.get(59).ref.fields).toMatchObject({ journal: 'ACS Energy Lett.', year: '2020', volume: '5', pages: '1035--1043' });
    expect(r.get(59).ref.authors).toHaveLength(19);
  });

  it('helpers: prefixes, junk, joins', () => {
    expect(splitPrefix('- [12] S. Xia')).toEqual({ bullet: true, printed: 12, body: 'S. Xia' });
    expect(splitPrefix('(3) Li, X.;')).toEqual({ bullet: false, printed: 3, body: 'Li, X.;' });
    expect(splitPrefix('- Bruce PG')).toEqual({ bullet: true, body: 'Bruce PG' });
    expect(isJunk('<u>34 of 34</u> WILEY-')).toBe(true);
    expect(isJunk('SUN ET AL.')).toBe(true);
    expect(isJunk(' J. Power Sources 196, 3342–3345 (2011).')).toBe(false);
    expect(joinText('development of all-', 'solid-state')).toBe('development of all-solid-state');
    expect(joinText('Chem. Mater.', ' 99, 9639')).toBe('Chem. Mater. 99, 9639');
  });
});
