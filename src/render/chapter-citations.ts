import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Heading, Root, Text } from 'mdast';
import type { Node } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import remarkDataTables from '../markdown/remark-data-tables.ts';
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
  /** Per cited work, the sentences (in a paragraph, list item or table cell) that cite it. */
  passages: Record<string, string[]>;
}

export interface ChapterCitations {
  slug: string;
  title: string;
  file: string;
  frontmatter: Record<string, unknown>;
  sections: Section[];
  /**
   * Every id a link can point at on the chapter's page: all heading ids (any depth, pinned or
   * slugged as remark-heading-anchors gives them, and their aliases), data tables (`table-<name>`), the bibliography (`references`, `ref-N`)
   * and Starlight's `_top`. Internal links are checked against these (src/check/links.ts).
   */
  anchors: string[];
}

const PASSAGES = new Set(['paragraph', 'listItem', 'tableCell', 'heading']);
/** The text of the innermost passage (paragraph, list item, table cell) around a citation. */
function passageText(ancestors: readonly Node[]): string {
  const passage = [...ancestors].reverse().find((a) => PASSAGES.has(a.type));
  return passage ? toString(passage) : '';
}

/**
 * The sentence of a passage that holds a citation: from the end of the sentence before it to the
 * end of its own (a sentence ends at . ! or ? before a capital or an opening bracket).
 */
export function citingSentence(passage: string, citation: string): string {
  const at = passage.indexOf(citation);
  if (at === -1) return passage;
  const ends = [...passage.matchAll(/[.!?](?=\s+[\p{Lu}(\[])/gu)].map((m) => m.index + 1);
  const start = Math.max(0, ...ends.filter((e) => e <= at));
  const end = Math.min(passage.length, ...ends.filter((e) => e >= at + citation.length));
  return passage.slice(start, end).trim();
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
  { onError }: { onError?: (file: string, error: unknown) => void } = {},
): ChapterCitations[] {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkMath).use(remarkGfm).use(remarkDataTables, { dir: tablesDir });
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
    const sections: Section[] = [{ chapter: slug, chapterTitle: title, heading: title, anchor: '', depth: 1, line: 1, aliases: [], works: [], passages: {} }];
    const anchors = ['_top'];
    const cited = new Set<string>();
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'heading') {
        const h = headings.get(node as Heading)!;
        anchors.push(h.id, ...h.aliases);
        if (h.depth <= 3) sections.push({ chapter: slug, chapterTitle: title, heading: h.text, anchor: h.id, depth: h.depth, line: h.line, aliases: h.aliases, works: [], passages: {} });
      } else if ((node.type as string) === 'dataTable') {
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
              const passage = citingSentence(passageText(ancestors), (node as Text).value.slice(m.start, m.end));
              const list = (section.passages[w.id] ??= []);
              if (passage && !list.includes(passage)) list.push(passage);
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
