import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.ts';
import { importList } from '../../../src/bib-import/import.ts';
import { formatEntry } from '../../../src/bib-import/to-bibtex.ts';

const read = (name: string) => importList(fixture(`structured/${name}`), { review: 'x' });

describe('structured lists', () => {
  it('RIS (a Zotero or publisher export): every field given, numbered by order', () => {
    const r = read('list.ris');
    expect(r.style).toBe('ris');
    expect(r.confidence).toBe(1);
    expect(r.entries.map((e) => e.key)).toEqual(['x:1', 'x:2']);
    expect(r.entries[0]!.ref).toMatchObject({
      type: 'article',
      authors: [{ family: 'Han', given: 'Xiaogang' }, { family: 'Gong', given: 'Yunhui' }],
      fields: { journal: 'Nature Materials', year: '2017', volume: '16', number: '5', pages: '572--579', doi: '10.1038/nmat4821' },
    });
    expect(r.entries[1]!.ref).toMatchObject({ type: 'book', fields: { publisher: 'Wiley', year: '2001' } });
    expect(r.entries[0]!.how).toMatchObject({ author: 'given', title: 'given', doi: 'given' });
    expect(formatEntry(r.entries[0]!)).toContain('annote = {how read: author given, title given, journal given, year given, volume given, number given, pages given, doi given}');
  });
  it('CSL-JSON: numbered by citation-number where every item has one', () => {
    const r = read('list.json');
    expect(r.style).toBe('csl-json');
    expect(r.entries.map((e) => [e.n, e.ref.authors[0]!.family])).toEqual([[2, 'Richards'], [1, 'Han']]);
  });
  it('BibTeX through citation-js: "and others" is et al., not an author', () => {
    const r = read('list.bib');
    expect(r.style).toBe('bibtex');
    expect(r.entries[0]!.ref.etAl).toBe(true);
    expect(r.entries[0]!.ref.authors.map((a) => a.family)).toEqual(['Han', 'Gong']);
    expect(r.entries[1]!.ref.fields).toMatchObject({ journal: 'Chemistry of Materials', pages: '266--273' });
  });
  it("Crossref's deposited reference array (--doi): fields as deposited, text-only references read as text, the rest kept as printed", () => {
    const r = read('crossref-work.json');
    expect(r.style).toBe('crossref');
    const [a, b, c] = r.entries;
    expect(a!.ref).toMatchObject({ authors: [{ family: 'Han' }], etAl: true, fields: { doi: '10.1038/nmat4821', year: '2017', volume: '16', pages: '572', journal: 'Nat. Mater.' } });
    expect(a!.how?.doi).toBe('given');
    expect(b!.ref).toMatchObject({ authors: [{ family: 'Richards' }, { family: 'Miara' }, {}, {}, {}], fields: { journal: 'Chem. Mater.', year: '2016', volume: '28', pages: '266--273' } });
    expect(b!.how?.journal).toBe('guessed');
    expect(c!.unparsed).toBe(true);
    expect(c!.printed).toBe('Private communication.');
    expect(r.diagnostics.map((d) => `${d.line}: ${d.message}`)).toContain('1: [3] has no author, title or DOI; kept as printed text');
  });
});
