/**
 * Text clean-up shared by all styles: the extraction left Markdown emphasis,
 * LaTeX math and Unicode sub/superscripts in the lists.
 *
 * Formulas become plain ASCII digits (`Ca₁₀(PO₄)₆(OH)₂` → `Ca10(PO4)6(OH)2`). That is
 * deliberate: citation-js parses Unicode subscripts but writes them back as
 * plain digits when it formats BibTeX, so plain digits are the only form that
 * survives a parse/format round trip unchanged. Letters with diacritics
 * (Aygün, Leichtweiß) stay UTF-8; citation-js reads them and re-encodes them
 * as TeX accents on output, which BibTeX tools accept.
 */

const SUB: Record<string, string> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
  '₊': '+', '₋': '-', '₌': '=', '₍': '(', '₎': ')', 'ₐ': 'a', 'ₑ': 'e', 'ₒ': 'o', 'ₓ': 'x',
  'ₕ': 'h', 'ₖ': 'k', 'ₗ': 'l', 'ₘ': 'm', 'ₙ': 'n', 'ₚ': 'p', 'ₛ': 's', 'ₜ': 't', 'ᵣ': 'r',
  'ᵢ': 'i', 'ⱼ': 'j', 'ᵤ': 'u', 'ᵥ': 'v', 'ᵧ': 'y',
};
const SUP: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  '⁺': '+', '⁻': '-', '⁼': '=', '⁽': '(', '⁾': ')', 'ⁱ': 'i', 'ⁿ': 'n', 'ᵗ': 't',
};
const SCRIPT_RE = new RegExp(`[${Object.keys(SUB).join('')}${Object.keys(SUP).join('')}]`, 'gu');

/** Unicode sub/superscript characters → plain characters. */
export function plainScripts(s: string): string {
  return s.replace(SCRIPT_RE, (c) => SUB[c] ?? SUP[c] ?? c);
}

/**
 * LaTeX-ish formula markup → plain text: `$\text{Ca}_{10}\text{P}_6$` →
 * `Ca10P6`, and the bare `Fe_{0.2}` / `Ca_3P_2O_8` the extraction left
 * outside math mode.
 */
export function plainTexFormula(s: string): string {
  let out = s.replace(/\$\s+-/g, '$-'); // "$Ca_{10}…$ -based": the space is an extraction artefact
  out = out.replace(/\\(?:text|mathrm|mathit|mathsf|mathbf|textrm)\{([^{}]*)\}/g, '$1');
  out = out.replace(/[_^]\{([^{}]*)\}/g, '$1');
  // `\mathrm{R_{on}A}`: the outer command is plain only once the subscript inside is.
  out = out.replace(/\\(?:text|mathrm|mathit|mathsf|mathbf|textrm)\{([^{}]*)\}/g, '$1');
  out = out.replace(/([A-Za-z)\]])_([0-9A-Za-z])/g, '$1$2');
  out = out.replace(/\$([^$]*)\$/g, '$1');
  return out;
}

/** Markdown emphasis and underline residue (`*Chem Rev.*`, `**2019**`, `<u>`). */
export function stripEmphasis(s: string): string {
  return s.replace(/<\/?u>/g, '').replace(/\*+/g, '');
}

export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Everything a display field needs: no markup, plain formulas, single spaces. */
export function cleanText(s: string): string {
  return collapseSpace(plainScripts(plainTexFormula(stripEmphasis(s))));
}

/**
 * Page ranges: en/em dash or hyphen → BibTeX `--`; article numbers
 * (`e202211626`, `2402324`) stay single. `A60-A63` keeps its letters.
 */
export function normalisePages(s: string): string {
  // `No. e202204776`: ACS prints article numbers with `No.`.
  const t = collapseSpace(s).replace(/\.$/, '').replace(/^No\.\s*/, '');
  const m = /^([A-Za-z]{0,2}\d+(?:\.\d+)*[A-Za-z]?)\s*[-–—‐‑]+\s*([A-Za-z]{0,2}\d+(?:\.\d+)*[A-Za-z]?)$/.exec(t);
  if (m) return `${m[1]}--${m[2]}`;
  return t;
}

/** A 4-digit year in the plausible range, or undefined. */
export function plausibleYear(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const y = Number(s);
  return /^\d{4}$/.test(s) && y >= 1800 && y <= 2100 ? s : undefined;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };
const LIGATURES: Record<string, string> = { FB00: 'ff', FB01: 'fi', FB02: 'fl', FB03: 'ffi', FB04: 'ffl' };
/** Spacing accents that PDF extraction writes after the letter they belong to (`Ko ¨tz`, `Tiffe ´e`). */
const ACCENTS: Record<string, string> = { '¨': '\u0308', '´': '\u0301', '`': '\u0300', 'ˆ': '\u0302', '˜': '\u0303', 'ˇ': '\u030c', '˚': '\u030a', '¸': '\u0327' };

/**
 * Undo what text extraction from a PDF or a web page does to a reference line, before it is read:
 * HTML entities (`&amp;`), ligature glyph names (`/uniFB01`), accents split from their letter
 * (`Ko ¨tz` → `Kötz`), spaces before punctuation (`Nature , 2001 , 414`, `J . Chem . Phys .`),
 * spaced initials (`W . G.`), and an en dash read as `e` (`734 e 749`).
 */
export function repairExtraction(line: string): string {
  return line
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (e) => ENTITIES[e]!)
    .replace(/\s?\/uni(FB0[0-4])\s?/g, (_, c: string) => LIGATURES[c]!)
    // `Nov ´ ak`, `P ´ erez`: an accent standing alone belongs to the letter after it;
    // `Ko ¨tz`, `Tiffe ´e`: one written against the next letter belongs to the letter before it.
    .replace(/\s([¨´`ˆ˜ˇ˚¸])\s(\p{L})/gu, (_, a: string, l: string) => `${l}${ACCENTS[a]}`.normalize('NFC'))
    .replace(/(\p{L})\s?([¨´`ˆ˜ˇ˚¸])(?=\p{L})/gu, (_, l: string, a: string) => `${l}${ACCENTS[a]}`.normalize('NFC'))
    .replace(/(\S)\s+([,;:])(?=\s|$)/g, '$1$2')
    .replace(/([\p{L}\d])\s+\.(?=\s|$|,)/gu, '$1.')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/(\d)\s+e\s+(\d)/g, '$1–$2')
    // `Elers K- E`, `Y.- C. Chiu`: a hyphen between initials that a line break spaced out.
    .replace(/\b(\p{Lu}\.?)-\s(\p{Lu})\b/gu, '$1-$2');
}
