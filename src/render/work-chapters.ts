import type { Work } from '../citations/types.ts';
import { workSearch, type WorkSearch } from './work-search.ts';
import type { Site } from '../site.ts';

/** What a work's page shows of the chapters: the sections that cite it, and the search data they give it. */
export interface WorkChapters {
  citedIn: { chapter: string; chapterTitle: string; heading: string; anchor: string }[];
  search: WorkSearch;
}

/**
 * Everything a work's page takes from the chapters, in one value: the page renders from it, and
 * its incremental-build key (render/page-cache-key.ts) holds it, so a chapter edit re-renders
 * exactly the works whose sections, headings, filters or search terms it changed.
 */
export function workChapters(site: Site, work: Work): WorkChapters {
  return {
    citedIn: site.citedIn(work.id).map(({ chapter, chapterTitle, heading, anchor }) => ({ chapter, chapterTitle, heading, anchor })),
    search: workSearch(site, work, site.citations.formatted(work.id).text),
  };
}
