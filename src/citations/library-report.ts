/**
 * Cross-review figures on the resolved library, for `npm run refs:report`: how many works each
 * number of reviews shares, how many works each pair of reviews shares, and the borderline pairs
 * (near matches kept apart, merges with the least margin, merges refused because of a conflict)
 * printed with both references' fields, so a person can decide and record the decision in
 * bib/decisions.yaml. Pure functions over a Library; the CLI prints the text.
 */
import { itemYear, type CslItem } from './csl.ts';
import type { Library } from './library.ts';
import type { PairReport } from './resolve.ts';

export interface LibraryReport {
  references: number;
  works: number;
  comparisons: number;
  /** Works cited by exactly k reviews, for k = 1 … number of reviews. */
  byReviewCount: { reviews: number; works: number }[];
  /** Works cited by both reviews of each pair. */
  pairs: { a: string; b: string; works: number }[];
  /** A review's works listed under two numbers of its own list. */
  repeats: { review: string; numbers: number[]; work: string }[];
  borderline: PairReport[];
}

export function libraryReport(lib: Library): LibraryReport {
  const ids = lib.sources.map((s) => s.id);
  const reviewsOf = (w: Library['works'][number]) => new Set(w.citedBy.map((c) => c.review));
  const cited = lib.works.filter((w) => w.citedBy.length > 0);
  const byReviewCount = ids.map((_, i) => ({ reviews: i + 1, works: cited.filter((w) => reviewsOf(w).size === i + 1).length }));
  const pairs: LibraryReport['pairs'] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const works = cited.filter((w) => {
        const r = reviewsOf(w);
        return r.has(ids[i]!) && r.has(ids[j]!);
      }).length;
      pairs.push({ a: ids[i]!, b: ids[j]!, works });
    }
  }
  const repeats: LibraryReport['repeats'] = [];
  for (const w of cited) {
    for (const review of reviewsOf(w)) {
      const numbers = [...new Set(w.citedBy.filter((c) => c.review === review).map((c) => c.n))];
      if (numbers.length > 1) repeats.push({ review, numbers, work: w.id });
    }
  }
  return {
    references: lib.references.length,
    works: lib.works.length,
    comparisons: lib.resolution.comparisons,
    byReviewCount,
    pairs,
    repeats,
    borderline: lib.resolution.borderline,
  };
}

const names = (item: CslItem) => {
  const list = (item.author ?? item.editor ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(' '));
  return list.length > 4 ? `${list.slice(0, 4).join('; ')}; … (${list.length})` : list.join('; ');
};

/** One reference's fields on one line, as the resolver sees them. */
export function referenceLine(lib: Library, key: string): string {
  const ref = lib.references.find((r) => r.key === key);
  const item = ref?.item;
  if (!item) return `${key}: (a source review or an extra.bib work)`;
  const fields = [
    names(item) || '(no author)',
    String(itemYear(item) ?? 'no year'),
    item.title ? `“${item.title}”` : '(no title)',
    item['container-title'] ?? item.publisher ?? '(no journal)',
    item.volume ? `vol ${item.volume}` : '',
    item.page ? `p ${item.page}` : item.number ? `no ${item.number}` : '',
    item.DOI ? `doi ${item.DOI}` : '',
  ].filter(Boolean);
  return `${key} (${ref.file.replace(/^.*\/(bib\/)/, '$1')}:${ref.line}) → @${lib.workOf(key).id}\n      ${fields.join(' | ')}`;
}

const KIND_TEXT: Record<PairReport['kind'], string> = {
  'near-miss': 'kept apart, scored just under the threshold',
  'weak-merge': 'merged with little margin',
  conflict: 'scored as one work, kept apart because another member contradicts it',
};

export function formatLibraryReport(lib: Library, rep: LibraryReport = libraryReport(lib)): string {
  const out: string[] = [];
  out.push(`Library: ${rep.references} references → ${rep.works} works (${rep.comparisons} pairs compared)`);
  out.push('', 'Works by number of citing reviews:');
  for (const { reviews, works } of rep.byReviewCount) out.push(`  ${reviews} review${reviews > 1 ? 's' : ' '}: ${String(works).padStart(4)}`);
  out.push('', 'Works cited by both reviews of a pair:');
  const ids = lib.sources.map((s) => s.id);
  const width = Math.max(...ids.map((id) => id.length));
  out.push(`  ${''.padEnd(width)} ${ids.map((id) => id.padStart(width)).join(' ')}`);
  for (const a of ids) {
    const cells = ids.map((b) => {
      if (a === b) return '—'.padStart(width);
      const p = rep.pairs.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))!;
      return String(p.works).padStart(width);
    });
    out.push(`  ${a.padEnd(width)} ${cells.join(' ')}`);
  }
  out.push('', `Works a review lists under more than one number: ${rep.repeats.length}`);
  for (const r of rep.repeats) out.push(`  ${r.review} [${r.numbers.join('] = [')}] → @${r.work}`);
  const authority = lib.conflicts.filter((c) => c.authority);
  out.push('', `Fields two references of one work print differently (${lib.conflicts.length}; the list's value, the earliest, is kept; ${authority.length} from bib/extra.bib, which cannot change a list):`);
  for (const c of lib.conflicts) out.push(`  @${c.work} ${c.field}: kept "${c.kept.value}" (${c.kept.label}); ${c.other.label} prints "${c.other.value}"`);
  out.push('', `Borderline pairs for a person to decide (${rep.borderline.length}); record a decision in bib/decisions.yaml (merge / separate):`);
  for (const p of rep.borderline) {
    out.push(`  ${KIND_TEXT[p.kind]}: score ${p.comparison.score} (${p.comparison.reasons.join('; ')})`);
    out.push(`    ${referenceLine(lib, p.a)}`);
    out.push(`    ${referenceLine(lib, p.b)}`);
  }
  return out.join('\n');
}
