/**
 * Chart definitions against their table: the model a valid one gives (values normalised, what
 * cannot be drawn listed with why, doubtful values marked), and every mistake reported at the
 * line of the definition where it is, saying what to do.
 */
import { describe, expect, test } from 'vitest';
import { checkChart, type TableSource } from '../../../src/charts/definition.ts';
import { convert, parseUnit } from '../../../src/charts/units.ts';
import { dataTableSchema, type DataTable } from '../../../src/schema/data-table.ts';

const table: DataTable = dataTableSchema(['alpha2020', 'gamma2021']).parse({
  title: 'Interlayers',
  columns: [
    { key: 'material', label: 'Layer' },
    { key: 'kind', label: 'Kind' },
    { key: 'result', label: 'Result' },
    { key: 'temperature', label: 'Growth temperature (°C)' },
    { key: 'sigma', label: 'Conductivity (S cm⁻¹)' },
  ],
  rows: [
    { material: 'Al₂O₃', kind: 'oxide', result: 'ASR 1710 → 1 Ω cm²; CCD 0.5 mA cm⁻²', temperature: '150', sigma: '1 × 10⁻⁸ (25 °C); 7.8 × 10⁻⁵ (200 °C)', cite: ['alpha2020:1'] },
    { material: 'ZnO', kind: 'oxide', result: { text: 'about 90 kΩ cm²', cite: ['alpha2020:2'], doubt: 'table and text disagree' }, temperature: '200, 250', sigma: '2 × 10⁻⁷', cite: ['alpha2020:3'] },
    { material: 'Li₃N', kind: 'nitride', result: 'impedance near 400 Ohm cm⁻²', temperature: '—', sigma: '3 × 10⁻⁴', cite: ['gamma2021:1'] },
    { material: 'Mg', kind: 'metal', result: 'much lower resistance', temperature: '100', sigma: '—', cite: ['gamma2021:2'] },
    { material: 'Target', kind: 'target', result: 'needed: below 10 Ω cm² for cells', cite: ['gamma2021'] },
  ],
});

const tables: TableSource = {
  names: () => ['interlayers', 'pressures'],
  get: (name) => (name === 'interlayers' ? table : name === 'broken' ? 'invalid' : 'missing'),
  file: (name) => `content/tables/${name}.yaml`,
};

const dots = `title: Resistance
question: How far?
table: interlayers
kind: dots
label: material
detail: kind
where:
  result: [resistance, ASR, Ω, Ohm, needed]
x:
  column: result
  unit: Ω cm²
  scale: log
  label: Area-specific resistance
references:
  - { quote: "10 Ω cm²", label: wanted }
`;

describe('a valid chart', () => {
  test('dots: values normalised to the axis unit, the reference line not drawn as a mark, the rest listed with why', () => {
    const { model, problems } = checkChart('resistance', dots, tables);
    expect(problems).toEqual([]);
    expect(model!.items.map((i) => [i.label, i.detail, i.marks.map((m) => m.x[0]!.points.map((p) => p.value))])).toEqual([
      ['Al₂O₃', 'oxide', [[1710, 1]]],
      ['ZnO', 'oxide', [[90000]]],
    ]);
    expect(model!.items[0]!.marks[0]).toMatchObject({ context: 'ASR', cites: ['alpha2020:1'] });
    // A cell with its own citation and doubt: the mark carries both.
    expect(model!.items[1]!.marks[0]).toMatchObject({ doubt: 'table and text disagree', cites: ['alpha2020:2'] });
    expect(model!.references).toEqual([{ value: 10, printed: '10 Ω cm²', label: 'wanted', cites: ['gamma2021'] }]);
    expect(model!.notDrawn).toEqual([
      { label: 'Li₃N', printed: 'near 400 Ohm cm⁻²', reason: 'its unit, Ohm cm⁻², does not convert to Ω cm²', cites: ['gamma2021:1'] },
      { label: 'Mg', printed: 'much lower resistance', reason: 'no value in Ω cm² can be read from it', cites: ['gamma2021:2'] },
    ]);
    expect(model!.cites).toEqual(['gamma2021', 'alpha2020:1', 'alpha2020:2', 'gamma2021:1', 'gamma2021:2']);
  });

  test('scatter: bare numbers take the heading unit; a value measured outside the condition, or without an x, is listed; a row without y is not part of it', () => {
    const scatter = `title: Conductivity
question: Hotter, better?
table: interlayers
kind: scatter
label: material
x: { column: temperature, unit: °C, label: Growth temperature }
y: { column: sigma, unit: mS cm⁻¹, scale: log, label: Conductivity, condition: { unit: °C, at_most: 40 } }
series:
  column: kind
  groups:
    - { name: Oxides, match: oxide }
  other: Other
`;
    const { model, problems } = checkChart('conductivity', scatter, tables);
    expect(problems).toEqual([]);
    expect(model!.items.map((i) => [i.label, i.marks[0]!.x[0]!.points.map((p) => p.value), i.marks[0]!.y!.map((y) => y.points[0]!.value), i.marks[0]!.series])).toEqual([
      ['Al₂O₃', [150], [1e-5], 0],
      ['ZnO', [200, 250], [2e-4], 0],
    ]);
    expect(model!.items[0]!.marks[0]!.y![0]!.printed).toBe('1 × 10⁻⁸ S cm⁻¹ (25 °C)');
    expect(model!.notDrawn).toEqual([
      { label: 'Al₂O₃', printed: '7.8 × 10⁻⁵ S cm⁻¹ (200 °C)', reason: 'measured at 200 °C, while the figure compares values measured up to 40 °C', cites: ['alpha2020:1'] },
      { label: 'Li₃N', printed: '3 × 10⁻⁴ S cm⁻¹', reason: 'no growth temperature given', cites: ['gamma2021:1'] },
    ]);
    expect(model!.series).toEqual(['Oxides', 'Other']);
  });
});

const problems = (text: string) => checkChart('c', text, tables).problems.map((p) => `${p.line}: ${p.message}`);

describe('mistakes, each at its line', () => {
  test('a table that does not exist, with the closest name', () => {
    expect(problems(dots.replace('table: interlayers', 'table: interlayer'))).toEqual(['3: table "interlayer" does not exist: no file content/tables/interlayer.yaml. Did you mean "interlayers"?']);
  });

  test('a table with problems of its own', () => {
    expect(problems(dots.replace('table: interlayers', 'table: broken'))).toEqual(['3: table "broken" has problems of its own (content/tables/broken.yaml); fix them first']);
  });

  test('columns the table does not have: label, detail, axis, where', () => {
    const text = dots.replace('label: material', 'label: layer').replace('detail: kind', 'detail: [kind, colour]').replace('  result: [resistance', '  reslt: [resistance').replace('  column: result', '  column: results');
    const columns = 'its columns are material, kind, result, temperature, sigma';
    expect(problems(text)).toEqual([
      `5: "layer" is not a column of table interlayers; ${columns}`,
      `6: "colour" is not a column of table interlayers; ${columns}`,
      `8: "reslt" is not a column of table interlayers; ${columns}`,
      `10: "results" is not a column of table interlayers; ${columns}`,
    ]);
  });

  test('a unit the reader does not know', () => {
    expect(problems(dots.replace('unit: Ω cm²', 'unit: ohm*cm2'))).toEqual([
      '11: unknown unit "ohm*cm2": write it as the tables print it, with SI prefixes and superscript exponents (mA cm⁻², Ω cm², S cm⁻¹, nm, µm, MPa, °C)',
    ]);
  });

  test('the schema: a missing field, an unknown one, a scatter without y', () => {
    expect(problems(dots.replace('question: How far?\n', ''))).toEqual(['1: `question`: Invalid input: expected string, received undefined']);
    expect(problems(`${dots}colour: red\n`)).toEqual(['1: Unrecognized key: "colour"']);
    expect(problems(dots.replace('kind: dots', 'kind: scatter'))).toEqual(['4: `kind`: a scatter chart needs a y axis: `y: { column, unit, label }`']);
  });

  test('a reference quote the table does not print, or prints twice', () => {
    expect(problems(dots.replace('"10 Ω cm²"', '"12 Ω cm²"'))).toEqual(['15: "12 Ω cm²" is not printed in table interlayers; quote a value exactly as a cell prints it']);
    expect(problems(dots.replace('"10 Ω cm²"', '"Ω cm²"'))).toEqual(['15: "Ω cm²" is printed in 3 cells of table interlayers; quote enough of the cell to name one']);
  });

  test('a value no series matches, without `other`', () => {
    const text = `${dots}series:\n  column: kind\n  groups:\n    - { name: Metals, match: metal }\n`;
    expect(problems(text)).toEqual([
      '19: "1710 → 1 Ω cm²" (Al₂O₃) matches no series: its kind is "oxide"; add a phrase to a group\'s match, or set `other:`',
      '19: "about 90 kΩ cm²" (ZnO) matches no series: its kind is "oxide"; add a phrase to a group\'s match, or set `other:`',
    ]);
  });

  test('a chart that draws nothing', () => {
    expect(problems(dots.replace('unit: Ω cm²', 'unit: nm').replace(/references:[\s\S]*$/, ''))).toEqual([
      '10: the chart draws nothing: no selected row of table interlayers has a value in nm in column result',
    ]);
  });
});

describe('units', () => {
  test.each([
    ['mA cm⁻²', 'A/m2', 10],
    ['µm', 'nm', 1000],
    ['μm', 'nm', 1000],
    ['MPa', 'kPa', 1000],
    ['mS cm⁻¹', 'S cm⁻¹', 1e-3],
    ['kΩ cm²', 'Ω cm²', 1000],
    ['Wh L⁻¹', 'Wh/L', 1],
    ['h', 'min', 60],
  ])('1 %s is %s in %s', (from, to, factor) => {
    const [a, b] = [parseUnit(from)!, parseUnit(to.replace('A/m2', 'A m⁻²'))!];
    expect(convert(1, a, b)).toBeCloseTo(factor, 9);
  });

  test('what is not a unit', () => {
    for (const t of ['cycles', 'C', 'Ohm cm⁻² x', 'e Å⁻²', 'mAh g⁻¹ h²x', '°C²', '']) expect(parseUnit(t), t).toBeUndefined();
    expect(parseUnit('Ohm cm⁻²')!.symbols).toEqual(['Ω', 'm']);
  });
});
