import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { chapterProcessor, type ChainOptions } from '../../../src/markdown/chain.ts';
import { loadSite, type Site } from '../../../src/site.ts';
import { createTempProject, type TempProject } from '../contrib/temp-project.ts';

export const FIXTURE_BASE = '/atlas/';

/**
 * One chapter written into a fixture project (test/unit/contrib/temp-project.ts) and rendered as
 * the build renders it: the chain of astro.config.mjs, with the section tools `sectionTools` gives.
 */
export function renderFixtureChapter(
  name: string,
  chapter: string,
  source: string,
  sectionTools: ChainOptions['sectionTools'],
): { project: TempProject; site: Site; page: Root; file: VFile } {
  const project = createTempProject(name, { code: false });
  project.write(chapter, source);
  const site = loadSite({ root: project.dir, base: FIXTURE_BASE, reload: true });
  const processor = chapterProcessor({
    root: project.dir,
    base: FIXTURE_BASE,
    citations: site.citations,
    glossary: site.glossary,
    targets: site.linkTargets,
    sectionTools,
  });
  const file = new VFile({ path: join(project.dir, chapter), cwd: project.dir, value: readFileSync(join(project.dir, chapter), 'utf8') });
  return { project, site, page: processor.runSync(processor.parse(file), file), file };
}

/** The elements of a tree that pass `test`, in document order. */
export const elements = (tree: Root | Element, test: (el: Element) => boolean): Element[] => {
  const out: Element[] = [];
  visit(tree, 'element', (el: Element) => void (test(el) && out.push(el)));
  return out;
};

export const classOf = (el: Element): (string | number)[] => (Array.isArray(el.properties.className) ? el.properties.className : []);
