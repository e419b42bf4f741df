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
  /** The works cited in one section of a chapter, as .bib or .ris. */
  sectionData(chapter: string, anchor: string, ext: 'bib' | 'ris'): string;
  /** The works cited in a whole chapter, as .bib or .ris. */
  chapterData(chapter: string, ext: 'bib' | 'ris'): string;
  /**
   * Every section's own citation in one chapter: the formats its cite panels load on opening
   * (.json, HTML by anchor) and the same citations as BibTeX (.bib), their link without script.
   */
  sectionCitations(chapter: string, ext: 'json' | 'bib'): string;
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
    sectionData: (chapter, anchor, ext) => `${b}data/sections/${chapter}/${anchor}.${ext}`,
    chapterData: (chapter, ext) => `${b}data/chapters/${chapter}.${ext}`,
    sectionCitations: (chapter, ext) => `${b}data/chapters/${chapter}.sections.${ext}`,
  };
}
