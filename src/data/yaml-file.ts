import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatIssues, SourceError } from './source-error.ts';

/** One problem in a YAML text: the line (1-based, of that text) and what to do. */
export interface YamlProblem {
  line: number;
  message: string;
}

/**
 * Parses YAML text and validates it against a schema, reporting every problem: a YAML syntax
 * error, or each value the schema rejects, at the line of the offending node.
 */
export function validateYaml<T extends z.ZodType>(text: string, schema: T): { ok: true; data: z.output<T> } | { ok: false; problems: YamlProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => ({ line: lineCounter.linePos(err.pos[0]).line, message: `YAML syntax error: ${err.message.split('\n')[0]}. Fix the YAML at this line.` })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // Point at the offending node: walk the document along the issue's path.
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
      const parent = doc.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number] } | undefined;
      const pos = node?.range?.[0] ?? parent?.range?.[0] ?? 0;
      return { line: lineCounter.linePos(pos).line, message: formatIssues([issue]) };
    }),
  };
}

/**
 * The line (1-based) of the node at a path of a YAML text, for problems found after parsing
 * (a key that names nothing, a column a table lacks); the parent's line when the path ends
 * at a missing key, line 1 when nothing on it exists.
 */
export function yamlLines(text: string): (path: readonly (string | number)[]) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/**
 * Reads a YAML file and validates it against a schema. Any problem — a YAML syntax error or a
 * value the schema rejects — throws a SourceError naming the file, the line (of the first
 * problem) and what to do about each.
 */
export function readYamlFile<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  const result = validateYaml(readFileSync(path, 'utf8'), schema);
  if (result.ok) return result.data;
  throw new SourceError(path, result.problems[0]!.line, result.problems.map((p) => p.message).join('; '));
}
