import type { KatexOptions } from 'katex';

/**
 * KaTeX settings of the build (rehype-katex, whose errors rehype-katex-errors.ts turns into
 * build errors) and of `npm run check`: LaTeX KaTeX only tolerates is an error too.
 */
export const KATEX_OPTIONS = { throwOnError: true, strict: 'error' } as const satisfies KatexOptions;

/** The message for a formula KaTeX cannot render, the same in the build and in the check. */
export const katexProblem = (error: unknown): string =>
  `math does not render with KaTeX: ${error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error)}`;
