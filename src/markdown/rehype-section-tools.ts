import { resolve, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterFromFile, chapterSlug } from './chapter-citations.ts';
import { projectPaths } from '../project.ts';
import { routes } from '../data/routes.ts';
import { chapterWorks, sectionWorks } from './section-works.ts';
import { sectionToolsHast, type SectionToolsInput } from './section-tools.ts';

export interface RehypeSectionToolsOptions {
  /** The project root: pages from <root>/content are chapters. */
  root: string;
  /** The site's origin, e.g. https://example.github.io */
  site: string;
  base: string;
  siteTitle: string;
  /** The build's date and commit (src/render/site-version.ts reads them). */
  version: SectionToolsInput['version'];
  language?: string;
}

/** Citation key of a chapter or one of its sections: `atlas-part-chapter[-anchor]`. */
export const citationKey = (chapter: string, anchor = '') => `atlas-${chapter.replace(/\//g, '-')}${anchor ? `-${anchor}` : ''}`;

/**
 * Puts the section tools (copy link, cite, references) under every h2/h3 of a chapter and the
 * chapter's own tools at its top. Runs before Starlight wraps headings in their anchor-link
 * wrappers. The sections and the works each cites are what the earlier plugins of this same run
 * recorded on the file (chapterFromFile), so the panel lists what the bibliography lists.
 */
export default function rehypeSectionTools(options: RehypeSectionToolsOptions) {
  const r = routes(options.base);
  const contentDir = projectPaths(options.root).content;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const path = resolve(file.cwd, file.path);
    if (!path.startsWith(`${contentDir}${sep}`)) return;
    const chapter = chapterFromFile(file, chapterSlug(contentDir, path));
    const fm = chapter.frontmatter;
    // The home page (a splash with a hero) is not a chapter to cite.
    if (fm.template === 'splash' || fm.hero) return;

    const authors = Array.isArray(fm.authors) ? (fm.authors as string[]) : undefined;
    const pageUrl = new URL(r.page(chapter.slug), options.site).href;
    const common = { authors, chapterTitle: chapter.title, siteTitle: options.siteTitle, version: options.version, ...(options.language ? { language: options.language } : {}) };
    const downloads = (works: string[], bib: string, ris: string, fileName: string) => (works.length ? { bib, ris, count: works.length, fileName } : undefined);

    visit(tree, 'element', (node: Element, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || index === undefined || !parent) return;
      const anchor = String(node.properties.id ?? '');
      // Headings made by plugins as hast (the bibliography's) are not sections.
      const section = chapter.sections.find((s) => s.anchor === anchor);
      if (!section) return SKIP;
      const key = citationKey(chapter.slug, anchor);
      const tools = sectionToolsHast({
        ...common,
        id: key,
        heading: section.heading,
        url: `${pageUrl}#${anchor}`,
        idPrefix: `cite-${anchor}`,
        downloads: downloads(sectionWorks(chapter, anchor), r.sectionData(chapter.slug, anchor, 'bib'), r.sectionData(chapter.slug, anchor, 'ris'), key),
      });
      parent.children.splice(index + 1, 0, tools);
      return [SKIP, index + 2];
    });

    const key = citationKey(chapter.slug);
    tree.children.unshift(
      sectionToolsHast({
        ...common,
        id: key,
        url: pageUrl,
        idPrefix: 'cite-chapter',
        downloads: downloads(chapterWorks(chapter), r.chapterData(chapter.slug, 'bib'), r.chapterData(chapter.slug, 'ris'), key),
        chapterLinks: { present: '?present' },
      }),
    );
  };
}
