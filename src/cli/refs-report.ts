/**
 * npm run refs:report [-- review-id …]
 *
 * Re-imports every bib/raw/<review>.* (with bib/import-overrides.yaml and the style kept in
 * bib/sources.yaml) and
 * prints per review: count, missing numbers, entries lacking author / year /
 * journal / pages, and every importer warning as `file:LINE: message`. Also
 * says whether the committed bib/<review>.bib matches a fresh import.
 * Then, across the reviews (src/citations/library-report.ts): works by number
 * of citing reviews, works per pair of reviews, works a review lists twice, and
 * the borderline pairs of the resolver with both references' fields.
 * Exit code 1 when a committed .bib is stale or missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildBib, rawFileOf } from '../bib-import/cli.ts';
import { formatReviewReport, reviewReport } from '../bib-import/report.ts';
import { buildLibrary } from '../citations/library.ts';
import { formatLibraryReport } from '../citations/library-report.ts';
import { loadSources, projectPaths } from '../project.ts';

function main(argv: string[]): number {
  const reviews = argv.length
    ? argv
    : [...new Set(readdirSync('bib/raw').map((f) => f.replace(/\.(txt|bib|ris|json)$/, '')))].sort();
  let stale = 0;
  for (const review of reviews) {
    const file = rawFileOf(review);
    if (!file) {
      console.log(`${review}: no raw list in bib/raw/ (${review}.txt, .bib, .ris or .json)`);
      stale++;
      continue;
    }
    // The style kept in bib/sources.yaml (listStyle), so the report reads the list as the import did.
    const { result, bib } = buildBib(review, file);
    console.log(formatReviewReport(reviewReport(result), file));
    const out = `bib/${review}.bib`;
    const fresh = existsSync(out) && readFileSync(out, 'utf8') === bib;
    if (!fresh) stale++;
    console.log(`  ${out}: ${fresh ? 'matches a fresh import' : 'STALE or missing — run npm run import:refs -- ' + review + ' ' + file}`);
    console.log('');
  }
  if (!argv.length) console.log(formatLibraryReport(buildLibrary({ bibDir: projectPaths().bib, sources: loadSources() })));
  return stale ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
