import { distance } from 'fastest-levenshtein';
import { journalsAgree, type Fingerprint } from './normalise.ts';

/** How two references compare: positive evidence for the same work, negative against it. */
export interface Comparison {
  score: number;
  /** A hard contradiction (different DOIs, years too far apart): never the same work. */
  veto: boolean;
  reasons: string[];
}

/** Threshold above which two references are taken as one work. */
export const SAME_WORK = 5;

const namesAgree = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1) || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Weighs the fields of two references. Each field adds or removes evidence, so a single
 * misprinted field (a garbled name, a wrong journal, a lost page dash) does not keep apart
 * two references on which everything else agrees.
 */
export function compare(a: Fingerprint, b: Fingerprint): Comparison {
  const reasons: string[] = [];
  let score = 0;
  if (a.doi && b.doi) {
    if (a.doi === b.doi) return { score: 100, veto: false, reasons: ['same DOI'] };
    return { score: -100, veto: true, reasons: ['different DOIs'] };
  }
  if (a.year !== undefined && b.year !== undefined) {
    const dy = Math.abs(a.year - b.year);
    if (dy > 1) return { score: -100, veto: true, reasons: [`years ${a.year} and ${b.year}`] };
    // Online and print years differ by one: weak evidence either way.
    score += dy === 0 ? 2 : 0.5;
    reasons.push(dy === 0 ? 'same year' : 'years differ by one');
  }
  if (a.first && b.first) {
    if (namesAgree(a.first, b.first)) {
      score += 2;
      reasons.push('same first author');
    } else {
      score -= 2;
      reasons.push('first authors differ');
    }
  }
  if (a.families.length > 1 && b.families.length > 1) {
    const shared = a.families.slice(1).filter((f) => b.families.some((g) => namesAgree(f, g))).length;
    const fewer = Math.min(a.families.length, b.families.length) - 1;
    if (shared >= Math.min(2, fewer)) {
      score += 1;
      reasons.push('co-authors agree');
    }
  }
  if (a.volume && b.volume) {
    score += a.volume === b.volume ? 2 : -3;
    reasons.push(a.volume === b.volume ? 'same volume' : 'volumes differ');
  }
  if (a.page && b.page) {
    // A page printed without its dash ("572579") still starts with the first page.
    const same = a.page === b.page || (a.page.length > 3 && b.page.length > 3 && (a.page.startsWith(b.page) || b.page.startsWith(a.page)));
    score += same ? 3 : -3;
    reasons.push(same ? 'same first page' : 'pages differ');
  }
  if (a.journal.length && b.journal.length) {
    const same = journalsAgree(a.journal, b.journal);
    score += same ? 1.5 : -2;
    reasons.push(same ? 'journals agree' : 'journals differ');
  }
  if (a.title.size >= 3 && b.title.size >= 3) {
    const j = jaccard(a.title, b.title);
    if (j >= 0.6) {
      score += 4;
      reasons.push('titles agree');
    } else if (j < 0.3) {
      score -= 4;
      reasons.push('titles differ');
    }
  }
  return { score, veto: false, reasons };
}
