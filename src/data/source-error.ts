import type { z } from 'zod';

/** An error in a user-edited source file; its message starts with `file:line[:column]`. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  constructor(file: string, line: number, message: string, column?: number) {
    super(`${file}:${line}${column === undefined ? '' : `:${column}`}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** Turns schema issues into one sentence per problem, each naming the field. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length ? `\`${issue.path.join('.')}\`: ` : ''}${issue.message}`)
    .join('; ');
}
