import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../citations/library.ts';

/**
 * Which file in the repository a page comes from, for its "Edit page" link and its "Last
 * updated" date. Starlight assumes src/content/docs and reads git there; our chapters live in
 * content/, and the reference and source pages are generated from bib/.
 */
export function pageSourceFile({ root, id, filePath, library }: { root: string; id: string; filePath: string; library: Library }): string | undefined {
  // Chapters and the guide: the entry's own file (Starlight gives generated pages a made-up
  // src/content/docs/… path, which does not exist).
  if (filePath && !filePath.startsWith('src/content/docs/') && existsSync(join(root, filePath))) return filePath;
  const [first, second] = id.split('/');
  if (first === 'sources' && second) return 'bib/sources.yaml';
  if (first === 'references' && second) {
    const work = library.works.find((w) => w.id === decodeURIComponent(second));
    if (!work) return undefined;
    if (work.source) return 'bib/sources.yaml';
    const extra = library.extra.find((e) => library.lookup(e.key).ok && library.workOf(e.key).id === work.id);
    if (extra) return 'bib/extra.bib';
    // A review's reference list is generated from its raw list; that is the file to correct.
    const review = work.citedBy[0]?.review;
    if (!review) return undefined;
    return existsSync(join(root, `bib/raw/${review}.txt`)) ? `bib/raw/${review}.txt` : `bib/${review}.bib`;
  }
  for (const candidate of [`src/pages/${id || 'index'}.astro`, `src/pages/${id}/index.astro`]) {
    if (existsSync(join(root, candidate))) return candidate;
  }
  return undefined;
}

/** Repository settings for edit links: REPO_URL (and REPO_BRANCH) or a placeholder. */
export interface Repository {
  url: string;
  branch: string;
  /** True when REPO_URL was not set: links then point at a placeholder owner. */
  placeholder: boolean;
  editUrl(file: string): string;
}

export const PLACEHOLDER_REPO_URL = 'https://github.com/YOUR-ORG/interface-atlas';

export function repository(env: Record<string, string | undefined> = process.env): Repository {
  const url = (env.REPO_URL || PLACEHOLDER_REPO_URL).replace(/\/+$/, '');
  const branch = env.REPO_BRANCH || 'main';
  return {
    url,
    branch,
    placeholder: !env.REPO_URL,
    editUrl: (file) => `${url}/edit/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`,
  };
}

const dates = new Map<string, Map<string, Date>>();

/**
 * When each file under `root` was last committed, from one `git log` (not one per page). Empty
 * when there is no history to trust: not a git checkout, or a shallow clone, where every file
 * would show the date of the one commit fetched.
 */
export function lastCommitDates(root: string): Map<string, Date> {
  let map = dates.get(root);
  if (map) return map;
  map = new Map();
  dates.set(root, map);
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const shallow = git(['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return map;
  // --relative: paths relative to root, and only files under it (root may be a folder of a
  // larger repository, such as a test's temporary project).
  const log = git(['log', '--relative', '--format=t:%cI', '--name-only', '--', '.']);
  if (log.status !== 0) return map;
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) current = new Date(line.slice(2));
    else if (line && current && !map.has(line)) map.set(line, current);
  }
  return map;
}
