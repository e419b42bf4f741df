import { readFileSync } from 'node:fs';
import type { Heading, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { assignAnchors, type AnchoredHeading } from './heading-anchors.ts';

/** The frontmatter a plain unified pipeline (remark-frontmatter) keeps as a yaml node. */
export function yamlFrontmatter(tree: Root): Record<string, unknown> {
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  return (yaml ? (parseYaml(yaml.value) as Record<string, unknown>) : undefined) ?? {};
}

/** The chapter's frontmatter: Astro hands it over parsed; plain unified pipelines keep a yaml node. */
function frontmatterOf(tree: Root, file: VFile): Record<string, unknown> {
  return (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? yamlFrontmatter(tree);
}

/** The headings of a Markdown tree with their anchors (see heading-anchors.ts). */
export function anchoredHeadings(tree: Root, frontmatter: Record<string, unknown>, file: string, source: string): { node: Heading; heading: AnchoredHeading }[] {
  const nodes: Heading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    nodes.push(node);
  });
  const anchored = assignAnchors(
    nodes.map((n) => ({ text: toString(n), depth: n.depth, line: n.position?.start.line ?? 1 })),
    {
      file,
      source,
      anchors: frontmatter.anchors as Record<string, string> | undefined,
      anchorAliases: frontmatter.anchorAliases as Record<string, string> | undefined,
    },
  );
  return nodes.map((node, i) => ({ node, heading: anchored[i]! }));
}

/**
 * Gives every heading its id (pinned or slug) before rehype runs, so Astro's own heading-id
 * pass, Starlight's anchor links and the table of contents all use it; old ids become empty
 * anchors at the start of the heading, so links to them still land on the section without JS.
 */
export default function remarkHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const path = file.path ? file.path.replace(`${file.cwd}/`, '') : '<input>';
    let source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    // Astro blanks the frontmatter out of file.value; messages point into it, so read the file.
    try {
      if (file.path) source = readFileSync(file.path, 'utf8');
    } catch {
      /* a virtual file: file.value is all there is */
    }
    for (const { node, heading } of anchoredHeadings(tree, frontmatterOf(tree, file), path, source)) {
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
