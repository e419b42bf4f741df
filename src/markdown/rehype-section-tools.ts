import { resolve, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterFromFile, chapterSlug, type ChapterCitations } from './chapter-citations.ts';
import { projectPaths } from '../project.ts';
import { routes } from '../data/routes.ts';
import { anchoredSections, chapterWorks, sectionWorks } from './section-works.ts';
import { sectionToolsHast, type SectionToolsInput } from './section-tools.ts';

/** What the tools of every chapter share: where the site is and what it is called. */
export interface SectionToolsOptions {
  /** The site's origin, e.g. https://example.github.io */
  site: string;
  base: string;
  siteTitle: string;
  /** The build's date and commit (src/render/site-version.ts reads them). */
  version: SectionToolsInput['version'];
  language?: string;
}

export interface RehypeSectionToolsOptions extends SectionToolsOptions {
  /** The project root: pages from <root>/content are chapters. */
  root: string;
}

/** Citation key of a chapter or one of its sections: `atlas-part-chapter[-anchor]`. */
export const citationKey = (chapter: string, anchor = '') => `atlas-${chapter.replace(/\//g, '-')}${anchor ? `-${anchor}` : ''}`;

/**
 * What a chapter's tools are built from: its own (inline, at its top) and each h2/h3 section's,
 * by anchor, whose formats load when its panel opens (deferred). The page's plugin and the file
 * the panels load from (src/render/section-citations.ts) both read this, so they cannot differ.
 */
export function chapterToolsInputs(
  chapter: ChapterCitations,
  o: SectionToolsOptions,
): { chapter: SectionToolsInput; sections: Map<string, SectionToolsInput> } {
  const r = routes(o.base);
  const fm = chapter.frontmatter;
  const authors = Array.isArray(fm.authors) ? (fm.authors as string[]) : undefined;
  const pageUrl = new URL(r.page(chapter.slug), o.site).href;
  const common = { authors, chapterTitle: chapter.title, siteTitle: o.siteTitle, version: o.version, ...(o.language ? { language: o.language } : {}) };
  const downloads = (works: string[], bib: string, ris: string, fileName: string) =>
    works.length ? { downloads: { bib, ris, count: works.length, fileName } } : {};
  const sections = new Map<string, SectionToolsInput>();
  // The h2/h3 of the chapter: the headings that carry tools.
  for (const s of anchoredSections(chapter).filter((s) => s.depth === 2 || s.depth === 3)) {
    const key = citationKey(chapter.slug, s.anchor);
    sections.set(s.anchor, {
      ...common,
      id: key,
      heading: s.heading,
      url: `${pageUrl}#${s.anchor}`,
      idPrefix: `cite-${s.anchor}`,
      ...downloads(sectionWorks(chapter, s.anchor), r.sectionData(chapter.slug, s.anchor, 'bib'), r.sectionData(chapter.slug, s.anchor, 'ris'), key),
      deferred: { json: r.sectionCitations(chapter.slug, 'json'), anchor: s.anchor, bib: r.sectionCitations(chapter.slug, 'bib'), key },
    });
  }
  const key = citationKey(chapter.slug);
  return {
    chapter: {
      ...common,
      id: key,
      url: pageUrl,
      idPrefix: 'cite-chapter',
      ...downloads(chapterWorks(chapter), r.chapterData(chapter.slug, 'bib'), r.chapterData(chapter.slug, 'ris'), key),
      chapterLinks: { present: '?present' },
    },
    sections,
  };
}

/**
 * Puts the section tools (copy link, cite, references) under every h2/h3 of a chapter and the
 * chapter's own tools at its top. Runs before Starlight wraps headings in their anchor-link
 * wrappers. The sections and the works each cites are what the earlier plugins of this same run
 * recorded on the file (chapterFromFile), so the panel lists what the bibliography lists.
 */
export default function rehypeSectionTools(options: RehypeSectionToolsOptions) {
  const contentDir = projectPaths(options.root).content;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const path = resolve(file.cwd, file.path);
    if (!path.startsWith(`${contentDir}${sep}`)) return;
    const chapter = chapterFromFile(file, chapterSlug(contentDir, path));
    const fm = chapter.frontmatter;
    // The home page (a splash with a hero) is not a chapter to cite.
    if (fm.template === 'splash' || fm.hero) return;

    const inputs = chapterToolsInputs(chapter, options);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || index === undefined || !parent) return;
      // Headings made by plugins as hast (the bibliography's) are not sections.
      const input = inputs.sections.get(String(node.properties.id ?? ''));
      if (!input) return SKIP;
      parent.children.splice(index + 1, 0, sectionToolsHast(input));
      return [SKIP, index + 2];
    });
    tree.children.unshift(sectionToolsHast(inputs.chapter));
  };
}
