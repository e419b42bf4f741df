import { resolve } from 'node:path';
import type { Definition, Link, Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { checkLink, isInternalLink, withBase, type LinkTargets } from './links.ts';
import { report } from '../data/problems.ts';
import { pageOfFile } from './link-targets.ts';

export interface RemarkInternalLinksOptions {
  /**
   * The pages and anchors of the site (read lazily: every chapter must be read first). Without
   * it the links are only recorded (`file.data.links`), to be checked once every page is known
   * (checkRecordedLinks): that is how the pages and anchors are read in the first place.
   */
  targets?: () => LinkTargets;
  /** The project root, to tell which page a file becomes. */
  root: string;
  /** The deploy base; resolving links get it prefixed. */
  base: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Every link into the site written on the page, with its place. */
    links: { url: string; place: Point | undefined }[];
  }
}

const pageOf = (root: string, file: VFile): string => (file.path && pageOfFile(root, resolve(file.cwd, file.path))) ?? '/';

/**
 * Checks every Markdown link into the site (`[text](/part/slug/#anchor)`, `[text](#anchor)`)
 * against the chapters and their headings, and prefixes the deploy base to the ones that
 * resolve. A broken link is a problem at its file:line:column with what to write instead; the
 * decision is src/markdown/links.ts, shared with `npm run check`.
 */
export default function remarkInternalLinks({ targets, root, base }: RemarkInternalLinksOptions) {
  return (tree: Root, file: VFile) => {
    const nodes: (Link | Definition)[] = [];
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && isInternalLink((node as Link | Definition).url)) nodes.push(node as Link | Definition);
    });
    file.data.links = nodes.map((n) => ({ url: n.url, place: n.position?.start }));
    if (!targets) return;
    const fromPage = pageOf(root, file);
    for (const link of nodes) {
      const message = checkLink(link.url, fromPage, targets());
      if (message) report(file, message, link.position?.start, { rule: 'link' });
      else link.url = withBase(link.url, base);
    }
  };
}

/** Checks the links a run without targets recorded, now that every page and anchor is known. */
export function checkRecordedLinks(file: VFile, root: string, targets: LinkTargets): void {
  const fromPage = pageOf(root, file);
  for (const link of file.data.links ?? []) {
    const message = checkLink(link.url, fromPage, targets);
    if (message) report(file, message, link.place, { rule: 'link' });
  }
}
