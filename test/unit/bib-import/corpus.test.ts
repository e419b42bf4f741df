/**
 * Real reference lists of other papers (test/fixtures/refs/corpus/SOURCES.md), as extracted from
 * their PDFs: each is recognised in its style and read to at least 95 % of its printed fields, and
 * no field is filled with a wrong part in more than one place (what cannot be read is kept as
 * printed text). `npm run bench:import` prints the figures and the cross-review measures.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../src/bib-import/import.ts';
import { corpusLists, readGold, readList, score } from './corpus-score.ts';

/** The style each list is read in: its file name. */
describe.each(corpusLists())('the %s list', (style) => {
  const result = importList(readList(style), { review: 'x' });
  it('is recognised in its style', () => {
    expect(result.style).toBe(style);
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });
  it('is read to at least 95% of the printed fields of its gold, with at most one field wrong', () => {
    const gold = readGold(style);
    expect(gold.length).toBeGreaterThanOrEqual(20);
    const s = score(result, gold);
    expect(s.right / s.fields, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrong, s.misses.join('\n')).toBeLessThanOrEqual(1);
  });
  it('gives every entry its own key', () => {
    expect(new Set(result.entries.map((e) => e.key)).size).toBe(result.entries.length);
  });
});
