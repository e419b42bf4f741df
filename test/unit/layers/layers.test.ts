/**
 * The generator's layers only point down (test/unit/layers/order.ts), and no files import each
 * other in a loop: every import of src/ and astro.config.mjs is read, and each one that breaks
 * the order is named at its file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importLoops, importsOf, layerProblems, type SourceFile } from './imports.ts';
import { LAYERS } from './order.ts';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sourceFiles(p);
      if (!/\.(ts|mts|js|mjs|astro)$/.test(name)) return [];
      return [{ path: relative(root, p).replace(/\\/g, '/'), text: readFileSync(p, 'utf8') }];
    });
}

const tree = (): SourceFile[] => [...sourceFiles(join(root, 'src')), { path: 'astro.config.mjs', text: readFileSync(join(root, 'astro.config.mjs'), 'utf8') }];

describe('the tree', () => {
  test('no import points up the layers', () => {
    expect(layerProblems(tree(), LAYERS)).toEqual([]);
  });

  test('no files import each other in a loop', () => {
    expect(importLoops(tree())).toEqual([]);
  });

  test('the reader sees the imports (the tree has some between layers)', () => {
    const crossing = tree().flatMap((f) => importsOf(f).filter((i) => i.specifier.startsWith('../')));
    expect(crossing.length).toBeGreaterThan(50);
  });
});

describe('layerProblems', () => {
  const file = (path: string, text: string): SourceFile => ({ path, text });

  test('an import of a higher layer is named at its file and line, with what to do', () => {
    const problems = layerProblems(
      [
        file('src/data/routes.ts', "// the site's routes\nimport { loadSite } from '../site.ts';\n"),
        file('src/site.ts', "import { routes } from './data/routes.ts';\n"),
      ],
      LAYERS,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/data\/routes\.ts:2: imports \.\.\/site\.ts, which points up from data to site \(the layers, from the ground up: test\/unit\/layers\/order\.ts\): move the code it needs down to data or below, or this file up$/,
      ),
    ]);
  });

  test('type imports, re-exports, dynamic imports and imports over several lines all count', () => {
    const problems = layerProblems(
      [
        file(
          'src/citations/x.ts',
          [
            "import type { Site } from '../site.ts';",
            'import {',
            '  chapterProcessor,',
            "} from '../markdown/chain.ts';",
            "export { checkContent } from '../check/run.ts';",
            "const later = () => import('../render/overlap.ts');",
            "import { closest } from 'fastest-levenshtein';",
            "import { parse } from './parse.ts';",
            "import { slug } from '../data/slug.ts';",
          ].join('\n'),
        ),
      ],
      LAYERS,
    );
    expect(problems.map((p) => p.slice(0, p.indexOf(', which')))).toEqual([
      'src/citations/x.ts:1: imports ../site.ts',
      'src/citations/x.ts:2: imports ../markdown/chain.ts',
      'src/citations/x.ts:5: imports ../check/run.ts',
      'src/citations/x.ts:6: imports ../render/overlap.ts',
    ]);
  });

  test('in .astro files, the frontmatter and the scripts are read at their lines', () => {
    const astro = ['---', "import { loadSite } from '../site.ts';", '---', '<p>text</p>', '<script>', "  import '../cli/check.ts';", '</script>'].join('\n');
    expect(layerProblems([file('src/components/X.astro', astro)], LAYERS)).toEqual([
      expect.stringMatching(/^src\/components\/X\.astro:6: imports \.\.\/cli\/check\.ts, which points up from pages to cli/),
    ]);
  });

  test('a file in no layer, and an import of one, say where the order is written', () => {
    const problems = layerProblems([file('src/widgets/a.ts', ''), file('src/data/b.ts', "import '../widgets/a.ts';")], LAYERS);
    expect(problems).toEqual([
      expect.stringMatching(/^src\/widgets\/a\.ts:1: this file is in no layer: add its folder to the layer it belongs to in test\/unit\/layers\/order\.ts/),
      'src/data/b.ts:1: imports ../widgets/a.ts (src/widgets/a.ts), which is in no layer: add it to test/unit/layers/order.ts',
    ]);
  });
});

describe('importLoops', () => {
  test('files that import each other are a loop; a type import alone is none', () => {
    const files: SourceFile[] = [
      { path: 'src/markdown/a.ts', text: "import { b } from './b.ts';" },
      { path: 'src/markdown/b.ts', text: "import { c } from './c.ts';" },
      { path: 'src/markdown/c.ts', text: "import { a } from './a.ts';" },
      { path: 'src/data/d.ts', text: "import type { E } from './e.ts';" },
      { path: 'src/data/e.ts', text: "import { d } from './d.ts';" },
    ];
    expect(importLoops(files)).toEqual(['src/markdown/a.ts → src/markdown/b.ts → src/markdown/c.ts → src/markdown/a.ts']);
  });
});
