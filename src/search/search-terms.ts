import type { GlossaryEntry } from '../schema/glossary.ts';

/**
 * What Pagefind cannot do by itself for formulas and abbreviations (see test/browser/search.test.ts for the proof):
 * it indexes `Ca₁₀(PO₄)₆(OH)₂` as the word "ca₁₀(po₄)₆(oh)₂" (Unicode subscripts are not folded to
 * digits), so `Ca10(PO4)6(OH)2` never finds it; and it knows no abbreviations (HAp ↔ hydroxyapatite).
 * This module decides, for a piece of text, which extra search keys it stands for: the ASCII
 * spelling of every subscripted formula, and every name the glossary gives a term it mentions.
 */

const SUBSCRIPT = /[\u2080-\u209C]/u;
/** A run of non-space characters holding at least one subscript: a formula such as Ca₃(PO₄)₂. */
const SUBSCRIPTED_TOKEN = /[^\s,;:]*[\u2080-\u209C][^\s,;:]*/gu;
const EDGE_PUNCTUATION = /^[([{'"“‘]+|[)\]}'"”’.!?]+$/gu;

/** Folds Unicode sub- and superscripts (and the minus sign) to ASCII: Ca₃(PO₄)₂ → Ca3(PO4)2. */
export function asciiFormula(text: string): string {
  return text.normalize('NFKC').replace(/\u2212/gu, '-');
}

/**
 * A word as search compares it: sub- and superscripts folded both ways (CaCO₃ and CaCO3, H⁺
 * and H+ are one word), accents dropped as Pagefind drops them, lower case, letters and digits
 * only. `CaCO₃,` → `caco3`; `H⁺` → `h`.
 */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The subscripted formulas in a text, each in its ASCII spelling (CaCO₃ → CaCO3). */
export function subscriptedFormulas(text: string): string[] {
  if (!SUBSCRIPT.test(text)) return [];
  const found = new Set<string>();
  for (const [token] of text.matchAll(SUBSCRIPTED_TOKEN)) {
    const bare = token.replace(EDGE_PUNCTUATION, '');
    if (!SUBSCRIPT.test(bare)) continue;
    found.add(asciiFormula(bare));
    // An interface or a mixture (SiO₂/TiO₂, CaO–SiO₂) is also each of its phases;
    // a fraction inside one formula (Sr₁₋ₓCa₂/₃TiO₃) is not split.
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
 * digit (HAp, PMMA, Ca3(PO4)2) are matched exactly, so `ALE` does not match "ale"; all-lowercase
 * names (hydroxyapatite, calcite) are matched in any case and in the plural.
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
    // Longest first, so `Ca3(PO4)2F0.7` wins over `Ca3(PO4)2` in an alternation.
    alternatives.sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    return { entry, keys: unique([...names, asciiFormula(entry.expansion)]), pattern };
  });
}

/**
 * The glossary entries a text mentions, matched on its ASCII spelling so that `Ca₃(PO₄)₂` in a
 * chapter finds the entry whose formula is written `Ca3(PO4)2`.
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
 * punctuation): PMMA, Pmma and pmma are one key, so a section is not credited three times.
 */
export function unique(values: readonly string[]): string[] {
  const byIndexForm = new Map<string, string>();
  for (const v of values.map((x) => x.trim()).filter(Boolean)) {
    const form = v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!byIndexForm.has(form)) byIndexForm.set(form, v);
  }
  return [...byIndexForm.values()];
}
