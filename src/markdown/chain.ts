import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { LinkTargets } from './links.ts';
import { ContentProblems, isError, problemsOf } from '../data/problems.ts';
import { projectPaths } from '../project.ts';
import type { CitationIndex } from '../citations/citation-index.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import remarkFrontmatterData from './frontmatter.ts';
import { KATEX_OPTIONS } from './katex-options.ts';
import rehypeKatexErrors from './rehype-katex-errors.ts';
import rehypeKatexSearch from './rehype-katex-search.ts';
import rehypeSearchTerms from './rehype-search-terms.ts';
import rehypeCitationBacklinks from './rehype-citation-backlinks.ts';
import rehypePrintLinks from './rehype-print-links.ts';
import rehypeSectionTools, { type RehypeSectionToolsOptions } from './rehype-section-tools.ts';
import remarkCitations from './remark-citations.ts';
import remarkContentPolicy from './remark-content-policy.ts';
import remarkDataTables from './remark-data-tables.ts';
import remarkCharts, { remarkChartFigures } from './remark-charts.ts';
import remarkHeadingAnchors from './remark-heading-anchors.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import { MDX_NODES } from './mdx-nodes.ts';

/**
 * The one Markdown plugin chain of the site, in one place (as Starlight exports its own remark
 * and rehype plugin lists): astro.config.mjs renders pages with it, and `npm run check`, the
 * site's reading of its chapters (markdown/read-chapters.ts), the tests and the benches run the
 * same lists through chapterProcessor(), so none of them can drift from the build.
 */
export interface ChainOptions {
  /** The project root (content/, content/tables/). */
  root: string;
  /** The deploy base, e.g. /atlas/. */
  base: string;
  citations: CitationIndex;
  glossary: readonly GlossaryEntry[];
  /**
   * Every page and anchor of the site, for the link checker. Without it links are recorded on
   * the file, to be checked once every chapter has been read (checkRecordedLinks).
   */
  targets?: () => LinkTargets;
  /** The cite tools under each heading; without them, none (reading chapters for their data). */
  sectionTools?: Omit<RehypeSectionToolsOptions, 'root' | 'base'>;
  /** Throw at the end of a page with errors (the build renders pages one by one); else they stay on the file. */
  stopOnErrors?: boolean;
}

export function atlasRemarkPlugins(o: ChainOptions): RemarkPlugins {
  return [
    remarkMath,
    // Before anything acts on the chapter's code, imports or HTML.
    [remarkContentPolicy, { root: o.root }],
    [remarkDataTables, { dir: projectPaths(o.root).tables, reviewIds: o.citations.library.sources.map((s) => s.id) }],
    // Charts after the tables they draw (which must be on the page); their SVG after citations.
    [remarkCharts, { charts: projectPaths(o.root).charts, tables: projectPaths(o.root).tables, reviewIds: o.citations.library.sources.map((s) => s.id) }],
    // Heading ids (pinned, slugged, aliases) before anything reads headings.
    remarkHeadingAnchors,
    // Before citations, which add their own #ref-N links.
    [remarkInternalLinks, { ...(o.targets ? { targets: o.targets } : {}), root: o.root, base: o.base }],
    [remarkCitations, { index: o.citations }],
    [remarkChartFigures, { index: o.citations }],
  ];
}

export function atlasRehypePlugins(o: ChainOptions): RehypePlugins {
  return [
    // KaTeX errors are problems at their line rather than red text on the page.
    [rehypeKatex, KATEX_OPTIONS],
    rehypeKatexErrors,
    // Search: keep KaTeX's MathML copy out of the index, and index each section under the other
    // names (glossary aliases, ASCII formulas) of the terms it mentions.
    rehypeKatexSearch,
    [rehypeSearchTerms, { glossary: o.glossary }],
    // Each bibliography entry links back to where the page cites it.
    rehypeCitationBacklinks,
    // On paper, links show where they lead, briefly.
    [rehypePrintLinks, { base: o.base }],
    // Copy-link and cite tools under each section (runs before Starlight's heading links).
    ...(o.sectionTools ? [[rehypeSectionTools, { ...o.sectionTools, root: o.root, base: o.base }] as RehypePlugins[number]] : []),
    ...(o.stopOnErrors ? [rehypeStopOnErrors] : []),
  ];
}

/** The last plugin of a page's run in the build: a page with errors stops there, all of them listed. */
function rehypeStopOnErrors() {
  return (_tree: HastRoot, file: VFile) => {
    const errors = problemsOf(file, file.cwd).filter(isError);
    if (errors.length) throw new ContentProblems(errors);
  };
}

/**
 * A chapter's whole run outside Astro: the parsers Astro's MDX integration uses (Markdown,
 * frontmatter, MDX for .mdx files, GFM), then the site's chain to hast. Problems stay on the file
 * (unless `stopOnErrors`). `omit` leaves plugins out, to measure what they cost (the benches).
 */
export function chapterProcessor(
  o: ChainOptions,
  { mdx = true, omit = [] }: { mdx?: boolean; omit?: readonly unknown[] } = {},
): Processor<Root, Root, HastRoot> {
  const keep = (list: RemarkPlugins | RehypePlugins) => list.filter((p) => !omit.includes(Array.isArray(p) ? p[0] : p)) as PluggableList;
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkFrontmatterData).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  return (
    processor
      // Astro's lists also allow plugins named by package; these are all functions.
      .use(keep(atlasRemarkPlugins(o)))
      .use(remarkRehype, { passThrough: MDX_NODES })
      .use(keep(atlasRehypePlugins(o))) as unknown as Processor<Root, Root, HastRoot>
  );
}
