import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root, RootContent, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SourceError } from '../data/source-error.ts';
import { readYamlFile } from '../data/yaml-file.ts';
import { dataTableSchema, cellText, cellCites, type DataTable } from '../schema/data-table.ts';

export interface RemarkDataTablesOptions {
  /** Folder of <name>.yaml tables. */
  dir: string;
}

const citeText = (keys: string[]) => (keys.length ? ` [${keys.map((k) => `@${k}`).join('; ')}]` : '');

/**
 * Replaces `<DataTable name="x" />` with the table in <dir>/x.yaml, as Markdown: its citations
 * are then numbered by remark-citations like any other. Tables are data with a citation per
 * row (and per cell where sources differ), so they are validated and reused, not typed by hand.
 */
export default function remarkDataTables({ dir }: RemarkDataTablesOptions) {
  const cache = new Map<string, DataTable>();
  const load = (name: string, at: { file: string; line: number; cwd: string }): DataTable => {
    const path = join(dir, `${name}.yaml`);
    if (!existsSync(path)) throw new SourceError(at.file, at.line, `<DataTable name="${name}" />: no file ${relative(at.cwd, resolve(at.cwd, path))}. Create it or correct the name.`);
    let t = cache.get(path);
    if (!t) cache.set(path, (t = readYamlFile(path, dataTableSchema)));
    return t;
  };
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, i, parent) => {
      if (node.name !== 'DataTable' || !parent || i === undefined) return;
      const at = { file: file.path ? relative(file.cwd, file.path) : '<input>', line: node.position?.start.line ?? 1, cwd: file.cwd };
      const nameAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
      if (!nameAttr || typeof nameAttr.value !== 'string') throw new SourceError(at.file, at.line, '<DataTable /> needs name="<file in content/tables without .yaml>".');
      const table = load(nameAttr.value, at);
      const rendered = render(nameAttr.value, table);
      // The cells' text gets the element's position, so a bad key in a table is reported at
      // the <DataTable /> line of the chapter rather than at line 1.
      if (node.position) visit(rendered as unknown as Root, 'text', (t) => void (t.position = node.position));
      parent.children.splice(i, 1, rendered as RootContent);
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

function render(name: string, table: DataTable) {
  const priorities = [...columnPriorities(table), 2];
  const labels = [...table.columns.map((c) => c.label), 'Source'];
  // Every cell carries its column's label, for the stacked layout of narrow screens; the first
  // cell of a row is its header.
  const cell = (value: string, column: number, header = false): TableCell => ({
    type: 'tableCell',
    children: [{ type: 'text', value }],
    data: header ? { hProperties: { scope: 'col', 'data-priority': priorities[column] } } : column === 0 ? { hName: 'th', hProperties: { scope: 'row' } } : { hProperties: { 'data-label': labels[column] } },
  });
  const header: TableRow = {
    type: 'tableRow',
    children: labels.map((label, i) => cell(label, i, true)),
  };
  table.columns.forEach((c, i) => {
    const th = header.children[i]!;
    th.data = { hProperties: { ...th.data?.hProperties, ...(c.filter ? { 'data-filter': '' } : {}), 'data-key': c.key } };
  });
  const rows: TableRow[] = table.rows.map((row) => ({
    type: 'tableRow',
    children: [
      ...table.columns.map((c, i) => {
        const v = row[c.key];
        return cell(v === undefined ? '' : `${cellText(v)}${citeText(cellCites(v))}`, i);
      }),
      // The reviews that report the row, named as a sentence names them (`@chen2021` renders
      // "Chen et al. (2021)"), then the row's own citations.
      cell(`${(row.reported_by ?? []).map((id) => `@${id}`).join(', ')}${citeText(row.cite)}`.trim(), table.columns.length),
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
          { type: 'strong', children: [{ type: 'text', value: table.title }] },
          ...(table.caption ? [{ type: 'text', value: ` ${table.caption}` }] : []),
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
