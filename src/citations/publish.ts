import type { Source } from './sources.ts';
import { publicItem, toBibtex } from './format.ts';
import type { Library } from './library.ts';
import type { CslItem } from './csl.ts';
import { toRis } from './ris.ts';
import type { Work } from './types.ts';

/**
 * The published data (DESIGN.md): works.json (CSL-JSON with custom.citedBy), works.bib,
 * <review>.bib and reviews.json. Everything the site shows can be re-used from these files.
 */
export const worksJson = (lib: Library): CslItem[] => lib.works.map(publicItem);

/** One work's BibTeX and RIS. */
export interface WorkExports {
  bib: string;
  ris: string;
}

export const workExports = (work: Work): WorkExports => ({ bib: toBibtex([publicItem(work)]), ris: toRis([publicItem(work)]) });

/**
 * A file of several works is their entries one after another, so each work is formatted once per
 * build (`exports`: CitationIndex.exports) and reused by its page, its own files and every list
 * that holds it.
 */
export const worksBib = (works: Work[], exports?: (id: string) => WorkExports): string =>
  works.map((w) => `${(exports?.(w.id) ?? workExports(w)).bib.trimEnd()}\n`).join('\n');

/** RIS records are separated by a blank line (toRis ends each with a line break). */
export const worksRis = (works: Work[], exports?: (id: string) => WorkExports): string =>
  works.map((w) => (exports?.(w.id) ?? workExports(w)).ris).join('\r\n');

/** The works a review cites, in the order of its reference list (a work listed twice, once). */
export function reviewWorks(lib: Library, review: string): Work[] {
  const seen = new Set<string>();
  const out: Work[] = [];
  for (const r of lib.references) {
    if (r.review !== review) continue;
    const w = lib.workOf(r.key);
    if (!seen.has(w.id)) {
      seen.add(w.id);
      out.push(w);
    }
  }
  return out;
}

export const reviewsJson = (lib: Library): (Source & { references: number; works: number; citedBy: Work['citedBy'] })[] =>
  lib.sources.map((s) => ({
    ...s,
    // Numbered references as printed: a number holding several papers (su2023:41 a, b) counts once.
    references: new Set(lib.references.filter((r) => r.review === s.id).map((r) => r.n)).size,
    works: reviewWorks(lib, s.id).length,
    citedBy: lib.works.find((w) => w.source === s.id)?.citedBy ?? [],
  }));
