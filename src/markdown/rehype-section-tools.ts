import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ChapterCitations } from '../render/chapter-citations.ts';
import { routes } from '../render/routes.ts';
import { chapterWorks, sectionWorks } from '../render/section-works.ts';
import { sectionToolsHast } from '../render/section-tools.ts';
import type { SiteVersion } from '../render/site-version.ts';

export interface RehypeSectionToolsOptions {
  /** The chapters read from source (loadSite().chapters()): titles, authors, anchors, works. */
  chapters: () => ChapterCitations[];
  /** The site's origin, e.g. https://example.github.io */
  site: string;
  base: string;
  siteTitle: string;
  version: SiteVersion;
  language?: string;
}

/** Citation key of a chapter or one of its sections: `atlas-challenges-interphases[-anchor]`. */
export const citationKey = (chapter: string, anchor = '') => `atlas-${chapter.replace(/\//g, '-')}${anchor ? `-${anchor}` : ''}`;

/**
 * Puts the section tools (copy link, cite, references) under every h2/h3 of a chapter and the
 * chapter's own tools at its top. Runs before Starlight wraps headings in their anchor-link
 * wrappers; the ids are already final (remark-heading-anchors), and must match the sections
 * read from source, or the cite panel would point at the wrong place.
 */
export default function rehypeSectionTools(options: RehypeSectionToolsOptions) {
  const r = routes(options.base);
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const path = resolve(file.path);
    const chapter = options.chapters().find((c) => resolve(c.file) === path);
    const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? chapter?.frontmatter ?? {};
    // The home page (a splash with a hero) is not a chapter to cite.
    if (!chapter || fm.template === 'splash' || fm.hero) return;

    const authors = Array.isArray(chapter.frontmatter.authors) ? (chapter.frontmatter.authors as string[]) : undefined;
    const pageUrl = new URL(r.page(chapter.slug), options.site).href;
    const common = { authors, chapterTitle: chapter.title, siteTitle: options.siteTitle, version: options.version, ...(options.language ? { language: options.language } : {}) };
    const downloads = (works: string[], bib: string, ris: string, fileName: string) => (works.length ? { bib, ris, count: works.length, fileName } : undefined);

    visit(tree, 'element', (node: Element, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || index === undefined || !parent) return;
      const anchor = String(node.properties.id ?? '');
      const section = chapter.sections.find((s) => s.anchor === anchor);
      // Headings made by plugins as hast (the bibliography's) are not sections.
      if (!section) {
        if (anchor === 'references') return SKIP;
        throw new Error(`${chapter.file}: heading #${anchor} is not among the sections read from source (${chapter.sections.map((s) => s.anchor).join(', ')})`);
      }
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
