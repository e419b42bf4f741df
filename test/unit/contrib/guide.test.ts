import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentParts, expandGuide, readGuide, staleBlocks } from '../../../src/contrib/guide.ts';
import { loadSources, loadTaxonomy } from '../../../src/project.ts';
import { parseBibFile } from '../../../src/citations/parse.ts';

const root = resolve(import.meta.dirname, '../../..');
const data = () => ({ taxonomy: loadTaxonomy(root), sources: loadSources(root), parts: contentParts(join(root, 'content')) });
const guide = () => readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .map((p) => (statSync(p).isDirectory() ? sourceText(p) : /\.(ts|astro)$/.test(p) ? readFileSync(p, 'utf8') : ''))
    .join('\n');
}

describe('the contributors\' guide', () => {
  test('its generated blocks match the data (npm run guide rewrites them)', () => {
    expect(staleBlocks(guide(), data())).toEqual([]);
  });

  test('a vocabulary change makes its block stale, at its line, and the page shows the new value', () => {
    const d = data();
    const [name, facet] = Object.entries(d.taxonomy.facets)[0]!;
    const changed = { ...d, taxonomy: { facets: { ...d.taxonomy.facets, [name]: { ...facet, values: { ...facet.values, separator: 'Separator' } } } } };
    const stale = staleBlocks(guide(), changed);
    expect(stale.map((s) => s.name)).toEqual(['vocabularies']);
    expect(guide().split('\n')[stale[0]!.line - 1]).toBe('<!-- atlas:vocabularies -->');
    expect(expandGuide(guide(), changed)).toContain('`separator`: Separator');
  });

  test('the page takes its title and description from the file', () => {
    const g = readGuide(root, data())!;
    expect(g.title).toBe('Contribute');
    expect(g.description).toMatch(/^How to add or correct a summary/);
    expect(g.body.startsWith('# ')).toBe(false);
    expect(g.anchors).toContain('errors-and-how-to-fix-them');
  });

  test('every message the errors table names is one the code prints', () => {
    const table = guide().split('## Errors and how to fix them')[1]!.split('\n## ')[0]!;
    const fragments = table
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => /^\| `([^`]+)`/.exec(l)![1]!);
    expect(fragments.length).toBeGreaterThan(20);
    const code = sourceText(join(root, 'src'));
    for (const f of fragments) expect(code, `"${f}" is in the errors table but no code prints it`).toContain(f);
  });

  test('bib/extra.bib exists, explains itself and parses (with no entries yet)', () => {
    const file = join(root, 'bib/extra.bib');
    expect(readFileSync(file, 'utf8')).toMatch(/^% bib\/extra\.bib: works that chapters cite and that no source review lists/);
    expect(parseBibFile(file)).toEqual([]);
  });
});
