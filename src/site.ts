import { buildLibrary } from './citations/library.ts';
import { fileFormatCache } from './citations/format-cache.ts';
import { createCitationIndex, type CitationIndex } from './render/citation-index.ts';
import { loadSources, loadTaxonomy, projectPaths } from './project.ts';
import type { Source } from './schema/sources.ts';
import type { Taxonomy } from './schema/chapter.ts';
import { backlinks, readChapterCitations, type ChapterCitations, type Section } from './render/chapter-citations.ts';
import { linkTargets } from './render/link-targets.ts';
import type { LinkTargets } from './check/links.ts';
import { contentParts, GUIDE_SLUG, readGuide, type GuideData } from './contrib/guide.ts';

export interface Site {
  root: string;
  base: string;
  sources: Source[];
  taxonomy: Taxonomy;
  citations: CitationIndex;
  /** Chapters with the works each section cites (read lazily: only pages need it). */
  chapters(): ChapterCitations[];
  citedIn(workId: string): Section[];
  /** Every page and anchor an internal link may point at (src/check/links.ts). */
  linkTargets(): LinkTargets;
  /** The data the contributors' guide generates its tables from. */
  guideData(): GuideData;
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
    const citations = createCitationIndex(library, base, fileFormatCache(paths.formatCache));
    let chapters: ChapterCitations[] | undefined;
    let cited: Map<string, Section[]> | undefined;
    let targets: LinkTargets | undefined;
    const taxonomy = loadTaxonomy(root);
    const readChapters = () => (chapters ??= readChapterCitations(paths.content, paths.tables, library.lookup, { chartsDir: paths.charts }));
    const guideData = (): GuideData => ({ taxonomy, sources, parts: contentParts(paths.content) });
    site = {
      root,
      base,
      sources,
      taxonomy,
      citations,
      chapters: readChapters,
      citedIn: (id) => (cited ??= backlinks(readChapters())).get(id) ?? [],
      guideData,
      linkTargets: () => {
        if (!targets) {
          const guide = readGuide(root, guideData());
          targets = linkTargets({ root, base, chapters: readChapters(), library, extraPages: guide ? [[`/${GUIDE_SLUG}/`, guide.anchors]] : [] });
        }
        return targets;
      },
    };
    cache.__atlasSite.set(key, site);
  }
  return site;
}
