import type { VFile } from 'vfile';
import { report } from '../data/problems.ts';
import { katexProblem } from './katex-options.ts';

/**
 * rehype-katex never fails: on a formula KaTeX cannot parse it records a warning on the file and
 * renders the formula as red text, which the build would publish. Run right after it, this turns
 * each of its warnings into an error with the check's wording (file:line:column), so the reporter
 * stops the build on it.
 */
export default function rehypeKatexErrors() {
  return (_tree: unknown, file: VFile) => {
    const katex = file.messages.filter((m) => m.source === 'rehype-katex');
    if (katex.length === 0) return;
    file.messages = file.messages.filter((m) => m.source !== 'rehype-katex');
    for (const m of katex) report(file, katexProblem(m.cause), m.place ?? undefined, { rule: 'math' });
  };
}
