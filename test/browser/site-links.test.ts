import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every internal link and anchor in the built site resolves: each href/src that stays on the
 * site names a file of dist/, and each #fragment names an id on the target page.
 */
const dist = resolve('dist');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The file a site path names (`/a/` → dist/a/index.html), or undefined. */
function target(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('?')[0]!);
  const file = join(dist, clean);
  if (clean.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

describe('links in the built site', () => {
  test('every internal link and anchor resolves', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        const html = readFileSync(file, 'utf8');
        set = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const page = '/' + relative(dist, file).replace(/index\.html$/, '');
      for (const m of html.matchAll(/<(?:a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g)) {
        const url = decode(m[1]!);
        if (/^(https?:|mailto:|data:|blob:|javascript:)/i.test(url) || url === '') continue;
        checked++;
        const [path, fragment] = url.split('#') as [string, string | undefined];
        const resolvedPath = path === '' ? page : new URL(path, `http://site${page}`).pathname;
        const file2 = target(resolvedPath);
        if (!file2) {
          broken.push(`${page}: ${url} (no such page)`);
          continue;
        }
        if (fragment && file2.endsWith('.html') && !idsOf(file2).has(decodeURIComponent(fragment))) {
          broken.push(`${page}: ${url} (no element with id "${fragment}")`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });
});
