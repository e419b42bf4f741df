/**
 * Text in a build-time SVG: no browser measures it, so widths are estimated from the number of
 * characters (conservatively, so labels wrap before they would overflow), and long text is
 * wrapped into lines.
 */

/** Average advance of a character of the site's sans-serif, in ems (a little wide, to be safe). */
const EM_PER_CHAR = 0.56;
/** Sub- and superscript digits and letters are narrower. */
const SMALL = /[₀-₉ₐ-ₜ⁰-⁹⁻⁺ᵃ-ᶻ]/u;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += SMALL.test(c) ? 0.36 : c === ' ' ? 0.3 : /[A-ZÅ–—→]/u.test(c) ? 0.66 : EM_PER_CHAR;
  return em * fontSize;
}

/** Greedy word wrap into lines no wider than `width`; a word wider than a line is cut. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize) > width) {
      // Cut the over-long word where it stops fitting.
      let k = line.length - 1;
      while (k > 1 && textWidth(line.slice(0, k), fontSize) > width) k--;
      lines.push(line.slice(0, k));
      line = line.slice(k);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const SUPER: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A tick value as a reader writes it: `0.5`, `1 000`, or `10⁻⁸` far from 1. */
export function formatNumber(v: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)) + 1e-9);
  if (exp < -3 || exp > 5) {
    const mantissa = Number((v / 10 ** exp).toPrecision(3));
    const power = `10${String(exp).replace(/[-\d]/g, (c) => SUPER[c]!)}`;
    return mantissa === 1 ? power : `${mantissa} × ${power}`;
  }
  const s = String(Number(v.toPrecision(6)));
  const [int, frac] = s.split('.');
  // Thousands with a thin space, as the tables print 10 000.
  const grouped = int!.length > 4 ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009') : int!;
  return frac ? `${grouped}.${frac}` : grouped;
}

const PREFIXES: [number, string][] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

/**
 * A tick on an axis in a simple unit (one prefixable symbol: nm, MPa) as a reader labels a
 * many-decade axis: `100 nm`, `1 µm`, `1 mm`, with the prefix chosen per tick.
 */
export function formatWithPrefix(value: number, unit: { prefix: number; symbol: string }): string {
  const si = value * unit.prefix;
  const [p, name] = PREFIXES.find(([f]) => Math.abs(si) >= f * (1 - 1e-9)) ?? PREFIXES.at(-1)!;
  return `${formatNumber(Number((si / p).toPrecision(6)))} ${name}${unit.symbol}`;
}
