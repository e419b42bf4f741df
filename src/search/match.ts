import { foldWord } from './search-terms.ts';

/**
 * What to mark in a text for a search, as folded words (search-terms.ts foldWord): the query's
 * terms, each marking any word it begins (Pagefind matches a term as a word prefix: `crystal` finds
 * `crystals`), and phrases, each marking a run of words it spells out (other names of a matched
 * glossary term: `calcium carbonate`).
 */
export interface Needles {
  terms: string[];
  phrases: string[][];
}

/** The terms of a query as Pagefind splits it (on spaces), folded. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).map(foldWord).filter(Boolean))];
}

/** A name as a phrase of folded words: `Ca-C-O` → [`caco`], `calcium carbonate` → [`calcium`, `carbonate`]. */
export function phrase(name: string): string[] {
  return name.split(/\s+/u).map(foldWord).filter(Boolean);
}

/**
 * A written word folded, with the parts that count as words of their own: what hyphens, dashes
 * and slashes join (`CaCO₃-coated` is also `CaCO₃`; `SiO₂–TiO₂/CaCO₃` also `CaCO₃`).
 */
export function foldParts(word: string): string[] {
  const whole = foldWord(word);
  const split = word.split(/[-‐‑–—/]/u).map(foldWord).filter(Boolean);
  return split.length > 1 ? [whole, ...split] : [whole];
}

/** Which of `words` (written words, as split on spaces) the needles mark. */
export const markWords = (words: readonly string[], needles: Needles): boolean[] => markFolded(words.map(foldParts), needles);

/** markWords on words already folded with foldParts (to fold a long text once for many needles). */
export function markFolded(folded: readonly string[][], needles: Needles): boolean[] {
  const marked = folded.map(() => false);
  const { terms } = needles;
  const phrases = needles.phrases.filter((p) => p.length);
  folded.forEach((forms, i) => {
    if (!forms[0]) return;
    if (forms.some((f) => terms.some((t) => f.startsWith(t)))) marked[i] = true;
    for (const p of phrases) {
      // A one-word name may be a part of a word (CaCO₃ in CaCO₃-coated); a longer one is whole
      // words, the last of them allowed a plural (calcium carbonates).
      if (p.length === 1) {
        if (forms.some((f) => f === p[0] || f === `${p[0]}s`)) marked[i] = true;
        continue;
      }
      if (i + p.length > folded.length) continue;
      const fits = p.every((w, k) => {
        const f = folded[i + k]![0]!;
        return k === p.length - 1 ? f === w || f === `${w}s` : f === w;
      });
      if (fits) for (let k = 0; k < p.length; k++) marked[i + k] = true;
    }
  });
  return marked;
}

/** A written word split into its edge punctuation and its core (what a mark covers): `(CaCO₃,` → `(`, `CaCO₃`, `,`. */
export function edges(word: string): [string, string, string] {
  const m = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(word)!;
  return m[2] ? [m[1]!, m[2], m[3]!] : ['', word, ''];
}
