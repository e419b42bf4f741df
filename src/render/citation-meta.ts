import type { CslName } from '../citations/csl.ts';
import { parseAuthor } from '../citations/section-citation.ts';

/** A <meta name content> pair. */
export interface Meta {
  name: string;
  content: string;
}

export interface ChapterMetaInput {
  title: string;
  /** Frontmatter `authors`; none = the site's contributors, as in "Cite this chapter". */
  authors?: string[];
  siteTitle: string;
  /** YYYY-MM-DD: the build date, which the citations also call the version date. */
  date: string;
  url: string;
  language: string;
}

/**
 * The Highwire Press `citation_*` tags Zotero's "Embedded Metadata" translator, Google Scholar
 * and Mendeley read. A chapter is a web document: no citation_journal_title (it would make
 * Zotero call it a journal article); the site's name reaches Zotero through og:site_name,
 * which Starlight already emits.
 */
export function chapterCitationMeta(input: ChapterMetaInput): Meta[] {
  const names: CslName[] = input.authors?.length ? input.authors.map(parseAuthor) : [{ literal: `${input.siteTitle} contributors` }];
  return [
    { name: 'citation_title', content: input.title },
    ...names.map((n) => ({ name: 'citation_author', content: n.literal ?? [n.family, n.given].filter(Boolean).join(', ') })),
    { name: 'citation_publication_date', content: input.date.replace(/-/g, '/') },
    { name: 'citation_public_url', content: input.url },
    { name: 'citation_language', content: input.language },
  ];
}
