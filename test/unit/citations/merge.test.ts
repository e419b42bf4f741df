/** The merge of one work's references: the lists' values, the most certain first, the earliest kept. */
import { describe, expect, test } from 'vitest';
import { mergeWork, type Member } from '../../../src/citations/merge.ts';
import type { CslItem } from '../../../src/citations/csl.ts';

const item = (fields: Partial<CslItem>, annote?: string): CslItem => ({ id: 'x', type: 'article-journal', ...fields, ...(annote ? { annote } : {}) });
const list = (label: string, i: CslItem): Member => ({ item: i, label, tier: 'list' });

describe('mergeWork', () => {
  const earlier = list('a2020:1', item({ title: 'Interface stability in solid-state batteries', volume: '28', page: '266', issued: { 'date-parts': [[2016]] } }, 'how read: title guessed, volume read, pages read, year read'));

  test('a later list fills what is empty and never replaces an equally certain value', () => {
    const later = list('b2021:7', item({ title: 'Interface stability of solid state batteries: a longer, different title', volume: '29', page: '266-273', issue: '1', issued: { 'date-parts': [[2015]] } }, 'how read: title guessed, volume read, pages read, year read, number read'));
    const { item: w, conflicts } = mergeWork('richards2016cm', [earlier, later]);
    expect(w).toMatchObject({ title: earlier.item.title, volume: '28', issue: '1', page: '266–273', issued: { 'date-parts': [[2016]] } });
    expect(conflicts.map((c) => [c.field, c.kept.label, c.other.label]).sort()).toEqual([
      ['issued', 'a2020:1', 'b2021:7'],
      ['title', 'a2020:1', 'b2021:7'],
      ['volume', 'a2020:1', 'b2021:7'],
    ]);
  });

  test('a field given by a structured record beats one read from text; text never replaces it', () => {
    const structured = list('c2022:3', item({ title: 'Interface Stability in Solid-State Batteries', volume: '28' }, 'how read: title given, volume given'));
    expect(mergeWork('w', [earlier, structured]).item.title).toBe('Interface Stability in Solid-State Batteries');
    expect(mergeWork('w', [structured, earlier]).item.title).toBe('Interface Stability in Solid-State Batteries');
  });

  test('the same title with the hyphens the extraction dropped is completed, other words are not taken', () => {
    const a = list('a:1', item({ title: 'Capacity fade in solidstate batteries' }));
    const b = list('b:1', item({ title: 'Capacity fade in solid-state batteries' }));
    const c = list('c:1', item({ title: 'Capacity fade in solid-state batteries 2017 arXiv 1703.00113' }));
    expect(mergeWork('w', [a, b, c]).item.title).toBe('Capacity fade in solid-state batteries');
  });

  test('extra.bib only fills: its conflicting values are reported as such and not used', () => {
    const extra: Member = { item: item({ title: 'Something else entirely about other batteries', DOI: '10.1021/acs.chemmater.5b04082' }), label: 'bib/extra.bib:3', tier: 'extra' };
    const { item: w, conflicts } = mergeWork('w', [earlier, extra]);
    expect(w.title).toBe(earlier.item.title);
    expect(w.DOI).toBe('10.1021/acs.chemmater.5b04082');
    expect(conflicts).toEqual([expect.objectContaining({ field: 'title', authority: true, other: expect.objectContaining({ label: 'bib/extra.bib:3' }) })]);
  });
});

describe('a title placed by shape does not keep matching locators apart', async () => {
  const { compare, SAME_WORK } = await import('../../../src/citations/compare.ts');
  const { fingerprint } = await import('../../../src/citations/normalise.ts');
  const base = { type: 'article-journal', author: [{ family: 'Han', given: 'X.' }], issued: { 'date-parts': [[2017]] }, volume: '16', page: '572' };
  const read = item({ ...base, title: 'Negating interfacial impedance in garnet-based solid-state Li metal batteries' });
  // The journal ran into the title: a reading by shape, marked guessed by the importer.
  const junk = item({ ...base, title: 'Nat Mater garnet Li metal negating impedance full stop lost here entirely' }, 'how read: author read, title guessed, year read, volume read, pages read');
  test('author, year, volume and first page agree: the doubtful title only weakens the match', () => {
    expect(compare(fingerprint(read), fingerprint(junk)).score).toBeGreaterThanOrEqual(SAME_WORK);
    expect(compare(fingerprint(read), fingerprint(junk)).reasons).toContain('titles differ (one placed by shape)');
  });
  test('two titles read from their marked place that differ still count fully against', () => {
    const other = item({ ...base, title: 'Nat Mater garnet Li metal negating impedance full stop lost here entirely' });
    expect(compare(fingerprint(read), fingerprint(other)).score).toBeLessThan(SAME_WORK);
  });
});
