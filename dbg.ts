import { importList } from './src/bib-import/import.ts';
import { readFileSync } from 'node:fs';
const r = importList(readFileSync(process.argv[2]!, 'utf8'), { review: 'x', minShare: 0 });
for (const d of r.diagnostics) if (d.severity === 'warning' && /cannot read/.test(d.message)) console.log(d.line, d.message.slice(0, 260));
