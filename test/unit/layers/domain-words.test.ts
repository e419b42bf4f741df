/**
 * The generator knows nothing of the subject its content is about: no line of src/ or
 * astro.config.mjs (code, comment or message) names a battery chemistry, a material or a facet
 * of content/taxonomy.yaml. Examples in comments and messages use neutral words; facets, their
 * values and the site's name and description are read from content/ and bib/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTaxonomy } from '../../../src/project.ts';

const root = join(import.meta.dirname, '../../..');

/** Words of this project's subject, in any case: its chemistry and the words of its facets. */
const SUBJECT = String.raw`lithium|sodium|batter(?:y|ies)|electrolytes?|electrodes?|cathodes?|anodes?|oxides?|sulfides?|sulphides?|halides?|borohydrides?|interphases?|dendrites?|solid-state|garnets?|niobates?|five reviews`;
/** Element symbols and abbreviations of materials, as written (`Li`, `LiNbO₃`, `LLZO`). */
const FORMULAS = String.raw`Li(?![a-z])[\p{L}\p{N}₀-₉⁺]*|(?:LLZT?O|LGPS|LPS\w*|NCM\d*|LCO|NASICON|LiPON|SEI|CEI)(?![\p{L}\p{N}])`;

/** The words of a taxonomy written as data in code: a facet's name or field, or a value's key, quoted or as a property. */
function taxonomyWords(): RegExp {
  const words = Object.entries(loadTaxonomy(root).facets).flatMap(([name, f]) => [name, f.field, ...Object.keys(f.values)]);
  const alternatives = [...new Set(words)].join('|');
  return new RegExp(String.raw`(?:['"\x60]|\.)(?:${alternatives})(?=['"\x60]|\b(?![-(]))`, 'u');
}

function subjectLines(files: { path: string; text: string }[], taxonomy: RegExp): string[] {
  const subject = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?i:${SUBJECT})(?![\p{L}\p{N}])|${FORMULAS})`, 'u');
  return files.flatMap((f) =>
    f.text.split('\n').flatMap((line, i) => {
      const m = subject.exec(line) ?? taxonomy.exec(line);
      return m ? [`${f.path}:${i + 1}: "${m[0]}" in: ${line.trim()}`] : [];
    }),
  );
}

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sourceFiles(p);
      return /\.(ts|mts|mjs|js|astro|css)$/.test(name) ? [{ path: relative(root, p), text: readFileSync(p, 'utf8') }] : [];
    });
}

describe('the generator names nothing of its subject', () => {
  test('no line of src/ or astro.config.mjs names a chemistry, a material or a facet of the taxonomy', () => {
    const files = [...sourceFiles(join(root, 'src')), { path: 'astro.config.mjs', text: readFileSync(join(root, 'astro.config.mjs'), 'utf8') }];
    expect(subjectLines(files, taxonomyWords())).toEqual([]);
  });

  test('the search finds them in code, comments and messages, and leaves words that only look alike', () => {
    const found = subjectLines(
      [
        {
          path: 'src/x.ts',
          text: [
            "const facet = taxonomy.facets['interface'];",
            '// Wetting of LLZO by molten Li',
            "throw new Error('a cathode is not allowed here');",
            'interface Options { list: boolean }',
            "const items = document.querySelectorAll('li');",
            'const x = data.topic;',
            'A DELiVERY of CLI tools at the anodyne interfacing level',
          ].join('\n'),
        },
      ],
      taxonomyWords(),
    );
    expect(found).toEqual([
      `src/x.ts:1: "'interface" in: const facet = taxonomy.facets['interface'];`,
      'src/x.ts:2: "LLZO" in: // Wetting of LLZO by molten Li',
      `src/x.ts:3: "cathode" in: throw new Error('a cathode is not allowed here');`,
      'src/x.ts:6: ".topic" in: const x = data.topic;',
    ]);
  });
});
