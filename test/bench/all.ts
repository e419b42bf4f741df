/**
 * npm run bench [-- --out bench-results.md --skip lighthouse,search]
 *
 * Every bench, one after the other, then one table of their headline figures (median, min, max
 * and the number of runs of each) in Markdown, printed and written to --out. Each bench still
 * prints its own tables (kept in the file under the summary): the summary is what they hand over
 * through record() (test/bench/support/stats.ts). The benches that read dist/ (weight, Lighthouse,
 * search) run after a fresh `astro build`. A bench that fails is named in the file and makes the
 * run fail; the others still run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Summary } from './support/stats.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'bench-results.md' }, skip: { type: 'string', default: '' } } });
const skip = new Set(values.skip.split(',').filter(Boolean));

/** The benches, by their npm script names; `dist` ones need a built site. */
const BENCHES: { name: string; dist?: boolean }[] = [
  { name: 'build' },
  { name: 'citations' },
  { name: 'render' },
  { name: 'peer' },
  { name: 'import' },
  { name: 'weight', dist: true },
  { name: 'search', dist: true },
  { name: 'lighthouse', dist: true },
];
const unknown = [...skip].filter((s) => !BENCHES.some((b) => b.name === s));
if (unknown.length) throw new Error(`--skip ${unknown.join(',')}: no such bench (${BENCHES.map((b) => b.name).join(', ')})`);

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const results = join(dir, 'results.jsonl');
writeFileSync(results, '');
const env = { ...process.env, BENCH_RESULTS: results, ASTRO_TELEMETRY_DISABLED: '1' };
const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });

const outputs: string[] = [];
const failed: string[] = [];
let built = false;
const started = new Date();
try {
  for (const { name, dist } of BENCHES) {
    if (skip.has(name)) continue;
    if (dist && !built) {
      console.error('bench: astro build (for the benches that read dist/)');
      const b = npm(['build']);
      if (b.status !== 0) throw new Error(`astro build failed:\n${b.stdout}`);
      built = true;
    }
    console.error(`bench: ${name}`);
    const r = npm([`bench:${name}`]);
    outputs.push(`## bench:${name}\n\n\`\`\`\n${r.stdout.trim()}\n\`\`\``);
    if (r.status !== 0) failed.push(name);
  }
  const rows = readFileSync(results, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Summary & { bench: string; measure: string; unit: string });
  const n = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
  const summary = [
    '| bench | measure | median | min | max | runs |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.bench} | ${r.measure} | ${n(r.median)} ${r.unit} | ${n(r.min)} ${r.unit} | ${n(r.max)} ${r.unit} | ${r.runs} |`),
  ].join('\n');
  const head = `# Benchmarks\n\n${started.toISOString()}, ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end. Units: KiB = 1024 bytes; ms and s of wall time unless a measure says CPU.${failed.length ? `\n\nFAILED: ${failed.join(', ')} (their output is below).` : ''}`;
  writeFileSync(resolve(values.out), `${head}\n\n${summary}\n\n${outputs.join('\n\n')}\n`);
  console.log(summary);
  console.error(`bench: written to ${values.out}`);
  if (failed.length) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
