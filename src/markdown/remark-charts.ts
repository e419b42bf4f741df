import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { loadChart, tableSource, type TableSource } from '../charts/definition.ts';
import type { ChartModel, NotDrawn } from '../charts/model.ts';
import { chartSvg, type CiteLinks } from '../charts/svg.ts';
import { SourceError } from '../data/source-error.ts';
import type { CitationIndex } from '../render/citation-index.ts';
import { compressNumbers, findCitations } from './citation-syntax.ts';

/**
 * `<Chart name="x" />` → the figure drawn from content/charts/x.yaml, in two steps around
 * remark-citations: `remarkCharts` (before it) puts the figure's caption in place, whose
 * citations of every work the figure shows are numbered with the page's others;
 * `remarkChartFigures` (after it) draws the SVG, whose marks link to those numbers.
 */

export interface RemarkChartsOptions {
  /** Folder of chart definitions (<name>.yaml). */
  charts: string;
  /** Folder of the data tables they draw. */
  tables: string;
  /** Receives each problem (`npm run check`, which goes on); without it the first one throws. */
  report?: (problem: SourceError) => void;
}

/** The mdast node that holds a chart between the two steps. */
interface ChartNode {
  type: 'chart';
  data: { hName: 'figure'; hProperties: Record<string, unknown>; chart: ChartModel };
  children: RootContent[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const citation = (keys: string[]) => (keys.length ? ` [${keys.map((k) => `@${k}`).join('; ')}]` : '');

/** Values left out of the figure, grouped by why, each with its row and citation. */
function notDrawnParagraph(list: NotDrawn[]): Paragraph | undefined {
  if (!list.length) return undefined;
  const byReason = new Map<string, NotDrawn[]>();
  for (const n of list) byReason.set(n.reason, [...(byReason.get(n.reason) ?? []), n]);
  const parts = [...byReason.entries()].map(([reason, entries]) => `${reason[0]!.toUpperCase()}${reason.slice(1)}: ${entries.map((e) => `${e.label}: “${e.printed}”${citation(e.cites)}`).join('; ')}.`);
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['chart-not-drawn'] } },
    children: [{ type: 'strong', children: [text('Not drawn.')] }, text(` ${parts.join(' ')}`)],
  };
}

export default function remarkCharts({ charts, tables, report }: RemarkChartsOptions) {
  const cache = new Map<string, ChartModel>();
  let source: TableSource | undefined;
  return (tree: Root, file: VFile) => {
    const at = (line: number, message: string) => new SourceError(file.path ? relative(file.cwd, file.path) : '<input>', line, message);
    const onPage = new Set<string>();
    visit(tree, (node) => {
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if ((node.type as string) === 'dataTable' && typeof id === 'string') onPage.add(id.replace(/^table-/, ''));
    });
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, i, parent) => {
      if (node.name !== 'Chart' || !parent || i === undefined) return;
      try {
        replace(node, i, parent);
      } catch (e) {
        if (!report || !(e instanceof SourceError)) throw e;
        report(e);
      }
    });
    function replace(node: MdxJsxFlowElement, i: number, parent: { children: RootContent[] }): void {
      const line = node.position?.start.line ?? 1;
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
      if (!attr || typeof attr.value !== 'string') throw at(line, '<Chart /> needs name="<file in content/charts without .yaml>".');
      const name = attr.value;
      const path = join(charts, `${name}.yaml`);
      if (!existsSync(path)) throw at(line, `<Chart name="${name}" />: no file ${relative(file.cwd, resolve(file.cwd, path))}. Create it or correct the name.`);
      let model = cache.get(name);
      if (!model) {
        source ??= tableSource(tables, file.cwd);
        cache.set(name, (model = loadChart(path, name, source)));
      }
      if (!onPage.has(model.table.name)) {
        throw at(line, `<Chart name="${name}" /> draws table ${model.table.name}, which is not on this page: add <DataTable name="${model.table.name}" /> next to it, so its data are one click away.`);
      }
      const caption: Paragraph = {
        type: 'paragraph',
        data: { hName: 'figcaption' },
        children: [
          { type: 'strong', children: [text(`${model.title}.`)] },
          text(` ${model.question} Drawn from the `),
          { type: 'link', url: `#table-${model.table.name}`, children: [text(`table “${model.table.title}”`)] },
          text(`; each mark links to its reference. Sources:${citation(model.cites)}.`),
        ],
      };
      const notDrawn = notDrawnParagraph(model.notDrawn);
      const chart: ChartNode = {
        type: 'chart',
        data: { hName: 'figure', hProperties: { className: ['chart'], id: `chart-${name}`, dataChart: name }, chart: model },
        children: [caption, ...(notDrawn ? [notDrawn] : [])],
      };
      // Generated text gets the element's position, so a bad key is reported at the <Chart /> line.
      if (node.position) visit(chart as unknown as Root, 'text', (t) => void (t.position = node.position));
      parent.children.splice(i, 1, chart as unknown as RootContent);
    }
  };
}

/** How a figure names and links the works it shows, from the page's citation numbers. */
export function citeLinks(index: CitationIndex, numbers: ReadonlyMap<string, number>): CiteLinks {
  const reviews = new Set(index.library.sources.map((s) => s.id));
  const worksOf = (key: string) => {
    const found = index.lookup(key);
    if (!found.ok) throw new Error(`chart cites ${key}: ${found.message}`);
    return found.works.map((w) => w.id);
  };
  const numberOf = (id: string) => {
    const n = numbers.get(id);
    // The caption cites every work a figure shows, so each has a number on the page.
    if (n === undefined) throw new Error(`chart mark cites ${id}, which has no number on this page`);
    return n;
  };
  const bracket = (ns: number[]) => `[${compressNumbers(ns).map((r) => (r.to > r.from ? `${r.from}${r.to === r.from + 1 ? ', ' : '–'}${r.to}` : `${r.from}`)).join(', ')}]`;
  return {
    resolve: (keys) => {
      const ids = [...new Set(keys.flatMap(worksOf))];
      const first = ids[0]!;
      return { href: `#ref-${numberOf(first)}`, numbers: bracket(ids.map(numberOf)), name: `${index.shortLabel(first)}${ids.length > 1 ? ` and ${ids.length - 1} more` : ''}` };
    },
    plain: (value) => {
      // Citations as the page prints them; bare review ids as the reviews' names.
      let out = '';
      let cursor = 0;
      for (const m of findCitations(value)) {
        out += value.slice(cursor, m.start);
        const ids = m.items.flatMap((item) => worksOf(item.key));
        out += m.mode === 'intext' ? `${index.authorLabel(ids[0]!)} ${bracket(ids.map(numberOf))}` : bracket(ids.map(numberOf));
        cursor = m.end;
      }
      out += value.slice(cursor);
      return out.replace(/\b([a-z]+\d{4}[a-z]?)\b(?!:)/g, (id) => (reviews.has(id) ? index.shortLabel(worksOf(id)[0]!) : id));
    },
  };
}

/** Draws each chart's SVG (wide and narrow layouts), its marks linked to the page's references. */
export function remarkChartFigures({ index }: { index: CitationIndex }) {
  return (tree: Root, file: VFile) => {
    const numbers = file.data.citationNumbers ?? new Map<string, number>();
    visit(tree, (node) => {
      if ((node.type as string) !== 'chart') return;
      const chart = node as unknown as ChartNode;
      const model = chart.data.chart;
      const cites = citeLinks(index, numbers);
      const svg = {
        type: 'chartSvg',
        data: {
          hName: 'div',
          hProperties: { className: ['chart-figure'] },
          hChildren: [chartSvg(model, 'wide', cites, `chart-${model.name}-wide`), chartSvg(model, 'narrow', cites, `chart-${model.name}-narrow`)],
        },
        children: [],
      };
      chart.children.unshift(svg as unknown as RootContent);
    });
  };
}
