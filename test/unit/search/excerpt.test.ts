import { describe, expect, test } from 'vitest';
import { excerpt, matchedSections, pageText, type Run } from '../../../src/search/excerpt.ts';
import { markWords, queryTerms } from '../../../src/search/match.ts';
import { termBlocks, wrapTerms } from '../../../src/search/term-markers.ts';
import { familyNames, namesAuthor } from '../../../src/search/ranking.ts';

/** Runs as text with the marks in [brackets]. */
const show = (runs: Run[]) => runs.map((r) => (r.mark ? `[${r.text}]` : r.text)).join('');
/** Where Pagefind would have found words (the indices of the words equal to `word`). */
const at = (words: string[], word: string) => words.flatMap((w, i) => (w === word ? [i] : []));

describe('matching words', () => {
  test('query terms mark the words they begin, in any spelling of sub- and superscripts', () => {
    const words = 'A LiNbO₃-coated cathode, LiNbO₃; then Li⁺ moves; Li2SiO3 and garnets.'.split(' ');
    const marked = (q: string) => words.filter((_, i) => markWords(words, { terms: queryTerms(q), phrases: [] })[i]);
    expect(marked('LiNbO3')).toEqual(['LiNbO₃-coated', 'LiNbO₃;']);
    expect(marked('LiNbO₃')).toEqual(['LiNbO₃-coated', 'LiNbO₃;']);
    expect(marked('Li+')).toEqual(['LiNbO₃-coated', 'LiNbO₃;', 'Li⁺', 'Li2SiO3']);
    expect(marked('garnet')).toEqual(['garnets.']);
  });
  test('a phrase marks the run of words it spells, a plural allowed at its end', () => {
    const words = 'a lithium niobium oxide coating and lithium niobium oxides; lithium alone'.split(' ');
    const marks = markWords(words, { terms: [], phrases: [['lithium', 'niobium', 'oxide']] });
    expect(words.filter((_, i) => marks[i])).toEqual(['lithium', 'niobium', 'oxide', 'lithium', 'niobium', 'oxides;']);
  });
});

describe('the indexed blocks of other names', () => {
  test('one block per term; a block cut off by the end of the text ends there', () => {
    const words = `Coated ${wrapTerms([['LLZO', 'garnet'], ['LNO', 'lithium niobate']])} pellets ⁅ LPS, argyrodite`.split(' ');
    expect(termBlocks(words)).toEqual([
      { start: 1, end: 5, names: ['LLZO', 'garnet'] },
      { start: 5, end: 10, names: ['LNO', 'lithium niobate'] },
      { start: 11, end: 14, names: ['LPS', 'argyrodite'] },
    ]);
  });
});

describe('excerpts', () => {
  const text = (s: string) => pageText(s);
  test('only the page text, centred on the match, marked in the spelling the page uses', () => {
    const filler = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const content = `Heading words. ⁅ LNO, LiNbO3, lithium niobate ⁆ ${filler(30, 'before')} a LiNbO₃ coating on NCM811 ${filler(30, 'after')}`;
    const page = text(content);
    const ex = excerpt(page, { start: 0, end: page.words.length, skip: 2, locations: at(page.words, 'LiNbO3,'), terms: queryTerms('LiNbO3'), length: 9 });
    expect(show(ex.runs)).toBe('… before27 before28 before29 a [LiNbO₃] coating on NCM811 after0 …');
    expect(show(ex.runs)).not.toContain('⁅');
  });
  test('a section found through another name marks the name the page wrote, and reports it for the result page', () => {
    const content = `Pellets ${wrapTerms([['LLZO', 'Li7La3Zr2O12', 'garnet', 'lithium lanthanum zirconium oxide']])} of LLZO cracked, unlike lithium lanthanum zirconium oxide films.`;
    const page = text(content);
    const ex = excerpt(page, { start: 0, end: page.words.length, locations: at(page.words, 'garnet,'), terms: queryTerms('garnet') });
    expect(show(ex.runs)).toBe('Pellets of [LLZO] cracked, unlike [lithium lanthanum zirconium oxide] films.');
    expect(ex.names).toEqual(['LLZO', 'lithium lanthanum zirconium oxide']);
  });
  test('a section range and its heading: only that section, without the heading words', () => {
    const content = 'Intro text about LLZO. Second heading. Here garnet pellets crack. Third heading. LLZO again.';
    const page = text(content);
    const ex = excerpt(page, { start: 4, end: 10, skip: 2, locations: [7], terms: queryTerms('garnet') });
    expect(show(ex.runs)).toBe('Here [garnet] pellets crack.');
  });
  test('a mark covers the words, not the punctuation around them', () => {
    const page = text('Coated (LiNbO₃, lithium niobate), and Li⁺.');
    const ex = excerpt(page, { start: 0, end: 6, locations: [], terms: queryTerms('LiNbO3 lithium niobate Li+') });
    expect(show(ex.runs)).toBe('Coated ([LiNbO₃, lithium niobate]), and [Li⁺].');
  });
  test('with nothing to mark, the start of the section', () => {
    const page = text('One two three four five six');
    expect(show(excerpt(page, { start: 0, end: 6, locations: [], terms: ['zzz'], length: 3 }).runs)).toBe('One two three …');
  });
});

describe('the sections of a page that matched', () => {
  test('the text before the first heading and each heading up to the next, best score first, headings skipped', () => {
    const content = 'Title words. Intro LLZO. First part. Text. Second part here. LLZO LLZO.';
    const d = {
      content,
      meta: { title: 'Title words' },
      anchors: [
        { element: 'h1', id: '_top', text: 'Title words', location: 0 },
        { element: 'h2', id: 'first', text: 'First part', location: 4 },
        { element: 'div', id: 'not-a-heading', location: 6 },
        { element: 'h2', id: 'second', text: 'Second part here', location: 7 },
      ],
      weighted_locations: [{ location: 3, balanced_score: 1 }, { location: 10, balanced_score: 1 }, { location: 11, balanced_score: 1 }],
    };
    expect(matchedSections(d).map(({ anchor, start, end, skip, locations }) => ({ anchor, start, end, skip, locations }))).toEqual([
      { anchor: 'second', start: 7, end: 12, skip: 3, locations: [10, 11] },
      { anchor: '_top', start: 0, end: 4, skip: 2, locations: [3] },
    ]);
  });
});

describe('queries that name an author', () => {
  test('family names from the authors metadata', () => {
    expect(familyNames('X. Han, Y. Gong, K. K. Fu')).toEqual(['Han', 'Gong', 'Fu']);
  });
  test('a capitalised family name of three letters or more, or any family name next to a year', () => {
    const authors = 'X. Han, Y. Li, K. K. Fu';
    expect(namesAuthor('Han garnet', authors)).toBe(true);
    expect(namesAuthor('Han 2017', authors)).toBe(true);
    expect(namesAuthor('Li 2017', authors)).toBe(true);
    expect(namesAuthor('Li metal', authors)).toBe(false);
    expect(namesAuthor('han garnet', authors)).toBe(false);
    expect(namesAuthor('Wang garnet', authors)).toBe(false);
  });
});
