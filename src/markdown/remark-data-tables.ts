import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root, RootContent, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SourceError } from '../data/source-error.ts';
import { readYamlFile } from '../data/yaml-file.ts';
import { dataTableSchema, cellText, cellCites, cellDoubt, type DataTable } from '../schema/data-table.ts';

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

function render(name: string, table: DataTable) {
  const cell = (value: string, header = false): TableCell => ({
    type: 'tableCell',
    children: [{ type: 'text', value }],
    ...(header ? {} : {}),
  });
  const header: TableRow = {
    type: 'tableRow',
    children: [...table.columns.map((c) => cell(c.label, true)), cell('Source', true)],
  };
  table.columns.forEach((c, i) => {
    const th = header.children[i]!;
    th.data = { hProperties: { ...(c.filter ? { 'data-filter': '' } : {}), 'data-key': c.key, scope: 'col' } };
  });
  const rows: TableRow[] = table.rows.map((row) => ({
    type: 'tableRow',
    children: [
      ...table.columns.map((c) => {
        const v = row[c.key];
        const doubt = v === undefined ? undefined : cellDoubt(v);
        return cell(v === undefined ? '' : `${cellText(v)}${citeText(cellCites(v))}${doubt ? ` (doubtful: ${doubt})` : ''}`);
      }),
      cell(`${row.reported_by?.length ? `${row.reported_by.join(', ')}` : ''}${citeText(row.cite)}`.trim()),
    ],
  }));
  return {
    type: 'dataTable',
    data: { hName: 'figure', hProperties: { className: ['data-table'], 'data-table': name, id: `table-${name}` } },
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
