import { formatProblem, isError, type Problem } from '../data/problems.ts';

/** Where each kind of message is explained. */
export const GUIDE_POINTER = 'CONTRIBUTING.md, "Errors and how to fix them", explains each kind.';

/**
 * The one reporter of the check and the build: every problem on its own line,
 * `file:line[:column]: message` (warnings marked), and how many errors and warnings there are.
 */
export function printProblems(problems: Problem[], write: (line: string) => void = (l) => console.error(l)): { errors: number; warnings: number } {
  for (const p of problems) write(formatProblem(p));
  const errors = problems.filter(isError).length;
  return { errors, warnings: problems.length - errors };
}

/** "2 problems and 1 warning" */
export const countWords = ({ errors, warnings }: { errors: number; warnings: number }): string =>
  [errors ? `${errors} problem${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ') || 'no problems';
