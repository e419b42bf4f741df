import type { Taxonomy } from '../schema/chapter.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { Source } from '../citations/sources.ts';
import { asciiFormula, escapeRegExp, termMatchers } from './search-terms.ts';

/**
 * The search filters (Pagefind filter groups) every page kind carries, so that a filter means the
 * same on a chapter, a work and a source page. Values are the project's keys (taxonomy keys,
 * review ids); the search interface shows them with their labels (facetLabels): a review by its
 * name, "Chen et al. (2021)", never by its id.
 */
export const FACET_GROUPS = ['kind', 'review', 'interface', 'topic', 'electrolyte'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
export type Facets = Partial<Record<FacetGroup, string[]>>;

export const PAGE_KINDS = { chapter: 'Chapter', work: 'Work', source: 'Source review' } as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** What a chapter's frontmatter says about it (src/schema/chapter.ts). */
export interface ChapterFacetData {
  topic?: string | undefined;
  interfaces?: readonly string[] | undefined;
  electrolytes?: readonly string[] | undefined;
  sources?: ReadonlyArray<{ review: string }> | undefined;
}

export function chapterFacets(data: ChapterFacetData): Facets {
  return {
    kind: ['chapter'],
    review: unique((data.sources ?? []).map((s) => s.review)),
    interface: unique(data.interfaces ?? []),
    topic: data.topic ? [data.topic] : [],
    electrolyte: unique(data.electrolytes ?? []),
  };
}

/** What a work's filters are read from: its title, and the sections that cite it. */
export interface WorkEvidence {
  title?: string | undefined;
  /** The topics of the chapters whose sections cite it. */
  topics: readonly string[];
  /** The headings of the citing sections, and the passages (paragraphs, table cells) with the citation. */
  passages: readonly string[];
}

/**
 * A work is filed under the reviews that cite it, the topics of the chapters that cite it, and
 * the interfaces and electrolyte classes it is about: those whose signs (content/taxonomy.yaml)
 * its title or a passage citing it names. Not under every value of every citing chapter: a work
 * cited in a broad chapter would be on every filter, and the filters would not narrow.
 */
export function workFacets(citedBy: ReadonlyArray<{ review: string }>, evidence: WorkEvidence, signs: FacetSigns): Facets {
  const texts = [evidence.title ?? '', ...evidence.passages].filter(Boolean);
  const about = (group: SignGroup) => signs[group].filter((s) => texts.some((t) => s.pattern.test(asciiFormula(t)))).map((s) => s.value);
  return {
    kind: ['work'],
    review: unique(citedBy.map((c) => c.review)),
    interface: unique(about('interface')),
    topic: unique(evidence.topics),
    electrolyte: unique(about('electrolyte')),
  };
}

type SignGroup = 'interface' | 'electrolyte';
/** Per filter group, each value with the pattern that finds its signs in a text (in ASCII spelling). */
export type FacetSigns = Record<SignGroup, Array<{ value: string; pattern: RegExp }>>;

/**
 * The taxonomy's signs as patterns: a sign that is a glossary term stands for all its names
 * (search-terms.ts termMatchers: formula, abbreviation, aliases); any other sign is a word or phrase,
 * matched whole, in any case, singular or plural.
 */
export function facetSigns(taxonomy: Pick<Taxonomy, 'signs'>, glossary: readonly GlossaryEntry[]): FacetSigns {
  const byTerm = new Map(termMatchers(glossary).map((m) => [m.entry.term, m.pattern.source]));
  const group = (signs: Record<string, string[]>) =>
    Object.entries(signs).map(([value, list]) => {
      const alternatives = list.map((sign) => byTerm.get(sign) ?? `(?<![\\p{L}\\p{N}])(?i:${escapeRegExp(asciiFormula(sign))})(?:e?s)?(?![\\p{L}\\p{N}])`);
      return { value, pattern: new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'u') };
    });
  return { interface: group(taxonomy.signs.interfaces), electrolyte: group(taxonomy.signs.electrolytes) };
}

export function sourceFacets(source: Pick<Source, 'id'>): Facets {
  return { kind: ['source'], review: [source.id] };
}

/** Group names and value labels for the search interface, from the project's data. */
export function facetLabels(taxonomy: Taxonomy, reviews: ReadonlyArray<{ id: string; name: string }>) {
  return {
    groups: { kind: 'Page kind', review: 'Source review', interface: 'Interface', topic: 'Topic', electrolyte: 'Electrolyte class' } satisfies Record<FacetGroup, string>,
    values: {
      kind: { ...PAGE_KINDS },
      review: Object.fromEntries(reviews.map((r) => [r.id, r.name])),
      interface: { ...taxonomy.interfaces },
      topic: { ...taxonomy.topics },
      electrolyte: { ...taxonomy.electrolytes },
    } satisfies Record<FacetGroup, Record<string, string>>,
  };
}
export type FacetLabels = ReturnType<typeof facetLabels>;

const unique = (values: readonly string[]) => [...new Set(values)].sort();
