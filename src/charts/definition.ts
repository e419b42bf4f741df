import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { validateYaml } from '../data/yaml-file.ts';
import { chartSchema, type ChartDefinition } from '../schema/chart.ts';
import { dataTableSchema, type DataTable } from '../schema/data-table.ts';
import { buildChart, type ChartModel } from './model.ts';
import { parseUnit } from './units.ts';

/**
 * Chart definitions (content/charts/<name>.yaml): read, validated against their schema and
 * against the table they draw (its columns, the units, the values it prints), every problem at
 * its line. The chapter that shows a chart reports them (remark-charts), and `npm run check`
 * reports those of every chart file, shown or not.
 */

export interface ChartProblem {
  line: number;
  message: string;
}

/** The tables a chart may draw, read once each. */
export interface TableSource {
  names(): string[];
  /** The table, `missing` when there is no such file, `invalid` when it has problems of its own. */
  get(name: string): DataTable | 'missing' | 'invalid';
  /** Where the table's file is, as a path to print. */
  file(name: string): string;
}

/** The tables of `dir`, validated with the review ids a row's `reported_by` may name. */
export function tableSource(dir: string, reviewIds: readonly string[], cwd = process.cwd()): TableSource {
  const schema = dataTableSchema(reviewIds);
  const cache = new Map<string, DataTable | 'missing' | 'invalid'>();
  const file = (name: string) => join(dir, `${name}.yaml`);
  return {
    names: () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)) : []),
    file: (name) => relative(cwd, resolve(cwd, file(name))),
    get: (name) => {
      let t = cache.get(name);
      if (t === undefined) {
        if (!existsSync(file(name))) t = 'missing';
        else {
          const result = validateYaml(readFileSync(file(name), 'utf8'), schema);
          t = result.ok ? result.data : 'invalid';
        }
        cache.set(name, t);
      }
      return t;
    },
  };
}

const UNIT_ADVICE = 'write it as the tables print it, with SI prefixes and superscript exponents (mA cm⁻², Ω cm², S cm⁻¹, nm, µm, MPa, °C)';

/** The chart's references to its table (columns) and units, checked before anything is read. */
function definitionProblems(def: ChartDefinition, table: DataTable): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const columns = table.columns.map((c) => c.key);
  const column = (key: string | undefined, path: (string | number)[]) => {
    if (key !== undefined && !columns.includes(key)) problems.push({ path, message: `"${key}" is not a column of table ${def.table}; its columns are ${columns.join(', ')}` });
  };
  const unit = (text: string | undefined, path: (string | number)[]) => {
    if (text !== undefined && !parseUnit(text)) problems.push({ path, message: `unknown unit "${text}": ${UNIT_ADVICE}` });
  };
  column(def.label, ['label']);
  def.detail?.forEach((d, i) => column(d, def.detail!.length > 1 ? ['detail', i] : ['detail']));
  for (const a of ['x', 'y'] as const) {
    const axis = def[a];
    if (!axis) continue;
    column(axis.column, [a, 'column']);
    unit(axis.unit, [a, 'unit']);
    unit(axis.condition?.unit, [a, 'condition', 'unit']);
  }
  column(def.series?.column, ['series', 'column']);
  for (const key of Object.keys(def.where ?? {})) column(key, ['where', key]);
  return problems;
}

/**
 * Every problem of one chart definition, each at its line, and the chart when there are none.
 * `name` is the file name without .yaml.
 */
export function checkChart(name: string, text: string, tables: TableSource): { model?: ChartModel; problems: ChartProblem[] } {
  const result = validateYaml(text, chartSchema);
  if (!result.ok) return { problems: result.problems };
  const def = result.data;
  const at = (list: { path: (string | number)[]; message: string }[]) => list.map((p) => ({ line: result.lineOf(p.path), message: p.message })).sort((a, b) => a.line - b.line);

  const table = tables.get(def.table);
  if (table === 'missing') {
    const names = tables.names();
    const hint = names.length ? ` Did you mean "${closest(def.table, names)}"?` : '';
    return { problems: at([{ path: ['table'], message: `table "${def.table}" does not exist: no file ${tables.file(def.table)}.${hint}` }]) };
  }
  if (table === 'invalid') return { problems: at([{ path: ['table'], message: `table "${def.table}" has problems of its own (${tables.file(def.table)}); fix them first` }]) };
  const early = definitionProblems(def, table);
  if (early.length) return { problems: at(early) };
  const { model, problems } = buildChart(name, def, table);
  return problems.length ? { problems: at(problems) } : { model, problems: [] };
}

/** Every chart file of `dir`, checked: for the check, which also covers charts no chapter shows yet. */
export function checkChartFiles(dir: string, tables: TableSource): { file: string; line: number; message: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      return checkChart(name.slice(0, -'.yaml'.length), readFileSync(file, 'utf8'), tables).problems.map((p) => ({ file, ...p }));
    });
}
