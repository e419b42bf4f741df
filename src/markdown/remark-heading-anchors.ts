import { readFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../data/problems.ts';
import { frontmatterOf } from './frontmatter.ts';
import { assignAnchors, type AnchoredHeading, type AnchorProblem } from './heading-anchors.ts';

declare module 'vfile' {
  interface DataMap {
    /** Every heading of the page with its id and aliases, in order (remark-heading-anchors). */
    headings: AnchoredHeading[];
  }
}

/** The headings of a Markdown tree with their anchors (see heading-anchors.ts). */
function anchoredHeadings(tree: Root, frontmatter: Record<string, unknown>, source: string): { nodes: { node: Heading; heading: AnchoredHeading }[]; problems: AnchorProblem[] } {
  const nodes: Heading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    nodes.push(node);
  });
  const { headings, problems } = assignAnchors(
    nodes.map((n) => ({ text: toString(n), depth: n.depth, line: n.position?.start.line ?? 1 })),
    {
      source,
      anchors: frontmatter.anchors as Record<string, string> | undefined,
      anchorAliases: frontmatter.anchorAliases as Record<string, string> | undefined,
    },
  );
  return { nodes: nodes.map((node, i) => ({ node, heading: headings[i]! })), problems };
}

/**
 * Gives every heading its id (pinned or slug) before rehype runs, so Astro's own heading-id
 * pass, Starlight's anchor links and the table of contents all use it; old ids become empty
 * anchors at the start of the heading, so links to them still land on the section without JS.
 */
export default function remarkHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    let source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    // Astro blanks the frontmatter out of file.value; messages point into it, so read the file.
    try {
      if (file.path) source = readFileSync(file.path, 'utf8');
    } catch {
      /* a virtual file: file.value is all there is */
    }
    const { nodes, problems } = anchoredHeadings(tree, frontmatterOf(file, tree), source);
    for (const p of problems) report(file, p.message, { line: p.line, column: 0 }, { rule: 'anchors' });
    file.data.headings = nodes.map((n) => n.heading);
    for (const { node, heading } of nodes) {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: heading.id } };
      const aliases = heading.aliases.map((id) => ({
        type: 'anchorAlias',
        data: { hName: 'span', hProperties: { id, className: ['anchor-alias'] } },
        children: [],
      }));
      (node.children as unknown[]).unshift(...aliases);
    }
  };
}
