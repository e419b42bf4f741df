import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A short, stable hash of a JSON-like value, for cache keys. Maps and Sets count as their entries
 * in order (Dates as their ISO text, as JSON has them), so data held in them changes the hash like
 * any other.
 */
export function contentHash(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('base64url');
}

/**
 * The hash of files: each path under `root` (a file, or a folder taken recursively) that `keep`
 * accepts, by its path relative to `root` and its bytes. A missing path counts as missing.
 */
export function filesHash(root: string, paths: string[], keep: (file: string) => boolean = () => true): string {
  const files: string[] = [];
  for (const p of paths.map((x) => join(root, x))) {
    if (!existsSync(p)) continue;
    if (!statSync(p).isDirectory()) files.push(p);
    else for (const e of readdirSync(p, { recursive: true, withFileTypes: true })) if (e.isFile()) files.push(join(e.parentPath, e.name));
  }
  return contentHash(
    files
      .filter(keep)
      .sort()
      .map((f) => [relative(root, f), createHash('sha256').update(readFileSync(f)).digest('base64url')]),
  );
}

/**
 * The generator's code as a build runs it: every file of src/, the config and the lockfile (the
 * dependencies' versions). A cache keyed on it is dropped by any change to the code.
 */
export const codeHash = (root: string): string => filesHash(root, ['src', 'astro.config.mjs', 'package-lock.json']);
