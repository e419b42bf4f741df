import { codeHash, contentHash, filesHash } from '../data/content-hash.ts';
import { lastCommitDates, pageSourceFile, repository } from './page-source.ts';
import { siteVersion } from './site-version.ts';
import type { Library } from '../citations/library.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a page
 * that getStaticPaths returns with a `cacheKey` is copied from the last build instead of rendered
 * when its key and its code are both unchanged. Astro hashes the code (the page's module graph);
 * the key has to cover every piece of data the page shows. It is made of two parts:
 *
 * - the project apart from the chapters (`projectKey`): every file of bib/ and every data file of
 *   content/ (taxonomy, glossary, tables: anything but the chapters themselves), the version the
 *   site states, the repository its edit links point at, and the code (src/, the config: Astro
 *   hashes a page's own modules, not what the config does with them, such as inlining scripts);
 * - what the page shows of the chapters, passed by the page (a work page: the sections that cite
 *   it), and when its source file was last committed.
 *
 * So editing a chapter's prose re-renders that chapter only; a new citation re-renders the works
 * it cites; an edit to bib/, the taxonomy or the code re-renders every generated page.
 */
const projectKeys = new Map<string, string>();

export function projectKey(root: string): string {
  let key = projectKeys.get(root);
  if (key === undefined) {
    const repo = repository();
    key = contentHash({
      files: filesHash(root, ['bib', 'content'], (f) => !/\.mdx?$/.test(f)),
      code: codeHash(root),
      version: siteVersion(root),
      repository: { url: repo.url, branch: repo.branch },
    });
    projectKeys.set(root, key);
  }
  return key;
}

/** The key of a generated data file (an export): the project's key and what the file holds of the chapters. */
export const dataCacheKey = (root: string, data: unknown): string => contentHash([projectKey(root), data]);

/** The key of one generated page: the project's key, the page's own data, and its source file's last commit (its footer). */
export function pageCacheKey({ root, library, id, data }: { root: string; library: Library; id: string; data: unknown }): string {
  const file = pageSourceFile({ root, id, filePath: '', library });
  return contentHash([projectKey(root), id, data, file ?? null, (file && lastCommitDates(root).get(file)?.toISOString()) ?? null]);
}
