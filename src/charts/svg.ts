import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { max, min } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { AxisModel, ChartModel, Item, Mark, Measure, Point } from './model.ts';
import { formatNumber as formatPlain, formatWithPrefix, textWidth, wrap } from './text.ts';
import { parseUnit } from './units.ts';

/**
 * Draws a chart model as SVG (hast, built at build time: no script is needed to see it). Two
 * layouts of the same figure: `wide` (labels beside the rows, 720 units across, for a desktop
 * column and paper) and `narrow` (labels above the rows, 360 across, for a phone); the page
 * shows the one that fits its width. Every mark is a link to its reference with an accessible
 * name and a <title>; pointing at or focusing it shows the same text in the readout band at the
 * top. Colours are classes (src/styles/charts.css), so themes and print restyle them.
 */

export interface CiteLinks {
  /** The link of a mark citing `keys` (its first work), the numbers as the page prints them, and the first work's short name. */
  resolve(keys: string[]): { href: string; numbers: string; name: string };
  /** Text with citation keys written as the page shows them. */
  plain(text: string): string;
}

export type Variant = 'wide' | 'narrow';

const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolWye, symbolStar];
const LINE = 16; // label line height
const SMALL_LINE = 14;
const FONT = 13;
const SMALL = 11.5;

interface Geometry {
  width: number;
  /** Width of the label column beside the rows (0: labels above the rows). */
  labelWidth: number;
  bandLines: number;
}

const GEOMETRY: Record<Variant, Geometry> = {
  wide: { width: 720, labelWidth: 250, bandLines: 2 },
  narrow: { width: 360, labelWidth: 0, bandLines: 3 },
};

type Scale = ((v: number) => number) & { ticks(count?: number): number[] };

/** The axis scale over the values drawn: whole decades on a log axis, nice numbers on a linear one. */
function axisScale(axis: AxisModel, values: number[], range: [number, number]): { scale: Scale; ticks: { value: number; label?: string; major: boolean }[]; prefixed: boolean } {
  const lo = min(values) ?? 1;
  const hi = max(values) ?? 1;
  if (axis.scale === 'log') {
    let a = Math.floor(Math.log10(lo) + 1e-9);
    let b = Math.ceil(Math.log10(hi) - 1e-9);
    if (b <= a) [a, b] = [a - 1, b + 1];
    const scale = scaleLog().domain([10 ** a, 10 ** b]).range(range);
    const decades = b - a;
    const width = Math.abs(range[1] - range[0]);
    // Across many decades of a simple unit, each tick names its own prefix: 100 nm, 1 µm, 1 mm.
    const simple = decades > 3 ? parseUnit(axis.unit)?.simple : undefined;
    const formatNumber = simple ? (v: number) => formatWithPrefix(v, simple) : formatPlain;
    const ticks: { value: number; label?: string; major: boolean }[] = [];
    // A label every decade, or every second (third …) one when the labels would touch.
    const widest = Math.max(...Array.from({ length: decades + 1 }, (_, k) => textWidth(formatNumber(10 ** (a + k)), SMALL)));
    const every = Math.max(1, Math.ceil((widest + 12) / (width / decades)));
    for (let k = a; k <= b; k++) {
      ticks.push({ value: 10 ** k, major: true, ...((k - a) % every === 0 ? { label: formatNumber(10 ** k) } : {}) });
      if (k === b || decades > 4) continue;
      for (const m of [2, 3, 4, 5, 6, 7, 8, 9]) {
        // 2 and 5 are labelled where a decade is wide enough to hold them.
        const labelled = (m === 2 || m === 5) && width / decades > 150;
        ticks.push({ value: m * 10 ** k, major: false, ...(labelled ? { label: formatNumber(m * 10 ** k) } : {}) });
      }
    }
    return { scale: scale as unknown as Scale, ticks, prefixed: Boolean(simple) };
  }
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : 0;
  const scale = scaleLinear().domain([lo - pad, hi + pad]).nice().range(range);
  const count = Math.max(3, Math.round(Math.abs(range[1] - range[0]) / 80));
  return { scale: scale as unknown as Scale, ticks: scale.ticks(count).map((v) => ({ value: v, label: formatPlain(v), major: true })), prefixed: false };
}

/** "Current density (mA cm⁻², log scale)"; without the unit when every tick names it. */
function axisTitle(a: AxisModel, prefixed: boolean): string {
  const notes = [...(prefixed ? [] : [a.unit]), ...(a.scale === 'log' ? ['log scale'] : [])];
  return notes.length ? `${a.title} (${notes.join(', ')})` : a.title;
}

/** Every number a measure puts on its axis. */
const valuesOf = (m: Measure[]): number[] => m.flatMap((x) => x.points.flatMap((p) => [p.value, ...(p.to !== undefined ? [p.to] : []), ...(p.uncertainty ? [p.value - p.uncertainty, p.value + p.uncertainty] : [])])).filter((v) => Number.isFinite(v));

/** The values an axis must show: every value, and room for the arrow of a bound on a log axis. */
const domainOf = (m: Measure[], axis: AxisModel): number[] => [
  ...valuesOf(m),
  ...(axis.scale === 'log' ? m.flatMap((x) => x.points.filter((p) => p.bound && p.to === undefined).map((p) => (p.bound === 'upper' ? p.value / 3 : p.value * 3))) : []),
];

const seriesClass = (i: number) => `chart-s${i}`;

function glyph(series: number, x: number, y: number, { hollow = false, size = 72, doubt = false } = {}): Element {
  const d = symbol(SHAPES[series % SHAPES.length]!, size)()!;
  return s('path', { d, transform: `translate(${r(x)},${r(y)})`, class: ['chart-glyph', seriesClass(series), ...(hollow ? ['chart-hollow'] : []), ...(doubt ? ['chart-doubt'] : [])] });
}

const r = (v: number) => Math.round(v * 10) / 10;

/** An arrowhead at (x, y) pointing along +x (dir 1) or -x (dir -1). */
const arrowHead = (x: number, y: number, dir: number, series: number): Element =>
  s('path', { d: `M${r(x)},${r(y)}L${r(x - dir * 7)},${r(y - 4)}L${r(x - dir * 7)},${r(y + 4)}Z`, class: ['chart-arrowhead', seriesClass(series)] });

/** A point on one axis, drawn along x at height y: a glyph, a range bar, a bound arrow. */
function pointMarks(p: Point, sx: (v: number) => number, y: number, series: number, doubt: boolean, bounds: [number, number]): Element[] {
  const out: Element[] = [];
  if (p.to !== undefined) {
    const [a, b] = [sx(Math.min(p.value, p.to)), sx(Math.max(p.value, p.to))];
    out.push(s('line', { x1: r(a), x2: r(b), y1: r(y), y2: r(y), class: ['chart-range', seriesClass(series), ...(doubt ? ['chart-doubt'] : [])] }));
    for (const x of [a, b]) out.push(s('line', { x1: r(x), x2: r(x), y1: r(y - 6), y2: r(y + 6), class: ['chart-cap', seriesClass(series)] }));
    return out;
  }
  const x = sx(p.value);
  if (p.uncertainty) {
    const [a, b] = [sx(p.value - p.uncertainty), sx(p.value + p.uncertainty)];
    out.push(s('line', { x1: r(a), x2: r(b), y1: r(y), y2: r(y), class: ['chart-whisker', seriesClass(series)] }));
  }
  if (p.bound) {
    // "up to" points left (towards smaller values), "above" right.
    const dir = p.bound === 'upper' ? -1 : 1;
    const end = Math.min(bounds[1], Math.max(bounds[0], x + dir * 22));
    out.push(s('line', { x1: r(x), x2: r(end), y1: r(y), y2: r(y), class: ['chart-bound', seriesClass(series)] }));
    out.push(arrowHead(end, y, dir, series));
  }
  out.push(glyph(series, x, y, { doubt }));
  return out;
}

/** The marks of one measure along x at height y (dots charts). */
function measureMarks(m: Measure, sx: (v: number) => number, y: number, series: number, doubt: boolean, bounds: [number, number]): Element[] {
  if (m.shape === 'change') {
    const [before, after] = m.points as [Point, Point];
    const xa = sx(before.to !== undefined ? Math.sqrt(before.value * before.to) : before.value);
    const xb = sx(after.to !== undefined ? Math.sqrt(after.value * after.to) : after.value);
    const dir = xb >= xa ? 1 : -1;
    // The arrow stops short of the "after" glyph so its head stays visible.
    const tip = xb - dir * 6;
    return [
      s('line', { x1: r(xa), x2: r(tip), y1: r(y), y2: r(y), class: ['chart-change', seriesClass(series), ...(doubt ? ['chart-doubt'] : [])] }),
      arrowHead(tip, y, dir, series),
      glyph(series, xa, y, { hollow: true, doubt }),
      glyph(series, xb, y, { doubt }),
    ];
  }
  return m.points.flatMap((p) => pointMarks(p, sx, y, series, doubt, bounds));
}

interface MarkText {
  /** Accessible name and <title>. */
  name: string;
  href: string;
}

function markText(model: ChartModel, item: Item, mark: Mark, cites: CiteLinks): MarkText {
  const link = cites.resolve(mark.cites);
  const series = model.series.length ? ` (${model.series[mark.series]})` : '';
  const values =
    model.kind === 'scatter'
      ? `${model.x.title} ${mark.x.map((m) => m.printed).join('; ')}; ${model.y!.title.toLowerCase()} ${mark.y!.map((m) => m.printed).join('; ')}`
      : `${mark.context ? `${mark.context} ` : ''}${mark.x.map((m) => m.printed).join('; ')}`;
  const doubt = mark.doubt ? `. Doubtful: ${mark.doubt}` : '';
  return { name: cites.plain(`${item.label}${item.detail && model.kind === 'scatter' ? ` (${item.detail})` : ''}: ${values}${series}${doubt}. Source: ${link.name} ${link.numbers}`), href: link.href };
}

/** The readout shown in the band when a mark is pointed at or focused (hidden otherwise). */
function tip(text: string, g: Geometry, top: number): Element {
  const lines = wrap(text, g.width - 16, SMALL);
  const shown = lines.slice(0, g.bandLines);
  if (lines.length > g.bandLines) shown[g.bandLines - 1] = `${shown[g.bandLines - 1]!.replace(/\s*\S*$/, '')} …`;
  return s('g', { class: 'chart-tip', 'aria-hidden': 'true' }, [
    s('rect', { x: 0, y: top, width: g.width, height: g.bandLines * SMALL_LINE + 8, class: 'chart-tip-bg' }),
    s('text', { x: 8, y: top + 4 + SMALL, 'font-size': SMALL, class: 'chart-tip-text' }, shown.map((l, i) => s('tspan', { x: 8, dy: i ? SMALL_LINE : 0 }, l))),
  ]);
}

/** A mark as a link: its glyphs, an invisible hit area that shows focus, its readout. */
function markLink(text: MarkText, glyphs: Element[], box: { x: number; y: number; w: number; h: number }, g: Geometry): Element {
  return s('a', { href: text.href, class: 'chart-mark', 'aria-label': text.name }, [
    s('title', text.name),
    s('rect', { x: r(box.x), y: r(box.y), width: r(box.w), height: r(box.h), rx: 4, class: 'chart-hit' }),
    ...glyphs,
    tip(text.name, g, 0),
  ]);
}

/** The legend: series, then the kinds of mark the chart uses. */
function legend(model: ChartModel, g: Geometry, top: number): { nodes: Element[]; height: number } {
  const marks = model.items.flatMap((i) => i.marks);
  const points = marks.flatMap((m) => [...m.x, ...(m.y ?? [])]).flatMap((x) => x.points);
  // `key`: how wide the drawn sample is (a glyph, or a line 30 across).
  const entries: { draw: (x: number, y: number) => Element[]; text: string; key?: number }[] = [];
  model.series.forEach((name, i) => {
    if (marks.some((m) => m.series === i)) entries.push({ draw: (x, y) => [glyph(i, x + 7, y, { size: 56 })], text: name, key: 14 });
  });
  const neutral = model.series.length ? -1 : 0;
  const cls = (extra: string) => [extra, neutral < 0 ? 'chart-key' : seriesClass(0)];
  if (marks.some((m) => m.x.some((x) => x.shape === 'change'))) {
    entries.push({
      draw: (x, y) => [s('path', { d: symbol(symbolCircle, 40)()!, transform: `translate(${x + 4},${y})`, class: ['chart-glyph', 'chart-hollow', ...cls('')].filter(Boolean) }), s('line', { x1: x + 8, x2: x + 24, y1: y, y2: y, class: cls('chart-change') }), s('path', { d: `M${x + 30},${y}L${x + 23},${y - 4}L${x + 23},${y + 4}Z`, class: cls('chart-arrowhead') })],
      text: 'before → after',
    });
  }
  if (points.some((p) => p.to !== undefined)) {
    const bar = model.kind === 'dots' ? 'chart-range' : 'chart-whisker';
    entries.push({ draw: (x, y) => [s('line', { x1: x + 1, x2: x + 27, y1: y, y2: y, class: cls(bar) })], text: 'printed range' });
  }
  if (points.some((p) => p.bound)) {
    entries.push({ draw: (x, y) => [s('line', { x1: x + 8, x2: x + 26, y1: y, y2: y, class: cls('chart-bound') }), s('path', { d: `M${x + 1},${y}L${x + 8},${y - 4}L${x + 8},${y + 4}Z`, class: cls('chart-arrowhead') }), s('path', { d: symbol(symbolCircle, 40)()!, transform: `translate(${x + 26},${y})`, class: ['chart-glyph', ...cls('')].filter(Boolean) })], text: 'up to / at least' });
  }
  if (model.kind === 'scatter' && marks.some((m) => m.x.length > 1 || m.y!.length > 1)) {
    entries.push({ draw: (x, y) => [s('line', { x1: x + 1, x2: x + 27, y1: y, y2: y, class: ['chart-spread', 'chart-key'] })], text: 'spread of values the row prints' });
  }
  if (marks.some((m) => m.doubt)) {
    entries.push({ draw: (x, y) => [s('path', { d: symbol(symbolCircle, 56)()!, transform: `translate(${x + 7},${y})`, class: ['chart-glyph', 'chart-doubt', 'chart-key'] })], text: 'doubtful value', key: 14 });
  }
  const nodes: Element[] = [];
  let x = 0;
  let y = top + 8;
  for (const e of entries) {
    const sample = (e.key ?? 30) + 6;
    const w = sample + textWidth(e.text, SMALL) + 18;
    if (x > 0 && x + w > g.width) {
      x = 0;
      y += 18;
    }
    nodes.push(...e.draw(x, y), s('text', { x: x + sample, y: y + 4, 'font-size': SMALL, class: 'chart-legend-text' }, e.text));
    x += w;
  }
  return { nodes: entries.length ? [s('g', { class: 'chart-legend', 'aria-hidden': 'true' }, nodes)] : [], height: entries.length ? y - top + 14 : 0 };
}

function ticksAlongX(ticks: { value: number; label?: string; major: boolean }[], sx: (v: number) => number, y: number, labels: boolean, width: number): Element[] {
  return ticks.flatMap((t) => {
    const x = sx(t.value);
    // A label at either end of the axis is kept inside the figure.
    const half = t.label ? textWidth(t.label, SMALL) / 2 : 0;
    const lx = Math.min(width - 2 - half, Math.max(2 + half, x));
    return [
      s('line', { x1: r(x), x2: r(x), y1: y, y2: y + (t.major ? 5 : 3), class: 'chart-tick' }),
      ...(labels && t.label ? [s('text', { x: r(lx), y: y + 17, 'text-anchor': 'middle', 'font-size': SMALL, class: 'chart-tick-label' }, t.label)] : []),
    ];
  });
}

function frame(model: ChartModel, variant: Variant, id: string, width: number, height: number, children: ElementContent[], description: string): Element {
  return s(
    'svg',
    {
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      width,
      height: Math.ceil(height),
      class: ['chart-svg', `chart-${variant}`],
      'aria-labelledby': `${id}-title ${id}-desc`,
      'data-pagefind-ignore': 'all',
    },
    [s('title', { id: `${id}-title` }, model.title), s('desc', { id: `${id}-desc` }, description), ...children],
  );
}

/** The hint in the readout band, wrapped to the figure's width (a phone's is narrow). */
const hint = (g: Geometry, top: number): Element =>
  s(
    'text',
    { x: 8, y: top + 4 + SMALL, 'font-size': SMALL, class: 'chart-hint', 'aria-hidden': 'true' },
    wrap('Point at or tab to a mark to read its value and source; each mark links to its reference.', g.width - 16, SMALL)
      .slice(0, g.bandLines)
      .map((line, i) => s('tspan', { x: 8, dy: i ? SMALL_LINE : 0 }, line)),
  );

/** One row per item, values along x: the dots (and ranges, changes, bounds) chart. */
function dotsSvg(model: ChartModel, variant: Variant, cites: CiteLinks, id: string): Element {
  let g = GEOMETRY[variant];
  const band = g.bandLines * SMALL_LINE + 8;
  const lg = legend(model, g, band + 4);
  const marks = model.items.flatMap((i) => i.marks);
  // Beside the rows, the label column is as wide as its longest label needs, up to its maximum.
  if (g.labelWidth) {
    const needed = Math.max(...model.items.flatMap((i) => [textWidth(cites.plain(i.label), FONT), textWidth(cites.plain(i.detail ?? ''), SMALL)]));
    g = { ...g, labelWidth: Math.min(g.labelWidth, Math.max(120, Math.ceil(needed) + 8)) };
  }
  const x0 = g.labelWidth ? g.labelWidth + 16 : 14;
  const x1 = g.width - 18;
  const values = [...domainOf(marks.flatMap((m) => m.x), model.x), ...model.references.map((ref) => ref.value)];
  // Values at the ends of the axis stay clear of its edges.
  const { scale: sx, ticks, prefixed } = axisScale(model.x, values, [x0 + 8, x1 - 8]);
  const topAxis = model.items.length > 7;
  let y = band + 4 + lg.height + (model.references.length ? 20 : 6) + (topAxis ? 22 : 0);
  const rowsTop = y;

  const rows: Element[] = [];
  const strips: [number, number][] = [];
  const markNodes: Element[] = [];
  const labelWidth = g.labelWidth || g.width - 20;
  model.items.forEach((item, i) => {
    const label = wrap(cites.plain(item.label), labelWidth, FONT);
    const detail = item.detail ? wrap(cites.plain(item.detail), labelWidth, SMALL) : [];
    const textH = label.length * LINE + detail.length * SMALL_LINE;
    const n = item.marks.length;
    const spread = Math.min(9, n > 1 ? 9 : 0);
    const stripH = 18 + spread * (n - 1);
    const rowH = (g.labelWidth ? Math.max(textH, stripH) : textH + stripH + 2) + 10;
    const textTop = g.labelWidth ? y + (rowH - textH) / 2 : y + 5;
    const cy = g.labelWidth ? y + rowH / 2 : y + 5 + textH + stripH / 2 + 2;
    // Above-the-row labels keep the grid out of their way: it runs through the strip only.
    if (!g.labelWidth) strips.push([cy - stripH / 2 - 3, cy + stripH / 2 + 4]);
    if (i % 2 === 0) rows.push(s('rect', { x: 0, y: r(y), width: g.width, height: r(rowH), class: 'chart-stripe' }));
    rows.push(
      s('text', { x: 8, y: r(textTop + FONT), 'font-size': FONT, class: 'chart-label' }, [
        ...label.map((l, k) => s('tspan', { x: 8, dy: k ? LINE : 0 }, l)),
        ...detail.map((l, k) => s('tspan', { x: 8, dy: k === 0 ? LINE - 1 : SMALL_LINE, 'font-size': SMALL, class: 'chart-detail' }, l)),
      ]),
    );
    item.marks.forEach((mark, k) => {
      const my = cy + (k - (n - 1) / 2) * spread;
      const glyphs = mark.x.flatMap((m) => measureMarks(m, sx, my, mark.series, Boolean(mark.doubt), [x0, x1]));
      const xs = valuesOf(mark.x).map(sx);
      const bound = mark.x.some((m) => m.points.some((p) => p.bound));
      const left = (min(xs) ?? x0) - (bound ? 26 : 9);
      const right = (max(xs) ?? x0) + (bound ? 26 : 9);
      markNodes.push(markLink(markText(model, item, mark, cites), glyphs, { x: Math.max(x0 - 12, left), y: my - 8, w: Math.min(x1 + 12, right) - Math.max(x0 - 12, left), h: 16 }, g));
    });
    y += rowH;
  });
  const rowsBottom = y;

  const spans: [number, number][] = g.labelWidth ? [[rowsTop - (topAxis ? 4 : 0), rowsBottom]] : strips;
  const grid = ticks
    .filter((t) => t.major || ticks.length < 30)
    .flatMap((t) => spans.map(([y1, y2]) => s('line', { x1: r(sx(t.value)), x2: r(sx(t.value)), y1: r(y1), y2: r(y2), class: t.major ? 'chart-grid-major' : 'chart-grid-minor' })));
  // Visible words stay outside the links (a link's name is its aria-label, which a visible
  // label inside it would have to repeat word for word); they let the pointer through.
  const refLabels: Element[] = [];
  const refs = model.references.map((ref) => {
    const x = sx(ref.value);
    const link = cites.resolve(ref.cites);
    const name = cites.plain(`Reference line: ${ref.printed} ${ref.label}. Source: ${link.name} ${link.numbers}`);
    const text = `${ref.printed} ${ref.label}`;
    const w = textWidth(text, SMALL);
    const anchorEnd = x + w / 2 > g.width - 4;
    const ty = rowsTop - (topAxis ? 26 : 6);
    refLabels.push(s('text', { x: r(anchorEnd ? x - 2 : x), y: ty, 'text-anchor': anchorEnd ? 'end' : 'middle', 'font-size': SMALL, class: 'chart-reference-label' }, text));
    return s('a', { href: link.href, class: 'chart-mark chart-reference', 'aria-label': name }, [
      s('title', name),
      s('rect', { x: r(anchorEnd ? x - w - 6 : x - w / 2 - 4), y: ty - 13, width: r(w + 8), height: 18, rx: 4, class: 'chart-hit' }),
      s('line', { x1: r(x), x2: r(x), y1: ty + 4, y2: rowsBottom, class: 'chart-reference-line' }),
      tip(name, g, 0),
    ]);
  });
  const axisY = rowsBottom + 2;
  const axis = s('g', { class: 'chart-axis', 'aria-hidden': 'true' }, [
    s('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, class: 'chart-axis-line' }),
    ...ticksAlongX(ticks, sx, axisY, true, g.width),
    ...(topAxis ? ticksAlongX(ticks, sx, rowsTop - 24, true, g.width).filter((e) => e.tagName === 'text') : []),
    s('text', { x: g.labelWidth ? (x0 + x1) / 2 : x0, y: axisY + 36, 'text-anchor': g.labelWidth ? 'middle' : 'start', 'font-size': FONT, class: 'chart-axis-title' }, axisTitle(model.x, prefixed)),
  ]);
  const height = axisY + 46;
  const description = `${model.question} One row per row of the table “${model.table.title}”, ${model.x.title.toLowerCase()} along the axis in ${model.x.unit}${model.x.scale === 'log' ? ' on a log scale' : ''}; ${marks.length} values from ${model.items.length} rows.`;
  return frame(model, variant, id, g.width, height, [
    hint(g, 0),
    ...lg.nodes,
    s('g', { class: 'chart-rows', 'aria-hidden': 'true' }, rows),
    s('g', { class: 'chart-grid', 'aria-hidden': 'true' }, grid),
    axis,
    s('g', { class: 'chart-references' }, refs),
    s('g', { class: 'chart-marks' }, markNodes),
    s('g', { class: 'chart-labels', 'aria-hidden': 'true' }, refLabels),
  ], description);
}

/** One point per item, x against y; rows printing several values show their spread. */
function scatterSvg(model: ChartModel, variant: Variant, cites: CiteLinks, id: string): Element {
  const g = GEOMETRY[variant];
  const band = g.bandLines * SMALL_LINE + 8;
  const lg = legend(model, g, band + 4);
  const marks = model.items.flatMap((i) => i.marks);
  const yAxis = model.y!;
  const top = band + 4 + lg.height + 26;
  const plotH = variant === 'wide' ? 320 : 280;
  const yRange: [number, number] = [top + plotH - 8, top + 8];
  const { scale: sy, ticks: yTicks, prefixed: yPrefixed } = axisScale(yAxis, domainOf(marks.flatMap((m) => m.y!), yAxis), yRange);
  const left = 12 + Math.max(...yTicks.filter((t) => t.label).map((t) => textWidth(t.label!, SMALL)));
  const x0 = left + 8;
  const x1 = g.width - 16;
  const { scale: sx, ticks: xTicks, prefixed: xPrefixed } = axisScale(model.x, domainOf(marks.flatMap((m) => m.x), model.x), [x0 + 10, x1 - 10]);
  const mid = (axis: AxisModel, vs: number[]) => {
    const [a, b] = [min(vs)!, max(vs)!];
    return axis.scale === 'log' ? Math.sqrt(a * b) : (a + b) / 2;
  };

  const markNodes: Element[] = [];
  // Outside the links, as the reference labels of a dots chart are.
  const pointLabels: Element[] = [];
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const points = model.items.flatMap((item) => item.marks.map((mark) => ({ item, mark, cx: sx(mid(model.x, valuesOf(mark.x))), cy: sy(mid(yAxis, valuesOf(mark.y!))) })));
  // Glyphs first claim their space, so labels avoid them; labels avoid whiskers too where they
  // can, and cross one only when nothing else is free (their halo keeps them readable).
  type Box = { x: number; y: number; w: number; h: number };
  const lines: Box[] = [];
  for (const p of points) {
    placed.push({ x: p.cx - 7, y: p.cy - 7, w: 14, h: 14 });
    const xs = valuesOf(p.mark.x).map(sx);
    const ys = valuesOf(p.mark.y!).map(sy);
    lines.push({ x: min(xs)!, y: p.cy - 2, w: max(xs)! - min(xs)!, h: 4 }, { x: p.cx - 2, y: min(ys)!, w: 4, h: max(ys)! - min(ys)! });
  }
  const hit = (b: Box, o: Box) => b.x < o.x + o.w && b.x + b.w > o.x && b.y < o.y + o.h && b.y + b.h > o.y;
  const outside = (b: Box) => b.x < x0 || b.x + b.w > g.width - 2 || b.y < top - 4 || b.y + b.h > top + plotH + 4;
  const overlaps = (b: Box, strict: boolean) => outside(b) || placed.some((o) => hit(b, o)) || (strict && lines.some((o) => hit(b, o)));
  for (const { item, mark, cx, cy } of points) {
    const glyphs: Element[] = [];
    const spread = (ms: Measure[]) => ms.length > 1 || ms[0]!.points.length > 1;
    const xs = valuesOf(mark.x);
    const ys = valuesOf(mark.y!);
    if (max(xs)! > min(xs)!) glyphs.push(s('line', { x1: r(sx(min(xs)!)), x2: r(sx(max(xs)!)), y1: r(cy), y2: r(cy), class: [spread(mark.x) ? 'chart-spread' : 'chart-whisker', seriesClass(mark.series)] }));
    if (max(ys)! > min(ys)!) glyphs.push(s('line', { x1: r(cx), x2: r(cx), y1: r(sy(min(ys)!)), y2: r(sy(max(ys)!)), class: [spread(mark.y!) ? 'chart-spread' : 'chart-whisker', seriesClass(mark.series)] }));
    glyphs.push(glyph(mark.series, cx, cy, { doubt: Boolean(mark.doubt) }));
    // A short name beside the point, where it fits without covering another.
    const short = cites.plain(item.label).split(/[,;(]/)[0]!.trim();
    const w = textWidth(short, SMALL);
    // Right, left, above, below, then the corners.
    const spots = [
      { x: cx + 9, y: cy - 8 },
      { x: cx - 9 - w, y: cy - 8 },
      { x: cx - w / 2, y: cy - 24 },
      { x: cx - w / 2, y: cy + 8 },
      { x: cx + 6, y: cy - 22 },
      { x: cx + 6, y: cy + 6 },
      { x: cx - 6 - w, y: cy - 22 },
      { x: cx - 6 - w, y: cy + 6 },
    ];
    const boxed = spots.map((p) => ({ ...p, box: { x: p.x, y: p.y, w, h: 15 } }));
    const spot = boxed.find((p) => !overlaps(p.box, true)) ?? boxed.find((p) => !overlaps(p.box, false));
    if (spot) {
      placed.push(spot.box);
      pointLabels.push(s('text', { x: r(spot.x), y: r(spot.y + 12), 'font-size': SMALL, class: 'chart-point-label' }, short));
    }
    // The hit area is the glyph's: a wide spread must not cover the points under it.
    markNodes.push(markLink(markText(model, item, mark, cites), glyphs, { x: cx - 10, y: cy - 10, w: 20, h: 20 }, g));
  }

  const axisY = top + plotH + 6;
  const grid = [
    ...yTicks.filter((t) => t.major).map((t) => s('line', { x1: x0, x2: x1, y1: r(sy(t.value)), y2: r(sy(t.value)), class: 'chart-grid-major' })),
    ...xTicks.map((t) => s('line', { x1: r(sx(t.value)), x2: r(sx(t.value)), y1: top, y2: axisY, class: 'chart-grid-minor' })),
  ];
  const axes = s('g', { class: 'chart-axis', 'aria-hidden': 'true' }, [
    s('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, class: 'chart-axis-line' }),
    s('line', { x1: x0, x2: x0, y1: top, y2: axisY, class: 'chart-axis-line' }),
    ...ticksAlongX(xTicks, sx, axisY, true, g.width),
    ...yTicks.flatMap((t) => [
      s('line', { x1: x0 - (t.major ? 5 : 3), x2: x0, y1: r(sy(t.value)), y2: r(sy(t.value)), class: 'chart-tick' }),
      ...(t.label ? [s('text', { x: x0 - 8, y: r(sy(t.value) + 4), 'text-anchor': 'end', 'font-size': SMALL, class: 'chart-tick-label' }, t.label)] : []),
    ]),
    s('text', { x: 8, y: top - 12, 'font-size': FONT, class: 'chart-axis-title' }, axisTitle(yAxis, yPrefixed)),
    s('text', { x: (x0 + x1) / 2, y: axisY + 36, 'text-anchor': 'middle', 'font-size': FONT, class: 'chart-axis-title' }, axisTitle(model.x, xPrefixed)),
  ]);
  const height = axisY + 46;
  const description = `${model.question} One point per row of the table “${model.table.title}”: ${model.x.title.toLowerCase()} (${model.x.unit}) across, ${yAxis.title.toLowerCase()} (${yAxis.unit}${yAxis.scale === 'log' ? ', log scale' : ''}) up; ${marks.length} points.`;
  return frame(model, variant, id, g.width, height, [hint(g, 0), ...lg.nodes, s('g', { class: 'chart-grid', 'aria-hidden': 'true' }, grid), axes, s('g', { class: 'chart-marks' }, markNodes), s('g', { class: 'chart-labels', 'aria-hidden': 'true' }, pointLabels)], description);
}

/** The figure's SVG in one layout; `id` prefixes the ids inside it (unique on the page). */
export function chartSvg(model: ChartModel, variant: Variant, cites: CiteLinks, id: string): Element {
  return model.kind === 'scatter' ? scatterSvg(model, variant, cites, id) : dotsSvg(model, variant, cites, id);
}
