/**
 * A chart through the chapter pipeline of astro.config.mjs (tables, charts, citations, the
 * figure's SVG): the figure is SVG in the page's HTML with a title and a description, every
 * mark is a link to the bibliography entry of the work its row cites, named for assistive
 * technology and with a <title>, the caption cites the works and links to the table, and what
 * cannot be drawn is listed under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, test } from 'vitest';
import { problemsOf, formatProblem } from '../../../src/data/problems.ts';
import { chapterProcessor } from '../../../src/markdown/chain.ts';
import { loadSite } from '../../../src/site.ts';
import { createTempProject, type TempProject } from '../contrib/temp-project.ts';

const TABLE = `title: Interlayers on garnet
columns:
  - { key: layer, label: Layer }
  - { key: result, label: Reported result }
rows:
  - { layer: Al₂O₃, result: "interfacial resistance 1710 → 1 Ω cm²", cite: [alpha2020:1] }
  - { layer: ZnO, result: { text: "ASR about 90 Ω cm², falling to 20 Ω cm² after 50 h", doubt: the review's table and text disagree }, cite: [alpha2020:3] }
  # gamma2021:1 is the paper alpha2020:1 lists (one work, one number).
  - { layer: Mg, result: much lower resistance, cite: [gamma2021:1] }
`;
const CHART = `title: Resistance at the lithium interface
question: How far did each layer lower it?
table: garnet-layers
kind: dots
label: layer
x: { column: result, unit: Ω cm², scale: log, label: Area-specific resistance }
`;
const chapter = (body: string) => `---\ntitle: Charts\n---\n\nA claim [@gamma2021].\n\n${body}\n`;

let project: TempProject;

/** The chapter through the site's plugin chain (src/markdown/chain.ts): its HTML, or its problems. */
function run(body: string): { html: string; problems: string[] } {
  project.write('content/challenges/charts.mdx', chapter(body));
  const site = loadSite({ root: project.dir, base: '/', reload: true });
  const processor = chapterProcessor({ root: project.dir, base: '/', citations: site.citations, glossary: [] });
  const file = join(project.dir, 'content/challenges/charts.mdx');
  const vfile = new VFile({ path: file, cwd: project.dir, value: readFileSync(file, 'utf8') });
  const tree = processor.runSync(processor.parse(vfile), vfile);
  return { html: toHtml(tree), problems: problemsOf(vfile, project.dir).map(formatProblem) };
}
const render = (body: string) => {
  const { html, problems } = run(body);
  expect(problems).toEqual([]);
  return html;
};

const elements = (tree: HastRoot | Element, test: (e: Element) => boolean): Element[] => {
  const out: Element[] = [];
  visit(tree, 'element', (e: Element) => void (test(e) && out.push(e)));
  return out;
};
const classes = (e: Element) => (e.properties.className as string[] | undefined) ?? [];
const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

beforeAll(() => {
  project = createTempProject('charts/figure', { code: false });
  project.write('content/tables/garnet-layers.yaml', TABLE);
  project.write('content/charts/garnet-resistance.yaml', CHART);
});

describe('a chart in a chapter', () => {
  let tree: HastRoot;
  beforeAll(() => {
    tree = fromHtml(render('<DataTable name="garnet-layers" />\n\n<Chart name="garnet-resistance" />'), { fragment: true });
  });

  test('is a figure of two SVG layouts, each titled and described, with no script', () => {
    const [figure] = elements(tree, (e) => e.tagName === 'figure' && classes(e).includes('chart'));
    expect(figure!.properties.id).toBe('chart-garnet-resistance');
    const svgs = elements(figure!, (e) => e.tagName === 'svg');
    expect(svgs.map((s) => classes(s).find((c) => c === 'chart-wide' || c === 'chart-narrow'))).toEqual(['chart-wide', 'chart-narrow']);
    for (const svg of svgs) {
      const [titleId, descId] = svg.properties.ariaLabelledBy as string[];
      expect(text(elements(svg, (e) => e.properties.id === titleId)[0]!)).toBe('Resistance at the lithium interface');
      expect(text(elements(svg, (e) => e.properties.id === descId)[0]!)).toMatch(/^How far did each layer lower it\? One row per row of the table “Interlayers on garnet”/);
      expect(svg.properties.viewBox).toMatch(/^0 0 \d+ \d+$/);
    }
    expect(elements(tree, (e) => e.tagName === 'script')).toEqual([]);
  });

  test('every mark links to the bibliography entry of the work its row cites, with a name and a title', () => {
    const entries = new Map(elements(tree, (e) => e.tagName === 'li' && String(e.properties.id).startsWith('ref-')).map((li) => [`#${li.properties.id}`, String(li.properties.dataWork)]));
    const [wide] = elements(tree, (e) => e.tagName === 'svg' && classes(e).includes('chart-wide'));
    const marks = elements(wide!, (e) => e.tagName === 'a' && classes(e).includes('chart-mark'));
    expect(marks.map((m) => String(m.properties.ariaLabel))).toEqual([
      'Al₂O₃: interfacial resistance 1710 → 1 Ω cm². Source: Han et al. 2017 [2]',
      "ZnO: ASR about 90 Ω cm². Doubtful: the review's table and text disagree. Source: Richards and Miara 2016 [3]",
      "ZnO: falling to 20 Ω cm². Doubtful: the review's table and text disagree. Source: Richards and Miara 2016 [3]",
    ]);
    const site = loadSite({ root: project.dir, base: '/' });
    const work = (key: string) => (site.citations.lookup(key) as { works: { id: string }[] }).works[0]!.id;
    expect(marks.map((m) => entries.get(String(m.properties.href)))).toEqual([work('alpha2020:1'), work('alpha2020:3'), work('alpha2020:3')]);
    for (const m of marks) {
      const title = m.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
      expect(text(title!)).toBe(m.properties.ariaLabel);
      // The readout for pointer and keyboard users says the same.
      expect(text(elements(m, (e) => classes(e).includes('chart-tip'))[0]!).replace(/\s+/g, ' ')).toContain(String(m.properties.ariaLabel).slice(0, 20));
    }
    // A change is drawn as a hollow "before", an arrow and a filled "after"; a doubtful value dashed.
    expect(elements(marks[0]!, (e) => classes(e).includes('chart-hollow'))).toHaveLength(1);
    expect(elements(marks[0]!, (e) => classes(e).includes('chart-arrowhead'))).toHaveLength(1);
    expect(elements(marks[1]!, (e) => classes(e).includes('chart-doubt')).length).toBeGreaterThan(0);
  });

  test('the caption cites the works shown and links to the table; what is not drawn is listed with its citation', () => {
    const [caption] = elements(tree, (e) => e.tagName === 'figcaption' && elements(e, (a) => a.properties.href === '#table-garnet-layers').length > 0);
    expect(text(caption!)).toBe('Resistance at the lithium interface. How far did each layer lower it? Drawn from the table “Interlayers on garnet”; each mark links to its reference. Sources: [2, 3].');
    const [notDrawn] = elements(tree, (e) => classes(e).includes('chart-not-drawn'));
    expect(text(notDrawn!)).toBe('Not drawn. No value in Ω cm² can be read from it: Mg: “much lower resistance” [2].');
  });
});

describe('a reference line', () => {
  test('is drawn across the rows at the value the table prints, labelled, and linked to its row\'s reference; that value is no mark', () => {
    project.write('content/charts/garnet-target.yaml', `${CHART}references:\n  - { quote: "1 Ω cm²", label: the best reported }\n`);
    const tree = fromHtml(render('<DataTable name="garnet-layers" />\n\n<Chart name="garnet-target" />'), { fragment: true });
    const [wide] = elements(tree, (e) => e.tagName === 'svg' && classes(e).includes('chart-wide'));
    const [ref] = elements(wide!, (e) => e.tagName === 'a' && classes(e).includes('chart-reference'));
    expect(ref!.properties.ariaLabel).toBe('Reference line: 1 Ω cm² the best reported. Source: Han et al. 2017 [2]');
    expect(ref!.properties.href).toBe('#ref-2');
    expect(elements(ref!, (e) => classes(e).includes('chart-reference-line'))).toHaveLength(1);
    // The label is visible text outside the link (whose name says it), over the plot.
    expect(elements(wide!, (e) => classes(e).includes('chart-reference-label')).map(text)).toEqual(['1 Ω cm² the best reported']);
    expect(elements(wide!, (e) => classes(e).includes('chart-mark') && !classes(e).includes('chart-reference')).map((m) => String(m.properties.ariaLabel).split(':')[0])).toEqual(['ZnO', 'ZnO']);
  });
});

describe('a chart the page cannot show', () => {
  test('without its table on the page, at the <Chart /> line', () => {
    expect(run('<Chart name="garnet-resistance" />').problems).toEqual([
      'content/challenges/charts.mdx:7: <Chart name="garnet-resistance" /> draws table garnet-layers, which is not on this page: add <DataTable name="garnet-layers" /> next to it, so its data are one click away.',
    ]);
  });
  test('naming no chart file', () => {
    expect(run('<DataTable name="garnet-layers" />\n\n<Chart name="nosuch" />').problems).toEqual(['content/challenges/charts.mdx:9: <Chart name="nosuch" />: no file content/charts/nosuch.yaml. Create it or correct the name.']);
  });
  test('with problems in its definition, reported at their lines there', () => {
    project.write('content/charts/broken.yaml', CHART.replace('label: layer', 'label: layr'));
    expect(run('<DataTable name="garnet-layers" />\n\n<Chart name="broken" />').problems).toEqual([
      'content/charts/broken.yaml:5: "layr" is not a column of table garnet-layers; its columns are layer, result',
    ]);
  });
});
