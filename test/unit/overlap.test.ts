import { describe, expect, test } from 'vitest';
import { intersections, pairCounts, upsetSvg } from '../../src/render/overlap.ts';
import type { Work } from '../../src/citations/types.ts';

const work = (id: string, ...reviews: string[]): Work => ({
  id,
  item: { id, type: 'article-journal' },
  citedBy: reviews.map((review, n) => ({ review, n: n + 1 })),
});
const reviews = ['a', 'b', 'c'];
const works = [work('w1', 'a', 'b'), work('w2', 'a', 'b', 'c'), work('w3', 'a'), work('w4', 'b', 'c'), work('w5', 'a', 'b'), work('w6', 'a', 'a')];

describe('the overlap of the reviews', () => {
  test('pairs count every work two reviews share; the diagonal counts each review’s works', () => {
    expect(pairCounts(works, reviews)).toEqual([
      [5, 3, 1],
      [3, 4, 2],
      [1, 2, 2],
    ]);
  });

  test('exact intersections put each work in one group, largest first, then the smaller combination', () => {
    expect(intersections(works, reviews)).toEqual([
      { reviews: ['a'], works: ['w3', 'w6'] },
      { reviews: ['a', 'b'], works: ['w1', 'w5'] },
      { reviews: ['b', 'c'], works: ['w4'] },
      { reviews: ['a', 'b', 'c'], works: ['w2'] },
    ]);
  });

  test('the UpSet chart draws one column per shared group with a bar, its count and its dots', () => {
    const svg = upsetSvg(intersections(works, reviews), reviews, { title: 'Shared <works>' });
    expect(svg).toContain('<title id="upset-title">Shared &lt;works&gt;</title>');
    expect(svg.match(/class="upset-bar"/g)).toHaveLength(3); // single-review groups are left out
    expect(svg).toContain('<title>a + b: 2 works</title>');
    expect(svg.match(/upset-dot-on/g)).toHaveLength(2 + 3 + 2);
    expect(svg).toMatch(/^<svg[^>]+role="img"/);
  });

  test('the chart names each review by the label it is given, with room for the longest', () => {
    const names: Record<string, string> = { a: 'Alpha et al. 2020', b: 'Beta & Gamma 2021', c: 'Chen 2021' };
    const svg = upsetSvg(intersections(works, reviews), reviews, { title: 'T', label: (r) => names[r]! });
    expect(svg).toContain('class="upset-label">Beta &amp; Gamma 2021</text>');
    expect(svg).toContain('<title>Alpha et al. 2020 + Beta &amp; Gamma 2021: 2 works</title>');
    expect(svg).not.toMatch(/class="upset-label">[abc]</);
    // The labels end left of the first column.
    const labelEnd = Number(/<text x="(\d+)"[^>]*class="upset-label"/.exec(svg)![1]);
    const firstBar = Number(/<rect x="([\d.]+)"[^>]*class="upset-bar"/.exec(svg)![1]);
    expect(labelEnd).toBeLessThan(firstBar);
    expect(labelEnd).toBeGreaterThanOrEqual(7 * 'Beta & Gamma 2021'.length);
  });
});
