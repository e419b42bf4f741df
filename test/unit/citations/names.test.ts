import { describe, expect, test } from 'vitest';
import { authorsLabel, listName, narrativeName, sourceShortName } from '../../../src/citations/names.ts';
import { validateYaml } from '../../../src/data/yaml-file.ts';
import { sourcesSchema } from '../../../src/citations/sources.ts';
import { createCitationIndex } from '../../../src/citations/citation-index.ts';
import { miniLibrary, realSources } from './helpers.ts';

describe('works and reviews named as researchers name them', () => {
  test('one author, two, three or more', () => {
    expect(authorsLabel(['Sun'])).toBe('Sun');
    expect(authorsLabel(['Wang', 'Adair'])).toBe('Wang and Adair');
    expect(authorsLabel(['Chen', 'Jiang', 'Zhou'])).toBe('Chen et al.');
    expect(authorsLabel([])).toBeUndefined();
  });

  test('a review from its "Family, Given" authors and year; a literal name as it is', () => {
    const name = (authors: string[]) => narrativeName(sourceShortName({ authors, year: 2021 }));
    expect(name(['Gamma, Gil'])).toBe('Gamma (2021)');
    expect(name(['Alpha, Ann', 'Beta, Bob'])).toBe('Alpha and Beta (2021)');
    expect(name(['Chen, Chunguang', 'Jiang, Ming', 'Zhou, Tao'])).toBe('Chen et al. (2021)');
    expect(name(['IUPAC Task Group'])).toBe('IUPAC Task Group (2021)');
    expect(listName(sourceShortName({ authors: ['Alpha, Ann', 'Beta, Bob'], year: 2020 }))).toBe('Alpha and Beta 2020');
  });

  test('a `short` name overrides the derived one, in both forms', () => {
    const n = sourceShortName({ authors: ['Sun, Huaihu', 'Dai, Hongliu', 'Zhang, Gaixia'], year: 2025, short: 'Sun et al. (2025b)' });
    expect(narrativeName(n)).toBe('Sun et al. (2025b)');
    expect(listName(n)).toBe('Sun et al. 2025b');
  });

  test('every source of the project has a name of its own, never its id', () => {
    const sources = realSources();
    const names = sources.map((s) => narrativeName(sourceShortName(s)));
    expect(new Set(names).size).toBe(sources.length);
    names.forEach((n, i) => expect(n).not.toContain(sources[i]!.id));
  });

  test('the citation index names reviews and works alike, and where a review lists a work', () => {
    const index = createCitationIndex(miniLibrary(), '/');
    expect(index.narrative('alpha2020')).toBe('Alpha and Beta (2020)');
    expect(index.shortLabel('gamma2021')).toBe('Gamma 2021');
    expect(index.narrative('han2017nm')).toBe('Han et al. (2017)');
    expect(index.shortName('richards2016cm')).toEqual({ authors: 'Richards and Miara', year: '2016' });
    expect(index.citerLabel({ review: 'gamma2021', n: 4 })).toBe('Gamma 2021, ref. 4');
  });
});

describe('bib/sources.yaml: the short name', () => {
  const entry = (id: string, authors: string, extra = '') => `- id: ${id}\n  authors: [${authors}]\n  title: T\n  journal: J\n  year: 2025\n  angle: A.\n${extra}`;

  test('two reviews that would share a name stop at the line of the second, saying what to add', () => {
    const result = validateYaml(entry('sun2025', '"Sun, Huaihu", "Dai, H", "Zhang, G"') + entry('sun2025b', '"Sun, Shuhui", "Li, X", "Wu, Y"'), sourcesSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 7, message: '`1.id`: sun2025b and sun2025 are both named "Sun et al. (2025)": give one of them a short name that tells them apart, e.g. short: "Sun et al. (2025b)"' },
    ]);
    const fixed = validateYaml(entry('sun2025', '"Sun, Huaihu", "Dai, H", "Zhang, G"') + entry('sun2025b', '"Sun, Shuhui", "Li, X", "Wu, Y"', '  short: Sun et al. (2025b)\n'), sourcesSchema);
    expect(fixed.ok).toBe(true);
  });

  test('a short name is written as a sentence cites the review', () => {
    const result = validateYaml(entry('sun2025', '"Sun, Huaihu"', '  short: Sun 2025\n'), sourcesSchema);
    expect(result.ok ? [] : result.problems).toEqual([{ line: 7, message: '`0.short`: write the short name as a sentence cites the review: "Sun et al. (2025a)"' }]);
  });
});
