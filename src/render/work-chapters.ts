import type { Work } from '../citations/types.ts';
import { workFacets, type ChapterFacetData, type Facets } from '../search/facets.ts';
import type { Site } from '../site.ts';

/** What a work's page shows of the chapters: the sections that cite it, and the search filters their chapters give it. */
export interface WorkChapters {
  citedIn: { chapter: string; chapterTitle: string; heading: string; anchor: string }[];
  facets: Facets;
}

/**
 * Everything a work's page takes from the chapters, in one value: the page renders from it, and
 * its incremental-build key (render/page-cache-key.ts) holds it, so a chapter edit re-renders
 * exactly the works whose sections, headings or filters it changed.
 */
export function workChapters(site: Site, work: Work): WorkChapters {
  const sections = site.citedIn(work.id);
  const citingChapters = [...new Set(sections.map((s) => s.chapter))].map(
    (slug) => site.chapters().find((c) => c.slug === slug)?.frontmatter as ChapterFacetData,
  );
  return {
    citedIn: sections.map(({ chapter, chapterTitle, heading, anchor }) => ({ chapter, chapterTitle, heading, anchor })),
    facets: workFacets(work.citedBy, citingChapters),
  };
}
