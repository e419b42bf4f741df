/**
 * A temporary copy of the project under test/.tmp/<name>, with small fixtures instead of the
 * real content/ and bib/: the fixture reviews of test/fixtures/mini, bib/extra.bib, the chapters
 * of test/fixtures/contrib/content and the real taxonomy and site settings. With `code: true` it also gets the
 * site's code and a hard-linked node_modules, so it builds and runs `npm run check` as a
 * contributor's clone would. Shared by the contributor end-to-end test, the bad-input suite and
 * the injection suite, so they exercise one project layout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../../..');
export const contribFixtures = join(repo, 'test/fixtures/contrib');

export interface TempProject {
  dir: string;
  /** Runs a command in the project with the deploy's environment (base path /atlas/). */
  run(cmd: string, args: string[]): { status: number | null; out: string };
  /** `astro build`. */
  build(): { status: number | null; out: string };
  /** `npm run check -- --no-types`. */
  check(): { status: number | null; out: string };
  /** Writes a file (relative to the project), creating its folder. */
  write(path: string, text: string | Uint8Array): void;
}

// Vitest puts Vite's import.meta.env (BASE_URL: '/', MODE, …) into process.env; a build that
// inherited them would take BASE_URL for its own and drop the /atlas/ base from page links.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
export const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/atlas/', SITE_URL: 'https://example.org', REPO_URL: 'https://git.example.org/atlas' };

export function createTempProject(name: string, { code = true }: { code?: boolean } = {}): TempProject {
  const dir = join(repo, 'test/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'bib'), { recursive: true });
  if (code) {
    for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'CONTRIBUTING.md', 'src']) cpSync(join(repo, f), join(dir, f), { recursive: true });
    // Hard links: a copy of node_modules in a second, without symlinks out of the project.
    const cp = spawnSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]);
    if (cp.status !== 0) throw new Error(`cp -al node_modules failed: ${cp.stderr}`);
  }
  cpSync(join(repo, 'test/fixtures/mini'), join(dir, 'bib'), { recursive: true });
  cpSync(join(repo, 'bib/extra.bib'), join(dir, 'bib/extra.bib'));
  cpSync(join(contribFixtures, 'content'), join(dir, 'content'), { recursive: true });
  for (const f of ['content/taxonomy.yaml', 'content/site.yaml']) cpSync(join(repo, f), join(dir, f));

  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  return {
    dir,
    run,
    build: () => run(join(dir, 'node_modules/.bin/astro'), ['build']),
    check: () => run(process.execPath, ['src/cli/check.ts', '--no-types']),
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
  };
}
