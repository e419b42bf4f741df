/** Every URL the generator makes, in one place, prefixed with the deploy base (e.g. /atlas/). */
export interface Routes {
  home: string;
  references: string;
  work(id: string): string;
  source(review: string): string;
  sourceReference(review: string, n: number): string;
  overlap: string;
  data(file: string): string;
  page(slug: string): string;
}

export function routes(base: string): Routes {
  const b = base.endsWith('/') ? base : `${base}/`;
  return {
    home: b,
    references: `${b}references/`,
    work: (id) => `${b}references/${encodeURIComponent(id)}/`,
    source: (review) => `${b}sources/${review}/`,
    sourceReference: (review, n) => `${b}sources/${review}/#ref-${n}`,
    overlap: `${b}overlap/`,
    data: (file) => `${b}data/${file}`,
    page: (slug) => `${b}${slug === 'index' ? '' : `${slug}/`}`,
  };
}
