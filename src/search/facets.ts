import { BUILT_IN_FACETS, type Facet, type Taxonomy } from '../schema/chapter.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { Source } from '../citations/sources.ts';
import { asciiFormula, escapeRegExp, termMatchers } from './search-terms.ts';

/**
 * The search filters (Pagefind filter groups) every page kind carries, so that a filter means the
 * same on a chapter, a work and a source page: page kind and source review, then the facets of
 * content/taxonomy.yaml in its order. Values are the project's keys (taxonomy keys, review ids);
 * the search interface shows them with their labels (facetLabels): a review by its name, "Chen
 * et al. (2021)", never by its id.
 */
export type Facets = Record<string, string[]>;

export const PAGE_KINDS = { chapter: 'Chapter', work: 'Work', source: 'Source review' } as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** Every filter group, in the order the search shows them. */
export const facetGroups = (taxonomy: Taxonomy): string[] => [...BUILT_IN_FACETS, ...Object.keys(taxonomy.facets)];

/** A chapter's frontmatter, as the filters read it: the taxonomy's fields and `sources`. */
export type ChapterFacetData = Record<string, unknown> & { sources?: ReadonlyArray<{ review: string }> | undefined };

/** A facet's values in a chapter's frontmatter (one value or a list, as the taxonomy declares it). */
function valuesOf(data: ChapterFacetData, facet: Facet): string[] {
  const v = data[facet.field];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/** Whether a page is filed as a chapter: its frontmatter sets a field of the taxonomy (the home page and the guide set none). */
export const isFiledChapter = (taxonomy: Taxonomy, data: ChapterFacetData): boolean => Object.values(taxonomy.facets).some((f) => valuesOf(data, f).length > 0);

export function chapterFacets(taxonomy: Taxonomy, data: ChapterFacetData): Facets {
  return {
    kind: ['chapter'],
    review: unique((data.sources ?? []).map((s) => s.review)),
    ...Object.fromEntries(Object.entries(taxonomy.facets).map(([name, f]) => [name, unique(valuesOf(data, f))])),
  };
}

/** What a work's filters are read from: its title, and the sections that cite it. */
export interface WorkEvidence {
  title?: string | undefined;
  /** The frontmatter of the chapters whose sections cite it. */
  chapters: readonly ChapterFacetData[];
  /** The headings of the citing sections, and the passages (paragraphs, table cells) with the citation. */
  passages: readonly string[];
}

/** Per facet with signs, each value with the pattern that finds its signs in a text (in ASCII spelling). */
export type FacetSigns = Record<string, Array<{ value: string; pattern: RegExp }>>;

/**
 * A work is filed under the reviews that cite it and, per facet: where the facet has signs
 * (content/taxonomy.yaml), the values whose signs its title or a passage citing it names; else
 * the values of the chapters that cite it. A facet with signs does not take every value of every
 * citing chapter: a work cited in a broad chapter would be on every filter, and the filters would
 * not narrow.
 */
export function workFacets(taxonomy: Taxonomy, citedBy: ReadonlyArray<{ review: string }>, evidence: WorkEvidence, signs: FacetSigns): Facets {
  const texts = [evidence.title ?? '', ...evidence.passages].filter(Boolean);
  const about = (name: string, facet: Facet): string[] =>
    facet.signs
      ? (signs[name] ?? []).filter((s) => texts.some((t) => s.pattern.test(asciiFormula(t)))).map((s) => s.value)
      : evidence.chapters.flatMap((c) => valuesOf(c, facet));
  return {
    kind: ['work'],
    review: unique(citedBy.map((c) => c.review)),
    ...Object.fromEntries(Object.entries(taxonomy.facets).map(([name, f]) => [name, unique(about(name, f))])),
  };
}

/**
 * The taxonomy's signs as patterns: a sign that is a glossary term stands for all its names
 * (search-terms.ts termMatchers: formula, abbreviation, aliases); any other sign is a word or phrase,
 * matched whole, in any case, singular or plural.
 */
export function facetSigns(taxonomy: Taxonomy, glossary: readonly GlossaryEntry[]): FacetSigns {
  const byTerm = new Map(termMatchers(glossary).map((m) => [m.entry.term, m.pattern.source]));
  const group = (signs: Record<string, string[]>) =>
    Object.entries(signs).map(([value, list]) => {
      const alternatives = list.map((sign) => byTerm.get(sign) ?? `(?<![\\p{L}\\p{N}])(?i:${escapeRegExp(asciiFormula(sign))})(?:e?s)?(?![\\p{L}\\p{N}])`);
      return { value, pattern: new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'u') };
    });
  return Object.fromEntries(Object.entries(taxonomy.facets).flatMap(([name, f]) => (f.signs ? [[name, group(f.signs)]] : [])));
}

export function sourceFacets(source: Pick<Source, 'id'>): Facets {
  return { kind: ['source'], review: [source.id] };
}

/** Group names and value labels for the search interface, from the project's data, in the order the search shows them. */
export function facetLabels(taxonomy: Taxonomy, reviews: ReadonlyArray<{ id: string; name: string }>) {
  const facets = Object.entries(taxonomy.facets);
  return {
    groups: { kind: 'Page kind', review: 'Source review', ...Object.fromEntries(facets.map(([name, f]) => [name, f.label])) } as Record<string, string>,
    values: {
      kind: { ...PAGE_KINDS },
      review: Object.fromEntries(reviews.map((r) => [r.id, r.name])),
      ...Object.fromEntries(facets.map(([name, f]) => [name, { ...f.values }])),
    } as Record<string, Record<string, string>>,
  };
}
export type FacetLabels = ReturnType<typeof facetLabels>;

const unique = (values: readonly string[]) => [...new Set(values)].sort();
