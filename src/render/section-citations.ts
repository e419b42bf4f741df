import { toHtml } from 'hast-util-to-html';
import { toBibtex } from '../citations/format.ts';
import { sectionCitation } from '../citations/section-citation.ts';
import type { ChapterCitations } from '../markdown/chapter-citations.ts';
import { chapterToolsInputs, type SectionToolsOptions } from '../markdown/rehype-section-tools.ts';
import { citeFormatsHast } from '../markdown/section-tools.ts';
import type { Site } from '../site.ts';
import { siteVersion } from './site-version.ts';

/**
 * The files a chapter's section cite panels read (routes: sectionCitations). A chapter carries its
 * own citation inline, but one per section in four formats was a sixth of a long chapter's HTML,
 * parsed on every visit for panels few readers open; they are built here with the same builder
 * as the inline panel, and the page script inserts them on opening (src/scripts/section-cite.ts).
 */

/** The section tools' options for a build of `site` served from `origin` (astro.config.mjs passes the same to the chain). */
export const sectionToolsOptions = (site: Site, origin: string): SectionToolsOptions => ({
  site: origin,
  base: site.base,
  siteTitle: site.config.title,
  version: siteVersion(site.root),
  ...(site.config.language ? { language: site.config.language } : {}),
});

/** Each h2/h3's cite-panel formats as HTML, by anchor (.json). */
export function sectionCitePanels(chapter: ChapterCitations, options: SectionToolsOptions): Record<string, string> {
  const { sections } = chapterToolsInputs(chapter, options);
  return Object.fromEntries([...sections].map(([anchor, input]) => [anchor, toHtml(citeFormatsHast(input))]));
}

/** The same citations as BibTeX entries, accessed the day of the build (.bib): the panels' link for readers without script. */
export function sectionCitationsBib(chapter: ChapterCitations, options: SectionToolsOptions): string {
  const { sections } = chapterToolsInputs(chapter, options);
  return toBibtex([...sections.values()].map((input) => sectionCitation({ ...input, accessed: options.version.date }).item));
}
