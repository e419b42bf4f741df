/**
 * README's two commands, as a newcomer runs them: a fresh clone of this repository's HEAD, the
 * system's Node (20.x here, as on CI) first on PATH, then `npm install && npm start` must serve the
 * site on http://localhost:4321/, and with `--test` also `npm install && npm test` must pass.
 *
 *   npm run test:readme [-- --test] [-- --node /path/to/node]
 *
 * Not part of `npm test` (it would run the suite inside the suite); CI runs the same commands
 * through .ci/run on a machine whose Node is 20.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { test: { type: 'boolean', default: false }, node: { type: 'string', default: '/usr/bin/node' }, keep: { type: 'boolean', default: false } } });
const repo = resolve(import.meta.dirname, '..');
const port = 4321;

function fail(message: string): never {
  console.error(`readme-commands: ${message}`);
  process.exit(1);
}

const nodeVersion = spawnSync(values.node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
if (!nodeVersion) fail(`no Node at ${values.node} (pass --node <path>)`);

// PATH as a newcomer has it: the chosen Node first, none of this process's node_modules/.bin (npm run
// put ours, with Node 24, in front).
const PATH = [dirname(values.node), ...(process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules'))].join(delimiter);
const env: NodeJS.ProcessEnv = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1' };
for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];

const work = mkdtempSync(join(tmpdir(), 'atlas-readme-'));
const clone = join(work, 'atlas');
console.log(`readme-commands: ${nodeVersion} first on PATH; fresh clone of HEAD in ${clone}`);
if (spawnSync('git', ['clone', '--quiet', '--no-hardlinks', repo, clone], { stdio: 'inherit' }).status !== 0) fail('git clone failed');
// The seeds sit beside the repository (../shared), as on CI.
const shared = resolve(repo, '../shared');
if (existsSync(shared)) symlinkSync(shared, join(work, 'shared'));

const sh = (command: string): ChildProcess => spawn('bash', ['-c', command], { cwd: clone, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
const exited = (child: ChildProcess) => new Promise<number | null>((ok) => child.on('exit', ok));

async function answers(url: string, ms: number, child: ChildProcess): Promise<string> {
  const until = Date.now() + ms;
  let done = false;
  child.on('exit', () => (done = true));
  while (Date.now() < until && !done) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  fail(done ? `npm start exited before serving ${url}` : `nothing answered on ${url} within ${ms / 1000} s`);
}

try {
  const start = sh('npm install --no-audit --no-fund && npm start');
  const started = Date.now();
  const html = await answers(`http://localhost:${port}/`, 15 * 60_000, start);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  console.log(`readme-commands: npm install && npm start → http://localhost:${port}/ answered in ${((Date.now() - started) / 1000).toFixed(0)} s ("${title}")`);
  process.kill(-start.pid!, 'SIGTERM');
  await exited(start);

  if (values.test) {
    const test = sh('npm install --no-audit --no-fund && npm test');
    const code = await exited(test);
    if (code !== 0) fail(`npm install && npm test exited with ${code}`);
    console.log('readme-commands: npm install && npm test passed');
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
