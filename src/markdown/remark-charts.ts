import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { checkChart, tableSource, type ChartProblem, type TableSource } from '../charts/definition.ts';
import type { ChartModel, NotDrawn } from '../charts/model.ts';
import { chartSvg, type CiteLinks } from '../charts/svg.ts';
import { report } from '../data/problems.ts';
import type { CitationIndex } from '../citations/citation-index.ts';
import { compressNumbers, findCitations } from './citation-syntax.ts';
import type {} from './remark-citations.ts'; // file.data.citedWorks
import type {} from './remark-data-tables.ts'; // file.data.tableIds

declare module 'vfile' {
  interface DataMap {
    /** The ids of the charts on the page (`chart-<name>`), which links may point at. */
    chartIds: string[];
  }
}

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
  /** The review ids a table row's `reported_by` may name (bib/sources.yaml). */
  reviewIds: readonly string[];
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

/**
 * Replaces each `<Chart name="x" />` with its figure, or records on the file why it cannot: no
 * such chart, its table not on the page, or problems in its definition (at their lines there).
 */
export default function remarkCharts({ charts, tables, reviewIds }: RemarkChartsOptions) {
  const cache = new Map<string, { model?: ChartModel; problems: ChartProblem[] }>();
  let source: TableSource | undefined;
  return (tree: Root, file: VFile) => {
    const chartIds: string[] = (file.data.chartIds = []);
    const onPage = new Set((file.data.tableIds ?? []).map((id) => id.replace(/^table-/, '')));
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, i, parent) => {
      if (node.name !== 'Chart' || !parent || i === undefined) return;
      const place = node.position?.start && { line: node.position.start.line, column: 0 };
      const drop = (reason: string, rule: string) => {
        report(file, reason, place, { rule });
        parent.children.splice(i, 1);
        return i;
      };
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name');
      if (!attr || typeof attr.value !== 'string') return drop('<Chart /> needs name="<file in content/charts without .yaml>".', 'chart-name');
      const name = attr.value;
      const path = resolve(file.cwd, charts, `${name}.yaml`);
      if (!existsSync(path)) return drop(`<Chart name="${name}" />: no file ${relative(file.cwd, path)}. Create it or correct the name.`, 'chart-missing');
      let checked = cache.get(path);
      if (!checked) {
        source ??= tableSource(resolve(file.cwd, tables), reviewIds, file.cwd);
        cache.set(path, (checked = checkChart(name, readFileSync(path, 'utf8'), source)));
      }
      const model = checked.model;
      if (!model) {
        for (const p of checked.problems) report(file, p.message, { line: p.line, column: 0 }, { file: path, rule: 'chart-definition' });
        parent.children.splice(i, 1);
        return i;
      }
      if (!onPage.has(model.table.name)) {
        return drop(`<Chart name="${name}" /> draws table ${model.table.name}, which is not on this page: add <DataTable name="${model.table.name}" /> next to it, so its data are one click away.`, 'chart-table');
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
      // Generated text gets the element's position, so a problem in it is reported at the <Chart /> line.
      if (node.position) visit(chart as unknown as Root, 'text', (t) => void (t.position = node.position));
      chartIds.push(`chart-${name}`);
      parent.children.splice(i, 1, chart as unknown as RootContent);
    });
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
        // In text a review is named ("Chen et al. (2021)"), any other work named and numbered.
        out += m.mode === 'intext' ? `${index.narrative(ids[0]!)}${reviews.has(m.items[0]!.key) ? '' : ` ${bracket(ids.map(numberOf))}`}` : bracket(ids.map(numberOf));
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
    // remark-citations numbered the page's works in this order.
    const numbers = new Map((file.data.citedWorks?.all ?? []).map((id, i) => [id, i + 1]));
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
