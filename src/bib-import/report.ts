/**
 * Per-review figures on imported references: count, missing numbers,
 * entries lacking the fields the resolver matches on, and the importer's
 * warnings. Pure function over ImportResult so it can be extended (for
 * example with cross-review figures) without touching the importer.
 */
import type { Diagnostic, ImportResult } from './types.ts';

export interface ReviewReport {
  review: string;
  style: string;
  /** The share of entries the style read. */
  confidence: number;
  /** `key: text as printed` of each entry kept as printed text. */
  printed: string[];
  /** Numbered references (a number printed over several papers counts once). */
  count: number;
  /** Entries: one per paper, so more than `count` when a number holds several papers. */
  papers: number;
  /** Numbers between 1 and the highest number that no entry has. */
  missingNumbers: number[];
  /** Keys of entries lacking each field (title is absent by design in Wiley lists). */
  missing: { author: string[]; year: string[]; journal: string[]; pages: string[]; title: string[]; doi: string[] };
  /** Entries the importer could not read (kept as @misc). */
  unparsed: string[];
  /** Keys by entry type, e.g. { article: 165, book: 1 }. */
  types: Record<string, number>;
  warnings: Diagnostic[];
}

/** Types for which a missing journal/pages is expected, not a defect. */
const NOT_PERIODICAL = new Set(['book', 'incollection', 'phdthesis', 'mastersthesis', 'patent', 'misc']);

export function reviewReport(r: ImportResult): ReviewReport {
  const nums = new Set(r.entries.map((e) => e.n));
  const max = Math.max(0, ...nums);
  const missingNumbers: number[] = [];
  for (let i = 1; i <= max; i++) if (!nums.has(i)) missingNumbers.push(i);
  const missing: ReviewReport['missing'] = { author: [], year: [], journal: [], pages: [], title: [], doi: [] };
  const types: Record<string, number> = {};
  for (const e of r.entries) {
    const f = e.ref.fields;
    types[e.ref.type] = (types[e.ref.type] ?? 0) + 1;
    if (!e.ref.authors.length) missing.author.push(e.key);
    if (!f.year) missing.year.push(e.key);
    if (!f.title) missing.title.push(e.key);
    if (!f.doi) missing.doi.push(e.key);
    if (!NOT_PERIODICAL.has(e.ref.type)) {
      if (!f.journal) missing.journal.push(e.key);
      if (!f.pages) missing.pages.push(e.key);
    }
  }
  return {
    review: r.review,
    style: r.style,
    confidence: r.confidence,
    printed: r.entries.filter((e) => e.unparsed).map((e) => `${e.key}: ${e.printed ?? ''}`),
    count: nums.size,
    papers: r.entries.length,
    missingNumbers,
    missing,
    unparsed: r.entries.filter((e) => e.unparsed).map((e) => e.key),
    types,
    warnings: r.diagnostics.filter((d) => d.severity === 'warning'),
  };
}

function list(keys: string[], limit = 12): string {
  if (!keys.length) return 'none';
  const shown = keys.slice(0, limit).map((k) => k.replace(/^[^:]+:/, '')).join(', ');
  return `${keys.length} (${shown}${keys.length > limit ? ', …' : ''})`;
}

/** Plain-text rendering; `file` is the raw list the warnings point into. */
export function formatReviewReport(rep: ReviewReport, file: string): string {
  const out = [
    `${rep.review} (${rep.style}, ${Math.round(rep.confidence * 100)}% of entries read): ${rep.count} references${rep.papers !== rep.count ? ` (${rep.papers} papers)` : ''}; types ${Object.entries(rep.types).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  missing numbers: ${rep.missingNumbers.length ? rep.missingNumbers.join(', ') : 'none'}`,
    `  kept as printed text (shown as printed on their pages): ${list(rep.unparsed, 40)}`,
    ...rep.printed.map((p) => `    ${p}`),
    `  no author: ${list(rep.missing.author)}`,
    `  no year: ${list(rep.missing.year)}`,
    `  no journal (articles): ${list(rep.missing.journal)}`,
    `  no pages (articles): ${list(rep.missing.pages)}`,
    `  no title: ${list(rep.missing.title, 5)}`,
    `  no DOI: ${list(rep.missing.doi, 5)}`,
    `  warnings: ${rep.warnings.length}`,
    ...rep.warnings.map((w) => `    ${file}:${w.line}: ${w.message}`),
  ];
  return out.join('\n');
}
