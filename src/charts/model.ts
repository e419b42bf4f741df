import { cellCites, cellDoubt, cellText, type Cell, type DataTable } from '../schema/data-table.ts';
import type { AxisDefinition, ChartDefinition } from '../schema/chart.ts';
import { readQuantities, type Reading, type Shape } from './quantity.ts';
import { convert, parseUnit, sameDimension, type Unit } from './units.ts';

/**
 * What a chart draws, read from its table: for each row the values printed in the chart's
 * column(s), normalised to the axis unit, with their printed text and citation; the values it
 * cannot draw, with why. No geometry here (src/charts/svg.ts draws it).
 */

/** One end or point on an axis, in the axis unit. */
export interface Point {
  value: number;
  /** The other end of a printed range. */
  to?: number;
  bound?: 'upper' | 'lower';
  approx: boolean;
  uncertainty?: number;
}

/** One printed value on one axis: a value, range, change (before → after) or list. */
export interface Measure {
  shape: Shape;
  points: Point[];
  /** As printed, with the unit the column heading gives when the cell has none. */
  printed: string;
}

export interface Mark {
  /** Index into the chart's series (0 when it has none). */
  series: number;
  x: Measure[];
  y?: Measure[];
  /** Words around the value in its cell ("interfacial resistance", "lateral"). */
  context: string;
  /** Why the value is doubtful (a table cell's `doubt`). */
  doubt?: string;
  /** Citation keys of the value: its cell's, or its row's. */
  cites: string[];
}

export interface Item {
  label: string;
  detail?: string;
  marks: Mark[];
}

export interface Reference {
  value: number;
  printed: string;
  label: string;
  cites: string[];
}

export interface NotDrawn {
  label: string;
  printed: string;
  reason: string;
  cites: string[];
}

export interface AxisModel {
  title: string;
  unit: string;
  scale: 'log' | 'linear';
}

export interface ChartModel {
  name: string;
  title: string;
  question: string;
  kind: 'dots' | 'scatter';
  table: { name: string; title: string };
  x: AxisModel;
  y?: AxisModel;
  /** Series names, in the order of the definition's groups (then `other`). */
  series: string[];
  items: Item[];
  references: Reference[];
  notDrawn: NotDrawn[];
  /** Every citation key the figure shows, in order of first appearance. */
  cites: string[];
}

/** A problem with the definition, at a path of its YAML (the caller turns it into a line). */
export interface ModelProblem {
  path: (string | number)[];
  message: string;
}

/** Cells that hold no value at all (not "no value given", which is text to report). */
const EMPTY = new Set(['', '—', '–', '-', 'nd', 'n/a']);

/** The unit a column heading gives for bare numbers: "Ionic conductivity (S cm⁻¹)". */
export function headingUnit(label: string): Unit | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(label);
  return m ? parseUnit(m[1]!) : undefined;
}

interface CellReadings {
  drawn: { measure: Measure; reading: Reading }[];
  problems: { printed: string; reason: string }[];
  /** Whether a reading was left to a reference line (so the cell is not unread). */
  referenced: boolean;
}

/** A cell's first clause: "Au / Si (chen2021); Au / SiO2 (pang2021)" → "Au / Si". */
export const firstClause = (text: string): string => text.split(/;|\s\(/)[0]!.trim();

const round = (v: number) => Number(v.toPrecision(12));

/**
 * The values of one cell on one axis. A value in another quantity (mV in a resistance column)
 * is simply not this axis's; a value whose unit names the same thing but does not convert
 * (Ω cm⁻² for Ω cm², S for S cm⁻¹) is a problem to list under the figure.
 */
function readCell(text: string, axis: AxisDefinition, unit: Unit, columnUnit: Unit | undefined, skip: [number, number][]): CellReadings {
  const out: CellReadings = { drawn: [], problems: [], referenced: false };
  const condUnit = axis.condition ? parseUnit(axis.condition.unit) : undefined;
  for (const r of readQuantities(text)) {
    if (skip.some(([a, b]) => r.start < b && r.end > a)) {
      out.referenced = true;
      continue;
    }
    const bare = r.parts.every((p) => !p.unit);
    const from = bare ? columnUnit : r.parts[0]!.unit;
    const printed = `${r.printed}${bare && columnUnit ? ` ${columnUnit.text}` : ''}${r.condition ? ` (${r.condition})` : ''}`;
    if (!from) continue;
    if (!sameDimension(from, unit)) {
      if (from.symbols[0] === unit.symbols[0]) out.problems.push({ printed, reason: `its unit, ${from.text}, does not convert to ${unit.text}` });
      continue;
    }
    if (axis.condition && condUnit && r.condition) {
      const c = readQuantities(r.condition).find((q) => q.parts[0]!.unit && sameDimension(q.parts[0]!.unit, condUnit));
      if (c) {
        const v = convert(c.parts[0]!.value, c.parts[0]!.unit!, condUnit);
        const { at_most: max, at_least: min } = axis.condition;
        if ((max !== undefined && v > max) || (min !== undefined && v < min)) {
          const limit = min !== undefined && max !== undefined ? `between ${min} and ${max} ${condUnit.text}` : max !== undefined ? `up to ${max} ${condUnit.text}` : `from ${min} ${condUnit.text} up`;
          out.problems.push({ printed, reason: `measured at ${c.printed}, while the figure compares values measured ${limit}` });
          continue;
        }
      }
    }
    const points: Point[] = r.parts.map((p) => {
      const u = p.unit ?? from;
      return {
        value: round(convert(p.value, u, unit)),
        ...(p.to !== undefined ? { to: round(convert(p.to, u, unit)) } : {}),
        ...(p.bound ? { bound: p.bound } : {}),
        approx: p.approx,
        ...(p.uncertainty !== undefined ? { uncertainty: round(convert(p.uncertainty, u, unit)) } : {}),
      };
    });
    if (axis.scale === 'log' && points.some((p) => p.value <= 0 || (p.to !== undefined && p.to <= 0))) {
      out.problems.push({ printed, reason: 'zero or negative values cannot be drawn on a log scale' });
      continue;
    }
    out.drawn.push({ measure: { shape: r.shape, points, printed }, reading: r });
  }
  return out;
}

const contains = (text: string, phrases: string[]) => phrases.some((p) => text.toLowerCase().includes(p.toLowerCase()));

/**
 * Builds the chart from its validated definition and table. Problems (a value no series
 * matches, a reference quote that is not in the table, nothing to draw) are returned with the
 * definition path they concern; the model is only usable when there are none.
 */
export function buildChart(name: string, def: ChartDefinition, table: DataTable): { model: ChartModel; problems: ModelProblem[] } {
  const problems: ModelProblem[] = [];
  const label = (key: string) => table.columns.find((c) => c.key === key)?.label ?? key;
  const xUnit = parseUnit(def.x.unit)!;
  const yUnit = def.y ? parseUnit(def.y.unit)! : undefined;
  const cites: string[] = [];
  const cite = (keys: string[]) => keys.forEach((k) => cites.includes(k) || cites.push(k));
  const text = (row: DataTable['rows'][number], key: string) => (row[key] === undefined ? '' : cellText(row[key] as Cell));
  const keysOf = (row: DataTable['rows'][number], key: string) => {
    const own = row[key] === undefined ? [] : cellCites(row[key] as Cell);
    return own.length ? own : row.cite;
  };

  // Reference lines: a value quoted from the table, drawn across the plot, and not as a mark.
  const references: Reference[] = [];
  const skips = new Map<string, [number, number][]>(); // `${row}:${column}` → spans
  (def.references ?? []).forEach((ref, k) => {
    const hits: { row: number; column: string; at: number }[] = [];
    table.rows.forEach((row, i) => {
      for (const c of table.columns) {
        const at = text(row, c.key).indexOf(ref.quote);
        if (at >= 0) hits.push({ row: i, column: c.key, at });
      }
    });
    const path = ['references', k, 'quote'];
    if (hits.length !== 1) {
      problems.push({ path, message: hits.length ? `"${ref.quote}" is printed in ${hits.length} cells of table ${def.table}; quote enough of the cell to name one` : `"${ref.quote}" is not printed in table ${def.table}; quote a value exactly as a cell prints it` });
      return;
    }
    const hit = hits[0]!;
    const value = readQuantities(ref.quote).find((r) => r.parts[0]!.unit && sameDimension(r.parts[0]!.unit, xUnit));
    if (!value || value.shape !== 'value') {
      problems.push({ path, message: `"${ref.quote}" holds no single value in ${xUnit.text}` });
      return;
    }
    const row = table.rows[hit.row]!;
    const keys = keysOf(row, hit.column);
    cite(keys);
    references.push({ value: convert(value.parts[0]!.value, value.parts[0]!.unit!, xUnit), printed: ref.quote, label: ref.label, cites: keys });
    const id = `${hit.row}:${hit.column}`;
    skips.set(id, [...(skips.get(id) ?? []), [hit.at, hit.at + ref.quote.length]]);
  });

  const seriesNames = def.series ? [...def.series.groups.map((g) => g.name), ...(def.series.other ? [def.series.other] : [])] : [];
  const seriesOf = (row: DataTable['rows'][number], reading: Reading, rowLabel: string): number | undefined => {
    if (!def.series) return 0;
    const subject = def.series.column ? text(row, def.series.column) : reading.sentence;
    const i = def.series.groups.findIndex((g) => contains(subject, g.match));
    if (i >= 0) return i;
    if (def.series.other) return def.series.groups.length;
    problems.push({
      path: ['series', 'groups'],
      message: `"${reading.printed}" (${rowLabel}) matches no series: ${def.series.column ? `its ${def.series.column} is "${subject}"` : `the words around it are "${subject.trim()}"`}; add a phrase to a group's match, or set \`other:\``,
    });
    return undefined;
  };

  const items: Item[] = [];
  const notDrawn: NotDrawn[] = [];
  const xColumnUnit = headingUnit(label(def.x.column));
  const yColumnUnit = def.y ? headingUnit(label(def.y.column)) : undefined;

  table.rows.forEach((row, i) => {
    if (def.where && !Object.entries(def.where).every(([col, p]) => contains(text(row, col), p))) return;
    const rowLabel = text(row, def.label);
    const detail = (def.detail ?? []).map((d) => firstClause(text(row, d))).filter((d) => d && !EMPTY.has(d.toLowerCase())).join(' · ');
    const cell = (key: string) => row[key] as Cell | undefined;
    const doubtOf = (...keys: string[]) => keys.map((k) => (cell(k) ? cellDoubt(cell(k)!) : undefined)).filter(Boolean).join('; ') || undefined;
    const list = (column: string, problemsOf: { printed: string; reason: string }[]) => {
      for (const p of problemsOf) {
        const keys = keysOf(row, column);
        cite(keys);
        notDrawn.push({ label: rowLabel, printed: p.printed, reason: p.reason, cites: keys });
      }
    };
    const unread = (column: string, unit: Unit) => {
      const t = text(row, column).trim();
      if (EMPTY.has(t.toLowerCase())) return;
      const keys = keysOf(row, column);
      cite(keys);
      notDrawn.push({ label: rowLabel, printed: t, reason: `no value in ${unit.text} can be read from it`, cites: keys });
    };

    const xs = readCell(text(row, def.x.column), def.x, xUnit, xColumnUnit, skips.get(`${i}:${def.x.column}`) ?? []);
    const item: Item = { label: rowLabel, ...(detail ? { detail } : {}), marks: [] };

    if (def.kind === 'dots') {
      list(def.x.column, xs.problems);
      if (xs.drawn.length === 0 && xs.problems.length === 0 && !xs.referenced) unread(def.x.column, xUnit);
      for (const { measure, reading } of xs.drawn) {
        const series = seriesOf(row, reading, rowLabel);
        if (series === undefined) continue;
        const keys = keysOf(row, def.x.column);
        cite(keys);
        const doubt = doubtOf(def.x.column);
        item.marks.push({ series, x: [measure], context: reading.context, ...(doubt ? { doubt } : {}), cites: keys });
      }
    } else {
      const y = def.y!;
      const ys = readCell(text(row, y.column), y, yUnit!, yColumnUnit, skips.get(`${i}:${y.column}`) ?? []);
      const emptyX = EMPTY.has(text(row, def.x.column).trim().toLowerCase());
      const emptyY = EMPTY.has(text(row, y.column).trim().toLowerCase());
      // A point needs both values. y is what the figure compares: a row without it is not part of
      // the figure; a row with it but without x is listed, so no value of y goes missing unsaid.
      if (emptyY) return;
      if (emptyX) {
        for (const d of ys.drawn) {
          const keys = keysOf(row, y.column);
          cite(keys);
          notDrawn.push({ label: rowLabel, printed: d.measure.printed, reason: `no ${def.x.label.toLowerCase()} given`, cites: keys });
        }
        return;
      }
      list(def.x.column, xs.problems);
      list(y.column, ys.problems);
      if (xs.drawn.length === 0 && xs.problems.length === 0) unread(def.x.column, xUnit);
      if (ys.drawn.length === 0 && ys.problems.length === 0) unread(y.column, yUnit!);
      if (xs.drawn.length && ys.drawn.length) {
        const series = seriesOf(row, ys.drawn[0]!.reading, rowLabel);
        if (series !== undefined) {
          const keys = [...new Set([...keysOf(row, def.x.column), ...keysOf(row, y.column)])];
          cite(keys);
          const doubt = doubtOf(def.x.column, y.column);
          item.marks.push({ series, x: xs.drawn.map((d) => d.measure), y: ys.drawn.map((d) => d.measure), context: '', ...(doubt ? { doubt } : {}), cites: keys });
        }
      }
    }
    if (item.marks.length) items.push(item);
  });

  if (items.length === 0 && problems.length === 0) {
    problems.push({ path: ['x', 'column'], message: `the chart draws nothing: no selected row of table ${def.table} has a value in ${xUnit.text}${def.y ? ` and in ${yUnit!.text}` : ''} in column ${def.x.column}${def.y ? ` and ${def.y.column}` : ''}` });
  }

  const axis = (a: AxisDefinition): AxisModel => ({ title: a.label, unit: a.unit, scale: a.scale });
  return {
    model: {
      name,
      title: def.title,
      question: def.question,
      kind: def.kind,
      table: { name: def.table, title: table.title },
      x: axis(def.x),
      ...(def.y ? { y: axis(def.y) } : {}),
      series: seriesNames,
      items,
      references,
      notDrawn,
      cites,
    },
    problems,
  };
}
