import type { VFile } from 'vfile';
import { SourceError } from '../data/source-error.ts';
import { katexProblem } from './katex-options.ts';

/**
 * rehype-katex never throws: on a formula KaTeX cannot parse it records a warning on the file and
 * renders the formula as red text, which the build would publish. Run right after it, this turns
 * its warnings into the build error `npm run check` gives for the same formula (file:line:column).
 */
export default function rehypeKatexErrors() {
  return (_tree: unknown, file: VFile) => {
    const errors = file.messages.filter((m) => m.source === 'rehype-katex');
    if (errors.length === 0) return;
    const path = file.path ? file.path.replace(`${file.cwd}/`, '') : '<input>';
    const problems = errors.map((m) => new SourceError(path, m.line ?? 1, katexProblem(m.cause), m.column ?? undefined));
    throw new Error(`${problems.length} formula${problems.length > 1 ? 's' : ''} KaTeX cannot render:\n${problems.map((p) => p.message).join('\n')}`);
  };
}
