import { importList } from './src/bib-import/import.ts';
import { readFileSync } from 'node:fs';
const f = process.argv[2]!; const N = Number(process.argv[3] ?? 22);
const r = importList(readFileSync(f, 'utf8'), { review: 'x', minShare: 0 });
const segs = new Map<number, string>();
for (const e of r.entries.slice(0, N)) {
  const fl = e.ref.fields; const a = e.ref.authors[0];
  console.log([e.n, a?.family ?? '', fl.year ?? '', fl.volume ?? '', (fl.pages ?? '').split('--')[0], fl.doi ?? '', fl.title ?? ''].join('\t') + (e.unparsed ? '\t#UNREAD ' + e.printed : ''));
}
