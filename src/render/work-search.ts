import type { Work } from '../citations/types.ts';
import { loadGlossary } from '../project.ts';
import type { Site } from '../site.ts';
import { facetSigns, workFacets, type Facets, type FacetSigns } from '../search/facets.ts';
import { searchKeyGroups, termMatchers, type TermMatcher } from '../search/search-terms.ts';
import { wrapTerms } from '../search/term-markers.ts';

/** What a work page gives the search index. */
export interface WorkSearch {
  facets: Facets;
  /** The other names of the glossary terms and formulas in its title and record (term-markers.ts). */
  terms: string;
}

const prepared = new WeakMap<Site, { matchers: TermMatcher[]; signs: FacetSigns }>();

/**
 * A work's search data: synonyms for what its title names (the glossary's formulas,
 * abbreviations and names, as chapters get them: a formula finds the name a title spells out), and its
 * filters, from its title and the sections that cite it (facets.ts workFacets).
 */
export function workSearch(site: Site, work: Work, record: string): WorkSearch {
  let p = prepared.get(site);
  if (!p) {
    const glossary = loadGlossary(site.root);
    p = { matchers: termMatchers(glossary), signs: facetSigns(site.taxonomy, glossary) };
    prepared.set(site, p);
  }
  const citedIn = site.citedIn(work.id);
  const chapters = site.chapters();
  const citing = citedIn.flatMap((s) => {
    const chapter = chapters.find((c) => c.slug === s.chapter);
    return chapter ? [chapter.frontmatter] : [];
  });
  const passages = citedIn.flatMap((s) => [s.heading, ...(s.passages[work.id] ?? [])]);
  return {
    facets: workFacets(site.taxonomy, work.citedBy, { title: work.item.title, chapters: citing, passages }, p.signs),
    terms: wrapTerms(searchKeyGroups(`${work.item.title ?? ''} ${record}`, p.matchers)),
  };
}
