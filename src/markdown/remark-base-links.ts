import type { Root, Link, Definition } from 'mdast';
import { visit } from 'unist-util-visit';

export interface RemarkBaseLinksOptions {
  /** The deploy base, e.g. `/atlas/`. */
  base: string;
}

/**
 * Contributors link to pages by their path from the site root (`/glossary/`); the site may be
 * served under a sub-path (`/atlas/`), so root-relative links get the base in front.
 */
export default function remarkBaseLinks({ base }: RemarkBaseLinksOptions) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const n = node as Link | Definition;
      if (n.url.startsWith('/') && !n.url.startsWith('//') && !n.url.startsWith(`${prefix}/`)) n.url = prefix + n.url;
    });
  };
}
