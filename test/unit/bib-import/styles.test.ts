import { describe, expect, it } from 'vitest';
import { imp } from './helpers.ts';

describe('AMA (sun2025)', () => {
  it('reads authors, title, journal, year, volume, issue, pages', () => {
    const r = imp('ama-lost-prefixes.txt');
    expect(r.style).toBe('ama');
    expect(r.get(1).ref).toEqual({
      type: 'article',
      authors: [{ family: 'Winter', given: 'M.' }, { family: 'Brodd', given: 'R. J.' }],
      etAl: false,
      fields: {
        title: 'What are batteries, fuel cells, and supercapacitors?', journal: 'Chem Rev',
        year: '2004', volume: '104', number: '10', pages: '4245--4269',
      },
    });
  });
  it('handles et al. and article numbers', () => {
    const r = imp('ama-wiley-junk.txt');
    const e = r.get(11);
    expect(e.ref.etAl).toBe(true);
    expect(e.ref.authors.map((p) => p.family)).toEqual(['Song', 'Li', 'Zhu']);
    expect(e.ref.fields.pages).toBe('2400165');
  });
  it('turns LaTeX and underscore formulas in titles into plain text', () => {
    const r = imp('ama-latex-formula.txt');
    expect(r.get(123).ref.fields.title).toBe('The detrimental effects of carbon additives in Li10GeP2S12-based solid-state batteries');
    expect(r.get(124).ref.fields.title).toBe(
      'Interface stability of Argyrodite Li6PS5Cl toward LiCoO2, LiNi1/3Co1/3Mn1/3O2, and LiMn2O4 in bulk all-solid-state batteries',
    );
    expect(r.get(125).ref.fields.title).toContain('garnet-Li7La3Zr2O12');
  });
});

describe('Springer (pang2021)', () => {
  it('converts Unicode subscripts in titles to plain digits', () => {
    const r = imp('springer-subscripts.txt');
    expect(r.get(1).ref.fields.title).toBe('Electrochemical stability of Li10GeP2S12 and Li7La3Zr2O12 solid electrolytes');
    expect(r.get(1).ref.fields.doi).toBe('10.1002/aenm.201501590');
  });
  it('repairs DOIs broken by spaces and reads a book', () => {
    const r = imp('springer-doi-space-book.txt');
    // "13." printed on the second line: numbers run from 12
    expect(r.entries.map((e) => e.n)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(r.get(12).ref.fields.doi).toBe('10.1016/j.coelec.2019.06.003'); // https://doi. org/…
    expect(r.get(14).ref.fields.doi).toBe('10.1016/j.ensm.2019.10.011'); // 10. 1016/…
    expect(r.get(15).ref.fields.doi).toBe('10.1039/c9mh01701a');
    expect(r.get(16).ref).toMatchObject({
      type: 'book',
      fields: { title: 'Electrochemical methods: fundamentals and applications', publisher: 'Wiley', address: 'New York', year: '2001' },
    });
    expect(r.get(17).ref.fields).toMatchObject({ journal: 'Nat. Mater.', volume: '16', pages: '572--579', doi: '10.1038/nmat4821' });
    expect(r.get(17).ref.authors[0]).toEqual({ family: 'Han', given: 'X. G.' });
  });
  it('repairs a DOI broken by a line break', () => {
    const r = imp('springer-doi-linebreak.txt');
    expect(r.get(108).ref.fields).toMatchObject({
      journal: 'Chem. Mater.', volume: '99', pages: '9639--9647', year: '2017', doi: '10.1021/acs.chemmater.7b02805',
    });
  });
  it('reads pages whose dash was lost at a line break, with a warning', () => {
    const r = imp('springer-lost-dash.txt');
    expect(r.get(98).ref.fields.journal).toBe('Joule');
    expect(r.get(99).ref.fields.pages).toBe('4414--4417');
    expect(r.warnings).toContain('4: [99] pages "4414 4417" read as a range (the dash was lost at a line break)');
  });
  it('reads theses, patents and chapters (synthetic lines)', () => {
    const r = imp('springer-non-article.txt', { style: 'springer' });
    expect(r.get(1).ref).toMatchObject({ type: 'phdthesis', fields: { title: 'Interfaces in solid-state lithium batteries', school: 'Eindhoven University of Technology', year: '2019' } });
    expect(r.get(2).ref).toMatchObject({ type: 'patent', fields: { title: 'Solid electrolyte membrane for lithium batteries', number: 'US9,876,543', year: '2018' } });
    expect(r.get(3).ref).toMatchObject({ type: 'incollection', fields: { title: 'Thin-film batteries', booktitle: 'Handbook of Solid State Batteries', pages: '1--38', year: '2015' } });
  });
});

describe('Wiley (su2023, chen2021)', () => {
  it('reads entries without titles', () => {
    const r = imp('wiley-ab.txt');
    expect(r.style).toBe('wiley');
    expect(r.get(1).ref).toEqual({
      type: 'article', etAl: false,
      authors: [
        { family: 'Xia', given: 'S.' }, { family: 'Wu', given: 'X.' }, { family: 'Zhang', given: 'Z.' },
        { family: 'Cui', given: 'Y.' }, { family: 'Liu', given: 'W.' },
      ],
      fields: { journal: 'Chem', year: '2019', volume: '5', pages: '753--785' },
    });
    expect(r.get(2).ref.fields.pages).toBe('16103');
  });
  it('writes each paper of su2023 [41] a)/b) as its own entry, 41a and 41b, under number 41', () => {
    const r = imp('wiley-ab.txt', { review: 'su2023' });
    const parts = r.entries.filter((e) => e.n === 41);
    expect(parts.map((e) => [e.key, e.part])).toEqual([['su2023:41a', 'a'], ['su2023:41b', 'b']]);
    const [a, b] = parts;
    expect(a!.ref.authors[0]).toEqual({ family: 'Seok', given: 'J. Y.' });
    expect(a!.ref.fields).toMatchObject({ journal: 'J. Korean Ceram. Soc.', year: '2010', volume: '47', pages: '61--65' });
    expect(a!.ref.fields.note).toBeUndefined();
    expect(b!.ref.authors.map((p) => p.family)).toEqual(['Jung', 'Cavanagh', 'Riley', 'Kang', 'Dillon', 'Groner', 'George', 'Lee']);
    expect(b!.ref.fields).toMatchObject({ journal: 'Adv. Mater.', year: '2010', volume: '22', pages: '2172--2176' });
    expect(r.infos).toContain('4: [41] holds 2 papers; written as su2023:41a, su2023:41b');
    expect(r.warnings.filter((w) => w.includes('[41]'))).toEqual([]);
  });
  it('reads a corporate web document, a book and a web page', () => {
    const w = imp('wiley-web.txt');
    expect(w.get(23).ref).toMatchObject({
      type: 'misc', authors: [{ family: 'Forge Nano', literal: true }],
      fields: { year: '2021', url: 'https://www.forgenano.com/wp-content/uploads/2021/01/ALD-For-Batteries.pdf' },
    });
    const b = imp('wiley-book-web.txt');
    expect(b.get(227).ref).toMatchObject({ type: 'book', fields: { title: 'Compendium of Surface and Interface Analysis', publisher: 'Springer', address: 'Singapore', year: '2018' } });
    expect(b.get(247).ref).toMatchObject({ type: 'misc', fields: { title: 'Ion Beam Analysis in Materials Science', note: 'Accessed November 2008' } });
    expect(b.warnings).toContain('5: [247] no year');
    expect(b.warnings).toContain('5: number 247 follows 227; 228–246 missing');
  });
});

describe('ACS (wang2022)', () => {
  it('reads ;-separated authors, the title after the last initials, italic journal', () => {
    const r = imp('acs-basic.txt');
    expect(r.style).toBe('acs');
    const e = r.get(1);
    expect(e.ref.authors).toHaveLength(10);
    expect(e.ref.authors[8]).toEqual({ family: 'Norouzi Banis', given: 'M.' });
    expect(e.ref.fields).toMatchObject({
      title: 'Li10Ge (P1–x Sb x) 2S12 Lithium-Ion Conductors with Enhanced Atmospheric Stability',
      journal: 'Chem. Mater.', year: '2020', volume: '32', pages: '2664--2672',
    });
  });
  it('repairs a year split by bold markup, with a warning', () => {
    const r = imp('acs-basic.txt');
    expect(r.get(27).ref.fields.year).toBe('2017');
    expect(r.warnings).toContain('4: [27] year printed as "**201**7", read as 2017');
  });
});
