import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { SourceError } from '../data/source-error.ts';
import { validateYaml, yamlLines } from '../data/yaml-file.ts';
import { chartSchema, type ChartDefinition } from '../schema/chart.ts';
import { dataTableSchema, type DataTable } from '../schema/data-table.ts';
import { buildChart, type ChartModel } from './model.ts';
import { parseUnit } from './units.ts';

/**
 * Chart definitions (content/charts/<name>.yaml): read, validated against their schema and
 * against the table they draw (its columns, the units, the values it prints), every problem at
 * its line. `npm run check` lists them all; the build stops at the first chart with any.
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

export function tableSource(dir: string, cwd = process.cwd()): TableSource {
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
          const result = validateYaml(readFileSync(file(name), 'utf8'), dataTableSchema);
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
  const lineAt = yamlLines(text);
  const at = (list: { path: (string | number)[]; message: string }[]) => list.map((p) => ({ line: lineAt(p.path), message: p.message })).sort((a, b) => a.line - b.line);

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

/** Reads a chart for the build: its model, or a SourceError at the first problem's line listing them all. */
export function loadChart(file: string, name: string, tables: TableSource): ChartModel {
  const { model, problems } = checkChart(name, readFileSync(file, 'utf8'), tables);
  if (!model) throw new SourceError(file, problems[0]!.line, problems.map((p) => p.message).join('; '));
  return model;
}
