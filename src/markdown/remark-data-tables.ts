import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root, RootContent, TableCell, TableRow, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from '../data/problems.ts';
import { validateYaml, type LineOf } from '../data/yaml-file.ts';
import { dataTableSchema, cellText, cellCites, cellDoubt, type DataTable } from '../schema/data-table.ts';

export interface RemarkDataTablesOptions {
  /** Folder of <name>.yaml tables. */
  dir: string;
  /** The review ids a row's `reported_by` may name (bib/sources.yaml). */
  reviewIds: readonly string[];
}

declare module 'vfile' {
  interface DataMap {
    /** The ids of the data tables on the page (`table-<name>`), which links may point at. */
    tableIds: string[];
  }
}

const citeText = (keys: string[]) => (keys.length ? ` [${keys.map((k) => `@${k}`).join('; ')}]` : '');

type Loaded = { ok: true; table: DataTable; lineOf: LineOf } | { ok: false; problems: { line: number; message: string }[] };

/**
 * Replaces `<DataTable name="x" />` with the table in <dir>/x.yaml, as Markdown: its citations
 * are then numbered by remark-citations like any other. Tables are data with a citation per
 * row (and per cell where sources differ), so they are validated and reused, not typed by hand.
 * Every text of the table remembers its YAML line, so a problem in a cell (an unknown key) is
 * reported in the table's file, not in the chapter that shows it.
 */
export default function remarkDataTables({ dir, reviewIds }: RemarkDataTablesOptions) {
  const schema = dataTableSchema(reviewIds);
  const cache = new Map<string, Loaded>();
  const load = (path: string): Loaded => {
    let t = cache.get(path);
    if (!t) {
      const result = validateYaml(readFileSync(path, 'utf8'), schema);
      t = result.ok ? { ok: true, table: result.data, lineOf: result.lineOf } : result;
      cache.set(path, t);
    }
    return t;
  };
  return (tree: Root, file: VFile) => {
    const tableIds: string[] = (file.data.tableIds = []);
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, i, parent) => {
      if (node.name !== 'DataTable' || !parent || i === undefined) return;
      const place = node.position;
      const nameAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
      if (!nameAttr || typeof nameAttr.value !== 'string') {
        report(file, '<DataTable /> needs name="<file in content/tables without .yaml>".', place, { rule: 'table-name' });
        parent.children.splice(i, 1);
        return i;
      }
      const path = resolve(file.cwd, dir, `${nameAttr.value}.yaml`);
      if (!existsSync(path)) {
        report(file, `<DataTable name="${nameAttr.value}" />: no file ${relative(file.cwd, path)}. Create it or correct the name.`, place?.start && { line: place.start.line, column: 0 }, {
          rule: 'table-missing',
        });
        parent.children.splice(i, 1);
        return i;
      }
      const loaded = load(path);
      if (!loaded.ok) {
        for (const p of loaded.problems) report(file, p.message, { line: p.line, column: 0 }, { file: path, rule: 'table-schema' });
        parent.children.splice(i, 1);
        return i;
      }
      tableIds.push(`table-${nameAttr.value}`);
      parent.children.splice(i, 1, render(nameAttr.value, loaded.table, path, loaded.lineOf) as RootContent);
    });
  };
}

// Columns whose cells average more characters than this are prose (results, notes): they wrap
// widest and are the first a narrow screen folds into a row's details (src/scripts/data-table.ts).
const PROSE_CHARS = 40;

/**
 * How much a column matters when space runs out: 1 for the first column (it names the row and
 * is never folded), 3 for prose columns, 2 for the rest.
 */
export function columnPriorities(table: DataTable): number[] {
  return table.columns.map((c, i) => {
    if (i === 0) return 1;
    const lengths = table.rows.map((r) => (r[c.key] === undefined ? 0 : cellText(r[c.key]!).length));
    return lengths.reduce((a, b) => a + b, 0) / lengths.length > PROSE_CHARS ? 3 : 2;
  });
}

function render(name: string, table: DataTable, file: string, lineOf: LineOf) {
  const priorities = [...columnPriorities(table), 2];
  const labels = [...table.columns.map((c) => c.label), 'Source'];
  // Text that knows its line in the table's YAML, and the line of each citation key in it.
  const text = (value: string, path: (string | number)[], keys: [string, (string | number)[]][] = []): Text => ({
    type: 'text',
    value,
    data: { source: { file, line: lineOf(path), lines: Object.fromEntries(keys.map(([k, p]) => [k, lineOf(p)])) } },
  });
  // Every cell carries its column's label, for the stacked layout of narrow screens; the first
  // cell of a row is its header.
  const cell = (child: Text, column: number, header = false): TableCell => ({
    type: 'tableCell',
    children: [child],
    data: header ? { hProperties: { scope: 'col', 'data-priority': priorities[column] } } : column === 0 ? { hName: 'th', hProperties: { scope: 'row' } } : { hProperties: { 'data-label': labels[column] } },
  });
  const header: TableRow = {
    type: 'tableRow',
    children: [...table.columns.map((c, i) => cell(text(c.label, ['columns', i, 'label']), i, true)), cell(text('Source', ['columns']), table.columns.length, true)],
  };
  table.columns.forEach((c, i) => {
    const th = header.children[i]!;
    th.data = { hProperties: { ...th.data?.hProperties, ...(c.filter ? { 'data-filter': '' } : {}), 'data-key': c.key } };
  });
  const rows: TableRow[] = table.rows.map((row, r) => ({
    type: 'tableRow',
    children: [
      ...table.columns.map((c, i) => {
        const v = row[c.key];
        const keys = v === undefined ? [] : cellCites(v);
        const doubt = v === undefined ? undefined : cellDoubt(v);
        return cell(text(v === undefined ? '' : `${cellText(v)}${citeText(keys)}${doubt ? ` (doubtful: ${doubt})` : ''}`, ['rows', r, c.key], keys.map((k, j) => [k, ['rows', r, c.key, 'cite', j]])), i);
      }),
      // The reviews that report the row, named as a sentence names them (`@chen2021` renders
      // "Chen et al. (2021)"), then the row's own citations.
      cell(
        text(
          `${(row.reported_by ?? []).map((id) => `@${id}`).join(', ')}${citeText(row.cite)}`.trim(),
          ['rows', r, 'cite'],
          [...(row.reported_by ?? []).map((k, j): [string, (string | number)[]] => [k, ['rows', r, 'reported_by', j]]), ...row.cite.map((k, j): [string, (string | number)[]] => [k, ['rows', r, 'cite', j]])],
        ),
        table.columns.length,
      ),
    ],
  }));
  return {
    type: 'dataTable',
    data: { hName: 'figure', hProperties: { className: ['data-table'], 'data-table': name, 'data-columns': labels.length, id: `table-${name}` } },
    children: [
      {
        type: 'paragraph',
        data: { hName: 'figcaption' },
        children: [
          { type: 'strong', children: [text(table.title, ['title'])] },
          ...(table.caption ? [text(` ${table.caption}`, ['caption'])] : []),
        ],
      },
      {
        type: 'table',
        // One entry per column: mdast-util-to-hast renders only as many cells as `align` has.
        align: header.children.map(() => null),
        children: [header, ...rows],
      },
    ],
  };
}
