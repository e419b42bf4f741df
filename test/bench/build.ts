/**
 * npm run bench:build [-- --runs 3]
 *
 * The whole `astro build` as a user waits for it (config load, citation formatting, pages,
 * search index), cold and warm, in a copy of the project (tracked files, hard-linked
 * node_modules). Each round: a cold build (no caches), a one-chapter edit, a warm build, then a
 * cold build of the same edited sources; the warm output must equal that cold output byte for
 * byte. Prints min/median/max wall seconds over the rounds and the warm/cold ratio.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { formatSummary, summarise, table } from './support/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const repo = resolve(import.meta.dirname, '../..');

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-build-'));
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
for (const f of tracked) {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  cpSync(join(repo, f), join(dir, f));
}
if (spawnSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]).status !== 0) throw new Error('cp -al node_modules failed');

const chapter = tracked.find((f) => /^content\/[^/]+\/[^/]+\.mdx$/.test(f));
if (!chapter) throw new Error('no chapter to edit in content/');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(cold: boolean): number {
  if (cold) for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache/interface-atlas']) rmSync(join(dir, d), { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}${r.stderr}`);
  return seconds;
}

/** One hash per file of dist/, so two builds compare file by file. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(join(dir, 'dist'), p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(join(dir, 'dist'));
  return out;
}

const cold: number[] = [];
const warm: number[] = [];
const differing: string[] = [];
try {
  for (let k = 1; k <= runs; k++) {
    cold.push(build(true));
    appendFileSync(join(dir, chapter), `\nA sentence added by the build benchmark, round ${k}.\n`);
    warm.push(build(false));
    const afterWarm = snapshot();
    cold.push(build(true));
    const afterCold = snapshot();
    for (const [f, h] of afterCold) if (afterWarm.get(f) !== h) differing.push(f);
    for (const f of afterWarm.keys()) if (!afterCold.has(f)) differing.push(f);
    console.error(`round ${k}/${runs}: cold ${cold.at(-2)!.toFixed(1)} s, warm ${warm.at(-1)!.toFixed(1)} s, cold ${cold.at(-1)!.toFixed(1)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const c = summarise(cold);
const w = summarise(warm);
console.log(
  table(
    ['astro build (wall, incl. config load)', 'median', 'min', 'max', 'runs'],
    [
      ['cold (no caches)', `${c.median.toFixed(1)} s`, `${c.min.toFixed(1)} s`, `${c.max.toFixed(1)} s`, c.runs],
      [`warm (after editing ${chapter})`, `${w.median.toFixed(1)} s`, `${w.min.toFixed(1)} s`, `${w.max.toFixed(1)} s`, w.runs],
    ],
  ),
);
console.log(`warm/cold: ${(w.median / c.median).toFixed(2)} (warm ${formatSummary(w, 's')}, ${((1 - w.median / c.median) * 100).toFixed(0)}% faster)`);
console.log(differing.length ? `output: ${differing.length} files differ between warm and cold builds: ${[...new Set(differing)].slice(0, 10).join(', ')}` : 'output: warm and cold builds are byte-identical');
if (differing.length) process.exitCode = 1;
