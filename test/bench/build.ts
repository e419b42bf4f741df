/**
 * npm run bench:build [-- --runs 3]
 *
 * The whole `astro build` as a user waits for it (Node start, config load, citation formatting,
 * content sync, bundle, pages, search index), cold and warm, in a copy of the working tree (files
 * git tracks or would track, hard-linked node_modules). Each round: a cold build (no dist/, no
 * caches), an edit of one chapter, a warm build, then a cold build of the same edited sources; the
 * warm output must equal that cold output byte for byte. Odd rounds add a sentence of prose, even
 * rounds a sentence that cites a source review (so the pages and files that list where a work is
 * cited must change too).
 *
 * Prints min/median/max over the rounds of the wall time and of the CPU time (the build and every
 * process it starts, such as Pagefind): on a shared machine the wall time carries other people's
 * load, the CPU time much less. Then where the time goes, stage by stage
 * (test/bench/support/build-phases.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { STAGES, type Mark } from './support/build-phases.ts';
import { record, summarise, table, type Summary } from './support/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const repo = resolve(import.meta.dirname, '../..');

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-build-'));
const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
  .stdout.split('\0')
  .filter(Boolean);
for (const f of files) {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  try {
    cpSync(join(repo, f), join(dir, f));
  } catch (e) {
    // A tracked file deleted in the working tree is not part of what is benchmarked.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
if (spawnSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]).status !== 0) throw new Error('cp -al node_modules failed');
// The site's config, plus the integration that marks each stage of the build.
writeFileSync(
  join(dir, 'bench-build.config.mjs'),
  `import { buildPhases, mark } from './test/bench/support/build-phases.ts';\nimport config from './astro.config.mjs';\nmark('config');\nexport default { ...config, integrations: [...(config.integrations ?? []), buildPhases(process.env.BENCH_PHASES_FILE)] };\n`,
);

const chapter = files.find((f) => /^content\/[^/]+\/[^/]+\.mdx$/.test(f));
if (!chapter) throw new Error('no chapter to edit in content/');
const review = (parse(readFileSync(join(dir, 'bib/sources.yaml'), 'utf8')) as { id: string }[])[0]?.id;
if (!review) throw new Error('bib/sources.yaml lists no review');
const phasesFile = join(dir, 'phases.json');
const logFile = join(dir, 'build.log');
// One date for every build, so the version the pages state cannot differ between two of them.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)), BENCH_PHASES_FILE: phasesFile };

interface Build {
  wall: number;
  /** CPU seconds of the build and the processes it started (sh's `times`, children line). */
  cpu: number;
  marks: Mark[];
}

function build(cold: boolean): Build {
  if (cold) for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache/interface-atlas']) rmSync(join(dir, d), { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync('sh', ['-c', 'node_modules/.bin/astro build --config bench-build.config.mjs >"$1" 2>&1; s=$?; times; exit $s', 'sh', logFile], { cwd: dir, env, encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed:\n${readFileSync(logFile, 'utf8')}${r.stderr}`);
  // `times` prints the shell's own user and system time, then its children's.
  const children = r.stdout.trim().split('\n').at(-1)!;
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall, cpu, marks: JSON.parse(readFileSync(phasesFile, 'utf8')) as Mark[] };
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

const kept = join(tmpdir(), `atlas-bench-build-differences-${process.pid}`);
const cold: Build[] = [];
const warm: Build[] = [];
const differing: string[] = [];
try {
  for (let k = 1; k <= runs; k++) {
    cold.push(build(true));
    const edit = k % 2 ? `A sentence added by the build benchmark, round ${k}.` : `A sentence that cites a source review, added by the build benchmark, round ${k} [@${review}].`;
    appendFileSync(join(dir, chapter), `\n${edit}\n`);
    warm.push(build(false));
    const afterWarm = snapshot();
    const warmDist = `${join(dir, 'dist')}-warm`;
    rmSync(warmDist, { recursive: true, force: true });
    cpSync(join(dir, 'dist'), warmDist, { recursive: true });
    cold.push(build(true));
    const afterCold = snapshot();
    const diff = [...afterCold].filter(([f, h]) => afterWarm.get(f) !== h).map(([f]) => f);
    diff.push(...[...afterWarm.keys()].filter((f) => !afterCold.has(f)));
    // Keep both versions of what differs, to see why.
    for (const f of diff.slice(0, 5)) {
      for (const [from, kind] of [[warmDist, 'warm'], [join(dir, 'dist'), 'cold']] as const) {
        try {
          cpSync(join(from, f), join(kept, `round${k}-${kind}`, f));
        } catch {
          // missing in this build: the list says so
        }
      }
    }
    differing.push(...diff);
    const s = (b: Build) => `${b.wall.toFixed(1)} s (CPU ${b.cpu.toFixed(1)} s)`;
    console.error(`round ${k}/${runs}: cold ${s(cold.at(-2)!)}, warm ${s(warm.at(-1)!)}, cold ${s(cold.at(-1)!)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const seconds = (s: Summary) => [`${s.median.toFixed(1)} s`, `${s.min.toFixed(1)} s`, `${s.max.toFixed(1)} s`];
const row = (label: string, xs: number[]) => [label, ...seconds(summarise(xs)), xs.length];
console.log(`astro build, cold and warm (after editing ${chapter}): median, min and max over the rounds`);
console.log(
  table(
    ['', 'median', 'min', 'max', 'builds'],
    [
      row('cold, wall', cold.map((b) => b.wall)),
      row('warm, wall', warm.map((b) => b.wall)),
      row('cold, CPU (all processes)', cold.map((b) => b.cpu)),
      row('warm, CPU (all processes)', warm.map((b) => b.cpu)),
    ],
  ),
);
record('build', [
  { measure: 'cold build, wall', unit: 's', values: cold.map((b) => b.wall) },
  { measure: `warm build after a one-chapter edit, wall (${differing.length ? 'output DIFFERS from cold' : 'byte-identical to cold'})`, unit: 's', values: warm.map((b) => b.wall) },
  { measure: 'cold build, CPU', unit: 's', values: cold.map((b) => b.cpu) },
  { measure: 'warm build, CPU', unit: 's', values: warm.map((b) => b.cpu) },
]);
const ratio = (of: (b: Build) => number) => summarise(warm.map(of)).median / summarise(cold.map(of)).median;
console.log(`warm/cold: wall ${ratio((b) => b.wall).toFixed(2)} (${((1 - ratio((b) => b.wall)) * 100).toFixed(0)}% faster), CPU ${ratio((b) => b.cpu).toFixed(2)} (${((1 - ratio((b) => b.cpu)) * 100).toFixed(0)}% less)`);

// Stage by stage: the time between one mark and the previous one (medians; CPU of the build process only).
const stage = (b: Build, name: string, of: (m: Mark) => number) => {
  const i = b.marks.findIndex((m) => m.name === name);
  if (i === -1) throw new Error(`no mark ${name} in ${JSON.stringify(b.marks.map((m) => m.name))}`);
  return (of(b.marks[i]!) - (i ? of(b.marks[i - 1]!) : 0)) / 1000;
};
const med = (bs: Build[], name: string, of: (m: Mark) => number) => summarise(bs.map((b) => stage(b, name, of)));
console.log('\nwhere the time goes (medians; CPU of the astro process, without Pagefind\'s own process)');
console.log(
  table(
    ['stage', 'cold wall', 'cold CPU', 'warm wall', 'warm CPU'],
    STAGES.map(([name, label]) => [label, ...[cold, warm].flatMap((bs) => [`${med(bs, name, (m) => m.wall).median.toFixed(1)} s`, `${med(bs, name, (m) => m.cpu).median.toFixed(1)} s`])]),
  ),
);
console.log(
  differing.length
    ? `output: ${differing.length} files differ between warm and cold builds: ${[...new Set(differing)].slice(0, 10).join(', ')} (both versions in ${kept})`
    : 'output: warm and cold builds are byte-identical',
);
if (differing.length) process.exitCode = 1;
