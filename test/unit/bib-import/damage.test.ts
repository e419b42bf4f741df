/** What copying a list out of a PDF does to it, and how the importer undoes it. */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../src/bib-import/import.ts';
import { repairExtraction } from '../../../src/bib-import/text.ts';

const read = (text: string, style?: string) => {
  const r = importList(text, { review: 'x', ...(style ? { style } : {}) });
  return { ...r, fields: (n: number) => r.entries.find((e) => e.n === n)!, warnings: r.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`) };
};

describe('PDF extraction damage', () => {
  it('repairs a line: entities, ligature names, split accents, spaced punctuation and initials, an en dash read as e', () => {
    expect(repairExtraction('Janek, J. &amp; Zeier, W . G. Nat. Energy , 2016, 1 , 734 e 749; sul /uniFB01 de; O. Ko ¨tz, E. Ivers-Tiffe ´e, P. Nov ´ ak; Elers K- E')).toBe(
      'Janek, J. & Zeier, W. G. Nat. Energy, 2016, 1, 734–749; sulfide; O. Kötz, E. Ivers-Tiffée, P. Novák; Elers K-E',
    );
  });

  it('reads an entry printed one token per line, with a running head after it', () => {
    const r = read('1.\nHan, X.\net al.\nNegating interfacial impedance in garnet-based solid-state Li metal batteries.\nNat. Mater.\n16\n,\n572\n579 (2017).\nArticle\n2. Janek, J. &amp; Zeier, W . G. A solid future for battery development. Nat. Energy 1, 16141 (2016).\n', 'nature');
    expect(r.fields(1).ref).toMatchObject({ authors: [{ family: 'Han', given: 'X.' }], etAl: true, fields: { journal: 'Nat. Mater.', volume: '16', pages: '572--579', year: '2017' } });
    expect(r.fields(1).how?.pages).toBe('guessed');
    expect(r.fields(2).ref.authors.map((a) => `${a.family}, ${a.given}`)).toEqual(['Janek, J.', 'Zeier, W. G.']);
    expect(r.warnings).toEqual(['1: [1] pages "572 579" read as a range (the dash was lost at a line break)']);
    expect(r.diagnostics.map((d) => d.message)).toContain('dropped page furniture "Article"');
  });

  it('splits references run together on one line, and drops a repeated running head', () => {
    const head = 'Journal of Things 12, 345 (2024)';
    const r = read(
      `[1] K.B. Hueso, M. Armand, T. Rojo, Energy Environ. Sci. 6 (2013) 734 e 749. [2] H. Pan, Y.-S. Hu, L. Chen, Energy Environ. Sci. 6 (2013) 2338 e 2360.\n${head}\n[3] R. Berthelot, D. Carlier, C. Delmas, Nat. Mater. 10 (2011) 74 e 80, https://doi. org/10. 1038/nmat2920.\n${head.replace('345', '346')}\n${head.replace('345', '347')}\n`,
    );
    expect(r.style).toBe('elsevier');
    expect(r.entries.map((e) => [e.key, e.ref.fields.pages])).toEqual([['x:1', '734--749'], ['x:2', '2338--2360'], ['x:3', '74--80']]);
    expect(r.fields(3).ref.fields.doi).toBe('10.1038/nmat2920');
    expect(r.diagnostics.filter((d) => d.message.startsWith('dropped page furniture "Journal of Things')).map((d) => d.line)).toEqual([2, 4, 5]);
  });

  it('reads a book, a thesis and a web page in the same list instead of forcing them into article fields', () => {
    const r = read(
      [
        '1. S. Franssila, Introduction to Microfabrication, 2nd ed. (Wiley, Chichester, UK 2010).',
        '2. I. Hamberg, C. G. Granqvist, K.-F. Berggren, B. E. Sernelius, and L. Engstrom, Phys. Rev. B 30, 3240 (1984).',
        '3. J. Y. Kwon and J. K. Jeong, Semicond. Sci. Technol. 30, 024002 (2015).',
        '4. A. B. Smith, Interfaces in solid-state lithium batteries, PhD thesis, Eindhoven University of Technology (2019).',
        '5. R. L. Puurunen, J. Appl. Phys. 97, 121301 (2005).',
      ].join('\n'),
    );
    expect(r.style).toBe('aps');
    expect(r.fields(1).ref).toMatchObject({ type: 'book', fields: { title: 'Introduction to Microfabrication', publisher: 'Wiley', year: '2010' } });
    expect(r.fields(4).ref).toMatchObject({ type: 'phdthesis', fields: { year: '2019' } });
  });
});
