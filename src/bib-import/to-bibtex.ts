/**
 * BibTeX writer. Values are plain text in, BibTeX out:
 * - LaTeX specials are escaped with commands citation-js decodes back to the
 *   same character (`\&`, `\%`, `\textasciitilde{}`, …), checked in the tests;
 * - title words whose capitals matter (formulas `CaCO3`, acronyms `NASA`,
 *   symbols `Fe`) are braced so styles that change case leave them be;
 * - `doi` and `url` are verbatim fields and written as they are;
 * - names are `Family, Given`, a corporate name is braced whole, `et al.` is
 *   `and others` (the BibTeX convention).
 * Output is deterministic (fixed field order, `\n` line ends) so a re-import
 * reproduces the committed file byte for byte.
 */
import type { Fields, ImportedEntry, Person } from './types.ts';
import { formatProvenance, printedOnlyAnnote } from '../citations/provenance.ts';

const FIELD_ORDER: (keyof Fields)[] = [
  'title', 'journal', 'booktitle', 'publisher', 'address', 'school', 'howpublished',
  'year', 'volume', 'number', 'pages', 'doi', 'url', 'note',
];
const VERBATIM = new Set<keyof Fields>(['doi', 'url']);

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function escapeLatex(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) => SPECIALS[c]!);
}

/** Does this word's capitalisation carry meaning (so a style must not change it)? */
function needsProtection(word: string, first: boolean): boolean {
  const letters = word.replace(/^[^\p{L}\d]+/u, '');
  if (!/\p{Lu}/u.test(letters)) return false;
  if (/\p{Lu}/u.test(letters.slice(1))) return true; // CaCO3, NASA, Fe-Ni
  if (/\d/.test(letters)) return true; // H2O, S8
  return !first; // a capitalised word mid-title is a name or a symbol (Fe, Raman)
}

/** Escape a title and brace the words whose case matters. */
export function protectTitle(title: string): string {
  return title
    .split(' ')
    .map((w, i) => {
      const e = escapeLatex(w);
      return needsProtection(w, i === 0) ? `{${e}}` : e;
    })
    .join(' ');
}

export function formatPerson(p: Person): string {
  if (p.literal) return `{${escapeLatex(p.family)}}`;
  const family = escapeLatex(p.family);
  const parts = [family];
  if (p.suffix) parts.push(escapeLatex(p.suffix));
  if (p.given) parts.push(escapeLatex(p.given));
  return parts.join(', ');
}

export function formatAuthors(persons: Person[], etAl: boolean): string {
  return [...persons.map(formatPerson), ...(etAl ? ['others'] : [])].join(' and ');
}

function checkVerbatim(name: string, v: string): string {
  // Verbatim fields cannot hold unbalanced braces; no DOI/URL in the lists has any.
  if (/[{}]/.test(v)) throw new Error(`${name} "${v}" contains a brace`);
  return v;
}

export function formatEntry(e: ImportedEntry): string {
  const lines: string[] = [`@${e.ref.type}{${e.key},`];
  if (e.printed !== undefined) {
    // Nothing could be read: the text as printed, and no field filled with a wrong part.
    lines.push(`  note = {As printed: ${escapeLatex(e.printed)}},`, `  annote = {${printedOnlyAnnote()}},`, '}');
    return lines.join('\n');
  }
  if (e.ref.authors.length || e.ref.etAl) lines.push(`  author = {${formatAuthors(e.ref.authors, e.ref.etAl)}},`);
  for (const k of FIELD_ORDER) {
    const v = e.ref.fields[k];
    if (v === undefined || v === '') continue;
    const value = VERBATIM.has(k) ? checkVerbatim(k, v) : k === 'title' || k === 'booktitle' ? protectTitle(v) : escapeLatex(v);
    lines.push(`  ${k} = {${value}},`);
  }
  if (e.how && Object.keys(e.how).length) lines.push(`  annote = {${formatProvenance(e.how)}},`);
  lines.push('}');
  return lines.join('\n');
}

export function formatBibliography(entries: ImportedEntry[], header: string[]): string {
  const head = header.map((h) => `% ${h}`).join('\n');
  return `${head}\n\n${entries.map(formatEntry).join('\n\n')}\n`;
}
