/**
 * The reviews' lists are the authority: extra.bib adds works, never takes a work's key and never
 * changes what a list says; a review registered later never renames a work.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../../src/citations/library.ts';
import { miniLibrary, miniSources, withBib } from './helpers.ts';

describe('extra.bib cannot change what a review lists', () => {
  const before = miniLibrary();
  const han = before.workOf('alpha2020:1');

  test('a key that is already a work\'s canonical key is refused at its line', () => {
    const dir = withBib({ 'extra.bib': `% a comment\n@article{${han.id}, author = {Evil, E.}, title = {Something else entirely}, journal = {J. X}, year = {2020}}\n` });
    expect(() => buildLibrary({ bibDir: dir, sources: miniSources() })).toThrow(
      `extra.bib:2: key "${han.id}" in extra.bib is already the canonical key of another work: Han et al. 2017, "Negating interfacial impedance in garnet-based solid-state Li metal batteries" (cited as alpha2020:1). Cite [@${han.id}] for that work, or give this entry another key.`,
    );
  });

  test('an entry with a listed DOI is that work: it fills what is missing, changes nothing, and its conflicts are reported', () => {
    const dir = withBib({
      'extra.bib': '@article{hanlonger, author = {Han, X.}, title = {Negating interfacial impedance in garnet-based solid-state Li metal batteries: a much longer and different title of a preprint}, journal = {Nature Materials}, year = {2016}, volume = {16}, number = {5}, pages = {572}, doi = {10.1038/NMAT4821}}\n',
    });
    const lib = buildLibrary({ bibDir: dir, sources: miniSources() });
    const w = lib.workOf('alpha2020:1');
    expect(lib.lookup('hanlonger')).toMatchObject({ ok: true, work: { id: han.id } });
    expect(w.id).toBe(han.id);
    expect(w.item.title).toBe(han.item.title);
    expect(w.item.issued).toEqual(han.item.issued);
    expect(w.item.issue).toBe('5'); // missing from the lists: filled
    const years = lib.conflicts.filter((c) => c.authority && c.field === 'issued');
    expect(years).toEqual([{ work: han.id, field: 'issued', kept: { value: '[object Object]', label: 'alpha2020:1' }, other: expect.objectContaining({ label: expect.stringMatching(/extra\.bib:1$/) }), authority: true }]);
  });

  test('a review registered after the one that lists a work cannot take that work\'s key as its id', () => {
    const dir = withBib({ 'han2017nm.bib': '@article{han2017nm:1, author = {Other, O.}, title = {Other}, journal = {J. Other}, year = {2019}, volume = {1}, pages = {1}}\n' });
    const claimed = [...miniSources(), { id: 'han2017nm', authors: ['Zeta, Zoe'], title: 'A later review', journal: 'Batteries', year: 2024, angle: 'x', sections: [] }];
    expect(() => buildLibrary({ bibDir: dir, sources: claimed })).toThrow(
      /sources\.yaml:1: review id "han2017nm" is the canonical key of a work alpha2020 lists before it \(alpha2020:1: Han et al\. 2017, .*\): choose another id for the review, such as han2017rev, so that work keeps its key\./,
    );
  });
});

describe('a review added later', () => {
  test('a real list of another paper, added as a review, changes no key and no field of the works already there', async () => {
    const { importList } = await import('../../../src/bib-import/import.ts');
    const { formatBibliography } = await import('../../../src/bib-import/to-bibtex.ts');
    const { readList } = await import('../bib-import/corpus-score.ts');
    const { realBibDir, realLibrary, realSources } = await import('./helpers.ts');
    const before = realLibrary();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-added-'));
    cpSync(realBibDir, dir, { recursive: true });
    const read = importList(readList('nature'), { review: 'later2099' });
    writeFileSync(join(dir, 'later2099.bib'), formatBibliography(read.entries, ['later2099']));
    const after = buildLibrary({ bibDir: dir, sources: [...realSources(), { id: 'later2099', authors: ['Later, L.'], title: 'A later review', journal: 'Batteries', year: 2099, angle: 'x', sections: [] }] });
    const shared = read.entries.filter((e) => before.works.some((w) => w.id === after.workOf(e.key).id));
    expect(shared.length).toBeGreaterThan(0);
    for (const w of before.works) {
      const now = after.works.find((x) => x.id === w.id);
      expect(now, w.id).toBeDefined();
      const { custom: _a, ...was } = w.item;
      const { custom: _b, ...is } = now!.item;
      // Completing a value is not changing it: the same letters with their punctuation back
      // (`Nat Mater` → `Nat. Mater.`), a page range from its first page, more of an author list.
      const letters = (v: unknown) => JSON.stringify(v).toLowerCase().replace(/[^\p{L}\d]/gu, '');
      for (const [field, value] of Object.entries(was)) {
        if (field === 'page') expect(String(is.page).split('–')[0], `${w.id} page`).toBe(String(value).split('–')[0]);
        else if (field === 'author' || field === 'container-title-short') expect((is[field] as unknown[] | string | undefined)?.[0], `${w.id} ${field}`).toEqual((value as unknown[] | string)[0]);
        else expect(letters(is[field]), `${w.id} ${field}`).toBe(letters(value));
      }
    }
  });

  test('an entry kept as printed text is a work of its own, shown as printed', async () => {
    const { formatWorks } = await import('../../../src/citations/format.ts');
    const dir = withBib({
      'gamma2021.bib': '@misc{gamma2021:1,\n  note = {As printed: Smith J, Doe A. A list line nobody could read & more. 2019.},\n  annote = {how read: printed text only},\n}\n',
    });
    const lib = buildLibrary({ bibDir: dir, sources: miniSources() });
    const w = lib.workOf('gamma2021:1');
    expect(w.printed).toBe('Smith J, Doe A. A list line nobody could read & more. 2019.');
    expect(w.item.title).toBeUndefined();
    expect(w.citedBy).toEqual([{ review: 'gamma2021', n: 1 }]);
    expect(formatWorks([w]).get(w.id)).toEqual({ html: 'Smith J, Doe A. A list line nobody could read &#x26; more. 2019.', text: w.printed });
  });
});
