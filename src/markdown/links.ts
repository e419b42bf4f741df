import { closest, distance } from 'fastest-levenshtein';

/**
 * Internal links in chapters: what a link may point at and whether it does. One function decides,
 * used by the build (src/markdown/remark-internal-links.ts) and by `npm run check`, so the two
 * cannot disagree.
 *
 * Paths are written from the site root without the deploy base (`/part/chapter/#x`):
 * the build adds the base (e.g. /atlas/), so content does not depend on where the site is hosted.
 */
export interface LinkTargets {
  /** Page path from the site root → the ids on that page, or null when they are not known. */
  pages: Map<string, ReadonlySet<string> | null>;
  /** The deploy base, only to explain a link that includes it. */
  base: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Whether the build checks and rewrites this URL (a link into the site). */
export const isInternalLink = (url: string): boolean => !EXTERNAL.test(url);

/** Splits `/a/b/?q#h` into path and decoded hash (ids are compared decoded). */
function split(url: string): { path: string; hash: string | undefined } {
  const h = url.indexOf('#');
  const beforeHash = h === -1 ? url : url.slice(0, h);
  const q = beforeHash.indexOf('?');
  const path = q === -1 ? beforeHash : beforeHash.slice(0, q);
  let hash = h === -1 ? undefined : url.slice(h + 1);
  if (hash !== undefined) {
    try {
      hash = decodeURIComponent(hash);
    } catch {
      /* keep it as written; it will not match and the message shows it */
    }
  }
  return { path, hash };
}

/** Closest ids: those containing the word (or contained in it) first, then by edit distance. */
const nearest = (word: string, candidates: Iterable<string>, n = 3): string[] =>
  [...candidates]
    // The bibliography's ref-N and Starlight's _top are suggested only to who writes one.
    .filter((c) => !/^(ref-\d+|_top)$/.test(c) || word.startsWith(c.slice(0, 3)))
    .map((c) => ({ c, d: (c.includes(word) || word.includes(c) ? 0 : 1000) + distance(c, word) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);

/**
 * Checks one link written on the page `fromPage` (a site path like `/challenges/x/`). Returns
 * undefined when it resolves, else a sentence saying what is wrong and what to write instead.
 */
export function checkLink(url: string, fromPage: string, targets: LinkTargets): string | undefined {
  if (!isInternalLink(url)) return undefined;
  const { path, hash } = split(url);
  if (path === '' && hash === undefined) return `empty link target: write the page, like /part/chapter/`;
  if (path !== '' && !path.startsWith('/')) {
    return `relative link "${url}": write internal links from the site root, like /part/chapter/, so they work from every page`;
  }
  const page = path === '' ? fromPage : path;
  if (!targets.pages.has(page)) {
    if (targets.pages.has(`${page}/`)) return `link "${url}" lacks the trailing slash the site's pages have: write ${page}/${hash !== undefined ? `#${hash}` : ''}`;
    const base = targets.base.endsWith('/') ? targets.base : `${targets.base}/`;
    if (base !== '/' && page.startsWith(base)) {
      return `link "${url}" includes the deploy base ${base}: write it from the site root (${page.slice(base.length - 1)}); the build adds the base`;
    }
    const pages = [...targets.pages.keys()];
    return `link "${url}" points to no page of the site. Did you mean ${closest(page, pages)}? Chapter paths are /<part>/<file name without .mdx>/`;
  }
  if (hash === undefined || hash === '') return undefined;
  const ids = targets.pages.get(page);
  if (!ids || ids.has(hash)) return undefined;
  const near = nearest(hash, ids).map((id) => `#${id}`);
  return `link "${url}": ${path === '' ? 'this page' : page} has no heading or anchor #${hash}. Anchors are the heading text slugged (lower case, spaces to hyphens); closest: ${near.join(', ')}`;
}

/** Where a link that resolves points once the site is built under `base`. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${url.slice(1)}`;
}
