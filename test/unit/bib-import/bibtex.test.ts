import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { buildBib, rawFileOf } from '../../../src/bib-import/cli.ts';
import { realSources } from '../citations/helpers.ts';
import { formatEntry, protectTitle } from '../../../src/bib-import/to-bibtex.ts';


// citation-js returns untyped CSL-JSON; only the fields read here are declared.
interface Csl { id: string; type: string; title?: string; author?: { family?: string; given?: string }[]; issued?: { 'date-parts': number[][] }; note?: string }

describe('BibTeX writer', () => {
  it('escapes LaTeX specials so citation-js reads the text back unchanged', async () => {
    const title = 'Cost & 10% of a_b #1 at ~5 {x} ^2 $3 back\\slash in LiCoO2 and Li metal';
    const bib = formatEntry({
      key: 't:1', n: 1, line: 1, unparsed: false,
      ref: { type: 'article', authors: [{ family: 'Aygün', given: 'I.' }, { family: 'Forge Nano', literal: true }], etAl: true, fields: { title, journal: 'J. A&B', year: '2020' } },
    });
    const [d] = (await Cite.async(bib)).data as Csl[];
    expect(d!.title).toBe(title);
    expect(d!.author!.map((a) => a.family)).toEqual(['Aygün', 'Forge Nano', 'others']);
  });
  it('braces the title words whose case matters', () => {
    expect(protectTitle('Negating impedance in garnet-based Li metal batteries')).toBe('Negating impedance in garnet-based {Li} metal batteries');
    expect(protectTitle('LiCoO2 films with NASICON & Li3N')).toBe('{LiCoO2} films with {NASICON} \\& {Li3N}');
  });
});

describe('committed bib/*.bib', () => {
  // Every review of bib/sources.yaml, however many there are.
  for (const { id: review } of realSources()) {
    const raw = rawFileOf(review, 'bib/raw');
    it(`${review}: a re-import of its raw list reproduces the file byte for byte, every number once`, () => {
      expect(raw, `bib/raw/${review}.* is missing`).toBeDefined();
      const { bib, result } = buildBib(review, raw!);
      const numbers = [...new Set(result.entries.map((e) => e.n))];
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      expect(new Set(result.entries.map((e) => e.key)).size).toBe(result.entries.length);
      expect(readFileSync(`bib/${review}.bib`, 'utf8')).toBe(bib);
    });
    it(`${review}: citation-js reads every key (one per paper), authors, titles and years as written`, async () => {
      const text = readFileSync(`bib/${review}.bib`, 'utf8');
      const data = (await Cite.async(text)).data as Csl[];
      const { result } = buildBib(review, raw!);
      expect(data.map((d) => d.id)).toEqual(result.entries.map((e) => e.key));
      data.forEach((d, i) => {
        const e = result.entries[i]!;
        if (e.unparsed) return;
        expect(d.author?.length ?? 0, e.key).toBeGreaterThan(0);
        expect(d.title ?? '').toBe(e.ref.fields.title ?? '');
        expect(d.issued?.['date-parts'][0]![0]).toBe(e.ref.fields.year ? Number(e.ref.fields.year) : undefined);
        expect(d.author!.filter((a) => a.family !== 'others')).toHaveLength(e.ref.authors.length);
      });
    });
  }
  it('su2023 [41] prints two papers: one entry each, 41a and 41b', () => {
    const { result } = buildBib('su2023', 'bib/raw/su2023.txt');
    expect(result.entries.filter((e) => e.n === 41).map((e) => e.key)).toEqual(['su2023:41a', 'su2023:41b']);
  });
});
