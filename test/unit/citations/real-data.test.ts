/**
 * The resolver on the five real reference lists: duplicates that must merge (each with the
 * misprint that makes it hard), papers that must stay apart (same first author and year), the
 * counts, the split number su2023 [41], reviews citing each other, and canonical keys.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../../src/citations/library.ts';
import { realBibDir, realLibrary, realSources } from './helpers.ts';

const lib = realLibrary();
const id = (key: string) => lib.workOf(key).id;

describe('every numbered reference of every review ends up in a work', () => {
  // However many reviews bib/sources.yaml lists, and however long their lists are.
  test.each(realSources().map((s) => s.id))('%s: numbers 1–n without a gap, each in a work that lists it in citedBy', (review) => {
    const refs = lib.references.filter((r) => r.review === review);
    const numbers = [...new Set(refs.map((r) => r.n))];
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    for (const r of refs) expect(lib.workOf(r.key).citedBy, r.key).toContainEqual({ review, n: r.n });
  });

  test('no reference is lost or counted twice: one citedBy entry per reference', () => {
    const citedBy = lib.works.flatMap((w) => w.citedBy.map((c) => `${c.review}:${c.n}`));
    // A work listed twice by one review (chen2021 [87]=[277]) has both numbers; su2023 41 appears once per paper.
    expect(citedBy).toHaveLength(lib.references.length);
  });
});

describe('hard positives: one work, cited in different styles', () => {
  test.each([
    ['Han 2017 Nat. Mater. garnet paper, four reviews', ['sun2025:18', 'pang2021:17', 'su2023:59', 'chen2021:114']],
    ['Zhu, He, Mo 2015 stability paper, four reviews', ['sun2025:154', 'su2023:33', 'pang2021:53', 'wang2022:14']],
    ['chen2021 lists Yamamoto 2010 twice (initials differ)', ['chen2021:87', 'chen2021:277']],
    ['chen2021 lists Bates 1992 twice ("N. J." vs "D. J." Dudney, one author fewer)', ['chen2021:29', 'chen2021:168']],
    ['chen2021 lists Zhong 2018 twice', ['chen2021:117', 'chen2021:196']],
    ['given and family names swapped ("Yoshiyuki I") and a wrong journal', ['sun2025:8', 'chen2021:30']],
    ['first author misprinted ("Steven GM" for S. M. George)', ['sun2025:34', 'su2023:27']],
    ['one letter misprinted and a particle dropped (Gittleston, Gabaly)', ['pang2021:97', 'chen2021:160']],
    ['article number vs "1-16" page count', ['sun2025:7', 'pang2021:2', 'su2023:2']],
    ['article number vs pages "1-7"', ['pang2021:144', 'su2023:30', 'wang2022:18']],
    ['e-prefixed article number and "Adv Sci (Weinh)"', ['sun2025:29', 'su2023:19']],
    ['wrong journal in one review (ACS Appl. Mater. Interfaces for ACS Appl. Energy Mater.)', ['sun2025:118', 'pang2021:101', 'chen2021:138']],
    ['"Angew Chem Int Ed Engl" vs "Angew. Chem., Int. Ed."', ['sun2025:107', 'chen2021:33']],
    ['Leichtweiß vs Leichtweiss', ['sun2025:123', 'pang2021:72', 'wang2022:27']],
    ['DOI without volume/pages vs volume + article number', ['pang2021:10', 'sun2025:127']],
    ['"Sun\'s group" papers (sun2025 68/77/78/84 = su2023 60/52/49/61)', ['sun2025:68', 'su2023:60']],
  ])('%s', (_, keys) => {
    const work = lib.workOf(keys[0]!);
    for (const k of keys) expect(lib.workOf(k).id, k).toBe(work.id);
  });

  test('the Han 2017 work has the readable key han2017nm and merged fields', () => {
    const w = lib.workOf('sun2025:18');
    expect(w.id).toBe('han2017nm');
    expect(w.citedBy.map((c) => c.review)).toEqual(['sun2025', 'pang2021', 'su2023', 'chen2021']);
    expect(w.item).toMatchObject({ volume: '16', page: '572–579', DOI: '10.1038/nmat4821' });
  });

  test('reviews citing each other: sun2025 [65] is su2023, wang2022 [29] is pang2021', () => {
    expect(lib.workOf('sun2025:65')).toMatchObject({ id: 'su2023', source: 'su2023' });
    expect(lib.workOf('wang2022:29')).toMatchObject({ id: 'pang2021', source: 'pang2021' });
    expect(lib.lookup('su2023')).toMatchObject({ ok: true, kind: 'review', work: { citedBy: [{ review: 'sun2025', n: 65 }] } });
  });
});

describe('hard negatives: different papers with the same first author and year', () => {
  test.each([
    ['L. Cheng 2015, ACS Appl. Mater. Interfaces 7, 2073 vs 17649 (same group)', 'chen2021:246', 'chen2021:285'],
    ['R. Chen vs D. Cheng 2020, Joule 4, 812 vs 2484', 'chen2021:75', 'chen2021:279'],
    ['X. Chen 2015 Nano Lett. 15, 798 vs 5443 (co-authors overlap)', 'wang2022:33', 'wang2022:35'],
    ['J. Liu 2018 ACS AMI 10: Li–S passivation vs NASICON interface', 'sun2025:17', 'sun2025:68'],
    ['H. Wang vs C. Wang 2021 Adv. Energy Mater. 11', 'su2023:40', 'wang2022:36'],
    ['Li 2018 ACS AMI 10, 7069 vs 16927', 'chen2021:103', 'chen2021:328'],
    ['Zhang 2018 ACS AMI 10: LGPS/LCO vs LGPS/Li', 'pang2021:69', 'pang2021:136'],
    ['Wenzel 2015 vs 2016 Solid State Ionics (years one apart, same group)', 'sun2025:106', 'sun2025:114'],
    ['Fu, Gong 2017: Angew. Chem. vs Sci. Adv.', 'chen2021:115', 'chen2021:116'],
    ['Yu 2018 ACS AMI 10, 38151 vs 22264', 'pang2021:110', 'chen2021:129'],
    ['su2023 [41] a) Seok vs b) Jung, both 2010, shared co-authors', 'su2023:41a', 'su2023:41b'],
  ])('%s', (_, a, b) => {
    expect(id(a)).not.toBe(id(b));
  });

  test('the Li–S paper is not pulled into the NASICON work through a reference without title', () => {
    // chen2021:153 (no title) shares first-author stem, year, journal and volume with both; the
    // pages and the titles keep sun2025:17 apart (it used to be merged through chen2021:153).
    expect(id('sun2025:17')).not.toBe(id('chen2021:153'));
    expect(id('chen2021:153')).toBe(id('sun2025:68'));
  });
});

describe('su2023 [41] holds two papers, and both are works', () => {
  test('41a is Seok 2010 and 41b Jung 2010, each cited by su2023 [41]', () => {
    const a = lib.workOf('su2023:41a');
    const b = lib.workOf('su2023:41b');
    expect(a.item.author?.[0]?.family).toBe('Seok');
    expect(b.item.author?.[0]?.family).toBe('Jung');
    expect(a.citedBy).toEqual([{ review: 'su2023', n: 41 }]);
    expect(b.citedBy).toEqual([{ review: 'su2023', n: 41 }]);
  });

  test('@su2023:41 names both papers, as the review does; @su2023:41a one of them', () => {
    const whole = lib.lookup('su2023:41');
    expect(whole.ok && whole.works.map((w) => w.id)).toEqual([id('su2023:41a'), id('su2023:41b')]);
    const one = lib.lookup('su2023:41b');
    expect(one.ok && one.works.map((w) => w.id)).toEqual([id('su2023:41b')]);
  });

  test('a part that does not exist says which parts do', () => {
    expect(lib.lookup('su2023:41c')).toEqual({ ok: false, message: 'su2023:41 holds 2 papers, su2023:41a, su2023:41b; su2023:41c is not one of them', suggestions: ['su2023:41a', 'su2023:41b'] });
    expect(lib.lookup('su2023:40a')).toMatchObject({ ok: false, message: 'su2023:40 is a single paper; cite it as su2023:40' });
  });
});

describe('canonical keys on the real data', () => {
  test('unique, short, lower-case, without placeholders', () => {
    const ids = lib.works.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of ids) {
      expect(k).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(k.length, k).toBeLessThanOrEqual(32);
      expect(k, k).not.toMatch(/others|anon|undefined|null/);
    }
  });

  test('keys a person chose in bib/decisions.yaml replace a misprinted anchor author', () => {
    expect(id('chen2021:30')).toBe('inaguma1993ssc');
    expect(id('su2023:27')).toBe('george2010cr');
    expect(id('pang2021:16')).toBe('bard2001w');
  });

  test('a work without a year or with a body as author gets a readable key', () => {
    expect(id('chen2021:341')).toBe('braun-nd');
    expect(id('chen2021:227')).toBe('surfacescience2018s');
  });

  test('adding reviews does not change the keys of works already there', () => {
    const sources = realSources();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
    try {
      cpSync(realBibDir, dir, { recursive: true });
      const first = sources.filter((s) => s.id === 'sun2025' || s.id === 'pang2021');
      const small = buildLibrary({ bibDir: dir, sources: first });
      // A reference to a review that becomes a source (sun2025 [65] = su2023) takes the review's key by design.
      const kept = small.references.filter((r) => !lib.workOf(r.key).source);
      expect(kept.length).toBeGreaterThan(300);
      for (const r of kept) expect(lib.workOf(r.key).id, r.key).toBe(small.workOf(r.key).id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('published data (dist/data/works.json, reviews.json) from the real library', () => {
  test('works.json: one CSL item per work with id, type, CSL fields and custom.citedBy', async () => {
    const { worksJson } = await import('../../../src/citations/publish.ts');
    const items = worksJson(lib);
    expect(items).toHaveLength(lib.works.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(typeof i.type).toBe('string');
      expect(Array.isArray((i.custom as { citedBy: unknown[] }).citedBy)).toBe(true);
      expect(i).not.toHaveProperty('note');
    }
    const han = items.find((i) => i.id === 'han2017nm')!;
    expect(han).toMatchObject({ type: 'article-journal', volume: '16', page: '572–579', DOI: '10.1038/nmat4821', issued: { 'date-parts': [[2017]] } });
    expect(han.author?.[0]).toMatchObject({ family: 'Han' });
    expect((han.custom as { citedBy: unknown[] }).citedBy).toEqual([
      { review: 'sun2025', n: 18 },
      { review: 'pang2021', n: 17 },
      { review: 'su2023', n: 59 },
      { review: 'chen2021', n: 114 },
    ]);
    expect(items.flatMap((i) => (i.custom as { citedBy: unknown[] }).citedBy)).toHaveLength(lib.references.length);
    // The two papers su2023 prints under [41] are two items, both cited by su2023 [41].
    expect(items.filter((i) => (i.custom as { citedBy: { review: string; n: number }[] }).citedBy.some((c) => c.review === 'su2023' && c.n === 41))).toHaveLength(2);
  });

  test('reviews.json counts numbered references as printed and the works each review cites', async () => {
    const { reviewsJson } = await import('../../../src/citations/publish.ts');
    const counts = Object.fromEntries(reviewsJson(lib).map((r) => [r.id, [r.references, r.works]]));
    for (const s of realSources()) {
      const refs = lib.references.filter((r) => r.review === s.id);
      const works = new Set(refs.map((r) => lib.workOf(r.key).id));
      expect(counts[s.id], s.id).toEqual([new Set(refs.map((r) => r.n)).size, works.size]);
    }
    // chen2021 lists three works twice; su2023 [41] is two works.
    expect(counts.chen2021![1]).toBe(counts.chen2021![0]! - 3);
    expect(counts.su2023![1]).toBe(counts.su2023![0]! + 1);
  });
});
