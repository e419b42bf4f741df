import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { buildBib } from '../../../src/bib-import/cli.ts';
import { formatEntry, protectTitle } from '../../../src/bib-import/to-bibtex.ts';

const REVIEWS: [string, number][] = [['sun2025', 167], ['pang2021', 167], ['su2023', 91], ['chen2021', 353], ['wang2022', 59]];
// su2023 prints two papers under [41] (a) Seok 2010, b) Jung 2010): one entry per paper, 41a and 41b.
const PARTS: Record<string, string[]> = { su2023: ['a', 'b'] };

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
  for (const [review, count] of REVIEWS) {
    it(`${review}: a re-import of bib/raw reproduces the file byte for byte`, () => {
      const { bib, result } = buildBib(review, `bib/raw/${review}.txt`);
      expect(new Set(result.entries.map((e) => e.n)).size).toBe(count);
      expect(result.entries).toHaveLength(count + (PARTS[review]?.length ?? 1) - 1);
      expect(readFileSync(`bib/${review}.bib`, 'utf8')).toBe(bib);
    });
    it(`${review}: citation-js reads keys ${review}:1…${count} (one per paper), authors, years`, async () => {
      const text = readFileSync(`bib/${review}.bib`, 'utf8');
      const data = (await Cite.async(text)).data as Csl[];
      const keys = Array.from({ length: count }, (_, i) => `${review}:${i + 1}`).flatMap((k) => (k === `${review}:41` && PARTS[review] ? PARTS[review].map((p) => `${k}${p}`) : [k]));
      expect(data.map((d) => d.id)).toEqual(keys);
      expect(data.every((d) => (d.author?.length ?? 0) > 0)).toBe(true);
      const { result } = buildBib(review, `bib/raw/${review}.txt`);
      data.forEach((d, i) => {
        const e = result.entries[i]!;
        expect(d.title ?? '').toBe(e.ref.fields.title ?? '');
        expect(d.issued?.['date-parts'][0]![0]).toBe(e.ref.fields.year ? Number(e.ref.fields.year) : undefined);
        expect(d.author!.filter((a) => a.family !== 'others')).toHaveLength(e.ref.authors.length);
      });
    });
  }
});
