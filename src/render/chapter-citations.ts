import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Heading, Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import remarkDataTables from '../markdown/remark-data-tables.ts';
import remarkCharts from '../markdown/remark-charts.ts';
import { findCitations } from '../markdown/citation-syntax.ts';
import { anchoredHeadings, yamlFrontmatter } from '../markdown/remark-heading-anchors.ts';
import type { KeyLookup } from '../citations/types.ts';

/** One section of a chapter: its h2/h3 (or the chapter's opening, before the first heading). */
export interface Section {
  chapter: string;
  chapterTitle: string;
  heading: string;
  /** The heading's id on the page; '' for the opening. */
  anchor: string;
  depth: number;
  /** Line of the heading in the chapter's file (1 for the opening). */
  line: number;
  /** Old ids (frontmatter `anchorAliases`) that land on this section. */
  aliases: string[];
  /** Canonical keys of the works cited in this section, in order of first citation. */
  works: string[];
}

export interface ChapterCitations {
  slug: string;
  title: string;
  file: string;
  frontmatter: Record<string, unknown>;
  sections: Section[];
  /**
   * Every id a link can point at on the chapter's page: all heading ids (any depth, pinned or
   * slugged as remark-heading-anchors gives them, and their aliases), data tables (`table-<name>`),
   * charts (`chart-<name>`), the bibliography (`references`, `ref-N`)
   * and Starlight's `_top`. Internal links are checked against these (src/check/links.ts).
   */
  anchors: string[];
}

/** A chapter's slug (and so its URL) from its file: `content/challenges/x.mdx` → `challenges/x`. */
export const chapterSlug = (contentDir: string, file: string): string =>
  relative(contentDir, file).replace(/\\/g, '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1').replace(/\/$/, '') || 'index';

export function* mdxFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* mdxFiles(p);
    else if (/\.mdx?$/.test(name) && !name.startsWith('_')) yield p;
  }
}

/**
 * Which works each section of each chapter cites, read from the sources with the same parser
 * and data tables as the build. Reference pages use it for backlinks ("cited in …") and
 * chapters for "references of this section".
 */
export function readChapterCitations(
  contentDir: string,
  tablesDir: string,
  lookup: (key: string) => KeyLookup,
  { onError, chartsDir }: { onError?: (file: string, error: unknown) => void; chartsDir?: string } = {},
): ChapterCitations[] {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkMath).use(remarkGfm).use(remarkDataTables, { dir: tablesDir });
  if (chartsDir) processor.use(remarkCharts, { charts: chartsDir, tables: tablesDir });
  const out: ChapterCitations[] = [];
  for (const file of mdxFiles(contentDir)) {
    const slug = chapterSlug(contentDir, file);
    const source = readFileSync(file, 'utf8');
    const vfile = new VFile({ path: file, value: source });
    let tree: Root;
    let headings: Map<Heading, ReturnType<typeof anchoredHeadings>[number]['heading']>;
    let frontmatter: Record<string, unknown>;
    try {
      tree = processor.runSync(processor.parse(vfile), vfile) as Root;
      frontmatter = yamlFrontmatter(tree);
      // The same anchors as the page (remark-heading-anchors), so section links match.
      headings = new Map(anchoredHeadings(tree, frontmatter, relative(process.cwd(), file), source).map(({ node, heading }) => [node, heading]));
    } catch (error) {
      // `npm run check` reports the file and goes on with the others; the build stops here.
      if (!onError) throw error;
      onError(file, error);
      continue;
    }
    const title = String(frontmatter.title ?? slug);
    const sections: Section[] = [{ chapter: slug, chapterTitle: title, heading: title, anchor: '', depth: 1, line: 1, aliases: [], works: [] }];
    const anchors = ['_top'];
    const cited = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'heading') {
        const h = headings.get(node as Heading)!;
        anchors.push(h.id, ...h.aliases);
        if (h.depth <= 3) sections.push({ chapter: slug, chapterTitle: title, heading: h.text, anchor: h.id, depth: h.depth, line: h.line, aliases: h.aliases, works: [] });
      } else if ((node.type as string) === 'dataTable' || (node.type as string) === 'chart') {
        const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
        if (typeof id === 'string') anchors.push(id);
      } else if (node.type === 'text') {
        const section = sections.at(-1);
        if (!section) return;
        for (const m of findCitations((node as Text).value)) {
          for (const item of m.items) {
            const found = lookup(item.key);
            if (!found.ok) continue;
            for (const w of found.works) {
              cited.add(w.id);
              if (!section.works.includes(w.id)) section.works.push(w.id);
            }
          }
        }
      }
    });
    // remark-citations numbers the works a page cites 1…N and heads the list #references.
    if (cited.size) anchors.push('references', ...Array.from({ length: cited.size }, (_, i) => `ref-${i + 1}`));
    out.push({ slug, title, file, frontmatter, sections, anchors });
  }
  return out;
}

/** Work id → the sections that cite it. */
export function backlinks(chapters: ChapterCitations[]): Map<string, Section[]> {
  const map = new Map<string, Section[]>();
  for (const c of chapters) {
    for (const s of c.sections) {
      for (const w of s.works) {
        const list = map.get(w) ?? [];
        list.push(s);
        map.set(w, list);
      }
    }
  }
  return map;
}
