/**
 * What citations cost per page: every chapter rendered to hast through the site's plugin chain
 * (src/markdown/chain.ts, as the build runs it; MDX then compiles it), with and without the citation plugin, plus the
 * one-time cost of building the citation index (parse, resolve and format every work once).
 * Prints a table; run with `npm run bench:render`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';
import { chapterProcessor, type ChainOptions } from '../../src/markdown/chain.ts';
import remarkCitations from '../../src/markdown/remark-citations.ts';
import { mdxFiles } from '../../src/markdown/chapter-citations.ts';
import { loadSite } from '../../src/site.ts';

const sources = [...mdxFiles('content')].map((f) => ({ path: f, value: readFileSync(f, 'utf8') }));

let t = performance.now();
const site = loadSite({});
const indexMs = performance.now() - t;
const chain: ChainOptions = { root: site.root, base: site.base, citations: site.citations, glossary: site.glossary, targets: site.linkTargets };
site.linkTargets(); // every chapter's anchors, read once before the timing

function renderAll(omit: unknown[]): number {
  const processor = chapterProcessor(chain, { omit });
  const start = performance.now();
  for (const s of sources) {
    const file = new VFile({ ...s, cwd: site.root });
    processor.runSync(processor.parse(file), file);
  }
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs = 5;
renderAll([remarkCitations]); // warm up
const without: number[] = [];
const withCitations: number[] = [];
for (let i = 0; i < runs; i++) {
  without.push(renderAll([remarkCitations]));
  withCitations.push(renderAll([]));
}
const pages = sources.length;
const citations = sources.reduce((n, s) => n + (s.value.match(/@[a-z]+\d{4}/g)?.length ?? 0), 0);
t = performance.now();
const perPage = (median(withCitations) - median(without)) / pages;
console.log(`chapters: ${pages}, citation keys in them: ${citations}, works in the library: ${site.citations.library.works.length}`);
console.log(`one-time citation index (parse + resolve + format all works): ${indexMs.toFixed(0)} ms`);
console.log(`render all chapters without citations: ${median(without).toFixed(0)} ms (median of ${runs})`);
console.log(`render all chapters with citations:    ${median(withCitations).toFixed(0)} ms (median of ${runs})`);
console.log(`citation cost per page: ${perPage.toFixed(1)} ms`);
