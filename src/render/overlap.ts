import type { Work } from '../citations/types.ts';

export interface Intersection {
  /** The reviews that cite these works, and no other review does. */
  reviews: string[];
  works: string[];
}

const reviewsOf = (w: Work): string[] => [...new Set(w.citedBy.map((c) => c.review))];

/** Works shared by each pair of reviews (a work cited by three counts for all three pairs). */
export function pairCounts(works: Work[], reviews: string[]): number[][] {
  const m = reviews.map(() => reviews.map(() => 0));
  for (const w of works) {
    const rs = reviewsOf(w).map((r) => reviews.indexOf(r)).filter((i) => i >= 0);
    for (const i of rs) for (const j of rs) m[i]![j]!++;
  }
  return m;
}

/** Exact intersections, as an UpSet plot shows them: each work in exactly one. */
export function intersections(works: Work[], reviews: string[]): Intersection[] {
  const groups = new Map<string, Intersection>();
  for (const w of works) {
    const rs = reviewsOf(w).sort((a, b) => reviews.indexOf(a) - reviews.indexOf(b));
    if (rs.length === 0) continue;
    const key = rs.join('+');
    const g = groups.get(key) ?? { reviews: rs, works: [] };
    g.works.push(w.id);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.works.length - a.works.length || a.reviews.length - b.reviews.length);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An UpSet-style chart as SVG, drawn at build time: one column per exact intersection (bar =
 * number of works), dots below marking which reviews it joins. Colours come from CSS
 * variables so the chart follows the light and dark themes.
 */
export function upsetSvg(sets: Intersection[], reviews: string[], { title, label = (r) => r }: { title: string; label?: (review: string) => string }): string {
  const cols = sets.filter((s) => s.reviews.length > 1);
  const colW = 34;
  // Room for the longest review name at the left of the matrix.
  const left = 20 + 7 * Math.max(0, ...reviews.map((r) => label(r).length));
  const barH = 150;
  const rowH = 22;
  const top = 16;
  const width = left + cols.length * colW + 12;
  const max = Math.max(1, ...cols.map((c) => c.works.length));
  const matrixTop = top + barH + 22;
  const height = matrixTop + reviews.length * rowH + 8;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="upset-title" class="upset">`);
  parts.push(`<title id="upset-title">${esc(title)}</title>`);
  reviews.forEach((r, i) => {
    const y = matrixTop + i * rowH;
    if (i % 2 === 0) parts.push(`<rect x="0" y="${y - rowH / 2}" width="${width}" height="${rowH}" class="upset-stripe"/>`);
    parts.push(`<text x="${left - 10}" y="${y + 4}" text-anchor="end" class="upset-label">${esc(label(r))}</text>`);
  });
  cols.forEach((c, k) => {
    const x = left + k * colW + colW / 2;
    const h = (c.works.length / max) * barH;
    parts.push(`<g><title>${esc(c.reviews.map(label).join(' + '))}: ${c.works.length} works</title>`);
    parts.push(`<rect x="${x - 10}" y="${top + barH - h}" width="20" height="${h}" class="upset-bar"/>`);
    parts.push(`<text x="${x}" y="${top + barH - h - 4}" text-anchor="middle" class="upset-count">${c.works.length}</text>`);
    const ys = c.reviews.map((r) => matrixTop + reviews.indexOf(r) * rowH);
    parts.push(`<line x1="${x}" x2="${x}" y1="${Math.min(...ys)}" y2="${Math.max(...ys)}" class="upset-link"/>`);
    reviews.forEach((r, i) => {
      const on = c.reviews.includes(r);
      parts.push(`<circle cx="${x}" cy="${matrixTop + i * rowH}" r="6" class="${on ? 'upset-dot-on' : 'upset-dot-off'}"/>`);
    });
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
