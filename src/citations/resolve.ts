import { compare, SAME_WORK, type Comparison } from './compare.ts';
import type { Fingerprint } from './normalise.ts';

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
}

export interface Resolution {
  /** Groups of candidate indices, each one work. */
  clusters: number[][];
  /** Near matches not merged, and merges made with the least margin: for a person to decide. */
  borderline: PairReport[];
  comparisons: number;
}

/**
 * Block keys: a reference is compared only with those sharing one (first-author stem and year,
 * DOI, or journal initials + volume + first page), so work grows with the corpus, not its square.
 */
function blockKeys({ fp }: Candidate): string[] {
  const keys: string[] = [];
  const stem = fp.first.slice(0, 4);
  if (stem && fp.year !== undefined) keys.push(`a:${stem}:${fp.year}`);
  if (fp.doi) keys.push(`d:${fp.doi}`);
  if (fp.volume && fp.page) keys.push(`v:${fp.journal.map((w) => w[0]).join('')}:${fp.volume}:${fp.page}`);
  return keys;
}

/** Years are blocked exactly; a neighbour year is reached through a second look-up. */
const neighbourKeys = (c: Candidate): string[] =>
  c.fp.first && c.fp.year !== undefined ? [`a:${c.fp.first.slice(0, 4)}:${c.fp.year + 1}`] : [];

export function resolve(candidates: Candidate[], decisions: Decisions): Resolution {
  const index = new Map(candidates.map((c, i) => [c.key, i]));
  const blocks = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const k of blockKeys(c)) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });

  const pairs = new Map<string, { i: number; j: number; c: Comparison }>();
  let comparisons = 0;
  const consider = (i: number, j: number) => {
    if (i === j) return;
    const [x, y] = i < j ? [i, j] : [j, i];
    const id = `${x},${y}`;
    if (pairs.has(id)) return;
    comparisons++;
    pairs.set(id, { i: x, j: y, c: compare(candidates[x]!.fp, candidates[y]!.fp) });
  };
  for (const members of blocks.values()) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) consider(members[a]!, members[b]!);
  }
  candidates.forEach((c, i) => {
    for (const k of neighbourKeys(c)) for (const j of blocks.get(k) ?? []) consider(i, j);
  });

  const separated = new Set<string>();
  for (const group of decisions.separate) {
    for (const a of group) for (const b of group) if (a !== b) separated.add(`${index.get(a)},${index.get(b)}`);
  }

  // Union-find over clusters that keep their member lists, so a merge can be checked against
  // every pair across the two clusters (transitive-safe: no chaining through a bad middle link).
  const clusterOf = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  const find = (i: number): number => (clusterOf[i] === i ? i : (clusterOf[i] = find(clusterOf[i]!)));
  const forbidden = (a: number, b: number): boolean => {
    for (const x of members.get(a)!) {
      for (const y of members.get(b)!) {
        if (separated.has(`${x},${y}`)) return true;
        const p = pairs.get(x < y ? `${x},${y}` : `${y},${x}`);
        if (p?.c.veto) return true;
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

  const ranked = [...pairs.values()].sort((p, q) => q.c.score - p.c.score);
  const borderline: PairReport[] = [];
  for (const { i, j, c } of ranked) {
    const report = { a: candidates[i]!.key, b: candidates[j]!.key, comparison: c };
    if (c.score < SAME_WORK) {
      if (c.score >= SAME_WORK - 3 && !c.veto) borderline.push(report);
      continue;
    }
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    if (forbidden(a, b)) {
      borderline.push(report);
      continue;
    }
    if (c.score < SAME_WORK + 2) borderline.push(report);
    union(a, b);
  }

  const clusters = [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  return { clusters, borderline, comparisons };
}
