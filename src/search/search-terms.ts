import type { GlossaryEntry } from '../schema/glossary.ts';

/**
 * What Pagefind cannot do by itself for chemistry (see test/browser/search.test.ts for the proof):
 * it indexes `Li₇La₃Zr₂O₁₂` as the word "li₇la₃zr₂o₁₂" (Unicode subscripts are not folded to
 * digits), so `Li7La3Zr2O12` never finds it; and it knows no abbreviations (LLZO ↔ garnet).
 * This module decides, for a piece of text, which extra search keys it stands for: the ASCII
 * spelling of every subscripted formula, and every name the glossary gives a term it mentions.
 */

const SUBSCRIPT = /[\u2080-\u209C]/u;
/** A run of non-space characters holding at least one subscript: a formula such as Li₃PO₄. */
const SUBSCRIPTED_TOKEN = /[^\s,;:]*[\u2080-\u209C][^\s,;:]*/gu;
const EDGE_PUNCTUATION = /^[([{'"“‘]+|[)\]}'"”’.!?]+$/gu;

/** Folds Unicode sub- and superscripts (and the minus sign) to ASCII: Li₇La₃Zr₂O₁₂ → Li7La3Zr2O12. */
export function asciiFormula(text: string): string {
  return text.normalize('NFKC').replace(/\u2212/gu, '-');
}

/**
 * A word as search compares it: sub- and superscripts folded both ways (LiNbO₃ and LiNbO3, Li⁺
 * and Li+ are one word), accents dropped as Pagefind drops them, lower case, letters and digits
 * only. `LiNbO₃,` → `linbo3`; `Li⁺` → `li`.
 */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The subscripted formulas in a text, each in its ASCII spelling (LiNbO₃ → LiNbO3). */
export function subscriptedFormulas(text: string): string[] {
  if (!SUBSCRIPT.test(text)) return [];
  const found = new Set<string>();
  for (const [token] of text.matchAll(SUBSCRIPTED_TOKEN)) {
    const bare = token.replace(EDGE_PUNCTUATION, '');
    if (!SUBSCRIPT.test(bare)) continue;
    found.add(asciiFormula(bare));
    // An interface or a mixture (Li₇La₃Zr₂O₁₂/LiCoO₂, Li₂S–P₂S₅) is also each of its phases;
    // a fraction inside one formula (Li₃ₓLa₂/₃₋ₓTiO₃) is not split.
    const phases = bare.split(/[/–—]/u);
    if (phases.length > 1 && phases.every((p) => /^\p{Lu}/u.test(p))) {
      for (const p of phases) if (SUBSCRIPT.test(p)) found.add(asciiFormula(p));
    }
  }
  return [...found];
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A glossary entry with the patterns that find it in running text. */
export interface TermMatcher {
  entry: GlossaryEntry;
  /** The keys a passage mentioning this entry should also be found by (ASCII spellings). */
  keys: string[];
  pattern: RegExp;
}

/**
 * One matcher per glossary entry. A name is matched as a whole word. Names with a capital or a
 * digit (LLZO, LiPON, Li6PS5Cl) are matched exactly, so `ALE` does not match "ale"; all-lowercase
 * names (garnet, argyrodite) are matched in any case and in the plural.
 */
export function termMatchers(glossary: readonly GlossaryEntry[]): TermMatcher[] {
  return glossary.map((entry) => {
    const names = [...new Set([entry.term, ...(entry.formula ? [entry.formula] : []), ...entry.aliases].map(asciiFormula))];
    const exact = names.filter((n) => /[\p{Lu}\p{N}]/u.test(n));
    const loose = names.filter((n) => !/[\p{Lu}\p{N}]/u.test(n));
    const alternatives = [
      ...exact.map(escapeRegExp),
      ...loose.map((n) => `(?i:${escapeRegExp(n)})(?:e?s)?`),
    ];
    // Longest first, so `Li6PS5Cl0.3F0.7` wins over `Li6PS5Cl` in an alternation.
    alternatives.sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    return { entry, keys: unique([...names, asciiFormula(entry.expansion)]), pattern };
  });
}

/**
 * The glossary entries a text mentions, matched on its ASCII spelling so that `Li₆PS₅Cl` in a
 * chapter finds the entry whose formula is written `Li6PS5Cl`.
 */
export function mentionedTerms(text: string, matchers: readonly TermMatcher[]): TermMatcher[] {
  const ascii = asciiFormula(text);
  return matchers.filter((m) => m.pattern.test(ascii));
}

/**
 * The extra search keys a text stands for, one group per glossary entry it mentions (the entry's
 * names) and per subscripted formula no entry covers (its ASCII spelling). Entries and formulas
 * already in `seen` are skipped and added to it, so a caller indexing a page section by section
 * lists each once per section.
 */
export function searchKeyGroups(text: string, matchers: readonly TermMatcher[], seen: Set<string> = new Set()): string[][] {
  const groups: string[][] = [];
  const covered = new Set<string>();
  for (const m of mentionedTerms(text, matchers)) {
    for (const k of m.keys) covered.add(foldWord(k));
    if (seen.has(`term:${m.entry.term}`)) continue;
    seen.add(`term:${m.entry.term}`);
    groups.push(m.keys);
  }
  for (const f of subscriptedFormulas(text)) {
    if (seen.has(`formula:${f}`) || covered.has(foldWord(f))) continue;
    seen.add(`formula:${f}`);
    groups.push([f]);
  }
  return groups;
}

/**
 * Distinct names, one per spelling Pagefind would index the same way (it lowercases and drops
 * punctuation): LiPON, LIPON and Lipon are one key, so a section is not credited three times.
 */
export function unique(values: readonly string[]): string[] {
  const byIndexForm = new Map<string, string>();
  for (const v of values.map((x) => x.trim()).filter(Boolean)) {
    const form = v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!byIndexForm.has(form)) byIndexForm.set(form, v);
  }
  return [...byIndexForm.values()];
}
