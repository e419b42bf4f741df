/**
 * What citations cost per page: every chapter rendered to hast through the site's plugin chain
 * (src/markdown/chain.ts, as the build runs it; MDX then compiles it), with and without the citation plugin, plus the
 * one-time cost of building the citation index (parse, resolve and format every work once).
 * Prints median, min and max over RUNS runs (default 5); run with `npm run bench:render`.
 */
import { performance } from 'node:perf_hooks';
import type { ChainOptions } from '../../src/markdown/chain.ts';
import { loadSite } from '../../src/site.ts';
import { chapterSources, renderAll as renderWith } from './support/chapters.ts';
import { ourProcessors } from './support/our-chain.ts';
import { msCells as ms, record, table } from './support/stats.ts';

const sources = chapterSources();

let t = performance.now();
const site = loadSite({});
const indexMs = performance.now() - t;
const chain: ChainOptions = { root: site.root, base: site.base, citations: site.citations, glossary: site.glossary, targets: site.linkTargets };
site.linkTargets(); // every chapter's anchors, read once before the timing

// Both runs leave out the charts' figures (see ourProcessors): the difference is the citation plugin's alone.
const processors = ourProcessors(chain);
const renderAll = async (withCitations: boolean) => (await renderWith(processors[withCitations ? 'with' : 'without'], sources, site.root)).wall;

const runs = Math.max(3, Number(process.env.RUNS ?? 5));
await renderAll(false); // warm up
const without: number[] = [];
const withCitations: number[] = [];
for (let i = 0; i < runs; i++) {
  without.push(await renderAll(false));
  withCitations.push(await renderAll(true));
}
const pages = sources.length;
const citations = sources.reduce((n, s) => n + (s.value.match(/@[a-z]+\d{4}/g)?.length ?? 0), 0);
// Run i with citations against run i without: the two halves of one pair ran back to back.
const perPage = withCitations.map((w, i) => (w - without[i]!) / pages);
console.log(`chapters: ${pages}, citation keys in them: ${citations}, works in the library: ${site.citations.library.works.length}`);
console.log(
  `one-time citation index (parse + resolve + format all works, formatted references from the cache when present): ${indexMs.toFixed(0)} ms (once: it is what loading the site costs)`,
);
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
