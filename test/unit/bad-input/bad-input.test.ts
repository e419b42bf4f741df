/**
 * The bad-input suite: every mistake a contributor can make (cases.ts) fails `npm run check`
 * with the exact `file:line[:column]: message` it should, and, where the build validates too,
 * fails the build's own code paths with the same message: the gate astro.config.mjs runs before
 * rendering (src/check/build-gate.ts: the check's build scope), the page's own run through the
 * plugin chain (src/markdown/chain.ts, as Astro renders it), the library the config loads (bib/),
 * the content collection's schema (frontmatter) and the glossary page's check. No real astro
 * build: the contributor test (test/integration/contributor.test.ts) builds once with a broken link.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { importList, ImportError } from '../../../src/bib-import/import.ts';
import { buildLibrary } from '../../../src/citations/library.ts';
import { glossaryProblems } from '../../../src/check/glossary.ts';
import { checkContent, formatProblem } from '../../../src/check/run.ts';
import { checkTypes } from '../../../src/cli/check.ts';
import { chapterProcessor } from '../../../src/markdown/chain.ts';
import { loadSources, loadTaxonomy, projectPaths } from '../../../src/project.ts';
import { chapterFrontmatter } from '../../../src/schema/chapter.ts';
import { loadSite } from '../../../src/site.ts';
import { readNavigation } from '../../../src/navigation.ts';
import { createTempProject, repo, type TempProject } from '../contrib/temp-project.ts';
import { contentCases, dataCases, otherCases, warningCases } from './cases.ts';
import { contentFiles } from './fixtures.ts';

const BASE = '/atlas/';

/** A fixture project (no code: the check and the plugins run in this process) with `files` over it. */
function project(name: string, files: Record<string, string | Uint8Array | null>): TempProject {
  const p = createTempProject(`bad-input/${name}`, { code: false });
  for (const [f, text] of Object.entries(files)) {
    if (text === null) rmSync(join(p.dir, f));
    else p.write(f, text);
  }
  return p;
}

describe('npm run check lists every bad content input with file:line and what to do', () => {
  let lines: string[];
  beforeAll(() => {
    const p = project('content', { ...contentFiles, 'CONTRIBUTING.md': readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8') });
    lines = checkContent(p.dir, { base: BASE }).map(formatProblem);
  });

  for (const c of contentCases) {
    test(`${c.name} (${c.gate})`, () => {
      for (const line of c.check) expect(lines, `missing:\n${line}\n--- got:\n${lines.join('\n')}`).toContain(line);
    });
  }

  test('and nothing else: each fixture problem is reported once, the good chapter not at all', () => {
    expect([...lines].sort()).toEqual(contentCases.flatMap((c) => c.check).sort());
  });
});

describe('the build stops on the same content problems', () => {
  let p: TempProject;
  let gate: string[];
  beforeAll(() => {
    p = project('build', contentFiles);
    gate = checkContent(p.dir, { base: BASE, scope: 'build' }).map(formatProblem);
  });

  /** A page rendered as the build renders it: the chain of astro.config.mjs, which throws at the end of a page with errors. */
  const pages = new Map<string, string>();
  function renderPage(file: string): string {
    if (!pages.has(file)) {
      const site = loadSite({ root: p.dir, base: BASE });
      const processor = chapterProcessor(
        {
          root: p.dir,
          base: BASE,
          citations: site.citations,
          glossary: site.glossary,
          targets: site.linkTargets,
          sectionTools: { site: 'https://example.org', siteTitle: 'Atlas', version: { date: '2026-01-02', commit: 'abc1234' } },
          stopOnErrors: true,
        },
        { mdx: file.endsWith('.mdx') },
      );
      const vfile = new VFile({ path: join(p.dir, file), cwd: p.dir, value: readFileSync(join(p.dir, file), 'utf8') });
      let message = '';
      try {
        processor.runSync(processor.parse(vfile), vfile);
      } catch (e) {
        message = e instanceof Error ? e.message : String(e);
      }
      pages.set(file, message);
    }
    return pages.get(file)!;
  }

  /** One small project per case: the good chapter, the tables and the case's own files. */
  const only = (name: string, files: string[]) =>
    project(`build-${name}`, {
      'content/challenges/garnet-contact.mdx': contentFiles['content/challenges/garnet-contact.mdx']!,
      ...Object.fromEntries(files.map((f) => [f, contentFiles[f]!])),
    });

  for (const c of contentCases) {
    test(`${c.name}: ${c.gate === 'check' ? 'only the check stops it' : `the build's gate${c.page ? ' and the page\'s own run stop' : ' stops'} it`}`, () => {
      for (const line of c.check) {
        if (c.gate === 'check') {
          expect(gate).not.toContain(line);
          continue;
        }
        expect(gate, `the gate misses:\n${line}\n--- got:\n${gate.join('\n')}`).toContain(line);
        if (c.page) expect(renderPage(c.page)).toContain(line);
      }
    });
  }

  test('the gate finds nothing else', () => {
    expect([...gate].sort()).toEqual(contentCases.filter((c) => c.gate === 'check+build').flatMap((c) => c.check).sort());
  });

  test('a good chapter renders', () => {
    expect(renderPage('content/challenges/garnet-contact.mdx')).toBe('');
  });

  test('frontmatter: the content collection rejects a missing title, unknown vocabulary and reviews, head tags, but drops an unknown field', () => {
    const schema = docsSchema({ extend: chapterFrontmatter(loadTaxonomy(repo), ['alpha2020', 'gamma2021']) })({ image: () => z.string() } as never) as z.ZodType;
    const front = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(contentFiles[file]!)![1]!);
    const result = schema.safeParse(front('content/challenges/bad-frontmatter.mdx'));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['electrolytes.0', 'interfaces.0', 'sources.0.review', 'title', 'topic']);
    expect(schema.safeParse(front('content/challenges/bad-head.mdx')).error?.issues.map((i) => i.path.join('.'))).toEqual(['head']);
    // Fixed, the file passes the build with `colour` silently dropped: only the check sees it.
    const fixed = { ...front('content/challenges/bad-frontmatter.mdx'), title: 'T', topic: 'challenge', sources: [], interfaces: [], electrolytes: [] };
    expect(schema.safeParse(fixed).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false); // no frontmatter: no title
  });

  test('parts: the reading order the config loads (src/navigation.ts) stops on each problem with the check\'s message', () => {
    const lines = (name: string) => contentCases.find((c) => c.name === name)!.check;
    const stops = (name: string, files: string[]) => {
      const p = only(name, files);
      let message = '';
      try {
        readNavigation(projectPaths(p.dir).content, { root: p.dir });
      } catch (e) {
        message = e instanceof Error ? e.message : String(e);
      }
      return message;
    };
    expect(stops('orphans', ['content/orphans/loose.mdx'])).toBe(lines('a folder of chapters that is not a part')[0]);
    const [noOrder, sameOrder, noChapter] = lines('a part without a place, two parts in one place, a part without chapters');
    expect(stops('noorder', ['content/noorder/_part.yaml', 'content/noorder/unplaced.mdx'])).toBe(noOrder);
    expect(stops('extra', ['content/extra/_part.yaml', 'content/extra/more.mdx'])).toBe(sameOrder);
    expect(stops('unwritten', ['content/unwritten/_part.yaml'])).toBe(noChapter);
    // Alone, the chapter outside a part can only be sent to the one part there is.
    expect(stops('about', ['content/about.mdx'])).toBe('content/about.mdx:1: a chapter belongs to a part: move it into one of content/challenges/');
    // A chapter without frontmatter stops the navigation too, with the check's message.
    expect(stops('no-frontmatter', ['content/challenges/no-frontmatter.mdx'])).toBe(contentCases.find((c) => c.name === 'no frontmatter')!.check[0]);
  });

  test("glossary: the glossary page throws the check's first problem", () => {
    const site = loadSite({ root: p.dir, base: BASE });
    const [problem] = glossaryProblems(projectPaths(p.dir).glossary, { chapters: site.chapters().map((c) => c.slug), lookup: site.citations.lookup });
    expect(problem?.message.replace(`${p.dir}/`, '')).toBe(contentCases.find((c) => c.name.startsWith('glossary'))!.check[0]);
  });
});

describe('a problem in bib/ ends the check and the build with file:line', () => {
  for (const c of dataCases) {
    test(c.name, () => {
      const p = project(`data-${c.name.replace(/\W+/g, '-')}`, c.files);
      expect(checkContent(p.dir, { base: BASE }).map(formatProblem)).toEqual([c.check]);
      // The build: astro.config.mjs loads the site, which builds the library first.
      expect(() => buildLibrary({ bibDir: projectPaths(p.dir).bib, sources: loadSources(p.dir) })).toThrow(`${join(p.dir, c.check.split(':')[0]!)}:${c.check.split(':').slice(1).join(':')}`);
    });
  }
});

describe('what bib/ holds but the site cannot read is a warning: listed, and the check and the build go on', () => {
  for (const c of warningCases) {
    test(c.name, () => {
      // The one good chapter instead of the contributor fixture, which cites a review this project lacks.
      const p = project(`warning-${c.name.replace(/\W+/g, '-')}`, { 'content/challenges/garnet-contact.mdx': contentFiles['content/challenges/garnet-contact.mdx']!, ...c.files });
      const problems = checkContent(p.dir, { base: BASE });
      expect(problems.map(formatProblem)).toEqual([c.check]);
      expect(problems.every((x) => x.warning)).toBe(true);
      // The build's gate prints the same line and renders the site (src/check/build-gate.ts).
      expect(checkContent(p.dir, { base: BASE, scope: 'build' }).map(formatProblem)).toEqual([c.check]);
    });
  }
});

describe('the other gates', () => {
  test('a type error fails npm run check', { timeout: 120_000 }, async () => {
    const dir = join(repo, 'test/.tmp/bad-input/types');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, '.astro'), { recursive: true });
    writeFileSync(join(dir, '.astro/types.d.ts'), '');
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['src'] }));
    writeFileSync(join(dir, 'src/bad.ts'), "export const n: number = 'one';\n");
    const { formatProblem: f } = await import('../../../src/check/run.ts');
    expect((await checkTypes(dir)).map(f)).toEqual([otherCases.typeError]);
  });

  test('npm run import:refs refuses an id that is not a slug, and a review\'s list replaced without --force', async () => {
    const { checkReviewId, replaceRefusal, buildBib } = await import('../../../src/bib-import/cli.ts');
    expect(() => checkReviewId('../../evil')).toThrow(otherCases.importId.replace('import:refs: ', ''));
    const before = readFileSync(join(repo, 'test/fixtures/mini/alpha2020.bib'), 'utf8');
    const dir = join(repo, 'test/.tmp/bad-input/replace');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.txt'), '1. Chu, S., Majumdar, A.: Opportunities and challenges for a sustainable energy future. Nature 488, 294–303 (2012).\n');
    const { bib } = buildBib('alpha2020', join(dir, 'x.txt'), { style: 'springer' });
    expect(`import:refs: ${replaceRefusal('bib/alpha2020.bib', before, bib, 'bib/raw/x.txt', 'alpha2020')}`).toBe(otherCases.importReplace);
  });

  test('a list in no known style fails npm run import:refs at line 1', () => {
    let error: unknown;
    try {
      importList('- some words\n- more words\n', { review: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    // The CLI prints `${file}:${line}: error: ${message}` (src/bib-import/cli.ts).
    expect(`bib/raw/x.txt:${e.line}: error: ${e.message}`).toBe(otherCases.importStyle);
  });
});
