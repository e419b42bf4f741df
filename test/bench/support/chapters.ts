import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { mdxFiles } from '../../../src/markdown/chapter-citations.ts';

/** A chapter's file and text. (This module loads no plugin: bench:peer's processes load one side only.) */
export interface ChapterSource {
  path: string;
  value: string;
}

/** Every chapter of content/, as the build reads them. */
export const chapterSources = (dir = 'content'): ChapterSource[] => [...mdxFiles(dir)].map((f) => ({ path: f, value: readFileSync(f, 'utf8') }));

type HastProcessor = Processor<Root, Root, HastRoot>;

/** Wall ms, and CPU ms of the process (user + system, every thread): on a shared machine the CPU figure is the steadier one. */
export interface Timing {
  wall: number;
  cpu: number;
}

export async function timed(run: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / 1000 };
}

const add = (a: Timing, b: Timing): Timing => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
const ZERO: Timing = { wall: 0, cpu: 0 };

/**
 * Renders one chapter to hast with `processor`. Awaited, as a chain with an async plugin
 * (rehype-citation) must be run: both sides of a comparison run the same way.
 */
export function renderOne(processor: HastProcessor, source: ChapterSource, cwd: string): Promise<Timing> {
  return timed(async () => {
    const file = new VFile({ ...source, cwd });
    await processor.run(processor.parse(file), file);
  });
}

/** Renders the chapters one after the other. */
export async function renderAll(processor: HastProcessor, sources: ChapterSource[], cwd: string): Promise<Timing> {
  let sum = ZERO;
  for (const s of sources) sum = add(sum, await renderOne(processor, s, cwd));
  return sum;
}
