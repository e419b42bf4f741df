import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import type {} from './remark-citations.ts'; // file.data.citedWorks
import type {} from './remark-data-tables.ts'; // file.data.tableIds
import type {} from './remark-charts.ts'; // file.data.chartIds
import type {} from './remark-heading-anchors.ts'; // file.data.headings
import { frontmatterOf } from './frontmatter.ts';

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
   * Every id a link can point at on the chapter's page: all heading ids (any depth, and their
   * aliases), data tables (`table-<name>`), charts (`chart-<name>`), the bibliography (`references`, `ref-N`) and
   * Starlight's `_top`. Internal links are checked against these (src/markdown/links.ts).
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
 * A chapter as the plugin chain recorded it on its file while rendering it (headings and their
 * anchors, data tables, the works each section cites): the cite tools of the page, and the
 * downloads, backlinks and link checks of the site, all read this, so they list what the page's
 * bibliography lists.
 */
export function chapterFromFile(file: VFile, slug: string): ChapterCitations {
  const frontmatter = frontmatterOf(file);
  const title = typeof frontmatter.title === 'string' ? frontmatter.title : slug;
  const cited = file.data.citedWorks ?? { all: [], bySection: {}, sentences: {} };
  const headings = file.data.headings ?? [];
  const sections: Section[] = [
    { chapter: slug, chapterTitle: title, heading: title, anchor: '', depth: 1, line: 1, aliases: [], works: cited.bySection[''] ?? [], passages: cited.sentences[''] ?? {} },
    ...headings
      .filter((h) => h.depth <= 3)
      .map((h) => ({ chapter: slug, chapterTitle: title, heading: h.text, anchor: h.id, depth: h.depth, line: h.line, aliases: h.aliases, works: cited.bySection[h.id] ?? [], passages: cited.sentences[h.id] ?? {} })),
  ];
  const anchors = [
    '_top',
    ...headings.flatMap((h) => [h.id, ...h.aliases]),
    ...(file.data.tableIds ?? []),
    ...(file.data.chartIds ?? []),
    // remark-citations numbers the works a page cites 1…N and heads the list #references.
    ...(cited.all.length ? ['references', ...cited.all.map((_, i) => `ref-${i + 1}`)] : []),
  ];
  return { slug, title, file: file.path, frontmatter, sections, anchors };
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
