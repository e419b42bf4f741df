import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatIssues, SourceError } from './source-error.ts';

/** One problem in a YAML text: the line (1-based, of that text) and what to do. */
export interface YamlProblem {
  line: number;
  message: string;
}

/** The line (1-based) of the node at a path of the document, e.g. `['rows', 2, 'cite', 0]`. */
export type LineOf = (path: readonly (string | number)[]) => number;

/** A YAML text read once: its value, its syntax errors, and where each node is. */
export interface YamlDocument {
  /** Syntax errors; when there are any, `value` is what could be read. */
  errors: YamlProblem[];
  value: unknown;
  /** Line of the node at a path (of its parent, of the document when there is none). */
  lineOf: LineOf;
  /** Line of a top-level key (not of its value). */
  keyLine(key: string): number;
}

export function readYaml(text: string): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const line = (pos: number | undefined) => lineCounter.linePos(pos ?? 0).line;
  const rangeOf = (path: readonly (string | number)[]) => (doc.getIn(path, true) as { range?: [number, number] } | undefined)?.range?.[0];
  return {
    errors: doc.errors.map((err) => ({ line: line(err.pos[0]), message: `YAML syntax error: ${err.message.split('\n')[0]}. Fix the YAML at this line.` })),
    value: doc.toJS(),
    lineOf: (path) => line(rangeOf(path) ?? rangeOf(path.slice(0, -1))),
    keyLine: (key) => {
      const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      return line(isScalar(pair?.key) ? pair.key.range?.[0] : undefined);
    },
  };
}

/** A read document's value against a schema: the data, or every value the schema rejects at its line. */
export function validateDocument<T extends z.ZodType>(doc: YamlDocument, schema: T): { ok: true; data: z.output<T>; lineOf: LineOf } | { ok: false; problems: YamlProblem[] } {
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors };
  const result = schema.safeParse(doc.value);
  if (result.success) return { ok: true, data: result.data, lineOf: doc.lineOf };
  return { ok: false, problems: result.error.issues.map((issue) => ({ line: doc.lineOf(issue.path as (string | number)[]), message: formatIssues([issue]) })) };
}

/**
 * Parses YAML text and validates it against a schema, reporting every problem: a YAML syntax
 * error, or each value the schema rejects, at the line of the offending node. Valid data comes
 * with `lineOf`, so later checks (citation keys) can name their line too.
 */
export const validateYaml = <T extends z.ZodType>(text: string, schema: T) => validateDocument(readYaml(text), schema);

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
