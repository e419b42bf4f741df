/**
 * What citations cost per page: every chapter rendered to hast through the site's plugin chain
 * (src/markdown/chain.ts, as the build runs it; MDX then compiles it), with and without the citation plugin, plus the
 * one-time cost of building the citation index (parse, resolve and format every work once).
 * Prints median, min and max over RUNS runs (default 5); run with `npm run bench:render`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';
import { chapterProcessor, type ChainOptions } from '../../src/markdown/chain.ts';
import remarkCitations from '../../src/markdown/remark-citations.ts';
import { remarkChartFigures } from '../../src/markdown/remark-charts.ts';
import { mdxFiles } from '../../src/markdown/chapter-citations.ts';
import { loadSite } from '../../src/site.ts';
import { record, summarise, table } from './support/stats.ts';

const sources = [...mdxFiles('content')].map((f) => ({ path: f, value: readFileSync(f, 'utf8') }));

let t = performance.now();
const site = loadSite({});
const indexMs = performance.now() - t;
const chain: ChainOptions = { root: site.root, base: site.base, citations: site.citations, glossary: site.glossary, targets: site.linkTargets };
site.linkTargets(); // every chapter's anchors, read once before the timing

// Charts' figures number their marks as the page's citations do, so they cannot run without
// them: both runs leave them out, and the difference is the citation plugin's alone.
function renderAll(omit: unknown[]): number {
  const processor = chapterProcessor(chain, { omit: [...omit, remarkChartFigures] });
  const start = performance.now();
  for (const s of sources) {
    const file = new VFile({ ...s, cwd: site.root });
    processor.runSync(processor.parse(file), file);
  }
  return performance.now() - start;
}

const runs = Math.max(3, Number(process.env.RUNS ?? 5));
renderAll([remarkCitations]); // warm up
const without: number[] = [];
const withCitations: number[] = [];
for (let i = 0; i < runs; i++) {
  without.push(renderAll([remarkCitations]));
  withCitations.push(renderAll([]));
}
const pages = sources.length;
const citations = sources.reduce((n, s) => n + (s.value.match(/@[a-z]+\d{4}/g)?.length ?? 0), 0);
// Run i with citations against run i without: the two halves of one pair ran back to back.
const perPage = withCitations.map((w, i) => (w - without[i]!) / pages);
console.log(`chapters: ${pages}, citation keys in them: ${citations}, works in the library: ${site.citations.library.works.length}`);
console.log(`one-time citation index (parse + resolve + format all works, formatted references from the cache when present): ${indexMs.toFixed(0)} ms (once: it is what loading the site costs)`);
console.log(
  table(
    ['', 'median', 'min', 'max', 'runs'],
    [
      ['render all chapters without citations', ...ms(without)],
      ['render all chapters with citations', ...ms(withCitations)],
      ['citation cost per page', ...ms(perPage, 1)],
    ],
  ),
);
record('render', [
  { measure: `all ${pages} chapters through the Markdown chain`, unit: 'ms', values: withCitations },
  { measure: 'citation plugin cost per chapter', unit: 'ms', values: perPage },
]);

function ms(xs: number[], digits = 0): string[] {
  const s = summarise(xs);
  return [s.median, s.min, s.max].map((x) => `${x.toFixed(digits)} ms`).concat(String(s.runs));
}
