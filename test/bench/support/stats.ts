import { appendFileSync } from 'node:fs';

/**
 * What every benchmark prints: min, median and max over repeated runs, in units that say what
 * they are (KiB = 1024 bytes, kB = 1000 bytes; the benches use KiB).
 */
export interface Summary {
  runs: number;
  min: number;
  median: number;
  max: number;
}

export function summarise(values: number[]): Summary {
  if (values.length === 0) throw new Error('summarise: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, min: sorted[0]!, median, max: sorted.at(-1)! };
}

/** `12.3 s (11.9–13.0, 3 runs)`: the median first, the spread after it. */
export function formatSummary(s: Summary, unit: string, digits = 1): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)}, ${s.runs} runs)`;
}

export const kib = (bytes: number, digits = 1) => `${(bytes / 1024).toFixed(digits)} KiB`;

/** A plain-text table with right-aligned numbers, for the terminal and for bench results files. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** One figure of a bench, for the table `npm run bench` writes (test/bench/all.ts). */
export interface Figure {
  measure: string;
  unit: string;
  values: number[];
}

/**
 * Hands a bench's headline figures to `npm run bench`, which names the file in BENCH_RESULTS
 * (one JSON line per figure, appended); a bench run on its own just prints its tables.
 */
export function record(bench: string, figures: Figure[]): void {
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  appendFileSync(file, figures.map((f) => `${JSON.stringify({ bench, measure: f.measure, unit: f.unit, ...summarise(f.values) })}\n`).join(''));
}

/** A table row's cells for a series of ms figures: median, min, max, runs. */
export function msCells(xs: number[], digits = 0): string[] {
  const s = summarise(xs);
  return [s.median, s.min, s.max].map((x) => `${x.toFixed(digits)} ms`).concat(String(s.runs));
}
