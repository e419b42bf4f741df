import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatIssues, SourceError } from './source-error.ts';

/**
 * Reads a YAML file and validates it against a schema. Any problem — a YAML syntax error or a
 * value the schema rejects — throws a SourceError naming the file, the line and what to do.
 */
export function readYamlFile<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new SourceError(path, line, `YAML syntax error: ${err.message.split('\n')[0]}. Fix the YAML at this line.`);
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    // Point at the offending node: walk the document along the issue's path.
    const first = result.error.issues[0]!;
    const node = doc.getIn(first.path as (string | number)[], true) as { range?: [number, number] } | undefined;
    const parent = doc.getIn(first.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number] } | undefined;
    const pos = node?.range?.[0] ?? parent?.range?.[0] ?? 0;
    throw new SourceError(path, lineCounter.linePos(pos).line, formatIssues(result.error.issues));
  }
  return result.data;
}
