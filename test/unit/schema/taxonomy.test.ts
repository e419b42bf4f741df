/**
 * content/taxonomy.yaml declares the facets chapters are filed under: a bad declaration is a
 * problem at its line with what to do, and a project with other facets than this one's works as
 * well (the generator names none of them).
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/check/run.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { validateYaml } from '../../../src/data/yaml-file.ts';
import { chapterFrontmatter, taxonomySchema } from '../../../src/schema/chapter.ts';
import { createTempProject } from '../contrib/temp-project.ts';

const problems = (lines: string[]) => {
  const result = validateYaml(`${lines.join('\n')}\n`, taxonomySchema);
  return result.ok ? [] : result.problems;
};

const facet = (name: string, field: string, extra: string[] = []) => [
  `  ${name}:`,
  `    label: ${name[0]!.toUpperCase()}${name.slice(1)}`,
  `    field: ${field}`,
  '    values:',
  '      north: North',
  ...extra,
];

describe('taxonomySchema', () => {
  test('signs for a value the facet does not declare', () => {
    expect(problems(['facets:', ...facet('region', 'regions', ['    signs:', '      north: [arctic]', '      south: [antarctic]'])])).toEqual([
      { line: 9, message: '`facets.region.signs.south`: signs for "south", which is not a value of region: use one of north, or add it under values' },
    ]);
  });

  test('a facet named as a filter every project has', () => {
    expect(problems(['facets:', ...facet('review', 'reviewers')])).toEqual([
      { line: 3, message: '`facets.review`: "review" is a search filter every project has (kind, review): give the facet another name' },
    ]);
  });

  test("a facet's field that a chapter has already, and two facets with one field", () => {
    const found = problems(['facets:', ...facet('region', 'sources'), ...facet('area', 'zones'), ...facet('zone', 'zones')]);
    expect(found[0]).toEqual({
      line: 4,
      message: expect.stringMatching(
        /^`facets\.region\.field`: `sources` is a chapter field already \(sources, authors, .*title, description, .*\): name the facet's field otherwise$/,
      ),
    });
    expect(found.slice(1)).toEqual([{ line: 14, message: '`facets.zone.field`: the facet "area" uses the field `zones` too: give each facet its own field' }]);
  });

  test('a misspelt key, a facet without values, a key that is not one', () => {
    expect(problems(['facets:', '  region:', '    lable: Region', '    field: regions', '    values: {}'])).toEqual([
      { line: 3, message: '`facets.region.label`: Invalid input: expected string, received undefined' },
      { line: 5, message: '`facets.region.values`: declare at least one value: `key: Label`' },
      { line: 3, message: '`facets.region`: Unrecognized key: "lable"' },
    ]);
    expect(problems(['facets:', '  Bad Name:', '    label: X', '    field: x', '    values: { North Pole: North }'])).toEqual([
      { line: 3, message: '`facets.Bad Name`: "Bad Name" is not a key: write lower-case words joined by hyphens, like "my-value"' },
      { line: 5, message: '`facets.Bad Name.values.North Pole`: "North Pole" is not a key: write lower-case words joined by hyphens, like "my-value"' },
    ]);
  });

  test("a chapter's value the facet does not declare says where the values are declared", () => {
    const taxonomy = taxonomySchema.parse({
      facets: {
        region: { label: 'Region', field: 'regions', values: { north: 'North' } },
        climate: { label: 'Climate', field: 'climate', list: false, values: { dry: 'Dry' } },
      },
    });
    const result = chapterFrontmatter(taxonomy, []).safeParse({ regions: ['south'], climate: 'wet' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['regions.0', 'unknown region "south"; use one of: north (content/taxonomy.yaml declares them)'],
      ['climate', 'unknown climate "wet"; use one of: dry (content/taxonomy.yaml declares them)'],
    ]);
  });
});

describe('a project with its own facets', () => {
  test('its chapters are checked against them, at their lines; a bad taxonomy stops the check at its line', () => {
    const p = createTempProject('taxonomy', { code: false });
    p.write('content/taxonomy.yaml', ['facets:', ...facet('region', 'regions')].join('\n'));
    p.write(
      'content/challenges/garnet-contact.mdx',
      ['---', 'title: Somewhere', 'description: A chapter filed by region.', 'regions: [north, south]', 'sidebar:', '  order: 1', '---', '', 'Text.', ''].join(
        '\n',
      ),
    );
    expect(checkContent(p.dir).map(formatProblem)).toEqual([
      'content/challenges/garnet-contact.mdx:4: frontmatter `regions.1`: unknown region "south"; use one of: north (content/taxonomy.yaml declares them)',
    ]);
    p.write('content/taxonomy.yaml', ['facets:', ...facet('region', 'regions', ['    signs:', '      south: [antarctic]'])].join('\n'));
    expect(checkContent(p.dir).map(formatProblem)).toEqual([
      'content/taxonomy.yaml:8: `facets.region.signs.south`: signs for "south", which is not a value of region: use one of north, or add it under values',
    ]);
  });
});
