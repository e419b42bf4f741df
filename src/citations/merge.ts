import type { CslItem, CslName } from './csl.ts';
import { isEtAl, itemYear } from './csl.ts';
import { safeHttpUrl } from '../data/safe-url.ts';
import { certaintyOf } from './provenance.ts';
import { compareJournals, familyKey, firstPage, journalWords, normaliseDoi, titleWords } from './normalise.ts';

/** One reference of a work, as the merge sees it. */
export interface Member {
  item: CslItem;
  /** How the member is named in a conflict report: `chen2021:66`, `extra.bib:12`. */
  label: string;
  /**
   * `list`: a review's reference list, the authority. `extra`: bib/extra.bib, which may only fill
   * what the lists leave empty.
   */
  tier: 'list' | 'extra';
}

/** Two references of one work that print a field differently; the merge kept `kept`. */
export interface Conflict {
  work: string;
  field: string;
  kept: { value: string; label: string };
  other: { value: string; label: string };
  /** An extra.bib entry disagreeing with a review's list (it cannot change the list's value). */
  authority: boolean;
}

/**
 * More names beat fewer, and spelt-out given names beat initials; lists equal on both keep the
 * earliest (the sort is stable), so a later list with as many initials changes nothing.
 */
const authorListWeight = (names: CslName[]): number => names.filter((n) => !isEtAl(n)).length * 10 + (names.some((n) => /\p{Ll}{2}/u.test(n.given ?? '')) ? 5 : 0);

const show = (v: unknown): string => (Array.isArray(v) ? v.map((n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ')).join('; ') : String(v));

const jaccard = (a: Set<string>, b: Set<string>) => {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(1, a.size + b.size - common);
};

/** Values that a reader would call different (not a spelling or a page range against its first page). */
const DIFFERENT: Record<string, (a: unknown, b: unknown) => boolean> = {
  title: (a, b) => {
    const [x, y] = [new Set(titleWords(String(a))), new Set(titleWords(String(b)))];
    return x.size >= 3 && y.size >= 3 && jaccard(x, y) < 0.5;
  },
  issued: (a, b) => itemYear({ id: '', type: '', issued: a as CslItem['issued'] }) !== itemYear({ id: '', type: '', issued: b as CslItem['issued'] }),
  volume: (a, b) => String(a).trim() !== String(b).trim(),
  page: (a, b) => firstPage(String(a)) !== firstPage(String(b)),
  DOI: (a, b) => normaliseDoi(String(a)) !== normaliseDoi(String(b)),
  author: (a, b) => familyKey((a as CslName[])[0]) !== familyKey((b as CslName[])[0]),
};

/** Fields of a reference that are not the work's: keys, notes for the importer, the citation-js graph. */
const INTERNAL = new Set(['id', 'note', 'annote', 'citation-key', '_graph', 'custom', 'container-title-short']);

/**
 * Merges the references of one work. For each field, the values of the reviews' lists are
 * considered before those of extra.bib, and among them the most certain (see provenance.ts);
 * among equally certain values the earliest-listed wins, so a review added later fills what is
 * empty but never changes a value that was there. Exceptions that only complete a value: a page
 * range beats its own first page, the fullest author list and the longest spelling of a title or
 * journal win (the extraction drops hyphens and full stops). Disagreements are returned as conflicts.
 */
export function mergeWork(id: string, members: Member[]): { item: CslItem; conflicts: Conflict[] } {
  const [first] = members;
  if (!first) throw new Error('mergeWork needs at least one member');
  const conflicts: Conflict[] = [];
  const certainty = members.map((m) => certaintyOf(m.item));
  const merged: CslItem = { id, type: first.item.type };

  /** The members that have `field`, most authoritative first. */
  const candidates = (field: string, has = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) => {
    // A field of a record (given) beats one read from text; between text readings (read, guessed)
    // the field's rule decides, since both come from the same printed words.
    const list = members.map((m, i) => ({ m, i, v: m.item[field], c: certainty[i]!(field) === 'given' ? 1 : 0 })).filter((x) => has(x.v));
    const best = (tier: Member['tier']) => {
      const inTier = list.filter((x) => x.m.tier === tier);
      const top = Math.max(...inTier.map((x) => x.c));
      return inTier.filter((x) => x.c === top);
    };
    const lists = best('list');
    return { all: list, top: lists.length ? lists : best('extra') };
  };

  const fields = new Set(members.flatMap((m) => Object.keys(m.item)).filter((f) => !INTERNAL.has(f)));
  for (const field of fields) {
    const { all, top } = candidates(field);
    if (!top.length) continue;
    let chosen = top[0]!;
    if (field === 'page') {
      // A range that starts on the chosen first page completes it.
      const range = all.find((x) => /[-–]/.test(String(x.v)) && firstPage(String(x.v)) === firstPage(String(chosen.v)));
      if (range) chosen = { ...chosen, v: range.v };
    }
    if (field === 'author') chosen = [...top].sort((a, b) => authorListWeight(b.v as CslName[]) - authorListWeight(a.v as CslName[]))[0]!;
    // The fullest spelling of the same journal, and of the same title: the same letters with the
    // hyphens and spaces the extraction dropped; never other words.
    if (field === 'container-title') {
      const first = journalWords(String(chosen.v));
      chosen = top.filter((x) => compareJournals(journalWords(String(x.v)), first) === 'same').sort((a, b) => String(b.v).length - String(a.v).length)[0] ?? chosen;
    }
    if (field === 'title') {
      const letters = (v: unknown) => String(v).toLowerCase().replace(/[^\p{L}\d]/gu, '');
      chosen = top.filter((x) => letters(x.v) === letters(chosen.v)).sort((a, b) => String(b.v).length - String(a.v).length)[0]!;
    }
    merged[field] = chosen.v;
    const differs = DIFFERENT[field];
    if (!differs) continue;
    for (const x of all) {
      if (x === chosen || x.i === chosen.i || !differs(chosen.v, x.v)) continue;
      conflicts.push({
        work: id,
        field,
        kept: { value: show(chosen.v), label: chosen.m.label },
        other: { value: show(x.v), label: x.m.label },
        authority: x.m.tier === 'extra' && chosen.m.tier === 'list',
      });
    }
  }
  if (merged.page) merged.page = String(merged.page).replace(/\s*[-–—]+\s*/, '–');
  const year = itemYear(merged);
  if (year !== undefined) merged.issued = { 'date-parts': [[year]] };
  // The journal as other references abbreviate it.
  const journal = merged['container-title'];
  const short = members.flatMap((m) => [m.item['container-title'], m.item['container-title-short']]).filter((j): j is string => !!j && j !== journal).sort((a, b) => a.length - b.length)[0];
  const own = first.item['container-title-short'];
  if (short ?? own) merged['container-title-short'] = (short ?? own)!;
  // Only a web address is a URL: `javascript:` and the like would reach every href, .bib and .ris
  // made from the work, so the work never carries one.
  if (!safeHttpUrl(merged.URL)) delete merged.URL;
  return { item: merged, conflicts };
}
