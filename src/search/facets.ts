import type { Taxonomy } from '../schema/chapter.ts';
import type { Source } from '../schema/sources.ts';

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

/**
 * A work is filed under the reviews that cite it, and under the interfaces, topics and
 * electrolyte classes of the chapters that cite it (a work cited only in the cathode chapter is a
 * cathode work).
 */
export function workFacets(citedBy: ReadonlyArray<{ review: string }>, citingChapters: readonly ChapterFacetData[]): Facets {
  const from = citingChapters.map(chapterFacets);
  return {
    kind: ['work'],
    review: unique(citedBy.map((c) => c.review)),
    interface: unique(from.flatMap((f) => f.interface ?? [])),
    topic: unique(from.flatMap((f) => f.topic ?? [])),
    electrolyte: unique(from.flatMap((f) => f.electrolyte ?? [])),
  };
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
