import { buildLibrary, type Library } from './citations/library.ts';
import { fileFormatCache } from './citations/format-cache.ts';
import { SourceError } from './data/source-error.ts';
import { createCitationIndex, type CitationIndex } from './citations/citation-index.ts';
import { GUIDE_SLUG, loadGlossary, loadSiteConfig, loadSources, loadTaxonomy, projectPaths } from './project.ts';
import type { Source } from './citations/sources.ts';
import type { Taxonomy } from './schema/chapter.ts';
import type { GlossaryEntry } from './schema/glossary.ts';
import type { SiteConfig } from './schema/site.ts';
import { backlinks, type ChapterCitations, type Section } from './markdown/chapter-citations.ts';
import { readChapters, type ReadChapter } from './markdown/read-chapters.ts';
import { linkTargets } from './markdown/link-targets.ts';
import type { LinkTargets } from './markdown/links.ts';
import { checkRecordedLinks } from './markdown/remark-internal-links.ts';
import { contentParts, readGuide, type GuideData } from './contrib/guide.ts';
import { readNavigation, type NavPart } from './navigation.ts';

export interface Site {
  root: string;
  base: string;
  /** What the site calls itself (content/site.yaml). */
  config: SiteConfig;
  sources: Source[];
  taxonomy: Taxonomy;
  library: Library;
  citations: CitationIndex;
  glossary: GlossaryEntry[];
  /** Chapters with the works each section cites, as the plugin chain recorded them (read lazily: only pages need it). */
  chapters(): ChapterCitations[];
  /** The same chapters with their files: the problems each run recorded (the check, the build's gate). */
  readChapters(): ReadChapter[];
  citedIn(workId: string): Section[];
  /** Every page and anchor an internal link may point at (src/markdown/links.ts). */
  linkTargets(): LinkTargets;
  /** The data the contributors' guide generates its tables from. */
  guideData(): GuideData;
  /** The parts of content/ and their chapters, in reading order (src/navigation.ts). */
  navigation(): NavPart[];
}

const cache = globalThis as typeof globalThis & { __atlasSite?: Map<string, Site> };

/**
 * Everything the build derives from bib/ and content/ data, built once per process: Astro loads
 * the config and renders pages in different module graphs, and both need the same citation
 * index (each work parsed, resolved and formatted once per build) and the same reading of the
 * chapters. `reload` reads everything again (a check after files changed).
 */
export function loadSite({ root = process.cwd(), base = '/', reload = false }: { root?: string; base?: string; reload?: boolean } = {}): Site {
  base = base.endsWith('/') ? base : `${base}/`;
  const key = `${root}|${base}`;
  cache.__atlasSite ??= new Map();
  let site = reload ? undefined : cache.__atlasSite.get(key);
  if (!site) {
    const paths = projectPaths(root);
    const config = loadSiteConfig(root);
    const sources = loadSources(root);
    const library = buildLibrary({ bibDir: paths.bib, sources });
    const citations = createCitationIndex(library, base, fileFormatCache(paths.formatCache));
    let navigation: NavPart[] | undefined;
    const taxonomy = loadTaxonomy(root);
    // A glossary that does not validate is the check's (and the glossary page's) to report, at
    // each of its lines; search works without its terms meanwhile.
    const glossary = ((): GlossaryEntry[] => {
      try {
        return loadGlossary(root);
      } catch (e) {
        if (e instanceof SourceError) return [];
        throw e;
      }
    })();
    const guideData = (): GuideData => ({ taxonomy, sources, parts: contentParts(paths.content) });
    let read: { chapters: ReadChapter[]; targets: LinkTargets } | undefined;
    let cited: Map<string, Section[]> | undefined;
    // The chapters, then the pages and anchors they make, then each chapter's links checked against them.
    const readAll = () => {
      if (!read) {
        const chapters = readChapters({ root, base, citations, glossary });
        const guide = readGuide(root, guideData());
        const targets = linkTargets({ root, base, chapters: chapters.map((c) => c.chapter), library, extraPages: guide ? [[`/${GUIDE_SLUG}/`, guide.anchors]] : [] });
        for (const c of chapters) checkRecordedLinks(c.file, root, targets);
        read = { chapters, targets };
      }
      return read;
    };
    site = {
      root,
      base,
      config,
      sources,
      taxonomy,
      library,
      citations,
      glossary,
      chapters: () => readAll().chapters.map((c) => c.chapter),
      readChapters: () => readAll().chapters,
      citedIn: (id) => (cited ??= backlinks(readAll().chapters.map((c) => c.chapter))).get(id) ?? [],
      guideData,
      navigation: () => (navigation ??= readNavigation(paths.content, { root })),
      linkTargets: () => readAll().targets,
    };
    cache.__atlasSite.set(key, site);
  }
  return site;
}
