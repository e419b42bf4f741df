/**
 * One side's first page in a process of its own, for bench:peer (test/bench/citation-peer.ts),
 * which spawns it: `node first-page.ts <job.json>`. Prints one JSON line, FirstPageResult.
 *
 * Both sides: the chapter through the side's chain without citations twice (the parsers warm),
 * then once more timed, then once with the citation step, timed; the page's citation cost is the
 * difference. `setup` is what comes before the first page, and only because of citations:
 * - ours: importing the citation core (citation-js included) and building the citation index
 *   from bib/ (read the reviews' bibliographies, resolve, merge, format every work), without or
 *   with a cache of formatted references (`cache`); the Markdown chain needs the index, so it is
 *   loaded after it, untimed.
 * - peer: importing rehype-citation (its own citation-js and citeproc bundled) and registering the
 *   site's style; it reads and parses the bibliography within the page itself.
 */
import { readFileSync } from 'node:fs';
import type { Timing } from './chapters.ts';

export interface FirstPageJob {
  side: 'ours' | 'peer';
  root: string;
  /** The chapter's file; `text` is what the side reads (the peer's has the works' keys). */
  chapter: string;
  text: string;
  /** ours: a format cache to use (else every work is formatted). */
  cache?: string;
  /** peer: the directory of works.bib, the site style's CSL file and the locale. */
  bibDir?: string;
  styleFile?: string;
  lang?: string;
}

export interface FirstPageResult {
  /** What comes before the page because of citations, in parts (ours: import, library, index; peer: import). */
  setup: Record<string, Timing>;
  /** The page through the chain with its citation step, minus the same page without it. */
  page: Timing;
}

async function firstPage(job: FirstPageJob): Promise<FirstPageResult> {
  const { renderOne, timed } = await import('./chapters.ts');
  const source = { path: job.chapter, value: job.text };
  const setup: Record<string, Timing> = {};
  let pair: { with: Parameters<typeof renderOne>[0]; without: Parameters<typeof renderOne>[0] };
  if (job.side === 'ours') {
    let modules!: [
      typeof import('../../../src/project.ts'),
      typeof import('../../../src/citations/library.ts'),
      typeof import('../../../src/citations/citation-index.ts'),
      typeof import('../../../src/citations/format-cache.ts'),
    ];
    setup.import = await timed(async () => {
      modules = await Promise.all([
        import('../../../src/project.ts'),
        import('../../../src/citations/library.ts'),
        import('../../../src/citations/citation-index.ts'),
        import('../../../src/citations/format-cache.ts'),
      ]);
    });
    const [{ loadSources, loadGlossary, projectPaths }, { buildLibrary }, { createCitationIndex }, { fileFormatCache }] = modules;
    let library!: ReturnType<typeof buildLibrary>;
    setup.library = await timed(() => (library = buildLibrary({ bibDir: projectPaths(job.root).bib, sources: loadSources(job.root) })));
    let citations!: ReturnType<typeof createCitationIndex>;
    setup.index = await timed(() => (citations = createCitationIndex(library, '/', job.cache ? fileFormatCache(job.cache) : undefined)));
    const { ourProcessors } = await import('./our-chain.ts');
    pair = ourProcessors({ root: job.root, base: '/', citations, glossary: loadGlossary(job.root) });
  } else {
    // The chain's modules are loaded first: the timed import is rehype-citation's alone.
    const { loadPeer, peerOptions, peerProcessor } = await import('./peer-chain.ts');
    const style = readFileSync(job.styleFile!, 'utf8');
    let peer!: Awaited<ReturnType<typeof loadPeer>>;
    setup.import = await timed(async () => (peer = await loadPeer(style)));
    pair = { without: peerProcessor(), with: peerProcessor([peer.default, peerOptions(job.bibDir!, job.lang!)]) };
  }
  await renderOne(pair.without, source, job.root);
  await renderOne(pair.without, source, job.root);
  const without = await renderOne(pair.without, source, job.root);
  const cited = await renderOne(pair.with, source, job.root);
  return { setup, page: { wall: cited.wall - without.wall, cpu: cited.cpu - without.cpu } };
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as FirstPageJob;
console.log(JSON.stringify(await firstPage(job)));
