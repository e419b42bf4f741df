import { withoutTerms } from '../../../src/search/term-markers.ts';
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
import { loadGlossary } from '../../../src/project.ts';
import type { GlossaryEntry } from '../../../src/schema/glossary.ts';
import { asciiFormula, mentionedTerms, subscriptedFormulas, termMatchers, unique } from '../../../src/search/search-terms.ts';
import { normaliseQuery, pagefindFilters, shouldSearch } from '../../../src/search/query.ts';
import { chapterFacets, facetLabels, sourceFacets, workFacets } from '../../../src/search/facets.ts';

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
    expect(html).toMatch(/<h2>Coatings<\/h2>\n<p><span [^>]*data-search-terms="⁅ LLZO, [^"]*, LiNbO3 ⁆"><\/span>Garnet and LiNbO₃/u);
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
  test('facets: chapters from frontmatter, works from their reviews and citing chapters, sources by id', () => {
    const ch = { topic: 'strategy', interfaces: ['cathode'], electrolytes: ['sulfide', 'oxide'], sources: [{ review: 'pang2021' }, { review: 'chen2021' }] };
    expect(chapterFacets(ch)).toEqual({ kind: ['chapter'], review: ['chen2021', 'pang2021'], interface: ['cathode'], topic: ['strategy'], electrolyte: ['oxide', 'sulfide'] });
    expect(workFacets([{ review: 'su2023' }, { review: 'su2023' }], [ch, { topic: 'challenge', interfaces: ['anode'] }])).toEqual({
      kind: ['work'], review: ['su2023'], interface: ['anode', 'cathode'], topic: ['challenge', 'strategy'], electrolyte: ['oxide', 'sulfide'],
    });
    expect(sourceFacets({ id: 'wang2022' })).toEqual({ kind: ['source'], review: ['wang2022'] });
    const labels = facetLabels({ topics: { strategy: 'Strategy' }, interfaces: { 'current-collector': 'Current collector' }, electrolytes: {} }, [{ id: 'su2023', name: 'Su et al. (2023)' }]);
    expect(labels.values.interface['current-collector']).toBe('Current collector');
    // A review is offered by its name, filtered by its id.
    expect(labels.values.review).toEqual({ su2023: 'Su et al. (2023)' });
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

describe('excerpts without the indexed synonyms', () => {
  const run = (text: string, mark = false) => ({ text, mark });
  test('a whole synonym block is cut, the page text around it kept', () => {
    expect(withoutTerms([run('Coated ⁅ '), run('LLZO', true), run(', garnet ⁆ pellets of '), run('LLZO', true), run(' cracked.')])).toEqual([
      run('Coated pellets of '),
      run('LLZO', true),
      run(' cracked.'),
    ]);
  });
  test('a block cut off by the excerpt edge is cut to that edge', () => {
    expect(withoutTerms([run('garnet, LLZO ⁆ The pellet')])).toEqual([run(' The pellet')]);
    expect(withoutTerms([run('The pellet ⁅ LLZO, '), run('garnet', true)])).toEqual([run('The pellet ')]);
  });
});
