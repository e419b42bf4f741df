import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { SourceError } from '../data/source-error.ts';
import type { Source } from '../schema/sources.ts';
import { assignKeys } from './canonical-key.ts';
import type { CslItem } from './csl.ts';
import { loadDecisions } from './decisions.ts';
import { mergeItems } from './merge.ts';
import { fingerprint } from './normalise.ts';
import { parseBibFile, REFERENCE_KEY, toReferences, type BibEntry } from './parse.ts';
import { resolve, type Candidate, type Resolution } from './resolve.ts';
import type { KeyLookup, Reference, Work } from './types.ts';

export interface LibraryInput {
  /** The folder with <review>.bib, extra.bib and decisions.yaml. */
  bibDir: string;
  sources: Source[];
}

export interface Library {
  sources: Source[];
  works: Work[];
  references: Reference[];
  /** Works from bib/extra.bib by the key the contributor gave them. */
  extra: BibEntry[];
  resolution: Resolution;
  lookup(key: string): KeyLookup;
  workOf(referenceKey: string): Work;
  /** What the bib files hold but the site cannot read (an unknown field): printed by the check and the build, not fatal. */
  warnings: SourceError[];
}

/** CSL-JSON for a source review, from bib/sources.yaml. */
export function sourceItem(s: Source): CslItem {
  return {
    id: s.id,
    type: 'article-journal',
    title: s.title,
    author: s.authors.map((a) => {
      const [family, given] = a.split(/,\s*/);
      return given ? { family: family!, given } : { literal: a };
    }),
    'container-title': s.journal,
    ...(s.journalAbbrev ? { 'container-title-short': s.journalAbbrev } : {}),
    issued: { 'date-parts': [[s.year]] },
    ...(s.volume !== undefined ? { volume: String(s.volume) } : {}),
    ...(s.issue !== undefined ? { issue: String(s.issue) } : {}),
    ...(s.pages ? { page: s.pages } : s.article ? { page: s.article } : {}),
    ...(s.doi ? { DOI: s.doi } : {}),
  };
}

/** Parses every bib file, resolves references into works and indexes every key. */
export function buildLibrary({ bibDir, sources }: LibraryInput): Library {
  const warnings: SourceError[] = [];
  const warn = (w: SourceError) => warnings.push(w);
  const references: Reference[] = [];
  for (const s of sources) {
    const file = join(bibDir, `${s.id}.bib`);
    if (!existsSync(file)) throw new SourceError(file, 1, `the reference list of ${s.id} is missing: import it with \`npm run import:refs -- ${s.id} <file>\`.`);
    references.push(...toReferences(s.id, parseBibFile(file, warn)).sort((a, b) => a.n - b.n || (a.part ?? '').localeCompare(b.part ?? '')));
  }
  const extraFile = join(bibDir, 'extra.bib');
  const extra = existsSync(extraFile) ? parseBibFile(extraFile, warn) : [];
  const reviewIds = new Set(sources.map((s) => s.id));
  const refKeys = new Set(references.map((r) => r.key));
  for (const e of extra) {
    if (refKeys.has(e.key) || reviewIds.has(e.key) || e.key.includes(':')) {
      throw new SourceError(e.file, e.line, `key "${e.key}" in extra.bib clashes with a review or a review's reference: choose another key (no colon).`);
    }
  }

  const candidates: Candidate[] = [
    ...references.map((r) => ({ key: r.key, fp: fingerprint(r.item) })),
    ...extra.map((e) => ({ key: e.key, fp: fingerprint(e.item) })),
    ...sources.map((s) => ({ key: `source:${s.id}`, fp: fingerprint(sourceItem(s)) })),
  ];
  const items: CslItem[] = [...references.map((r) => r.item), ...extra.map((e) => e.item), ...sources.map(sourceItem)];
  const decisions = loadDecisions(join(bibDir, 'decisions.yaml'), new Set(candidates.map((c) => c.key)));
  const resolution = resolve(candidates, decisions);

  const nRefs = references.length;
  const nExtra = extra.length;
  const sourceOf = (i: number) => (i >= nRefs + nExtra ? sources[i - nRefs - nExtra]!.id : undefined);
  const extraOf = (i: number) => (i >= nRefs && i < nRefs + nExtra ? extra[i - nRefs]!.key : undefined);

  for (const k of decisions.keys) {
    if (reviewIds.has(k.key) || extra.some((e) => e.key === k.key)) {
      throw new SourceError(join(bibDir, 'decisions.yaml'), 1, `keys: "${k.key}" (for ${k.ref}) is already a review's or an extra.bib key: choose another.`);
    }
  }
  const reserved = new Set([...reviewIds, ...extra.map((e) => e.key), ...decisions.keys.map((k) => k.key)]);
  const candidateIndex = new Map(candidates.map((c, i) => [c.key, i]));
  const chosenKey = new Map(decisions.keys.map((k) => [candidateIndex.get(k.ref)!, k.key]));
  const keyed = resolution.clusters.map((cluster) => {
    const source = cluster.map(sourceOf).find(Boolean);
    const extraKey = cluster.map(extraOf).find(Boolean);
    const chosen = cluster.map((i) => chosenKey.get(i)).find(Boolean);
    return { cluster, fixed: source ?? chosen ?? (cluster.every((i) => i >= nRefs) ? extraKey : undefined), source };
  });
  const free = keyed.filter((k) => !k.fixed);
  const generated = assignKeys(free.map((k) => items[k.cluster[0]!]!), reserved);
  free.forEach((k, i) => (k.fixed = generated[i]));

  const works: Work[] = [];
  const byKey = new Map<string, Work>();
  for (const { cluster, fixed, source } of keyed) {
    const id = fixed!;
    // A source's own metadata (bib/sources.yaml) is authoritative for it.
    const memberItems = source ? [sourceItem(sources.find((s) => s.id === source)!)] : cluster.map((i) => items[i]!);
    const citedBy = cluster.filter((i) => i < nRefs).map((i) => ({ review: references[i]!.review, n: references[i]!.n }));
    const item = { ...mergeItems(id, memberItems), custom: { citedBy } };
    const work: Work = { id, item, citedBy, ...(source ? { source } : {}) };
    works.push(work);
    byKey.set(id, work);
    for (const i of cluster) {
      if (i < nRefs) byKey.set(references[i]!.key, work);
      const e = extraOf(i);
      if (e) byKey.set(e, work);
    }
  }

  // A number printed over several papers (su2023:41 = 41a + 41b) names all of them.
  const parts = new Map<string, Work[]>();
  for (const r of references) {
    if (!r.part) continue;
    const key = `${r.review}:${r.n}`;
    const list = parts.get(key) ?? [];
    const w = byKey.get(r.key)!;
    if (!list.includes(w)) list.push(w);
    parts.set(key, list);
    if (!byKey.has(key)) byKey.set(key, w);
  }

  const ranges = new Map<string, [number, number]>();
  for (const r of references) {
    const [lo, hi] = ranges.get(r.review) ?? [Infinity, -Infinity];
    ranges.set(r.review, [Math.min(lo, r.n), Math.max(hi, r.n)]);
  }
  const canonicalKeys = works.map((w) => w.id);

  const lookup = (key: string): KeyLookup => {
    const work = byKey.get(key);
    if (work) {
      const kind = reviewIds.has(key) ? 'review' : REFERENCE_KEY.test(key) ? 'reference' : 'canonical';
      return { ok: true, work, works: parts.get(key) ?? [work], kind };
    }
    const local = REFERENCE_KEY.exec(key);
    if (local && reviewIds.has(local[1]!)) {
      const [lo, hi] = ranges.get(local[1]!) ?? [0, 0];
      const n = Number(local[2]);
      if (local[3] && n >= lo && n <= hi) {
        const whole = `${local[1]}:${n}`;
        const letters = references.filter((r) => r.review === local[1] && r.n === n && r.part).map((r) => `${whole}${r.part}`);
        return letters.length
          ? { ok: false, message: `${whole} holds ${letters.length} papers, ${letters.join(', ')}; ${key} is not one of them`, suggestions: letters }
          : { ok: false, message: `${whole} is a single paper; cite it as ${whole}`, suggestions: [whole] };
      }
      return { ok: false, message: `${local[1]} has references ${lo}–${hi}; ${key} is out of range`, suggestions: [] };
    }
    const all = [...byKey.keys()];
    const near = all
      .map((k) => ({ k, d: distance(k, key) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((x) => x.k);
    const best = closest(key, canonicalKeys);
    return { ok: false, message: `unknown citation key "${key}"`, suggestions: [...new Set([...near, best])].slice(0, 3) };
  };

  return {
    sources,
    works,
    references,
    extra,
    resolution,
    lookup,
    warnings,
    workOf: (key) => {
      const w = byKey.get(key);
      if (!w) throw new Error(`no work for ${key}`);
      return w;
    },
  };
}
