import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import type { Library } from '../citations/library.ts';
import { keyProblem } from '../citations/key-problem.ts';
import { checkChartFiles, tableSource } from '../charts/definition.ts';
import { staleBlocks } from '../contrib/guide.ts';
import { problemOfError, problemsOf, sortProblems, type Problem } from '../data/problems.ts';
import { SourceError } from '../data/source-error.ts';
import { validateDocument, validateYaml } from '../data/yaml-file.ts';
import type {} from '../markdown/frontmatter.ts'; // file.data.frontmatterYaml
import { ChapterFrontmatterError, scanNavigation } from '../navigation.ts';
import { GUIDE_FILE, projectPaths } from '../project.ts';
import type { ReadChapter } from '../markdown/read-chapters.ts';
import { chapterFrontmatter, type Taxonomy } from '../schema/chapter.ts';
import { cellCites, dataTableSchema } from '../schema/data-table.ts';
import { loadSite, type Site } from '../site.ts';
import { glossaryProblems } from './glossary.ts';

export { formatProblem, type Problem } from '../data/problems.ts';

/**
 * What to check: `check` is everything `npm run check` asks of a pull request; `build` is what
 * the build stops on (the same, without what only the check asks: TODOs left by the scaffolds,
 * empty chapters, frontmatter fields the schema does not know and the guide's generated blocks,
 * so a draft still previews).
 */
export type CheckScope = 'check' | 'build';

/**
 * Every content check except the type check (src/cli/check.ts runs that beside it): project
 * data, frontmatter, citation keys, internal links and anchors, data tables, charts, math, the content
 * policy, generated blocks of the guide and TODOs left by `npm run new`. The chapters are read
 * once, through the build's own plugin chain (loadSite().readChapters()); their problems are the
 * messages that run recorded, so the check and the build find the same ones, and the check goes
 * on after a problem, to list them all.
 */
export function checkContent(root: string, { base = '/', scope = 'check', reload = true }: { base?: string; scope?: CheckScope; reload?: boolean } = {}): Problem[] {
  const paths = projectPaths(root);
  const problems: Problem[] = [];
  const add = (file: string, line: number, message: string) => problems.push({ file: relative(root, resolve(root, file)) || file, line, message });

  // Project data first: without sources, vocabularies and reference lists nothing else can be
  // checked, so a problem here ends the run.
  let site: Site;
  try {
    site = loadSite({ root, base, reload });
  } catch (e) {
    if (e instanceof SourceError) return [problemOfError(e, root)];
    throw e;
  }
  for (const w of site.library.warnings) problems.push({ ...problemOfError(w, root), warning: true });
  if (scope === 'check') {
    todos(paths.sources, problems, root);
    const guidePath = join(root, GUIDE_FILE);
    if (existsSync(guidePath)) {
      for (const b of staleBlocks(readFileSync(guidePath, 'utf8'), site.guideData())) {
        add(guidePath, b.line, `the generated block "${b.name}" no longer matches ${b.from}: run \`npm run guide\` to rewrite it`);
      }
    }
  }

  checkTables(paths.tables, site.library, add);
  // Every chart file, shown by a chapter or not (a shown one's problems also come from its chapter's run).
  for (const p of checkChartFiles(paths.charts, tableSource(paths.tables, site.sources.map((s) => s.id), root))) add(p.file, p.line, p.message);
  // The parts and the reading order (the chapters' frontmatter is checked below, with its schema).
  for (const e of scanNavigation(paths.content, { root }).problems) if (!(e instanceof ChapterFrontmatterError)) problems.push(problemOfError(e, root));
  for (const e of glossaryProblems(paths.glossary, { chapters: site.chapters().map((c) => c.slug), lookup: site.library.lookup })) problems.push(problemOfError(e, root));

  const schema = frontmatterSchema(site.taxonomy, site.sources.map((s) => s.id));
  for (const read of site.readChapters()) {
    problems.push(...problemsOf(read.file, root));
    problems.push(...frontmatterProblems(read, schema, scope, root));
    if (scope === 'check') todos(read.file.path, problems, root);
  }
  return sortProblems(problems);
}

/** The frontmatter schema of the content collection: Starlight's fields and the chapter's (src/schema/chapter.ts). */
function frontmatterSchema(taxonomy: Taxonomy, reviewIds: string[]) {
  return docsSchema({ extend: chapterFrontmatter(taxonomy, reviewIds) })({ image: () => z.string() } as never) as z.ZodType;
}

/** A chapter's frontmatter, as its run read it: the schema at each line, and (check only) fields the schema drops and an empty body. */
function frontmatterProblems(read: ReadChapter, schema: z.ZodType, scope: CheckScope, root: string): Problem[] {
  const file = relative(root, read.file.path);
  const yaml = read.file.data.frontmatterYaml;
  const at = (line: number, message: string): Problem => ({ file, line, message });
  // A file that does not parse has one problem, its syntax; the rest is checked once it parses.
  if (!read.parsed) return [];
  if (!yaml) return [at(1, 'no frontmatter: start the file with --- title: … --- (npm run new -- chapter "Title" writes one)')];
  const out: Problem[] = [];
  const line = (n: number) => yaml.firstLine + n - 1;
  const result = validateDocument(yaml.doc, schema);
  if (!result.ok) for (const p of result.problems) out.push(at(line(p.line), p.message.startsWith('YAML') ? p.message : `frontmatter ${p.message}`));
  if (scope === 'check') {
    const fields = new Set(Object.keys((schema as unknown as { shape?: object }).shape ?? {}));
    const value = yaml.doc.value;
    for (const key of Object.keys(value && typeof value === 'object' ? value : {})) {
      if (!fields.has(key)) out.push(at(line(yaml.doc.keyLine(key)), `frontmatter: unknown field \`${key}\`; the fields are ${[...fields].join(', ')}`));
    }
    if (read.empty && !read.chapter.frontmatter.hero) {
      out.push(at(yaml.closingLine + 1, 'the chapter has frontmatter but no body: write its text below the closing --- (an empty chapter would be published as a page with a title only)'));
    }
  }
  return out;
}

/** A `TODO` left in a file (the scaffolds of `npm run new` mark what to fill in with them). */
function todos(file: string, problems: Problem[], root: string): void {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /\bTODO\b:?\s*(.*)/.exec(line);
      if (m) problems.push({ file: relative(root, file), line: i + 1, message: `TODO left: ${m[1]!.replace(/\s*(-->|\*\/\}?|")\s*$/, '').trim() || 'fill this in'}` });
    });
}

/**
 * Every table in content/tables: its schema (all problems) and every citation key, at its line.
 * A table a chapter shows gets the same problems from the chapter's run (remark-data-tables and
 * remark-citations report in the table's file); this also covers tables no chapter shows yet.
 */
function checkTables(dir: string, library: Library, add: (file: string, line: number, message: string) => void): void {
  if (!existsSync(dir)) return;
  const schema = dataTableSchema(library.sources.map((s) => s.id));
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const result = validateYaml(readFileSync(file, 'utf8'), schema);
    if (!result.ok) {
      for (const p of result.problems) add(file, p.line, p.message);
      continue;
    }
    const checkKey = (key: string, path: (string | number)[]) => {
      const found = library.lookup(key);
      if (!found.ok) add(file, result.lineOf(path), keyProblem(found));
    };
    result.data.rows.forEach((row, i) => {
      row.cite.forEach((k, j) => checkKey(k, ['rows', i, 'cite', j]));
      for (const c of result.data.columns) {
        const v = row[c.key];
        if (v !== undefined) cellCites(v).forEach((k, j) => checkKey(k, ['rows', i, c.key, 'cite', j]));
      }
    });
  }
}
