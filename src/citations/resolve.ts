import { compare, CONFLICT, SAME_WORK, type Comparison } from './compare.ts';
import { nameStem, type Fingerprint } from './normalise.ts';

export interface Candidate {
  key: string;
  fp: Fingerprint;
}

/** A person's decisions (bib/decisions.yaml) by key; they always win over the scores. */
export interface Decisions {
  merge: string[][];
  separate: string[][];
}

export interface PairReport {
  a: string;
  b: string;
  comparison: Comparison;
  /**
   * `near-miss`: scored just under the threshold, kept apart. `weak-merge`: merged with little
   * margin. `conflict`: scored as the same work, but kept apart because another member of one
   * cluster contradicts the other cluster (or a decision separates them).
   */
  kind: 'near-miss' | 'weak-merge' | 'conflict';
}

export interface Resolution {
  /** Groups of candidate indices, each one work. */
  clusters: number[][];
  /** Near matches not merged, and merges made with the least margin: for a person to decide. */
  borderline: PairReport[];
  /** Pairs scored (blocked pairs plus the cross-cluster checks). */
  comparisons: number;
}

/** How far under / over the threshold a pair is still shown to a person. */
const NEAR = 4;
const WEAK = 3;

/**
 * Block keys: a reference is compared only with those sharing one, so the work grows with the
 * corpus, not its square. Each key is specific enough that a block holds a handful of references
 * however large the corpus; together they catch every kind of misprint seen in the lists:
 * - DOI;
 * - volume + first page (a misprinted author, journal or year);
 * - first-author stem + year + volume, and + year + first page (a misprinted page or volume);
 * - year + three longest title words (a misprinted author and locator, e.g. a book).
 * The year-keyed ones are probed at year+1 too (online vs print year).
 */
function blockKeys(fp: Fingerprint, year = fp.year): string[] {
  const keys: string[] = [];
  const stem = fp.names[0] ? nameStem(fp.names[0]) : '';
  if (fp.doi) keys.push(`d:${fp.doi}`);
  if (fp.volume && fp.page && year === fp.year) keys.push(`l:${fp.volume}:${fp.page}`);
  if (year !== undefined) {
    if (stem && fp.volume) keys.push(`av:${stem}:${year}:${fp.volume}`);
    if (stem && fp.page) keys.push(`ap:${stem}:${year}:${fp.page}`);
    if (fp.title.size >= 3) keys.push(`t:${year}:${titleKey(fp.title)}`);
  }
  return keys;
}

const titleKey = (title: Set<string>): string =>
  [...title]
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
    .slice(0, 3)
    .sort()
    .join(' ');

/**
 * A reference without volume or page cannot be located, so it meets every reference of its first
 * author (whole family name: a stem would make the block grow with the corpus) and year (±1).
 */
const incomplete = (fp: Fingerprint): boolean => !fp.doi && (!fp.volume || !fp.page);
const authorYear = (fp: Fingerprint, year = fp.year): string | undefined =>
  fp.names[0] && year !== undefined ? `${fp.names[0].key}:${year}` : undefined;

export function resolve(candidates: Candidate[], decisions: Decisions): Resolution {
  const n = candidates.length;
  const index = new Map(candidates.map((c, i) => [c.key, i]));
  const blocks = new Map<string, number[]>();
  const byAuthorYear = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  candidates.forEach((c, i) => {
    for (const k of blockKeys(c.fp)) push(blocks, k, i);
    const ay = authorYear(c.fp);
    if (ay) push(byAuthorYear, ay, i);
  });

  const pairs = new Map<number, Comparison>();
  const pairId = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  let comparisons = 0;
  const comparison = (i: number, j: number): Comparison => {
    const id = pairId(i, j);
    let c = pairs.get(id);
    if (!c) {
      comparisons++;
      c = compare(candidates[i]!.fp, candidates[j]!.fp);
      pairs.set(id, c);
    }
    return c;
  };
  for (const members of blocks.values()) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) comparison(members[a]!, members[b]!);
  }
  candidates.forEach(({ fp }, i) => {
    if (fp.year === undefined) return;
    for (const k of blockKeys(fp, fp.year + 1)) for (const j of blocks.get(k) ?? []) if (j !== i) comparison(i, j);
    if (!incomplete(fp)) return;
    for (const y of [fp.year - 1, fp.year, fp.year + 1]) {
      for (const j of byAuthorYear.get(authorYear(fp, y)!) ?? []) if (j !== i) comparison(i, j);
    }
  });

  const separated = new Set<number>();
  for (const group of decisions.separate) {
    for (const a of group) for (const b of group) if (a !== b) separated.add(pairId(index.get(a)!, index.get(b)!));
  }

  // Union-find over clusters that keep their member lists, so a merge can be checked against
  // every pair across the two clusters (transitive-safe: no chaining through a bad middle link).
  // Clusters hold a few references each (one per citing review, plus a review's own repeats), so
  // the check costs little; pairs no block brought together are scored here.
  const clusterOf = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  const find = (i: number): number => (clusterOf[i] === i ? i : (clusterOf[i] = find(clusterOf[i]!)));
  const forbidden = (a: number, b: number): boolean => {
    for (const x of members.get(a)!) {
      for (const y of members.get(b)!) {
        if (separated.has(pairId(x, y))) return true;
        const c = comparison(x, y);
        if (c.veto || c.score <= CONFLICT) return true;
      }
    }
    return false;
  };
  const union = (a: number, b: number) => {
    const [keep, drop] = members.get(a)!.length >= members.get(b)!.length ? [a, b] : [b, a];
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
    clusterOf[drop] = keep;
  };

  for (const group of decisions.merge) {
    const ids = group.map((k) => index.get(k)!);
    for (const j of ids.slice(1)) {
      const a = find(ids[0]!);
      const b = find(j);
      if (a !== b) union(a, b);
    }
  }

  const ranked = [...pairs.entries()].map(([id, c]) => ({ i: Math.floor(id / n), j: id % n, c })).sort((p, q) => q.c.score - p.c.score || p.i - q.i || p.j - q.j);
  const borderline: PairReport[] = [];
  for (const { i, j, c } of ranked) {
    const report = (kind: PairReport['kind']) => borderline.push({ a: candidates[i]!.key, b: candidates[j]!.key, comparison: c, kind });
    if (c.score < SAME_WORK) {
      if (c.score >= SAME_WORK - NEAR && !c.veto && find(i) !== find(j)) report('near-miss');
      continue;
    }
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    if (forbidden(a, b)) {
      report('conflict');
      continue;
    }
    if (c.score < SAME_WORK + WEAK) report('weak-merge');
    union(a, b);
  }

  const clusters = [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  return { clusters, borderline, comparisons };
}
