import { compareJournals, compareNames, type Fingerprint, type NameKey } from './normalise.ts';

/** How two references compare: positive evidence for the same work, negative against it. */
export interface Comparison {
  score: number;
  /** A hard contradiction (different DOIs, years too far apart): never the same work. */
  veto: boolean;
  reasons: string[];
}

/** Threshold at or above which two references are taken as one work. */
export const SAME_WORK = 5;
/** A pair at or below this score contradicts: a cluster holding both is never formed. */
export const CONFLICT = -1;

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Same first page; a range printed without its dash (`572579`) still starts with the first page,
 * and its last page is about as long as the first.
 */
function samePage(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length >= 2 * short.length - 1 && long.length <= 2 * short.length;
}

/** Co-authors (after the first) of `a` that appear among those of `b`, counting each of `b` once. */
function sharedCoAuthors(a: NameKey[], b: NameKey[]): number {
  const left = b.slice(1);
  let shared = 0;
  for (const x of a.slice(1)) {
    const i = left.findIndex((y) => compareNames(x, y) !== 'different');
    if (i >= 0) {
      shared++;
      left.splice(i, 1);
    }
  }
  return shared;
}

/**
 * Weighs the fields of two references. Each field adds or removes evidence, so a single
 * misprinted field (a garbled name, a wrong journal, a lost page dash) does not keep apart
 * two references on which everything else agrees, while two papers that share authors, year
 * and journal (a group's papers of one year) are kept apart by their pages or titles.
 */
export function compare(a: Fingerprint, b: Fingerprint): Comparison {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  if (a.doi && b.doi) {
    if (a.doi === b.doi) return { score: 100, veto: false, reasons: ['same DOI'] };
    return { score: -100, veto: true, reasons: ['different DOIs'] };
  }
  if (a.year !== undefined && b.year !== undefined) {
    const dy = Math.abs(a.year - b.year);
    if (dy > 1) return { score: -100, veto: true, reasons: [`years ${a.year} and ${b.year}`] };
    // Online and print years differ by one: weak evidence either way.
    if (dy === 0) add(2, 'same year');
    else add(0.5, 'years differ by one');
  }
  const [fa, fb] = [a.names[0], b.names[0]];
  if (fa && fb) {
    const rel = compareNames(fa, fb);
    // Wang H. and Wang C. are two people: with common family names the initial carries the identity.
    if (rel === 'same' && fa.initial && fb.initial && fa.initial !== fb.initial) add(0.5, 'same first family name, initials differ');
    else if (rel === 'same') add(2, 'same first author');
    else if (rel === 'swapped') add(0, 'first author with given and family names swapped');
    else add(-2, 'first authors differ');
  }
  const fewer = Math.min(a.names.length, b.names.length) - 1;
  if (fewer >= 1) {
    const shared = sharedCoAuthors(a.names, b.names);
    if (shared >= Math.min(2, fewer)) add(1, 'co-authors agree');
    else if (shared === 0 && fewer >= 2) add(-2, 'no co-author in common');
  }
  // Volume and first page together locate an article; either one alone is weaker.
  const vol = a.volume && b.volume ? a.volume === b.volume : undefined;
  const page = a.page && b.page ? samePage(a.page, b.page) : undefined;
  if (vol !== undefined && page !== undefined) {
    if (vol && page) add(6, 'same volume and first page');
    else if (vol) add(-5, 'same volume, different pages');
    else if (page) add(-1, 'same first page, different volumes');
    else add(-6, 'volumes and pages differ');
  } else if (vol !== undefined) add(vol ? 1.5 : -3, vol ? 'same volume' : 'volumes differ');
  else if (page !== undefined) add(page ? 3 : -3, page ? 'same first page' : 'pages differ');
  const journals = compareJournals(a.journal, b.journal);
  if (journals === 'same') add(1.5, 'journals agree');
  else if (journals === 'different') add(-2, 'journals differ');
  if (a.title.size >= 3 && b.title.size >= 3) {
    const j = jaccard(a.title, b.title);
    if (j >= 0.7) add(5, 'titles agree');
    else if (j >= 0.5) add(2, 'titles mostly agree');
    // A title placed by shape may hold part of the journal or lack its end: it cannot keep apart
    // references whose locators agree as firmly as a title read from its marked place can.
    else if (j < 0.35) add(a.titleDoubtful || b.titleDoubtful ? -3 : -6, a.titleDoubtful || b.titleDoubtful ? 'titles differ (one placed by shape)' : 'titles differ');
    else add(-2, 'titles partly differ');
  }
  return { score, veto: false, reasons };
}
