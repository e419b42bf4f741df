import { resolve } from 'node:path';
import type { Definition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { checkLink, isInternalLink, withBase, type LinkTargets } from '../check/links.ts';
import { SourceError } from '../data/source-error.ts';
import { pageOfFile } from '../render/link-targets.ts';

export interface RemarkInternalLinksOptions {
  /** The pages and anchors of the site (read lazily: every chapter must be parsed first). */
  targets: () => LinkTargets;
  /** The project root, to tell which page a file becomes. */
  root: string;
  /** The deploy base; resolving links get it prefixed. */
  base: string;
  /** Receives each broken link; without it the plugin throws once with all of a file's problems. */
  report?: (problem: SourceError) => void;
}

/**
 * Checks every Markdown link into the site (`[text](/part/slug/#anchor)`, `[text](#anchor)`)
 * against the chapters and their headings, and prefixes the deploy base to the ones that
 * resolve. A broken link stops the build with file:line:column and what to write instead; the
 * decision is src/check/links.ts, shared with `npm run check`.
 */
export default function remarkInternalLinks({ targets, root, base, report }: RemarkInternalLinksOptions) {
  return (tree: Root, file: VFile) => {
    const path = file.path ? resolve(file.cwd, file.path) : undefined;
    const shown = path ? path.replace(`${root}/`, '') : '<input>';
    const fromPage = (path && pageOfFile(root, path)) ?? '/';
    const problems: SourceError[] = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      if (!isInternalLink(link.url)) return;
      const message = checkLink(link.url, fromPage, targets());
      if (message) {
        problems.push(new SourceError(shown, link.position?.start.line ?? 1, message, link.position?.start.column));
      } else {
        link.url = withBase(link.url, base);
      }
    });
    if (report) problems.forEach(report);
    else if (problems.length) throw new Error(`${problems.length} broken link${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => p.message).join('\n')}`);
  };
}
