import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import rehypeSearchTerms from '../../../src/markdown/rehype-search-terms.ts';
import rehypeKatexSearch from '../../../src/markdown/rehype-katex-search.ts';
import { loadGlossary, loadTaxonomy } from '../../../src/project.ts';
import { validateYaml } from '../../../src/data/yaml-file.ts';
import { taxonomySchema } from '../../../src/schema/chapter.ts';
import type { GlossaryEntry } from '../../../src/schema/glossary.ts';
import { asciiFormula, foldWord, mentionedTerms, searchKeyGroups, subscriptedFormulas, termMatchers, unique } from '../../../src/search/search-terms.ts';
import { listFilters, normaliseQuery, pagefindFilters, shouldSearch, withoutGroup } from '../../../src/search/query.ts';
import { citingSentence } from '../../../src/markdown/citation-walk.ts';
import { chapterFacets, facetLabels, facetSigns, isFiledChapter, sourceFacets, workFacets } from '../../../src/search/facets.ts';

const entry = (e: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'term' | 'expansion'>): GlossaryEntry => ({
  definition: '', aliases: [], cite: [], chapters: [], ...e,
});
const glossary: GlossaryEntry[] = [
  entry({ term: 'LLZO', expansion: 'lithium lanthanum zirconium oxide', formula: 'Li7La3Zr2O12', aliases: ['garnet', 'Li₇La₃Zr₂O₁₂', 'Ta-LLZO'] }),
  entry({ term: 'LiPON', expansion: 'lithium phosphorus oxynitride', aliases: ['LIPON', 'Lipon'] }),
  entry({ term: 'ALD', expansion: 'atomic layer deposition', aliases: ['ALE'] }),
];
const matchers = termMatchers(glossary);

describe('formulas and glossary names in text', () => {
  test('folds subscripts and the minus sign to ASCII', () => {
    expect(asciiFormula('Li₇La₃Zr₂O₁₂')).toBe('Li7La3Zr2O12');
    expect(asciiFormula('Li₃ₓLa₂/₃₋ₓTiO₃')).toBe('Li3xLa2/3-xTiO3');
    expect(asciiFormula('LiNbO₃')).toBe('LiNbO3');
  });
  test('finds subscripted formulas, and the phases of an interface or a mixture', () => {
    expect(subscriptedFormulas('a (LiNbO₃) coat on Li₇La₃Zr₂O₁₂/LiCoO₂, and Li₂S–P₂S₅.')).toEqual([
      'LiNbO3', 'Li7La3Zr2O12/LiCoO2', 'Li7La3Zr2O12', 'LiCoO2', 'Li2S–P2S5', 'Li2S', 'P2S5',
    ]);
    expect(subscriptedFormulas('Li₃ₓLa₂/₃₋ₓTiO₃')).toEqual(['Li3xLa2/3-xTiO3']);
    expect(subscriptedFormulas('10⁻⁵ S cm⁻¹ and LLZO')).toEqual([]);
  });
  test('matches names as whole words; abbreviations by case, lowercase names in any case and plural', () => {
    const terms = (t: string) => mentionedTerms(t, matchers).map((m) => m.entry.term);
    expect(terms('Garnets wet poorly')).toEqual(['LLZO']);
    expect(terms('at Li₇La₃Zr₂O₁₂/LiCoO₂')).toEqual(['LLZO']);
    expect(terms('Ta-LLZO pellets')).toEqual(['LLZO']);
    expect(terms('LLZOs? LLZOX')).toEqual([]);
    expect(terms('a pale ale')).toEqual([]);
    expect(terms('ALE and Lipon')).toEqual(['LiPON', 'ALD']);
  });
  test('folds words both ways for comparison: subscripts, superscripts, case, accents, punctuation', () => {
    expect(foldWord('LiNbO₃,')).toBe(foldWord('LiNbO3'));
    expect(foldWord('Li⁺')).toBe(foldWord('Li+'));
    expect(foldWord('(Ångström)')).toBe('angstrom');
  });
  test('key groups: one per term mentioned and per formula no term covers, each once per seen set', () => {
    const seen = new Set<string>();
    expect(searchKeyGroups('LLZO under LiNbO₃ and Li₇La₃Zr₂O₁₂', matchers, seen)).toEqual([matchers[0]!.keys, ['LiNbO3']]);
    expect(searchKeyGroups('garnet and LiNbO₃ again', matchers, seen)).toEqual([]);
  });
  test('keys are the names in ASCII plus the expansion, one per spelling Pagefind indexes alike', () => {
    expect(matchers[0]!.keys).toEqual(['LLZO', 'Li7La3Zr2O12', 'garnet', 'Ta-LLZO', 'lithium lanthanum zirconium oxide']);
    expect(matchers[1]!.keys).toEqual(['LiPON', 'lithium phosphorus oxynitride']);
    expect(unique(['Li-S', 'LiS', 'li s'])).toEqual(['Li-S']);
  });
});

async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeKatexSearch)
    .use(rehypeSearchTerms, { glossary })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehype-search-terms', () => {
  test('adds the keys once per section, before the first mention, in an empty attribute-only span', async () => {
    const html = await render('Intro on LLZO and LLZO again.\n\n## Coatings\n\nGarnet and LiNbO₃.\n\nMore garnet.\n');
    const spans = html.match(/<span data-pagefind-index-attrs="data-search-terms" data-search-terms="[^"]*"><\/span>/gu) ?? [];
    expect(spans).toHaveLength(2);
    expect(html).toMatch(/<p><span [^>]*data-search-terms="⁅ LLZO, Li7La3Zr2O12, garnet, Ta-LLZO, lithium lanthanum zirconium oxide ⁆"><\/span>Intro on LLZO/u);
    expect(html).toMatch(/<h2>Coatings<\/h2>\n<p><span [^>]*data-search-terms="⁅ LLZO, [^"]* ⁆ ⁅ LiNbO3 ⁆"><\/span>Garnet and LiNbO₃/u);
  });
  test('keys for a term in a heading follow the heading, not inside it (its text is the sub-result title)', async () => {
    const html = await render('## Why LiPON works\n\nText.\n');
    expect(html).toMatch(/<h2>Why LiPON works<\/h2><span [^>]*data-search-terms="⁅ LiPON, lithium phosphorus oxynitride ⁆"><\/span>/u);
  });
  test('leaves code, ignored blocks and KaTeX alone; keeps only the visible KaTeX copy in the index', async () => {
    const html = await render('`LLZO` code and $\\mathrm{Li_7La_3Zr_2O_{12}}$\n');
    expect(html).not.toContain('data-search-terms');
    expect(html).toMatch(/<span class="katex-mathml" data-pagefind-ignore="all">/u);
  });
});

describe('search queries and filters', () => {
  test('values in a group are alternatives; empty groups are dropped', () => {
    expect(pagefindFilters({ interface: ['cathode', 'anode'], topic: [], kind: ['chapter'] })).toEqual({
      interface: { any: ['cathode', 'anode'] },
      kind: { any: ['chapter'] },
    });
  });
  test('a query is searched in ASCII; filters alone browse', () => {
    expect(normaliseQuery('  Li₇La₃Zr₂O₁₂   coating ')).toBe('Li7La3Zr2O12 coating');
    expect(shouldSearch('', {})).toBe(false);
    expect(shouldSearch('', { kind: [] })).toBe(false);
    expect(shouldSearch('', { kind: ['work'] })).toBe(true);
  });
  test('the two lists: pages (every kind but works) and works, each within the selection', () => {
    expect(listFilters({ topic: ['strategy'] }, 'work')).toEqual({
      pages: { topic: { any: ['strategy'] }, kind: { none: ['work'] } },
      works: { topic: { any: ['strategy'] }, kind: { any: ['work'] } },
    });
    expect(listFilters({ kind: ['chapter'] }, 'work')).toEqual({ pages: { kind: { any: ['chapter'] } } });
    expect(listFilters({ kind: ['work'] }, 'work')).toEqual({ works: { kind: { any: ['work'] } } });
    expect(withoutGroup({ kind: ['work'], topic: ['strategy'] }, 'kind')).toEqual({ topic: ['strategy'] });
  });
  // Facets as a project declares them (content/taxonomy.yaml): two with signs, one without.
  const taxonomy = taxonomySchema.parse({
    facets: {
      interface: { label: 'Interface', field: 'interfaces', values: { anode: 'Anode', cathode: 'Cathode', 'current-collector': 'Current collector' }, signs: { anode: ['anode', 'lithium metal'], cathode: ['cathode'] } },
      topic: { label: 'Topic', field: 'topic', list: false, values: { strategy: 'Strategy', outlook: 'Outlook' } },
      electrolyte: { label: 'Electrolyte class', field: 'electrolytes', values: { oxide: 'Oxide', sulfide: 'Sulfide' }, signs: { oxide: ['LLZO'], sulfide: ['sulfide'] } },
    },
  });
  test('facets: chapters from frontmatter, sources by id', () => {
    const ch = { topic: 'strategy', interfaces: ['cathode'], electrolytes: ['sulfide', 'oxide'], sources: [{ review: 'pang2021' }, { review: 'chen2021' }] };
    expect(chapterFacets(taxonomy, ch)).toEqual({ kind: ['chapter'], review: ['chen2021', 'pang2021'], interface: ['cathode'], topic: ['strategy'], electrolyte: ['oxide', 'sulfide'] });
    // The filters, in the order the search shows them: page kind and review, then the taxonomy's.
    expect(Object.keys(chapterFacets(taxonomy, ch))).toEqual(['kind', 'review', 'interface', 'topic', 'electrolyte']);
    expect(isFiledChapter(taxonomy, ch)).toBe(true);
    expect(isFiledChapter(taxonomy, { title: 'Home', sources: [] })).toBe(false);
    expect(sourceFacets({ id: 'wang2022' })).toEqual({ kind: ['source'], review: ['wang2022'] });
    const labels = facetLabels(taxonomy, [{ id: 'su2023', name: 'Su et al. (2023)' }]);
    expect(labels.values.interface!['current-collector']).toBe('Current collector');
    expect(Object.keys(labels.groups)).toEqual(['kind', 'review', 'interface', 'topic', 'electrolyte']);
    expect(labels.groups.electrolyte).toBe('Electrolyte class');
    // A review is offered by its name, filtered by its id.
    expect(labels.values.review).toEqual({ su2023: 'Su et al. (2023)' });
  });
  test('a work is filed by what its title and the passages citing it name, not by every tag of the citing chapters', () => {
    const signs = facetSigns(taxonomy, glossary);
    const chapter = { topic: 'strategy', interfaces: ['cathode'], electrolytes: ['sulfide'] };
    const facets = workFacets(taxonomy, [{ review: 'su2023' }, { review: 'su2023' }], {
      title: 'Wetting of Li₇La₃Zr₂O₁₂ by molten Li',
      chapters: [chapter, chapter],
      passages: ['Reactions at lithium metal', 'A garnet pellet coated by ALD [@su2023:4].'],
    }, signs);
    // A facet without signs (topic) takes the citing chapters' values; one with signs, only what the texts name.
    expect(facets).toEqual({ kind: ['work'], review: ['su2023'], interface: ['anode'], topic: ['strategy'], electrolyte: ['oxide'] });
    // Signs are whole words, in any case and number; a glossary term counts with all its names.
    const about = (title: string) => workFacets(taxonomy, [], { title, chapters: [], passages: [] }, signs);
    expect(about('Sulfides at Cathodes')).toMatchObject({ interface: ['cathode'], electrolyte: ['sulfide'] });
    expect(about('Anodes of sulfidephobic garnets')).toMatchObject({ interface: ['anode'], electrolyte: ['oxide'] });
    expect(about('Nothing in particular')).toMatchObject({ interface: [], electrolyte: [] });
  });
});

describe('the signs of the taxonomy', () => {
  test('the project taxonomy has signs for every value of each facet that files works by signs', () => {
    const withSigns = Object.values(loadTaxonomy().facets).filter((f) => f.signs);
    expect(withSigns.length).toBeGreaterThan(0);
    for (const f of withSigns) expect(Object.keys(f.signs!).sort(), f.field).toEqual(Object.keys(f.values).sort());
  });
});

describe('the sentence that cites a work', () => {
  test('from the end of the sentence before to the end of its own', () => {
    const passage = 'LLZO wets poorly [@a]. A Li₃N layer at 1.5 nm fixes it [@b], as (e.g.) shown. Next one [@c].';
    expect(citingSentence(passage, '[@b]')).toBe('A Li₃N layer at 1.5 nm fixes it [@b], as (e.g.) shown.');
    expect(citingSentence(passage, '[@a]')).toBe('LLZO wets poorly [@a].');
    expect(citingSentence(passage, '[@zzz]')).toBe(passage);
  });
});

describe('the glossary file', () => {
  test('the project glossary loads', () => {
    expect(loadGlossary().length).toBeGreaterThan(10);
  });
  test('a malformed entry names the file and line', () => {
    const root = resolve('test/fixtures/glossary/bad');
    expect(() => loadGlossary(root)).toThrow(/glossary\.yaml:5: `0\.aliases`: .*array/u);
  });
});

