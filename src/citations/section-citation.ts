import type { CslItem, CslName } from './csl.ts';
import { toBibtex } from './format.ts';
import { toRis } from './ris.ts';

/** What a citation of one section (or a whole chapter) of the site is made of. */
export interface SectionCitationInput {
  /** Citation key, e.g. `atlas-methods-imaging-sample-preparation`. */
  id: string;
  /** The chapter's frontmatter `authors` ("Given Family" or "Family, Given"); none = the site's contributors. */
  authors?: string[];
  chapterTitle: string;
  /** The section's heading; absent when citing the whole chapter. */
  heading?: string;
  siteTitle: string;
  /** Absolute URL, with the section's anchor. */
  url: string;
  version: { date: string; commit: string };
  /** Accessed date, YYYY-MM-DD. */
  accessed: string;
  language?: string;
}

export interface SectionCitation {
  item: CslItem;
  /** The reference in the site's (Vancouver) shape, plain text. */
  text: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON, one item in an array, as reference managers import it. */
  csl: string;
}

/** "Jane Doe" or "Doe, Jane" → a CSL name; a single word is kept as it is. */
export function parseAuthor(name: string): CslName {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n.includes(',')) {
    const [family, ...given] = n.split(',');
    return { family: family!.trim(), given: given.join(',').trim() };
  }
  const words = n.split(' ');
  return words.length > 1 ? { family: words.at(-1)!, given: words.slice(0, -1).join(' ') } : { literal: n };
}

const dateParts = (iso: string): number[] => iso.split('-').map((p) => Number.parseInt(p, 10));
const initials = (given = '') => given.split(/[\s-]+/).filter(Boolean).map((g) => g[0]!.toUpperCase()).join('');
const vancouverName = (n: CslName) => n.literal ?? [n.family, initials(n.given)].filter(Boolean).join(' ');

/**
 * A citation of a section of the site as a web page (CSL `webpage`: the site is its container),
 * in every format the cite panel offers. BibTeX and RIS come from the citation core; the version
 * (build date and commit) travels in `version` and in a note, since BibTeX has no field for it.
 */
export function sectionCitation(input: SectionCitationInput): SectionCitation {
  const author: CslName[] = input.authors?.length ? input.authors.map(parseAuthor) : [{ literal: `${input.siteTitle} contributors` }];
  const title = input.heading ? `${input.chapterTitle}: ${input.heading}` : input.chapterTitle;
  const version = `${input.version.date} (commit ${input.version.commit})`;
  const item: CslItem = {
    id: input.id,
    type: 'webpage',
    title,
    author,
    'container-title': input.siteTitle,
    publisher: `${input.siteTitle} contributors`,
    issued: { 'date-parts': [dateParts(input.version.date)] },
    accessed: { 'date-parts': [dateParts(input.accessed)] },
    version,
    URL: input.url,
    note: `Version ${version}. Accessed ${input.accessed}.`,
    ...(input.language ? { language: input.language } : {}),
  };
  const authors = author.length > 6 ? `${author.slice(0, 6).map(vancouverName).join(', ')}, et al.` : author.map(vancouverName).join(', ');
  const text = `${authors}. ${title} [Internet]. ${input.siteTitle}; version ${version} [cited ${input.accessed}]. Available from: ${input.url}`;
  return {
    item,
    text,
    bibtex: toBibtex([item]).trim(),
    ris: toRis([item]).replace(/\r\n/g, '\n').trim(),
    // Dates on one line ("date-parts": [[2025, 1, 20]]), as people write CSL-JSON by hand.
    csl: JSON.stringify([item], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]'),
  };
}
