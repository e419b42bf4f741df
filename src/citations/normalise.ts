import type { CslItem, CslName } from './csl.ts';
import { itemYear } from './csl.ts';

/** Lower case, accents and punctuation gone, so `Schüllli`, `Schulli` and `SCHULLI` agree. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export const familyKey = (name: CslName | undefined): string =>
  fold(name?.family ?? name?.literal ?? '').replace(/\s+/g, '');

const JOURNAL_STOPWORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', 'fur', 'und', 'de']);

/** Journal title as word stems: `Nat. Mater.` and `Nature Materials` both give [nat…, mater…]. */
export const journalWords = (title: string | undefined): string[] =>
  title ? fold(title.replace(/&/g, ' and ')).split(' ').filter((w) => w && !JOURNAL_STOPWORDS.has(w)) : [];

/**
 * Two journal titles agree when they have as many words and each word of one is an abbreviation
 * (a prefix) of the other's: `ACS Appl Mater Inter` ~ `ACS Applied Materials & Interfaces`.
 */
export function journalsAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0 || a.length !== b.length) return false;
  return a.every((w, i) => {
    const v = b[i]!;
    return w.startsWith(v) || v.startsWith(w);
  });
}

export const journalInitials = (words: string[]): string => words.map((w) => w[0]).join('');

/** First page or article number, digits and letters only: `572–579` → `572`, `e202211626` → `e202211626`. */
export const firstPage = (page: string | undefined): string | undefined => {
  if (!page) return undefined;
  const first = page.split(/[-–—]+/)[0]!.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  return first || undefined;
};

export const normaliseDoi = (doi: string | undefined): string | undefined => {
  if (!doi) return undefined;
  const bare = doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').replace(/\s+/g, '');
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? bare.toLowerCase().replace(/[.,;]+$/, '') : undefined;
};

const TITLE_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'with', 'by', 'via', 'at', 'as', 'from']);
export const titleWords = (title: string | undefined): string[] =>
  title ? fold(title).split(' ').filter((w) => w.length > 1 && !TITLE_STOPWORDS.has(w)) : [];

/** Everything the resolver compares, computed once per reference. */
export interface Fingerprint {
  families: string[];
  first: string;
  year: number | undefined;
  journal: string[];
  volume: string | undefined;
  page: string | undefined;
  doi: string | undefined;
  title: Set<string>;
}

export function fingerprint(item: CslItem): Fingerprint {
  const families = (item.author ?? item.editor ?? []).map(familyKey).filter((f) => f && f !== 'others');
  return {
    families,
    first: families[0] ?? '',
    year: itemYear(item),
    journal: journalWords(item['container-title'] ?? item['container-title-short']),
    volume: item.volume ? fold(String(item.volume)).replace(/\s+/g, '') || undefined : undefined,
    page: firstPage(item.page ?? item.number),
    doi: normaliseDoi(item.DOI),
    title: new Set(titleWords(item.title)),
  };
}
