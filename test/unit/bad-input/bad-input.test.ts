/**
 * The bad-input suite: every mistake a contributor can make (cases.ts) fails `npm run check`
 * with the exact `file:line[:column]: message` it should, and, where the build validates too,
 * fails the build's own code path with the same message: the library the config loads (bib/),
 * the content collection's schema (frontmatter), the Markdown pipeline of astro.config.mjs
 * (citations, links, tables, math) and the glossary page's check. No real astro build: the
 * contributor e2e test (contrib/e2e.test.ts) builds once with a broken link.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { importList, ImportError } from '../../../src/bib-import/import.ts';
import { buildLibrary } from '../../../src/citations/library.ts';
import { glossaryProblems } from '../../../src/check/glossary.ts';
import { checkContent, formatProblem } from '../../../src/check/run.ts';
import { checkTypes } from '../../../src/cli/check.ts';
import { KATEX_OPTIONS } from '../../../src/markdown/katex-options.ts';
import rehypeKatexErrors from '../../../src/markdown/rehype-katex-errors.ts';
import remarkCitations from '../../../src/markdown/remark-citations.ts';
import remarkDataTables from '../../../src/markdown/remark-data-tables.ts';
import remarkCharts, { remarkChartFigures } from '../../../src/markdown/remark-charts.ts';
import remarkHeadingAnchors from '../../../src/markdown/remark-heading-anchors.ts';
import remarkInternalLinks from '../../../src/markdown/remark-internal-links.ts';
import { loadSources, loadTaxonomy, projectPaths } from '../../../src/project.ts';
import { chapterFrontmatter } from '../../../src/schema/chapter.ts';
import { loadSite } from '../../../src/site.ts';
import { createTempProject, repo, type TempProject } from '../contrib/temp-project.ts';
import { contentCases, dataCases, otherCases } from './cases.ts';
import { contentFiles } from './fixtures.ts';

const BASE = '/atlas/';

/** A fixture project (no code: the check and the plugins run in this process) with `files` over it. */
function project(name: string, files: Record<string, string | null>): TempProject {
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
  /**
   * The Markdown pipeline of astro.config.mjs, with the same plugins and options (and the same
   * loadSite data) but no `report` callback: as in the build, a problem throws.
   */
  function buildPage(p: TempProject, file: string): string {
    const atlas = loadSite({ root: p.dir, base: BASE });
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkMdx)
      .use(remarkMath)
      .use(remarkDataTables, { dir: projectPaths(p.dir).tables })
      .use(remarkCharts, { charts: projectPaths(p.dir).charts, tables: projectPaths(p.dir).tables })
      .use(remarkHeadingAnchors)
      .use(remarkInternalLinks, { targets: atlas.linkTargets, root: atlas.root, base: BASE })
      .use(remarkCitations, { index: atlas.citations })
      .use(remarkChartFigures, { index: atlas.citations })
      .use(remarkRehype)
      .use(rehypeKatex, KATEX_OPTIONS)
      .use(rehypeKatexErrors);
    const vfile = new VFile({ path: join(p.dir, file), cwd: p.dir, value: readFileSync(join(p.dir, file), 'utf8') });
    try {
      processor.runSync(processor.parse(vfile), vfile);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    return '';
  }
  /** One small project per case: the good chapter, the tables and the case's own files. */
  const only = (name: string, files: string[]) =>
    project(`build-${name}`, {
      'content/challenges/garnet-contact.mdx': contentFiles['content/challenges/garnet-contact.mdx']!,
      ...Object.fromEntries(files.map((f) => [f, contentFiles[f]!])),
    });

  test('citation keys: unknown and out of range, all listed', () => {
    const message = buildPage(only('keys', ['content/challenges/bad-keys.mdx']), 'content/challenges/bad-keys.mdx');
    for (const c of contentCases.filter((x) => x.files[0] === 'content/challenges/bad-keys.mdx')) for (const l of c.check) expect(message).toContain(l);
  });

  test('links: broken page and anchor, no trailing slash, relative, with the base', () => {
    const message = buildPage(only('links', ['content/challenges/bad-links.mdx']), 'content/challenges/bad-links.mdx');
    for (const c of contentCases.filter((x) => x.files[0] === 'content/challenges/bad-links.mdx')) for (const l of c.check) expect(message).toContain(l);
  });

  test('data tables: missing file; rows without cite, @keys, unknown columns, YAML errors at their line', () => {
    const p = only('tables', ['content/challenges/bad-tables.mdx', 'content/tables/bad-rows.yaml', 'content/tables/unknown-column.yaml', 'content/tables/broken-yaml.yaml']);
    expect(buildPage(p, 'content/challenges/bad-tables.mdx')).toBe(contentCases.find((c) => c.name === 'DataTable naming no file')!.check[0]);
    // The table loader throws the first problem of a table, with the table's file and line.
    const table = (name: string) => {
      p.write('content/challenges/table.mdx', `---\ntitle: T\n---\n\n<DataTable name="${name}" />\n`);
      // The build gives the loader ./content/tables, so it names the table from the project root.
      return buildPage(p, 'content/challenges/table.mdx').replace(`${p.dir}/`, '');
    };
    const first = (name: string) => contentCases.find((c) => c.name === name)!.check[0]!;
    expect(table('bad-rows')).toBe(contentCases.find((c) => c.name === 'table row without cite, key written with @')!.check.join('; ').replace('; content/tables/bad-rows.yaml:8: ', '; '));
    expect(table('unknown-column')).toBe(first('table field that is not a column'));
    expect(table('broken-yaml')).toBe(first('YAML syntax error'));
  });

  test('charts: missing file, table not on the page; a bad definition at its own line', () => {
    const p = only('charts', ['content/challenges/bad-charts.mdx', 'content/tables/pressures.yaml', 'content/charts/pressure-chart.yaml', 'content/charts/unknown-table.yaml', 'content/charts/bad-columns.yaml', 'content/charts/draws-nothing.yaml', 'content/charts/bad-series.yaml']);
    const check = (name: string) => contentCases.find((c) => c.name === name)!.check;
    // The first problem of the page stops it.
    expect(buildPage(p, 'content/challenges/bad-charts.mdx')).toBe(check('Chart naming no file')[0]);
    const chart = (name: string) => {
      p.write('content/challenges/chart.mdx', `---\ntitle: T\n---\n\n<DataTable name="pressures" />\n\n<Chart name="${name}" />\n`);
      return buildPage(p, 'content/challenges/chart.mdx').replace(`${p.dir}/`, '');
    };
    p.write('content/challenges/no-table.mdx', `${contentFiles['content/challenges/bad-charts.mdx']!.replace('<Chart name="nosuch" />', 'Text.')}`);
    expect(buildPage(p, 'content/challenges/no-table.mdx').replace('no-table.mdx', 'bad-charts.mdx')).toBe(check('Chart whose table is not on the page')[0]);
    // The chart loader throws a definition's problems, at the first one's line.
    expect(chart('unknown-table')).toBe(check('chart of a table that does not exist')[0]);
    expect(chart('bad-columns')).toBe(check('chart naming a column the table lacks, or a unit the reader does not know').join('; ').replace('; content/charts/bad-columns.yaml:8: ', '; '));
    expect(chart('draws-nothing')).toBe(check('chart that draws nothing')[0]);
    expect(chart('bad-series')).toBe(check('chart values no series matches, reference value the table does not print').join('; ').replace('; content/charts/bad-series.yaml:11: ', '; '));
    // And a good chart builds (once the broken pages are gone: the build reads every chapter).
    rmSync(join(p.dir, 'content/challenges/bad-charts.mdx'));
    rmSync(join(p.dir, 'content/challenges/no-table.mdx'));
    expect(chart('pressure-chart')).toBe('');
  });

  test('math: KaTeX errors throw instead of rendering red text', () => {
    const message = buildPage(only('math', ['content/challenges/bad-math.mdx']), 'content/challenges/bad-math.mdx');
    expect(message).toBe(`1 formula KaTeX cannot render:\n${contentCases.find((c) => c.name === 'KaTeX error')!.check[0]}`);
  });

  test('frontmatter: the content collection rejects a missing title, unknown vocabulary and reviews, but drops an unknown field', () => {
    const schema = docsSchema({ extend: chapterFrontmatter(loadTaxonomy(repo), ['alpha2020', 'gamma2021']) })({ image: () => z.string() } as never) as z.ZodType;
    const front = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(contentFiles[file]!)![1]!);
    const result = schema.safeParse(front('content/challenges/bad-frontmatter.mdx'));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['electrolytes.0', 'interfaces.0', 'sources.0.review', 'title', 'topic']);
    // Fixed, the file passes the build with `colour` silently dropped: only the check sees it.
    const fixed = { ...front('content/challenges/bad-frontmatter.mdx'), title: 'T', topic: 'challenge', sources: [], interfaces: [], electrolytes: [] };
    expect(schema.safeParse(fixed).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false); // no frontmatter: no title
  });

  test('glossary: the glossary page throws the check\'s first problem', () => {
    const p = only('glossary', ['content/glossary.yaml']);
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

describe('the other gates', () => {
  test('a type error fails npm run check', async () => {
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
