import { buildLibrary } from './citations/library.ts';
import { createCitationIndex, type CitationIndex } from './render/citation-index.ts';
import { loadSources, loadTaxonomy, projectPaths } from './project.ts';
import type { Source } from './schema/sources.ts';
import type { Taxonomy } from './schema/chapter.ts';
import { backlinks, readChapterCitations, type ChapterCitations, type Section } from './render/chapter-citations.ts';

export interface Site {
  root: string;
  base: string;
  sources: Source[];
  taxonomy: Taxonomy;
  citations: CitationIndex;
  /** Chapters with the works each section cites (read lazily: only pages need it). */
  chapters(): ChapterCitations[];
  citedIn(workId: string): Section[];
}

const cache = globalThis as typeof globalThis & { __atlasSite?: Map<string, Site> };

/**
 * Everything the build derives from bib/ and content/ data, built once per process: Astro loads
 * the config and renders pages in different module graphs, and both need the same citation
 * index (each work parsed, resolved and formatted once per build).
 */
export function loadSite({ root = process.cwd(), base = '/' }: { root?: string; base?: string } = {}): Site {
  base = base.endsWith('/') ? base : `${base}/`;
  const key = `${root}|${base}`;
  cache.__atlasSite ??= new Map();
  let site = cache.__atlasSite.get(key);
  if (!site) {
    const paths = projectPaths(root);
    const sources = loadSources(root);
    const library = buildLibrary({ bibDir: paths.bib, sources });
    const citations = createCitationIndex(library, base);
    let chapters: ChapterCitations[] | undefined;
    let cited: Map<string, Section[]> | undefined;
    const readChapters = () => (chapters ??= readChapterCitations(paths.content, paths.tables, library.lookup));
    site = {
      root,
      base,
      sources,
      taxonomy: loadTaxonomy(root),
      citations,
      chapters: readChapters,
      citedIn: (id) => (cited ??= backlinks(readChapters())).get(id) ?? [],
    };
    cache.__atlasSite.set(key, site);
  }
  return site;
}
