import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LinkTargets } from './links.ts';
import { GUIDE_FILE, GUIDE_SLUG } from '../project.ts';
import { chapterSlug, type ChapterCitations } from './chapter-citations.ts';
import type { Library } from '../citations/library.ts';
import { routes } from '../data/routes.ts';

export interface LinkTargetInput {
  root: string;
  base: string;
  chapters: ChapterCitations[];
  library: Library;
  /** Extra docs pages that are not chapters (the contributors' guide), path → ids or null. */
  extraPages?: Iterable<[string, ReadonlySet<string> | null]>;
}

/** Routes of the files in src/pages whose path has no parameter: `overlap.astro` → `/overlap/`. */
function staticPageRoutes(pagesDir: string): string[] {
  if (!existsSync(pagesDir)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!p.includes('[') && /\.(astro|md|mdx|ts|js)$/.test(name)) {
        const rel = relative(pagesDir, p).replace(/\\/g, '/');
        // `x.astro` is a page (/x/); `x.json.ts` is an endpoint serving /x.json.
        out.push(/\.(astro|md|mdx)$/.test(name) ? `/${rel.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/') : `/${rel.replace(/\.(ts|js)$/, '')}`);
      }
    }
  };
  walk(pagesDir);
  return out;
}

/**
 * Every page an internal link may point at, from the site root: chapters with their anchors,
 * the generated pages (reference, source and data routes from routes.ts) and the static pages in
 * src/pages. Anchors are checked on chapters only; generated pages' ids are not known here.
 */
export function linkTargets({ root, base, chapters, library, extraPages = [] }: LinkTargetInput): LinkTargets {
  const r = routes('/');
  const pages = new Map<string, ReadonlySet<string> | null>();
  for (const c of chapters) pages.set(r.page(c.slug), new Set(c.anchors));
  for (const [path, ids] of extraPages) pages.set(path, ids);
  for (const path of staticPageRoutes(join(root, 'src/pages'))) if (!pages.has(path)) pages.set(path, null);
  for (const w of library.works) {
    pages.set(r.work(w.id), null);
    pages.set(r.data(`works/${w.id}.bib`), null);
    pages.set(r.data(`works/${w.id}.ris`), null);
  }
  for (const s of library.sources) {
    pages.set(r.source(s.id), null);
    pages.set(r.data(`${s.id}.bib`), null);
  }
  return { pages, base };
}

/** The site path of the page a source file becomes, for links to `#anchor` on the same page. */
export function pageOfFile(root: string, file: string): string | undefined {
  const abs = resolve(root, file);
  if (abs === resolve(root, GUIDE_FILE)) return `/${GUIDE_SLUG}/`;
  const content = resolve(root, 'content');
  if (!abs.startsWith(`${content}${sep}`)) return undefined;
  return routes('/').page(chapterSlug(content, abs));
}
