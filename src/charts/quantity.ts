import { convert, superscriptInteger, unitAtStart, type Unit } from './units.ts';

/**
 * Reads the quantities printed in a table cell, the way a reader would: "about 0.5 to 1.0 mA
 * cm⁻²" is a range, "up to 1.0 mA cm⁻²" an upper bound, "1710 → 1 Ω cm²" a change, "10, 15, 20
 * and 25 MPa" a list, "3.0 × 10⁻⁷ (RT)" a value with what qualifies it. It knows numbers,
 * units and the words that bound or approximate them, nothing about what is measured.
 */

export interface Quantity {
  /** The number as printed, in its own unit. */
  value: number;
  /** The other end of a range (`5–6 nm`), in the same unit as `value`. */
  to?: number;
  /** Undefined when printed without a unit (a table may give it in the column heading). */
  unit?: Unit;
  /** `about`, `≈`, `~`. */
  approx: boolean;
  /** `up to`, `below`, `≤`, `or less` (upper); `above`, `over`, `≥`, `or more` (lower). */
  bound?: 'upper' | 'lower';
  /** `± u`, in the same unit. */
  uncertainty?: number;
}

export type Shape = 'value' | 'range' | 'change' | 'list';

export interface Reading {
  /** value: one quantity; range: one quantity with `to`; change: before → after; list: several. */
  shape: Shape;
  parts: Quantity[];
  /** The text of the reading as printed, qualifiers and unit included. */
  printed: string;
  start: number;
  end: number;
  /** Words before it in its clause ("lateral", "interfacial resistance"). */
  context: string;
  /** Words after it in its clause ("ablated per pulse"). */
  following: string;
  /** The part of the text it is in, between semicolons ("voxels of 650 nm, 2.5 μm (lab)"). */
  sentence: string;
  /** What qualifies it, when printed right after it in parentheses or after "at": `RT`, `200 °C`. */
  condition?: string;
}

const SUB_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const SUPER = '⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹';

// Words that make a number a label, not a quantity: "ref. 72", "Table 3", "Fig. 4", "§4.1".
const LABEL_BEFORE = /(?:\b(?:refs?\.?|references?|Tables?|Figs?\.?|Figures?|Sections?|Eqs?\.?|No\.|entry|entries)|§)\s*$/i;
const APPROX_BEFORE = /(?:\b(?:about|approximately|approx\.|around|roughly|nearly|near|circa|ca\.|(?:of|on) the order of|some)|[≈~∼])\s*$/i;
const UPPER_BEFORE = /(?:\b(?:up to|below|under|less than|lower than|smaller than|at most|no more than|not more than|within)|[≤<⩽])\s*$/i;
const LOWER_BEFORE = /(?:\b(?:above|over|more than|greater than|higher than|larger than|at least|exceeding|beyond|in excess of)|[≥>⩾])\s*$/i;
const BETWEEN_BEFORE = /\b(?:between|from)\s*$/i;
const UPPER_AFTER = /^\s*(?:or (?:less|lower|below|smaller|fewer)\b|upper bound\b|at most\b|maximum\b)/i;
const LOWER_AFTER = /^\s*(?:or (?:more|higher|above|greater|larger)\b|lower bound\b|at least\b|minimum\b)/i;

/** Whether the character at `k` ends a clause (a reading's context is taken from its clause). */
function isClauseEnd(text: string, k: number): boolean {
  const c = text[k]!;
  if (';:()[]—→,'.includes(c)) return true;
  if (c === '.') return /\s/.test(text[k + 1] ?? ' ');
  return (c === '–' || c === '-') && text[k - 1] === ' ' && text[k + 1] === ' ';
}

interface Num {
  value: number;
  uncertainty?: number;
  start: number;
  end: number;
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigitLike = (c: string | undefined) => c !== undefined && (/\d/.test(c) || SUB_DIGITS.includes(c) || SUPER.includes(c));

/** `10⁻⁷`, `10^-7`: the exponent of a power of ten printed at `i` (after the 10), and its end. */
function powerAt(text: string, i: number): { exp: number; end: number } | undefined {
  const sup = new RegExp(`^[${SUPER}]+`, 'u').exec(text.slice(i));
  if (sup) {
    const exp = superscriptInteger(sup[0]);
    return exp === undefined ? undefined : { exp, end: i + sup[0].length };
  }
  const caret = /^\^\s*([+-−]?\d+)/.exec(text.slice(i));
  return caret ? { exp: Number(caret[1]!.replace('−', '-')), end: i + caret[0].length } : undefined;
}

/** A plain number at exactly `i`: sign, digits (thin-space thousands), decimals. */
function plainAt(text: string, i: number): { value: number; end: number } | undefined {
  const m = /^[-−]?(?:\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+)(?:\.\d+)?/.exec(text.slice(i));
  if (!m) return undefined;
  return { value: Number(m[0].replace(/[\u00a0\u202f\u2009 ]/g, '').replace('−', '-')), end: i + m[0].length };
}

/** A number at `i` with its optional `± u` and `× 10ⁿ` (or a bare `10ⁿ`); undefined if none. */
function numberAt(text: string, i: number): Num | undefined {
  // A bare power of ten: 10⁻⁶.
  if (text.startsWith('10', i)) {
    const p = powerAt(text, i + 2);
    if (p) return { value: 10 ** p.exp, start: i, end: p.end };
  }
  const plain = plainAt(text, i);
  if (!plain) return undefined;
  let end = plain.end;
  let value = plain.value;
  let uncertainty: number | undefined;
  const pm = /^\s*±\s*/.exec(text.slice(end));
  if (pm) {
    const u = plainAt(text, end + pm[0].length);
    if (u) {
      uncertainty = u.value;
      end = u.end;
    }
  }
  const times = /^\s*[×x]\s*10/.exec(text.slice(end));
  if (times) {
    const p = powerAt(text, end + times[0].length);
    if (p) {
      value *= 10 ** p.exp;
      if (uncertainty !== undefined) uncertainty *= 10 ** p.exp;
      end = p.end;
    }
  }
  // Float noise from the power of ten: 3.0 × 10⁻⁷ stays 3e-7.
  const clean = (v: number) => Number(v.toPrecision(12));
  return { value: clean(value), ...(uncertainty !== undefined ? { uncertainty: clean(uncertainty) } : {}), start: i, end };
}

/**
 * Whether a number may start at `i`: not glued to a word or a formula (`H2O2`, `su2023`,
 * `Fe₂`, `3D`), not part of a ratio (`1:4`) or a product (`1 × 1 cm²`).
 */
function startsQuantity(text: string, i: number): boolean {
  let prev = text[i - 1];
  if (text[i] === '-' || text[i] === '−') {
    if (!/\d/.test(text[i + 1] ?? '')) return false;
    prev = text[i - 1];
    if (prev !== undefined && !/[\s(]/.test(prev)) return false;
  } else if (prev !== undefined && (isLetter(prev) || isDigitLike(prev) || /[._/@:·^'’]/.test(prev))) {
    return false;
  }
  // The second factor of a product (1 × 1 cm²) is not a quantity of its own.
  return !/(?:×|\sx)\s*$/.test(text.slice(Math.max(0, i - 3), i));
}

/** Whether the text right after a number makes it not a quantity (`70LPS`, `3D`, `1:4`, `50th`). */
function gluedAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return false;
  if (isLetter(next)) return !unitAtStart(text.slice(end));
  if (/[:/]/.test(next) && /\d/.test(text[end + 1] ?? '')) return true;
  if (SUB_DIGITS.includes(next)) return true;
  // 1 × 1 cm²: a product of two numbers, not a quantity.
  return /^\s*[×x]\s*\d/.test(text.slice(end)) && !/^\s*[×x]\s*10[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹^]/.test(text.slice(end));
}

/** Qualifiers printed just before `i`: how far back they reach and what they say. */
function qualifiersBefore(text: string, i: number, floor: number): { start: number; approx: boolean; bound?: 'upper' | 'lower' } {
  let start = i;
  let approx = false;
  let bound: 'upper' | 'lower' | undefined;
  for (;;) {
    const before = text.slice(floor, start);
    const a = APPROX_BEFORE.exec(before);
    const u = UPPER_BEFORE.exec(before);
    const l = LOWER_BEFORE.exec(before);
    const hit = a ?? u ?? l;
    if (!hit) break;
    if (a) approx = true;
    else bound ??= u ? 'upper' : 'lower';
    start = floor + hit.index;
  }
  return { start, approx, ...(bound ? { bound } : {}) };
}

/** A quantity at `i`: qualifiers were read by the caller; number, unit (optional). */
function quantityAt(text: string, i: number, qual: { approx: boolean; bound?: 'upper' | 'lower' }): { q: Quantity; end: number } | undefined {
  if (!startsQuantity(text, i)) return undefined;
  const n = numberAt(text, i);
  if (!n || gluedAfter(text, n.end)) return undefined;
  // The unit: right after the number (5nm, 90%) or after one space.
  const gap = /^[ \u00a0\u202f]?/u.exec(text.slice(n.end))![0];
  const u = unitAtStart(text.slice(n.end + gap.length));
  const q: Quantity = { value: n.value, approx: qual.approx, ...(qual.bound ? { bound: qual.bound } : {}), ...(n.uncertainty !== undefined ? { uncertainty: n.uncertainty } : {}) };
  if (u) q.unit = u.unit;
  return { q, end: u ? n.end + gap.length + u.length : n.end };
}

/** Qualifiers printed after a separator, read forwards (`→ up to 90 mAh g⁻¹`). */
function qualifiersAfter(text: string, i: number): { at: number; approx: boolean; bound?: 'upper' | 'lower' } {
  let at = i + /^\s*/.exec(text.slice(i))![0].length;
  let approx = false;
  let bound: 'upper' | 'lower' | undefined;
  for (;;) {
    const m = /^(?:(about|approximately|around|roughly|nearly|near|≈|~)|(up to|below|under|less than|at most|≤|<)|(above|over|more than|at least|≥|>))\s*/i.exec(text.slice(at));
    if (!m) break;
    if (m[1]) approx = true;
    else bound ??= m[2] ? 'upper' : 'lower';
    at += m[0].length;
  }
  return { at, approx, ...(bound ? { bound } : {}) };
}

const sameDims = (a?: Unit, b?: Unit) => !a || !b || a.dims.every((d, k) => d === b.dims[k]);

/** One printed item at `i`: a quantity, or a range of two (`5–6 nm`, `1 nm to 150 µm`). */
function itemAt(text: string, i: number, qual: { approx: boolean; bound?: 'upper' | 'lower' }, between: boolean): { q: Quantity; end: number } | undefined {
  const first = quantityAt(text, i, qual);
  if (!first) return undefined;
  // "and" joins a range only after "between" (between 5 and 10 nm); otherwise it lists.
  const sep = /^(?:\s+to\b|\s*[–—]\s*|-(?=\d)|\s+and\b(?=\s*[-−]?\d))/.exec(text.slice(first.end));
  if (!sep || (/and/.test(sep[0]) && !between)) return first;
  const after = qualifiersAfter(text, first.end + sep[0].length);
  const second = quantityAt(text, after.at, after);
  if (!second || !sameDims(first.q.unit, second.q.unit)) return first;
  const a = first.q;
  const b = second.q;
  // The range is kept in the first end's unit (1 nm to 150 µm → 1 to 150 000 nm).
  const to = a.unit && b.unit ? convert(b.value, b.unit, a.unit) : b.value;
  const unit = a.unit ?? b.unit;
  const bound = a.bound ?? b.bound;
  return { q: { value: a.value, to: Number(to.toPrecision(12)), ...(unit ? { unit } : {}), approx: a.approx || b.approx, ...(bound ? { bound } : {}) }, end: second.end };
}

/** The next item after a separator ending at `i` (`→`, `,`, `and`), with its own qualifiers. */
function nextItem(text: string, i: number): { q: Quantity; end: number } | undefined {
  const qual = qualifiersAfter(text, i);
  return itemAt(text, qual.at, qual, false);
}

/** Gives every part without a unit the unit printed last (`5–6 nm`, `10, 15 and 25 MPa`). */
function shareUnit(parts: Quantity[]): Quantity[] {
  const last = [...parts].reverse().find((p) => p.unit)?.unit;
  return last ? parts.map((p) => (p.unit ? p : { ...p, unit: last })) : parts;
}

/** Every quantity printed in `text`, in order. */
export function readQuantities(text: string): Reading[] {
  const out: Reading[] = [];
  let floor = 0;
  const starts = /[-−]?\d/g;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const i = m.index;
    if (i < floor) continue;
    if (!startsQuantity(text, i)) continue;
    // A label (ref. 72, Table 3) or a list of them (refs 72, 74): skip it whole.
    if (LABEL_BEFORE.test(text.slice(floor, i))) {
      const list = /^[\d\s,–-]*(?:and\s+\d+)?/.exec(text.slice(i))![0];
      starts.lastIndex = i + Math.max(1, list.length);
      continue;
    }
    const qual = qualifiersBefore(text, i, floor);
    const first = itemAt(text, i, qual, BETWEEN_BEFORE.test(text.slice(floor, qual.start)));
    if (!first) {
      // Skip the whole glued token (H2O2, 70Fe, 1 × 1) so its digits are not read one by one.
      starts.lastIndex = i + (/^[-−]?[\d.]+(?:\s*[×x]\s*[\d.]+)*[^\s,;]*/.exec(text.slice(i))?.[0].length ?? 1);
      continue;
    }
    let parts: Quantity[] = [first.q];
    let end = first.end;
    let shape: Shape = first.q.to === undefined ? 'value' : 'range';
    const rest = (k: number) => text.slice(k);

    const change = /^\s*→/.exec(rest(end));
    const next = change ? nextItem(text, end + change[0].length) : undefined;
    if (next && sameDims(first.q.unit, next.q.unit)) {
      shape = 'change';
      parts = [first.q, next.q];
      end = next.end;
    } else {
      // A list: "10, 15, 20 and 25 MPa", "1 or 2 nm", "7 nm and 3 nm", "6 nm, 10–20 nm and 16–24 nm".
      for (;;) {
        const sep = /^(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/.exec(rest(end));
        const item = sep && nextItem(text, end + sep[0].length);
        if (!item) break;
        const last = parts.at(-1)!;
        // Without a unit so far the list waits for one; with one, the next must match it.
        if (last.unit && !(item.q.unit && sameDims(last.unit, item.q.unit))) break;
        parts.push(item.q);
        end = item.end;
        // "5, 10 and 100 nm": the unit closes the list.
        if (item.q.unit && !last.unit) break;
      }
      if (parts.length > 1) shape = 'list';
    }
    parts = shareUnit(parts);

    // Bounds printed after the value: "40 µm or less", "100 nm upper bound".
    const after = UPPER_AFTER.exec(rest(end)) ?? LOWER_AFTER.exec(rest(end));
    if (after) {
      const bound = UPPER_AFTER.test(after[0]) ? 'upper' : 'lower';
      parts = parts.map((p) => ({ ...p, bound: p.bound ?? bound }));
      end += after[0].length;
    }

    const start = qual.start;
    const cond = /^\s*\(([^()]*)\)/.exec(rest(end)) ?? /^\s+at\s+((?:RT|room temperature)\b|[-−]?[\d.]+\s*°C)/i.exec(rest(end));
    out.push({
      shape,
      parts,
      printed: text.slice(start, end),
      start,
      end,
      context: text.slice(lastClauseEnd(text, floor, start), start).trim(),
      following: clauseAfter(text, end).trim(),
      sentence: text.slice(text.lastIndexOf(';', start) + 1, text.includes(';', end) ? text.indexOf(';', end) : text.length).trim(),
      ...(cond ? { condition: cond[1]!.trim() } : {}),
    });
    floor = end;
    starts.lastIndex = end;
  }
  return out;
}

/** Where the clause holding offset `i` begins (after `;`, `(`, `,`, `—` …), not before `floor`. */
function lastClauseEnd(text: string, floor: number, i: number): number {
  for (let k = i - 1; k >= floor; k--) if (isClauseEnd(text, k)) return k + 1;
  return floor;
}

/** The rest of the clause after offset `i`. */
function clauseAfter(text: string, i: number): string {
  let k = i;
  while (k < text.length && !isClauseEnd(text, k)) k++;
  return text.slice(i, k);
}
