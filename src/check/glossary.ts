import { existsSync, readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { keyProblem } from '../citations/key-problem.ts';
import type { KeyLookup } from '../citations/types.ts';
import { SourceError } from '../data/source-error.ts';
import { validateYaml } from '../data/yaml-file.ts';
import { glossarySchema, type GlossaryEntry } from '../schema/glossary.ts';

/**
 * Every problem of content/glossary.yaml, each at its line: the schema, chapters that do not
 * exist (the glossary page would link to nothing) and citation keys that name no work. Shared by
 * `npm run check` (which lists them all) and the glossary page (which stops the build on the
 * first), so both say the same thing.
 */
export function glossaryProblems(file: string, { chapters, lookup }: { chapters: readonly string[]; lookup: (key: string) => KeyLookup }): SourceError[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const result = validateYaml(text, glossarySchema);
  if (!result.ok) return result.problems.map((p) => new SourceError(file, p.line, p.message));
  const lineAt = result.lineOf;
  const known = new Set(chapters);
  const problems: SourceError[] = [];
  result.data.forEach((e: GlossaryEntry, i: number) => {
    e.chapters.forEach((c, j) => {
      if (known.has(c)) return;
      // Suggest only near misses (a typo, a wrong part), not every chapter.
      const near = [...known].filter((k) => distance(k, c) <= Math.max(3, c.length / 3)).sort((a, b) => distance(a, c) - distance(b, c)).slice(0, 3);
      problems.push(new SourceError(file, lineAt([i, 'chapters', j]), `"${e.term}" lists chapter "${c}", which does not exist.${near.length ? ` Did you mean ${near.join(', ')}?` : ''} A chapter is named by its path under content/ without .mdx.`));
    });
    e.cite.forEach((k, j) => {
      const found = lookup(k);
      if (!found.ok) problems.push(new SourceError(file, lineAt([i, 'cite', j]), `"${e.term}" cites "${k}": ${keyProblem(found)}`));
    });
  });
  return problems.sort((a, b) => a.line - b.line);
}
