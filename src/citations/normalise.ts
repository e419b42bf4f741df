import type { CslItem, CslName } from './csl.ts';
import { isEtAl, itemYear } from './csl.ts';
import { certaintyOf } from './provenance.ts';

// Letters NFKD does not decompose into a base letter plus a mark.
const LIGATURES: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i' };

/** Lower case, accents and punctuation gone, so `Schüllli`, `Schulli` and `SCHULLI` agree, and `Leichtweiß` is `leichtweiss`. */
export const fold = (s: string): string =>
  s
    .replace(/[ßøØæÆœŒłŁđĐı]/g, (c) => LIGATURES[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export const familyKey = (name: CslName | undefined): string =>
  fold(name?.family ?? name?.literal ?? '').replace(/\s+/g, '');


const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'el', 'al', 'ten', 'ter', 'zu']);

/** A family name as compared: its words and the given-name initial. */
export interface NameKey {
  /** All words joined: `El Gabaly` → `elgabaly`. */
  key: string;
  /** Its words, particles and hyphenated parts separate: `Fattakhova-Rohlfing` → [fattakhova, rohlfing]. */
  words: string[];
  /** First letter of the given names, if printed. */
  initial: string;
}

export function nameKey(name: CslName): NameKey {
  const words = fold(name.family ?? name.literal ?? '').split(' ').filter(Boolean);
  return { key: words.join(''), words, initial: fold(name.given ?? '')[0] ?? '' };
}

/** The first four letters of the family name without leading particles (`van der Ven` → `ven`): what the resolver blocks on. */
export const nameStem = (n: NameKey): string => {
  let i = 0;
  while (i < n.words.length - 1 && PARTICLES.has(n.words[i]!)) i++;
  return (n.words[i] ?? n.key).slice(0, 4);
};

/** Levenshtein distance at most one (one misprinted, dropped or added letter). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How two printed names relate. `same`: equal, one letter misprinted in a name of five or more
 * letters (`Gittleson`/`Gittleston`), or one name is a whole word of the other (a dropped particle
 * or half of a double name: `El Gabaly`/`Gabaly`, `Fattakhova-Rohlfing`/`Fattakhova`, `Norouzi Banis`/`Banis`).
 * `swapped`: given and family names exchanged (`Yoshiyuki, I.` for `Inaguma, Y.`), which only initials can show,
 * so it is weaker evidence. Prefixes do not count: `Chen` and `Cheng` are different people.
 */
export function compareNames(a: NameKey, b: NameKey): 'same' | 'swapped' | 'different' {
  if (!a.key || !b.key) return 'different';
  if (a.key === b.key) return 'same';
  if (Math.min(a.key.length, b.key.length) >= 5 && withinOneEdit(a.key, b.key)) return 'same';
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (long.words.length > 1 && short.words.length === 1 && short.key.length >= 3 && long.words.includes(short.key)) return 'same';
  if (a.initial && b.initial && a.initial === b.key[0] && b.initial === a.key[0] && a.initial !== b.initial) return 'swapped';
  return 'different';
}

// Not `a`: it is the section letter of `J. Mater. Chem. A`.
const JOURNAL_STOPWORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'fur', 'und', 'de']);

/**
 * Journal title as word stems: `Nat. Mater.` and `Nature Materials` both give [nat…, mater…].
 * A parenthesised place (`Adv Sci (Weinh)`) and the PubMed edition tag `Engl` are not part of the name.
 */
export const journalWords = (title: string | undefined): string[] => {
  if (!title) return [];
  const words = fold(title.replace(/\([^)]*\)/g, ' ').replace(/&/g, ' and ')).split(' ').filter((w) => w && !JOURNAL_STOPWORDS.has(w));
  if (words.length > 2 && words.at(-1) === 'engl') words.pop();
  return words;
};

const wordAgrees = (w: string, v: string) => w.startsWith(v) || v.startsWith(w);

/**
 * How two journal titles relate. `same` when they have as many words and each word of one is an
 * abbreviation (a prefix) of the other's: `ACS Appl Mater Inter` ~ `ACS Applied Materials & Interfaces`,
 * `Energ Environ Sci` ~ `Energy Environ. Sci.`. `related` when one title is the start of the other,
 * as with editions and sections (`Angew. Chem.` and `Angew. Chem. Int. Ed.`, `J. Mater. Chem.` and
 * `J. Mater. Chem. A`): not evidence either way. Otherwise `different`.
 */
export function compareJournals(a: string[], b: string[]): 'same' | 'related' | 'different' | 'unknown' {
  if (a.length === 0 || b.length === 0) return 'unknown';
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!wordAgrees(a[i]!, b[i]!)) return 'different';
  return a.length === b.length ? 'same' : n >= 2 ? 'related' : 'different';
}

/** Kept for callers that only need a yes/no. */
export const journalsAgree = (a: string[], b: string[]): boolean => compareJournals(a, b) === 'same';

export const journalInitials = (words: string[]): string => words.map((w) => w[0]).join('');

/**
 * A range that starts at page 1 (`1–16`) is how some lists print an article that has an article
 * number (16103) instead of pages: it says how long the article is, not where it is.
 */
export const isPageCount = (page: string | undefined): boolean => !!page && /^\s*1\s*[-–—]+\s*\d+\s*$/.test(page);

/** First page or article number, digits and letters only: `572–579` → `572`, `e202211626` → `202211626`. */
export const firstPage = (page: string | undefined): string | undefined => {
  if (!page) return undefined;
  const first = page.split(/[-–—]+/)[0]!.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  return first || undefined;
};

/** The page the resolver compares: the first page, without the `e` some lists put before an article number. */
const locatorPage = (page: string | undefined): string | undefined =>
  isPageCount(page) ? undefined : firstPage(page)?.replace(/^e(?=\d{4,})/, '');

export const normaliseDoi = (doi: string | undefined): string | undefined => {
  if (!doi) return undefined;
  const bare = doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').replace(/\s+/g, '');
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? bare.toLowerCase().replace(/[.,;]+$/, '') : undefined;
};

const TITLE_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'with', 'by', 'via', 'at', 'as', 'from']);

/**
 * Title words; a hyphen or dash inside a word is dropped first, because lists print the same
 * compound as `state-of-the-art`, `stateof-the-art` and `state-ofthe-art`.
 */
export const titleWords = (title: string | undefined): string[] =>
  title
    ? fold(title.replace(/(?<=\p{L}|\d)[-‐‑–—](?=\p{L}|\d)/gu, ''))
        .split(' ')
        .filter((w) => w.length > 1 && !TITLE_STOPWORDS.has(w))
    : [];

/** Everything the resolver compares, computed once per reference. */
export interface Fingerprint {
  names: NameKey[];
  year: number | undefined;
  journal: string[];
  volume: string | undefined;
  page: string | undefined;
  doi: string | undefined;
  title: Set<string>;
  /** The title was placed by shape, not read from a marked position (provenance.ts): weak evidence against a match. */
  titleDoubtful: boolean;
}

export function fingerprint(item: CslItem): Fingerprint {
  const names = (item.author ?? item.editor ?? []).filter((n) => !isEtAl(n)).map(nameKey).filter((n) => n.key);
  return {
    names,
    year: itemYear(item),
    journal: journalWords(item['container-title'] ?? item['container-title-short']),
    volume: item.volume ? fold(String(item.volume)).replace(/\s+/g, '') || undefined : undefined,
    page: locatorPage(item.page ?? item.number),
    doi: normaliseDoi(item.DOI),
    title: new Set(titleWords(item.title)),
    titleDoubtful: certaintyOf(item)('title') === 'guessed',
  };
}
