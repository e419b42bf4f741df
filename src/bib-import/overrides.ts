/**
 * Hand corrections, applied by the importer so a re-import reproduces the
 * committed .bib exactly. File: bib/import-overrides.yaml
 *
 *   pang2021:
 *     16:
 *       reason: why this is needed (required)
 *       set: { title: …, year: … }      # fields to set (plain text)
 *       unset: [doi]                     # fields to remove
 *       type: book                       # optional entry type
 *
 * Corrections should be rare; prefer fixing the importer.
 */
import { parse } from 'yaml';
import type { EntryType, Fields, ImportedEntry } from './types.ts';

export interface Override {
  reason: string;
  set?: Partial<Fields>;
  unset?: (keyof Fields)[];
  type?: EntryType;
}

export type Overrides = Record<string, Record<number, Override>>;

export function parseOverrides(text: string): Overrides {
  // yaml returns untyped data; it is checked field by field below.
  const data: unknown = parse(text) ?? {};
  if (typeof data !== 'object' || data === null) throw new Error('import-overrides.yaml: top level must be a map of review ids');
  const out: Overrides = {};
  for (const [review, byN] of Object.entries(data as Record<string, unknown>)) {
    if (byN === null) { out[review] = {}; continue; }
    if (typeof byN !== 'object') throw new Error(`import-overrides.yaml: ${review} must map numbers to overrides`);
    out[review] = {};
    for (const [n, o] of Object.entries(byN as Record<string, unknown>)) {
      const ov = o as Partial<Override>;
      if (!/^\d+$/.test(n)) throw new Error(`import-overrides.yaml: ${review}.${n}: key must be a reference number`);
      if (!ov || typeof ov.reason !== 'string' || !ov.reason.trim()) throw new Error(`import-overrides.yaml: ${review}.${n}: "reason" is required`);
      out[review]![Number(n)] = ov as Override;
    }
  }
  return out;
}

/** Apply the overrides of one review; returns the numbers it touched. */
export function applyOverrides(entries: ImportedEntry[], byN: Record<number, Override> | undefined): number[] {
  if (!byN) return [];
  const touched: number[] = [];
  for (const [nStr, ov] of Object.entries(byN)) {
    const e = entries.find((x) => x.n === Number(nStr));
    if (!e) throw new Error(`import-overrides.yaml: no reference ${nStr} to override`);
    if (ov.type) e.ref.type = ov.type;
    for (const k of ov.unset ?? []) delete e.ref.fields[k];
    Object.assign(e.ref.fields, ov.set ?? {});
    touched.push(e.n);
  }
  return touched;
}
