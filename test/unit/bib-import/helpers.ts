import { readFileSync } from 'node:fs';
import { importList, type ImportOptions } from '../../../src/bib-import/import.ts';

export const FIXTURES = 'test/fixtures/refs';

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

export function imp(name: string, opts: Partial<ImportOptions> = {}) {
  const r = importList(fixture(name), { review: 'x', ...opts });
  const byN = new Map(r.entries.map((e) => [e.n, e]));
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);
  const infos = r.diagnostics.filter((d) => d.severity === 'info').map((d) => `${d.line}: ${d.message}`);
  return { ...r, byN, warnings, infos, get: (n: number) => byN.get(n)! };
}
