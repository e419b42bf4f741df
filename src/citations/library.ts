import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { SourceError } from '../data/source-error.ts';
import type { Source } from './sources.ts';
import { assignKeys, baseKey } from './canonical-key.ts';
import type { CslItem } from './csl.ts';
import { loadDecisions } from './decisions.ts';
import { mergeWork, type Conflict, type Member } from './merge.ts';
import { fingerprint, normaliseDoi } from './normalise.ts';
import { printedText } from './provenance.ts';
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
  /** Fields that two references of one work print differently (the merge kept the list's, the earliest). */
  conflicts: Conflict[];
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
  // A DOI identifies a work: an extra.bib entry with the DOI of a listed reference is that work,
  // whatever its other fields say (they can only fill what the list leaves empty).
  const byDoi = new Map<string, string>();
  for (const r of references) {
    const doi = normaliseDoi(r.item.DOI);
    if (doi && !byDoi.has(doi)) byDoi.set(doi, r.key);
  }
  for (const e of extra) {
    const listed = byDoi.get(normaliseDoi(e.item.DOI) ?? '');
    const apart = decisions.separate.some((g) => g.includes(e.key) && listed !== undefined && g.includes(listed));
    if (listed && !apart) decisions.merge.push([listed, e.key]);
  }
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
  // extra.bib keys are not reserved: the keys of the works the lists cite never depend on extra.bib,
  // and an extra.bib key that equals one of them is an error below, not a reason to rename the work.
  const reserved = new Set([...reviewIds, ...decisions.keys.map((k) => k.key)]);
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
  checkKeyClaims({ keyed, extra, nRefs, references, sources, items, sourcesFile: join(bibDir, 'sources.yaml') });

  const works: Work[] = [];
  const conflicts: Conflict[] = [];
  const byKey = new Map<string, Work>();
  const member = (i: number): Member =>
    i < nRefs
      ? { item: items[i]!, label: references[i]!.key, tier: 'list' }
      : { item: items[i]!, label: `${extra[i - nRefs]!.file.replace(/^.*\/(bib\/)/, '$1')}:${extra[i - nRefs]!.line}`, tier: 'extra' };
  for (const { cluster, fixed, source } of keyed) {
    const id = fixed!;
    const citedBy = cluster.filter((i) => i < nRefs).map((i) => ({ review: references[i]!.review, n: references[i]!.n }));
    // A source's own metadata (bib/sources.yaml) is authoritative for it.
    const members: Member[] = source
      ? [{ item: sourceItem(sources.find((s) => s.id === source)!), label: `bib/sources.yaml (${source})`, tier: 'list' }]
      : cluster.map(member);
    // A reference kept as printed text has no fields to merge; alone, it is shown as printed.
    const printed = members.map((m) => printedText(m.item));
    const readable = members.filter((_, i) => printed[i] === undefined);
    const merged = mergeWork(id, readable.length ? readable : members.slice(0, 1));
    conflicts.push(...merged.conflicts);
    const item = { ...merged.item, custom: { citedBy } };
    const text = readable.length ? undefined : printed[0];
    const work: Work = { id, item, citedBy, ...(source ? { source } : {}), ...(text !== undefined ? { printed: text } : {}) };
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
    conflicts,
    lookup,
    warnings,
    workOf: (key) => {
      const w = byKey.get(key);
      if (!w) throw new Error(`no work for ${key}`);
      return w;
    },
  };
}

interface KeyClaims {
  keyed: { cluster: number[]; fixed: string | undefined; source: string | undefined }[];
  extra: BibEntry[];
  nRefs: number;
  references: Reference[];
  sources: Source[];
  items: CslItem[];
  sourcesFile: string;
}

const describe = (item: CslItem): string => {
  const first = item.author?.[0];
  const name = first?.family ?? first?.literal ?? 'no author';
  const year = item.issued?.['date-parts']?.[0]?.[0];
  return `${name}${(item.author?.length ?? 0) > 1 ? ' et al.' : ''} ${year ?? 'n.d.'}${item.title ? `, "${item.title}"` : ''}`;
};

/**
 * Keys belong to the works the reviews list first. An extra.bib key may not name another work
 * (it would take over that work's page), and a review registered after the review that cites a
 * work may not take that work's key as its id (the work would be renamed and every chapter citing
 * it would break).
 */
function checkKeyClaims({ keyed, extra, nRefs, references, sources, items, sourcesFile }: KeyClaims): void {
  for (const k of keyed) {
    for (const i of k.cluster) {
      if (i < nRefs || i >= nRefs + extra.length) continue;
      const e = extra[i - nRefs]!;
      const other = keyed.find((o) => o !== k && o.fixed === e.key);
      if (other) {
        const anchor = other.cluster[0]!;
        const cited = anchor < nRefs ? ` (cited as ${references[anchor]!.key})` : '';
        throw new SourceError(
          e.file,
          e.line,
          `key "${e.key}" in extra.bib is already the canonical key of another work: ${describe(items[anchor]!)}${cited}. Cite [@${e.key}] for that work, or give this entry another key.`,
        );
      }
    }
  }
  const order = new Map(sources.map((s, i) => [s.id, i]));
  for (const k of keyed) {
    const anchor = k.cluster[0]!;
    if (k.source || anchor >= nRefs) continue;
    const base = baseKey(items[anchor]!);
    const citedFirstBy = references[anchor]!.review;
    const claimant = sources.find((s) => s.id === base);
    if (!claimant || order.get(claimant.id)! < order.get(citedFirstBy)!) continue;
    const lines = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8').split('\n') : [];
    throw new SourceError(
      sourcesFile,
      lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*${base}\\s*$`).test(l)) + 1 || 1,
      `review id "${base}" is the canonical key of a work ${citedFirstBy} lists before it (${references[anchor]!.key}: ${describe(items[anchor]!)}): choose another id for the review, such as ${base.replace(/\d{4}.*$/, '')}${base.match(/\d{4}/)?.[0]}rev, so that work keeps its key.`,
    );
  }
}
