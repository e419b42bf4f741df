import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../../src/citations/library.ts';
import { miniLibrary, miniSources, withBib } from './helpers.ts';

describe('the citation library', () => {
  const lib = miniLibrary();

  test('merges one paper cited in two styles (abbreviated journal, first page only, year ±1)', () => {
    expect(lib.workOf('alpha2020:1')).toBe(lib.workOf('gamma2021:1'));
    const w = lib.workOf('alpha2020:1');
    expect(w.citedBy).toEqual([{ review: 'alpha2020', n: 1 }, { review: 'gamma2021', n: 1 }]);
    expect(w.item.title).toMatch(/Negating interfacial impedance/);
    expect(w.item.page).toBe('572–579');
    expect(w.item.DOI).toBe('10.1038/nmat4821');
  });

  test('keeps apart two papers by the same authors in the same year in different journals', () => {
    expect(lib.workOf('alpha2020:1')).not.toBe(lib.workOf('alpha2020:2'));
  });

  test('merges a work one review lists twice under two numbers', () => {
    const w = lib.workOf('gamma2021:3');
    expect(lib.workOf('gamma2021:4')).toBe(w);
    expect(lib.workOf('alpha2020:3')).toBe(w);
    expect(w.citedBy).toHaveLength(3);
  });

  test('recognises a review citing another source review, and links them', () => {
    const w = lib.workOf('gamma2021:2');
    expect(w.source).toBe('alpha2020');
    expect(w.id).toBe('alpha2020');
    const review = lib.lookup('alpha2020');
    expect(review.ok && review.work).toBe(w);
  });

  test('gives readable canonical keys and resolves all three kinds of key', () => {
    const w = lib.workOf('alpha2020:1');
    expect(w.id).toBe('han2017nm');
    expect(lib.lookup('han2017nm')).toMatchObject({ ok: true, kind: 'canonical' });
    expect(lib.lookup('alpha2020:1')).toMatchObject({ ok: true, kind: 'reference' });
    expect(lib.lookup('gamma2021')).toMatchObject({ ok: true, kind: 'review' });
  });

  test('says the range of a review-local number out of range', () => {
    expect(lib.lookup('alpha2020:9')).toMatchObject({ ok: false, message: 'alpha2020 has references 1–3; alpha2020:9 is out of range' });
  });

  test('suggests the closest keys for an unknown key', () => {
    const r = lib.lookup('han2017mn');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions).toContain('han2017nm');
  });

  test('a canonical key does not change when a review, a title or a DOI is added', () => {
    const before = new Map(lib.references.map((r) => [r.key, lib.workOf(r.key).id]));
    const dir = withBib({
      'gamma2021.bib': `@article{gamma2021:1,
  author = {Han, X. and Gong, Y.},
  title = {Negating interfacial impedance in garnet-based solid-state Li metal batteries},
  journal = {Nature Materials}, year = {2016}, volume = {16}, pages = {572}, doi = {10.1038/nmat4821}
}
@article{gamma2021:2, author = {Alpha, A. and Beta, B.}, title = {A review of solid interfaces}, journal = {J. Interfaces}, year = {2020}, volume = {3}, pages = {1--20}}
@article{gamma2021:3, author = {Richards, W. D. and Miara, L. J.}, journal = {Chem Mater}, year = {2016}, volume = {28}, pages = {266}, doi = {10.1021/acs.chemmater.5b04082}}
@article{gamma2021:4, author = {Richards, W. D. and Miara, L. J.}, journal = {Chem Mater}, year = {2016}, volume = {28}, pages = {266}}
`,
      'delta2022.bib': `@article{delta2022:1, author = {Han, Xiaogang}, journal = {Nat Mater}, year = {2017}, volume = {16}, pages = {572--579}}
@article{delta2022:2, author = {Richards, W.}, title = {Interface stability in solid-state batteries}, journal = {Chem. Mater.}, year = {2015}, volume = {28}, pages = {266}}
`,
    });
    const sources = [...miniSources(), { id: 'delta2022', authors: ['Delta, D.'], title: 'A third review', journal: 'Batteries', year: 2022, angle: 'x', sections: [] }];
    const after = buildLibrary({ bibDir: dir, sources });
    for (const [key, id] of before) expect(after.workOf(key).id, key).toBe(id);
    expect(after.workOf('delta2022:1').id).toBe('han2017nm');
    expect(after.workOf('delta2022:2').id).toBe(before.get('alpha2020:3'));
  });

  test('a decision to keep two references apart always wins', () => {
    const dir = withBib({
      'decisions.yaml': 'separate:\n  - refs: [gamma2021:3, gamma2021:4]\n    why: two printings\n',
    });
    const l = buildLibrary({ bibDir: dir, sources: miniSources() });
    expect(l.workOf('gamma2021:3')).not.toBe(l.workOf('gamma2021:4'));
  });

  test('a decision that names a missing reference is an error with file and line', () => {
    const dir = withBib({ 'decisions.yaml': 'merge:\n  - refs: [alpha2020:1, gamma2021:99]\n    why: same paper\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(
      /decisions\.yaml:2: merge\[0\] names "gamma2021:99", which no bib file has: correct the key or remove the decision\./,
    );
  });

  test('a chosen canonical key replaces the generated one; a bad one is an error with file and line', () => {
    let dir = withBib({ 'decisions.yaml': 'keys:\n  - ref: gamma2021:1\n    key: han2017nmat\n    why: prefer the full journal initials\n' });
    expect(buildLibrary({ bibDir: dir, sources: miniSources() }).workOf('alpha2020:1').id).toBe('han2017nmat');
    dir = withBib({ 'decisions.yaml': 'merge: []\nkeys:\n  - ref: gamma2021:9\n    key: x2020\n    why: typo\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(/decisions\.yaml:3: keys\[0\] names "gamma2021:9", which no bib file has/);
    dir = withBib({ 'decisions.yaml': 'keys:\n  - ref: gamma2021:1\n    key: Han 2017\n    why: typo\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(/decisions\.yaml:3: .*lower-case letters, digits and hyphens/);
  });

  test('malformed BibTeX stops with the file and line', () => {
    const dir = withBib({ 'extra.bib': '@article{extra1,\n  author = {A, B},\n  title = {unclosed\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow('extra.bib:1: entry "extra1" opens 2 braces it never closes: close each field\'s { with }, and the entry with } after its last field.');
  });

  test('an entry without a key and a duplicate key stop with the line', () => {
    let dir = withBib({ 'extra.bib': '@article{,\n  author = {A, B}, year = {2020}\n}\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(/extra\.bib:1: @article entry has no key/);
    dir = withBib({ 'extra.bib': '@article{x1, title = {A}, year = {2020}}\n@article{x1, title = {B}, year = {2021}}\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(/extra\.bib:2: duplicate key "x1" \(first at line 1\)/);
  });

  test('a key in extra.bib that clashes with a reference key stops the build', () => {
    const dir = withBib({ 'extra.bib': '@article{alpha2020, title = {A}, year = {2020}}\n' });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(/extra\.bib:1: key "alpha2020" in extra\.bib clashes/);
  });
});
