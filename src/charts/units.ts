/**
 * Units as printed in tables ("mA cm⁻²", "Ω cm²", "S cm⁻¹", "µm", "°C"): parsed into a factor
 * and a dimension, so a value can be normalised to the unit a chart draws in. Only units a
 * reader of a materials paper meets are known; anything else is not a unit, and the number
 * before it is read as a bare number.
 */

/** Exponents of the SI base units, plus °C and % (kept apart: they do not convert to K or 1). */
const BASES = ['m', 'kg', 's', 'A', 'K', 'mol', '°C', '%'] as const;
type Dimension = readonly number[];

interface Symbol {
  /** SI factor of one of this unit. */
  factor: number;
  dims: Partial<Record<(typeof BASES)[number], number>>;
  /** Whether SI prefixes apply (k, M, m, µ, n …). */
  prefixed: boolean;
}

const E = 1.602176634e-19; // J per eV

const SYMBOLS: Record<string, Symbol> = {
  m: { factor: 1, dims: { m: 1 }, prefixed: true },
  Å: { factor: 1e-10, dims: { m: 1 }, prefixed: false },
  g: { factor: 1e-3, dims: { kg: 1 }, prefixed: true },
  s: { factor: 1, dims: { s: 1 }, prefixed: true },
  min: { factor: 60, dims: { s: 1 }, prefixed: false },
  h: { factor: 3600, dims: { s: 1 }, prefixed: false },
  A: { factor: 1, dims: { A: 1 }, prefixed: true },
  Ah: { factor: 3600, dims: { A: 1, s: 1 }, prefixed: true },
  V: { factor: 1, dims: { kg: 1, m: 2, s: -3, A: -1 }, prefixed: true },
  Ω: { factor: 1, dims: { kg: 1, m: 2, s: -3, A: -2 }, prefixed: true },
  S: { factor: 1, dims: { kg: -1, m: -2, s: 3, A: 2 }, prefixed: true },
  Pa: { factor: 1, dims: { kg: 1, m: -1, s: -2 }, prefixed: true },
  bar: { factor: 1e5, dims: { kg: 1, m: -1, s: -2 }, prefixed: true },
  J: { factor: 1, dims: { kg: 1, m: 2, s: -2 }, prefixed: true },
  W: { factor: 1, dims: { kg: 1, m: 2, s: -3 }, prefixed: true },
  Wh: { factor: 3600, dims: { kg: 1, m: 2, s: -2 }, prefixed: true },
  eV: { factor: E, dims: { kg: 1, m: 2, s: -2 }, prefixed: true },
  L: { factor: 1e-3, dims: { m: 3 }, prefixed: true },
  K: { factor: 1, dims: { K: 1 }, prefixed: false },
  mol: { factor: 1, dims: { mol: 1 }, prefixed: true },
  '°C': { factor: 1, dims: { '°C': 1 }, prefixed: false },
  '%': { factor: 1, dims: { '%': 1 }, prefixed: false },
};

/** Spellings of the same symbol. */
const ALIASES: Record<string, string> = { ohm: 'Ω', Ohm: 'Ω', Ohms: 'Ω', ohms: 'Ω', 'Ω': 'Ω', '℃': '°C' };

const PREFIXES: Record<string, number> = { G: 1e9, M: 1e6, k: 1e3, c: 1e-2, m: 1e-3, µ: 1e-6, μ: 1e-6, u: 1e-6, n: 1e-9, p: 1e-12 };

const SUPERSCRIPTS: Record<string, string> = { '⁻': '-', '⁺': '+', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** `⁻²` → -2, `²` → 2; undefined when the text is not a superscript integer. */
export function superscriptInteger(text: string): number | undefined {
  if (!text || ![...text].every((c) => c in SUPERSCRIPTS)) return undefined;
  const n = Number([...text].map((c) => SUPERSCRIPTS[c]).join(''));
  return Number.isInteger(n) ? n : undefined;
}

export interface Unit {
  /** As printed, e.g. `mA cm⁻²`. */
  text: string;
  /** SI factor: a value in this unit times `factor` is the value in SI base units. */
  factor: number;
  dims: Dimension;
  /** The unit symbols it is made of (`Ω`, `m`), for telling a near miss from another quantity. */
  symbols: string[];
  /** For a unit that is one prefixable symbol (nm, MPa): the symbol and the prefix's factor, so ticks can change prefix (100 nm, 1 µm). */
  simple?: { symbol: string; prefix: number };
}

// One factor of a unit: a symbol with an optional prefix, then an optional exponent.
const TOKEN = /^([^\s\d⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹^·/*]+)(?:([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^([+-]?\d+))?$/u;

function factorOf(token: string): { factor: number; dims: number[]; symbol: string; prefix: number; exp: number } | undefined {
  const m = TOKEN.exec(token);
  if (!m) return undefined;
  const name = m[1]!;
  const exp = m[2] ? superscriptInteger(m[2])! : m[3] ? Number(m[3]) : 1;
  const resolve = (s: string) => SYMBOLS[ALIASES[s] ?? s] && (ALIASES[s] ?? s);
  let symbol = resolve(name);
  let prefix = 1;
  if (!symbol) {
    // A prefix is one character (µ and μ included); the rest must be a symbol that takes one.
    const [p, ...rest] = [...name];
    const base = resolve(rest.join(''));
    if (p === undefined || !(p in PREFIXES) || !base || !SYMBOLS[base]!.prefixed) return undefined;
    symbol = base;
    prefix = PREFIXES[p]!;
  }
  const s = SYMBOLS[symbol]!;
  if (exp !== 1 && (symbol === '°C' || symbol === '%')) return undefined;
  return {
    factor: (prefix * s.factor) ** exp,
    dims: BASES.map((b) => (s.dims[b] ?? 0) * exp),
    symbol,
    prefix,
    exp,
  };
}

/**
 * Parses a whole unit string (`mA cm⁻²`, `S/cm`, `Ω·cm²`); undefined if any part of it is not a
 * known unit. Factors are separated by spaces, `·` or `/` (everything after `/` divides).
 */
export function parseUnit(text: string): Unit | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  let factor = 1;
  const dims = BASES.map(() => 0);
  const symbols: string[] = [];
  let sign = 1;
  let only: { symbol: string; prefix: number; exp: number } | undefined;
  for (const piece of trimmed.split(/(\/)|[\s·*]+/u)) {
    if (piece === undefined || piece === '') continue;
    if (piece === '/') {
      if (sign === -1) return undefined; // a/b/c is ambiguous
      sign = -1;
      continue;
    }
    const f = factorOf(piece);
    if (!f) return undefined;
    factor *= f.factor ** sign;
    f.dims.forEach((d, i) => (dims[i]! += d * sign));
    symbols.push(f.symbol);
    only = sign === 1 ? f : undefined;
  }
  if (symbols.length === 0) return undefined;
  const simple = symbols.length === 1 && only && only.exp === 1 && SYMBOLS[only.symbol]!.prefixed ? { symbol: only.symbol, prefix: only.prefix } : undefined;
  return { text: trimmed, factor, dims, symbols, ...(simple ? { simple } : {}) };
}

/**
 * The longest prefix of `text` that is a unit, as a reader would take it after a number:
 * `mA cm⁻², against …` → `mA cm⁻²`. Returns the unit and how many characters it spans.
 */
export function unitAtStart(text: string): { unit: Unit; length: number } | undefined {
  let pos = 0;
  let best: { unit: Unit; length: number } | undefined;
  const parts: string[] = [];
  for (;;) {
    // Factors are separated by one space (or a no-break space, or ·).
    const gap = parts.length ? /^[ \u00a0\u202f·]/u.exec(text.slice(pos))?.[0] : '';
    if (gap === undefined) break;
    const start = pos + gap.length;
    const m = /^[^\s,;:()[\]"'’“”]+/u.exec(text.slice(start));
    if (!m) break;
    // A trailing full stop ends the sentence, not the unit.
    const token = m[0].replace(/\.$/, '');
    parts.push(token);
    const unit = parseUnit(parts.join(' '));
    if (!unit) break;
    pos = start + token.length;
    best = { unit, length: pos };
  }
  return best;
}

export const sameDimension = (a: Unit, b: Unit): boolean => a.dims.every((d, i) => d === b.dims[i]);

/** `value` in unit `from`, expressed in unit `to` (which must have the same dimension). */
export const convert = (value: number, from: Unit, to: Unit): number => (value * from.factor) / to.factor;
