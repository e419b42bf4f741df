import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import katex from 'katex';
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { buildLibrary, type Library } from '../citations/library.ts';
import { contentParts, GUIDE_FILE, staleBlocks } from '../contrib/guide.ts';
import { glossaryProblems } from './glossary.ts';
import { SourceError } from '../data/source-error.ts';
import { readYamlFile, validateYaml, yamlLines } from '../data/yaml-file.ts';
import { KATEX_OPTIONS, katexProblem } from '../markdown/katex-options.ts';
import remarkCitations from '../markdown/remark-citations.ts';
import remarkDataTables from '../markdown/remark-data-tables.ts';
import remarkCharts, { remarkChartFigures } from '../markdown/remark-charts.ts';
import { checkChart, tableSource } from '../charts/definition.ts';
import remarkInternalLinks from '../markdown/remark-internal-links.ts';
import { projectPaths } from '../project.ts';
import { createCitationIndex } from '../render/citation-index.ts';
import { mdxFiles, readChapterCitations } from '../render/chapter-citations.ts';
import { linkTargets } from '../render/link-targets.ts';
import { readGuide, GUIDE_SLUG } from '../contrib/guide.ts';
import { chapterFrontmatter, taxonomySchema, type Taxonomy } from '../schema/chapter.ts';
import { cellCites, dataTableSchema } from '../schema/data-table.ts';
import { sourcesSchema, type Source } from '../schema/sources.ts';

/** One problem, printed `file:line[:column]: message` with file relative to the project. */
export interface Problem {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;

/**
 * Every content check of `npm run check` except the type check (src/cli/check.ts runs that
 * beside it): project data, frontmatter, citation keys, internal links and anchors, data
 * tables, math, generated blocks of the guide and TODOs left by `npm run new`. It reuses the
 * build's own plugins with a `report` callback, so the two find the same problems; unlike the
 * build it goes on after a problem, to list them all.
 */
export function checkContent(root: string, { base = '/' }: { base?: string } = {}): Problem[] {
  const paths = projectPaths(root);
  const problems: Problem[] = [];
  const rel = (file: string) => relative(root, resolve(root, file)) || file;
  const add = (file: string, line: number, message: string, column?: number) => problems.push({ file: rel(file), line, message, ...(column ? { column } : {}) });
  const addError = (e: unknown, fallbackFile: string) => {
    if (e instanceof SourceError) add(e.file, e.line, e.message.slice(`${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}: `.length), e.column);
    else add(fallbackFile, 1, e instanceof Error ? e.message : String(e));
  };

  // Project data first: without sources, vocabularies and reference lists nothing else can be
  // checked, so a problem here ends the run.
  let sources: Source[];
  let taxonomy: Taxonomy;
  let library: Library;
  try {
    sources = readYamlFile(paths.sources, sourcesSchema);
    taxonomy = readYamlFile(paths.taxonomy, taxonomySchema);
    library = buildLibrary({ bibDir: paths.bib, sources });
  } catch (e) {
    addError(e, paths.sources);
    return problems;
  }
  todos(paths.sources, problems, rel);

  const guideData = { taxonomy, sources, parts: contentParts(paths.content) };
  const guidePath = join(root, GUIDE_FILE);
  if (existsSync(guidePath)) {
    for (const b of staleBlocks(readFileSync(guidePath, 'utf8'), guideData)) {
      add(guidePath, b.line, `the generated block "${b.name}" no longer matches ${b.from}: run \`npm run guide\` to rewrite it`);
    }
  }

  checkTables(paths.tables, library, add);
  checkCharts(paths.charts, paths.tables, root, add);

  const index = createCitationIndex(library, base);
  const chapters = readChapterCitations(paths.content, paths.tables, library.lookup, { onError: () => {}, chartsDir: paths.charts });
  const guide = readGuide(root, guideData);
  const targets = linkTargets({ root, base, chapters, library, extraPages: guide ? [[`/${GUIDE_SLUG}/`, guide.anchors]] : [] });
  const frontmatterSchema = docsSchema({ extend: chapterFrontmatter(taxonomy, sources.map((s) => s.id)) })({ image: () => z.string() } as never);
  const fields = new Set(Object.keys((frontmatterSchema as unknown as { shape?: object }).shape ?? {}));
  const report = (e: SourceError) => addError(e, '<content>');
  for (const e of glossaryProblems(paths.glossary, { chapters: chapters.map((c) => c.slug), lookup: library.lookup })) addError(e, paths.glossary);

  for (const file of mdxFiles(paths.content)) {
    const text = readFileSync(file, 'utf8');
    const vfile = new VFile({ path: file, cwd: root, value: text });
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMath);
    if (file.endsWith('.mdx')) processor.use(remarkMdx);
    let tree: Root;
    try {
      tree = processor.parse(vfile) as Root;
    } catch (e) {
      const m = e as { line?: number; column?: number; reason?: string; message?: string };
      add(file, m.line ?? 1, `MDX syntax error: ${m.reason ?? m.message}. In .mdx, < and { start JSX and expressions: write \\< and \\{ in text, or put them in \`code\`.`, m.column);
      continue;
    }
    todos(file, problems, rel);

    // Frontmatter: Starlight's fields plus the chapter's (src/schema/chapter.ts).
    const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
    if (!yaml) add(file, 1, 'no frontmatter: start the file with --- title: … --- (npm run new -- chapter "Title" writes one)');
    else if (!hasBody(tree) && !/^hero:/m.test(yaml.value)) {
      add(file, (yaml.position?.end.line ?? 1) + 1, 'the chapter has frontmatter but no body: write its text below the closing --- (an empty chapter would be published as a page with a title only)');
    }
    if (yaml) {
      const offset = (yaml.position?.start.line ?? 1) + 1; // line 1 is the opening ---
      const result = validateYaml(yaml.value, frontmatterSchema);
      if (!result.ok) for (const p of result.problems) add(file, offset + p.line - 1, `frontmatter ${p.message}`);
      const data = parseDocument(yaml.value).toJS() as Record<string, unknown> | null;
      const lines = new LineCounter();
      const doc = parseDocument(yaml.value, { lineCounter: lines });
      for (const key of Object.keys(data ?? {})) {
        if (fields.has(key)) continue;
        const node = doc.getIn([key], true) as { range?: [number, number] } | undefined;
        const pair = (doc.contents as { items?: { key: { value: unknown; range?: [number, number] } }[] } | null)?.items?.find((i) => i.key.value === key);
        const pos = pair?.key.range?.[0] ?? node?.range?.[0] ?? 0;
        add(file, offset + lines.linePos(pos).line - 1, `frontmatter: unknown field \`${key}\`; the fields are ${[...fields].join(', ')}`);
      }
    }

    // Data tables and charts (their own problems were reported above), links, citations: the build's plugins.
    const ownFileProblem = (e: unknown) => e instanceof SourceError && [paths.tables, paths.charts].some((dir) => resolve(root, e.file).startsWith(dir));
    const reportOwn = (e: SourceError) => ownFileProblem(e) || addError(e, file);
    for (const plugin of [unified().use(remarkDataTables, { dir: paths.tables }), unified().use(remarkCharts, { charts: paths.charts, tables: paths.tables, report: reportOwn })]) {
      try {
        plugin.runSync(tree, vfile);
      } catch (e) {
        if (!ownFileProblem(e)) addError(e, file);
      }
    }
    unified().use(remarkInternalLinks, { targets: () => targets, root, base, report }).use(remarkCitations, { index, report }).runSync(tree, vfile);
    try {
      unified().use(remarkChartFigures, { index }).runSync(tree, vfile);
    } catch (e) {
      addError(e, file);
    }

    visit(tree, ['math', 'inlineMath'], (node) => {
      const math = node as { type: string; value: string; position?: { start: { line: number; column: number } } };
      try {
        katex.renderToString(math.value, { ...KATEX_OPTIONS, displayMode: math.type === 'math' });
      } catch (e) {
        add(file, math.position?.start.line ?? 1, katexProblem(e), math.position?.start.column);
      }
    });
  }

  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const k = formatProblem(p);
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Whether a page has text under its frontmatter: anything but imports, comments, headings and
 * rules counts. The build publishes an empty chapter (a draft previews with `npm start`); the
 * check stops it before a pull request or a deploy, as it stops TODOs.
 */
function hasBody(tree: Root): boolean {
  const empty = (n: Root['children'][number]) =>
    n.type === 'yaml' ||
    n.type === 'mdxjsEsm' ||
    n.type === 'heading' ||
    n.type === 'thematicBreak' ||
    (n.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(n.value)) ||
    (n.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value));
  return !tree.children.every(empty);
}

/** A `TODO` left in a file (the scaffolds of `npm run new` mark what to fill in with them). */
function todos(file: string, problems: Problem[], rel: (f: string) => string): void {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /\bTODO\b:?\s*(.*)/.exec(line);
      if (m) problems.push({ file: rel(file), line: i + 1, message: `TODO left: ${m[1]!.replace(/\s*(-->|\*\/\}?|")\s*$/, '').trim() || 'fill this in'}` });
    });
}

/** Every chart in content/charts: its schema, its table's columns, units and values, at their lines. */
function checkCharts(dir: string, tablesDir: string, root: string, add: (file: string, line: number, message: string) => void): void {
  if (!existsSync(dir)) return;
  const tables = tableSource(tablesDir, root);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    for (const p of checkChart(name.slice(0, -'.yaml'.length), readFileSync(file, 'utf8'), tables).problems) add(file, p.line, p.message);
  }
}

/** Every table in content/tables: its schema (all problems) and every citation key, at its line. */
function checkTables(dir: string, library: Library, add: (file: string, line: number, message: string) => void): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const result = validateYaml(text, dataTableSchema);
    if (!result.ok) {
      for (const p of result.problems) add(file, p.line, p.message);
      continue;
    }
    const lineAt = yamlLines(text);
    const checkKey = (key: string, path: (string | number)[]) => {
      const found = library.lookup(key);
      if (!found.ok) add(file, lineAt(path), `${found.message}.${found.suggestions.length ? ` Did you mean ${found.suggestions.join(', ')}?` : ''} Keys are listed on the reference pages.`);
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
