/**
 * npm run check [-- --no-types]
 *
 * Everything a pull request must pass, in one command, every problem listed as
 * `file:line[:column]: message` (not only the first): TypeScript types, chapter frontmatter,
 * citation keys, internal links and anchors, data tables, charts, math, the guide's generated blocks
 * and TODOs left by `npm run new`. Exit 1 on any problem. See CONTRIBUTING.md for what each
 * message means. --no-types skips the type check (a contributor who changed only content/).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, GUIDE_POINTER, printProblems } from '../check/report.ts';
import { checkContent, type Problem } from '../check/run.ts';

const bin = (root: string, name: string) => join(root, 'node_modules/.bin', name);

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

/**
 * The type check: `tsc --noEmit` (measured at about 4 s here, against about 10 s for
 * `astro check`, which also reads .astro files). tsc needs Astro's generated types
 * (.astro/types.d.ts), which `astro sync` writes when a fresh clone has none.
 */
export async function checkTypes(root: string): Promise<Problem[]> {
  if (!existsSync(join(root, '.astro/types.d.ts'))) {
    const sync = await run(bin(root, 'astro'), ['sync'], root);
    if (sync.code !== 0) return [{ file: 'astro.config.mjs', line: 1, message: `astro sync failed, so types cannot be checked:\n${sync.out.trim()}` }];
  }
  const tsc = await run(bin(root, 'tsc'), ['--noEmit', '-p', '.', '--pretty', 'false'], root);
  const problems: Problem[] = [];
  for (const line of tsc.out.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) problems.push({ file: relative(root, join(root, m[1]!)), line: Number(m[2]), column: Number(m[3]), message: `type error ${m[4]}: ${m[5]}` });
    else if (/^\s+\S/.test(line) && problems.length) problems.at(-1)!.message += ` ${line.trim()}`;
  }
  if (tsc.code !== 0 && problems.length === 0) problems.push({ file: 'tsconfig.json', line: 1, message: `tsc failed:\n${tsc.out.trim()}` });
  return problems;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'no-types': { type: 'boolean', default: false } } });
  const root = process.cwd();
  const started = performance.now();
  // The type check runs in its own process while this one checks the content.
  const types = values['no-types'] ? Promise.resolve([]) : checkTypes(root);
  const content = checkContent(root, { base: process.env.BASE_PATH || '/' });
  const problems = [...content, ...(await types)];
  const counts = printProblems(problems);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what = `types${values['no-types'] ? ' (skipped)' : ''}, frontmatter, citations, links, tables, charts, math, content policy`;
  if (counts.errors) {
    console.error(`\n${countWords(counts)} (${what}; ${seconds} s). ${GUIDE_POINTER}`);
    return 1;
  }
  console.log(`check: ${countWords(counts)} (${what}; ${seconds} s)`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
