/**
 * The quantity reader on cells as the data tables print them (copied here, so the tests do not
 * move when a table is edited), and on every cell of the tables as they are now: whatever a
 * cell holds, each reading is a piece of the cell, in order, never overlapping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readQuantities, type Quantity, type Reading } from '../../../src/charts/quantity.ts';
import { repo } from '../contrib/temp-project.ts';

/** A reading in a line: `range ~0.5..1 mA cm⁻²`, `change 1710 → 1 Ω cm²`, `value ≤1 mA cm⁻²`. */
const q = (p: Quantity) => `${p.approx ? '~' : ''}${p.bound === 'upper' ? '≤' : p.bound === 'lower' ? '≥' : ''}${p.value}${p.to !== undefined ? `..${p.to}` : ''}${p.uncertainty !== undefined ? `±${p.uncertainty}` : ''}`;
const unitOf = (r: Reading) => r.parts[0]!.unit?.text ?? '(no unit)';
const line = (r: Reading) => `${r.shape} ${r.parts.map(q).join(r.shape === 'change' ? ' → ' : ', ')} ${unitOf(r)}`;
const read = (cell: string) => readQuantities(cell).map(line);

describe('values, ranges, bounds and approximations', () => {
  test.each([
    ['2.0 mA cm⁻²', ['value 2 mA cm⁻²']],
    ['about 0.5 to 1.0 mA cm⁻²', ['range ~0.5..1 mA cm⁻²']],
    ['0.2 to 1.0 mA cm⁻², against ≈10 mA cm⁻² required for automotive use', ['range 0.2..1 mA cm⁻²', 'value ~10 mA cm⁻²']],
    ['up to 1.0 mA cm⁻²', ['value ≤1 mA cm⁻²']],
    ['up to 0.8 mA cm⁻² without dendrites', ['value ≤0.8 mA cm⁻²']],
    ['dendrites formed at 5 and 10 mA cm⁻²', ['list 5, 10 mA cm⁻²']],
    ['6.37 mA cm⁻² (also 1.27 mA cm⁻²)', ['value 6.37 mA cm⁻²', 'value 1.27 mA cm⁻²']],
    ['5–6 nm', ['range 5..6 nm']],
    ['about 30 nm (sun2025 text); 30–50 nm (chen2021)', ['value ~30 nm', 'range 30..50 nm']],
    ['5.28 ± 0.09 nm', ['value 5.28±0.09 nm']],
    ['spatial resolution below 1 nm', ['value ≤1 nm']],
    ['HAXPES probes up to 50 nm', ['value ≤50 nm']],
    ['40 µm or less (instead of ~460 µm foil)', ['value ≤40 µm', 'value ~460 µm']],
    ['4 mAh cm⁻² or more', ['value ≥4 mAh cm⁻²']],
    ['above 99.98%', ['value ≥99.98 %']],
    ['near 400 Ω cm² (printed "Ohm cm⁻²")', ['value ~400 Ω cm²']],
    ['−0.06 to −1.23 eV', ['range -0.06..-1.23 eV']],
  ])('%s', (cell, expected) => expect(read(cell)).toEqual(expected));
});

describe('units: SI prefixes, both micro signs, superscript exponents, a unit on each end', () => {
  test.each([
    ['lateral about 3 μm; depth set by the etch step', ['value ~3 μm']],
    ['1 µm according to @chen2021', ['value 1 µm']],
    ['resolvable depth 1 nm to 150 μm; lateral about 1 mm', ['range 1..150000 nm', 'value ~1 mm']],
    ['hard X-rays at 18 keV from 2.4 μm to 35 nm by grazing incidence', ['value 18 keV', 'range 2.4..0.035 μm']],
    ['126 kPa', ['value 126 kPa']],
    ['10, 15, 20 and 25 MPa', ['list 10, 15, 20, 25 MPa']],
    ['Time to reach a 2.0 V overpotential 25 h → 850 h', ['value 2 V', 'change 25 → 850 h']],
    ['Short circuit after 4000 min (bare) vs below 0.5 V for 10 000 min at 0.1 mA cm⁻²', ['value 4000 min', 'value ≤0.5 V', 'value 10000 min', 'value 0.1 mA cm⁻²']],
    ['prototype pouch cell above 900 Wh L⁻¹', ['value ≥900 Wh L⁻¹']],
    ['Interfacial conductivity above 1 mS cm⁻¹', ['value ≥1 mS cm⁻¹']],
  ])('%s', (cell, expected) => expect(read(cell)).toEqual(expected));
});

describe('changes (before → after), with bounds on either side', () => {
  test.each([
    ['Interfacial resistance 1710 → 1 Ω cm² (chen2021)', ['change 1710 → 1 Ω cm²']],
    ['Apparent interfacial resistance 1138.5 → 83 Ω cm²; critical current density 1.2 mA cm⁻²', ['change 1138.5 → 83 Ω cm²', 'value 1.2 mA cm⁻²']],
    ['Capacity retention 70% → 90% at the 25th cycle (sun2025)', ['change 70 → 90 %']],
    ['Below 100 → 116 mAh g⁻¹ at 1 C', ['change ≤100 → 116 mAh g⁻¹', 'value 1 (no unit)']],
    ['Discharge capacity below 4 → up to 90 mAh g⁻¹ at 0.08 C', ['change ≤4 → ≤90 mAh g⁻¹', 'value 0.08 (no unit)']],
    ['binding energy to Li 1.6 → 6.0–11.4 eV nm⁻²', ['change 1.6 → 6..11.4 eV nm⁻²']],
  ])('%s', (cell, expected) => expect(read(cell)).toEqual(expected));
});

describe('powers of ten and numbers printed without a unit', () => {
  test.each([
    ['3.0 × 10⁻⁷ (RT)', ['value 3e-7 (no unit)']],
    ['10⁻⁷ to 10⁻⁹ (RT)', ['range 1e-7..1e-9 (no unit)']],
    ['6.51 ± 0.36 × 10⁻⁷ (35 °C); 3.7 ± 0.2 × 10⁻⁷ (RT)', ['value 6.51e-7±3.6e-8 (no unit)', 'value 35 °C', 'value 3.7e-7±2e-8 (no unit)']],
    ['1 × 10⁻⁸ (25 °C); 7.8 × 10⁻⁵ (200 °C)', ['value 1e-8 (no unit)', 'value 25 °C', 'value 0.000078 (no unit)', 'value 200 °C']],
    ['about 10⁻⁶ at RT', ['value ~0.000001 (no unit)']],
    ['200, 300', ['list 200, 300 (no unit)']],
    ['135, 175', ['list 135, 175 (no unit)']],
    ['0.80–1.36', ['range 0.8..1.36 (no unit)']],
  ])('%s', (cell, expected) => expect(read(cell)).toEqual(expected));
});

describe('numbers that are not quantities are not read', () => {
  test.each([
    ['NCM811 / Li₁₀GeP₂S₁₂', []],
    ['70LPS–30LiI (LiI-doped Li₂S–P₂S₅)', []],
    ['Li₆PS₅Cl₀.₄F₀.₇ (as printed in the text)', []],
    ['3D micro-battery in deep-pore silicon', []],
    ['235 (refs 72, 74); 220 (ref. 73)', ['value 235 (no unit)', 'value 220 (no unit)']],
    ['270–310 (Table 3); 330 (text)', ['range 270..310 (no unit)', 'value 330 (no unit)']],
    ['6 × 10⁻⁸ at RT for a Li:Nb subcycle ratio of 1:4 in the text', ['value 6e-8 (no unit)']],
    ['thickness below 5 mm; 1 × 1 to 3 × 3 cm²; smooth surface', ['value ≤5 mm']],
    ['90% at the 25th cycle, 45 μA cm⁻², 3.3–4.3 V (su2023)', ['value 90 %', 'value 45 μA cm⁻²', 'range 3.3..4.3 V']],
    ['micrometre scale', []],
    ['increase reported; no value given in the review', []],
    ['profiles up to a few micrometres below the surface', []],
  ])('%s', (cell, expected) => expect(read(cell)).toEqual(expected));
});

describe('what is printed around a reading', () => {
  test('the printed text, the words before and after it, its condition and its part of the cell', () => {
    const [a, b] = readQuantities('depth about 2 nm; lateral about 10 nm');
    expect(a).toMatchObject({ printed: 'about 2 nm', context: 'depth', sentence: 'depth about 2 nm' });
    expect(b).toMatchObject({ printed: 'about 10 nm', context: 'lateral', sentence: 'lateral about 10 nm' });
    const [c] = readQuantities('700 nm ablated per pulse in one garnet study');
    expect(c).toMatchObject({ context: '', following: 'ablated per pulse in one garnet study' });
    const [d, e] = readQuantities('5 × 10⁻⁸ (30 °C, grown at 135 °C); 3.6 × 10⁻⁸ (30 °C, grown at 175 °C)');
    expect(d!.condition).toBe('30 °C, grown at 135 °C');
    expect(e!.printed).toBe('30 °C');
    const [f] = readQuantities('sun2025 gives 5 × 10⁻⁸ at 30 °C, measured on Pt');
    expect(f).toMatchObject({ printed: '5 × 10⁻⁸', condition: '30 °C', context: 'sun2025 gives' });
    const list = readQuantities('voxels of 650 nm, 2.5 μm (90 s per map), 1.2 μm (lab), 32 nm and 3.1 μm; TXM resolution routinely 25 nm');
    expect(list.map((r) => r.printed)).toEqual(['650 nm, 2.5 μm', '90 s', '1.2 μm', '32 nm and 3.1 μm', '25 nm']);
    expect(list[2]!.sentence).toBe('voxels of 650 nm, 2.5 μm (90 s per map), 1.2 μm (lab), 32 nm and 3.1 μm');
    expect(list.at(-1)!.context).toBe('TXM resolution routinely');
  });
});

describe('every cell of every table as it is now', () => {
  const dir = join(repo, 'content/tables');
  const cells: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const t = parse(readFileSync(join(dir, f), 'utf8')) as { rows: Record<string, unknown>[] };
    for (const row of t.rows) for (const v of Object.values(row)) if (typeof v === 'string' || (v && typeof v === 'object' && 'text' in v)) cells.push(String(typeof v === 'string' ? v : (v as { text: unknown }).text));
  }

  test('each reading is the cell text it claims, in order, without overlap, with finite numbers', () => {
    expect(cells.length).toBeGreaterThan(0);
    let readings = 0;
    for (const cell of cells) {
      let end = 0;
      for (const r of readQuantities(cell)) {
        readings++;
        expect(cell.slice(r.start, r.end), cell).toBe(r.printed);
        expect(r.start, cell).toBeGreaterThanOrEqual(end);
        end = r.end;
        for (const p of r.parts) {
          expect(Number.isFinite(p.value), cell).toBe(true);
          if (p.to !== undefined) expect(Number.isFinite(p.to), cell).toBe(true);
        }
      }
    }
    expect(readings).toBeGreaterThan(0);
  });
});
