import { relative, resolve } from 'node:path';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { SourceError } from './source-error.ts';

/**
 * Problems in a contributor's files, one shape for every gate: Markdown plugins record them on
 * the file they process (`file.message()`, as rehype-katex does), project data throws
 * SourceErrors, and one reporter prints them (`npm run check` lists them, the build stops on them).
 */
export interface Problem {
  /** Relative to the project root. */
  file: string;
  line: number;
  column?: number;
  message: string;
  /** A warning is printed but does not fail the check or the build. */
  warning?: boolean;
}

/** `file:line[:column]: message`, with `warning: ` before a warning's message. */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.warning ? 'warning: ' : ''}${p.message}`;

export interface ReportOptions {
  /** The file the problem is in, when it is not the processed file (a data table's YAML). */
  file?: string;
  /** A warning rather than an error. */
  warning?: boolean;
  /** A short id of the rule, for tests and tools (`unknown-key`, `policy-import`, …). */
  rule?: string;
}

/**
 * Records a problem on the file being processed. Errors are fatal messages (vfile's convention),
 * so the reporter at the end of the chain stops the build on them, and the check lists them.
 */
export function report(file: VFile, reason: string, place: Point | Position | undefined, options: ReportOptions = {}): void {
  const message = file.message(reason, { ...(place ? { place } : {}), source: 'atlas', ...(options.rule ? { ruleId: options.rule } : {}) });
  message.fatal = !options.warning;
  if (options.file) message.file = options.file;
}

/** The problems recorded on a file, paths relative to `root`. */
export function problemsOf(file: VFile, root: string): Problem[] {
  return file.messages
    .filter((m) => m.fatal !== undefined && m.fatal !== null)
    .map((m) => {
      const path = m.file || file.path || '<input>';
      return {
        file: relative(root, resolve(file.cwd, path)) || path,
        line: m.line ?? 1,
        ...(m.column ? { column: m.column } : {}),
        message: m.reason,
        ...(m.fatal ? {} : { warning: true }),
      };
    });
}

/** A SourceError (project data, YAML, BibTeX) as a problem. */
export function problemOfError(e: SourceError, root: string): Problem {
  const prefix = `${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}: `;
  return { file: relative(root, resolve(root, e.file)) || e.file, line: e.line, ...(e.column ? { column: e.column } : {}), message: e.message.slice(prefix.length) };
}

export const isError = (p: Problem): boolean => !p.warning;

/** Sorted by file, line and column, each printed once. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const k = formatProblem(p);
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Thrown by the last plugin of the chain when a page has errors (the build renders it in dev and
 * as a safety net): every error of the file, one per line.
 */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentProblems';
    this.problems = problems;
  }
}
