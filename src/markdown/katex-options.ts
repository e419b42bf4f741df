import type { KatexOptions } from 'katex';

/**
 * KaTeX settings of the build (rehype-katex) and of `npm run check`: an error stops the build
 * instead of rendering red text, and so does LaTeX KaTeX only tolerates.
 */
export const KATEX_OPTIONS = { throwOnError: true, strict: 'error' } as const satisfies KatexOptions;
