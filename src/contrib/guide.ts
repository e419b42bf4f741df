import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Taxonomy } from '../schema/chapter.ts';
import type { Source } from '../citations/sources.ts';
import { PART_FILE } from '../schema/part.ts';
import { narrativeName, sourceShortName } from '../citations/names.ts';
import { GUIDE_FILE } from '../project.ts';

/**
 * The contributors' guide is one file, GUIDE_FILE (src/project.ts), read on GitHub and rendered as
 * the site's page GUIDE_SLUG (src/contrib/docs-loader.ts). The facts that live in data — the frontmatter
 * vocabularies, the reviews, the parts — sit between `<!-- atlas:NAME -->` and
 * `<!-- /atlas:NAME -->` markers and are generated from that data: the page always regenerates
 * them, `npm run guide` rewrites them in the file, and `npm run check` reports a stale block.
 */

export interface GuideData {
  taxonomy: Taxonomy;
  sources: Source[];
  /** Folders of content/ that hold chapters. */
  parts: string[];
}

const code = (s: string) => `\`${s}\``;

const GENERATORS: Record<string, { from: string; render: (d: GuideData) => string }> = {
  vocabularies: {
    from: 'content/taxonomy.yaml',
    render: ({ taxonomy }) =>
      [
        '| field | allowed values (key: label) |',
        '|---|---|',
        ...Object.values(taxonomy.facets).map((f) => `| ${code(f.field)} | ${Object.entries(f.values).map(([k, label]) => `${code(k)}: ${label}`).join(', ')} |`),
      ].join('\n'),
  },
  reviews: {
    from: 'bib/sources.yaml',
    render: ({ sources }) =>
      sources.map((s) => `- ${code(s.id)}: ${narrativeName(sourceShortName(s))}, ${s.journal}`).join('\n'),
  },
  parts: {
    from: 'the part folders of content/ (each with a _part.yaml)',
    render: ({ parts }) => parts.map((p) => code(p)).join(', '),
  },
};

const BLOCK = /<!-- atlas:([a-z-]+) -->\n([\s\S]*?)<!-- \/atlas:\1 -->/g;

/** The guide with every generated block filled from the data. Unknown block names are kept. */
export function expandGuide(markdown: string, data: GuideData): string {
  return markdown.replace(BLOCK, (whole, name: string) => {
    const gen = GENERATORS[name];
    return gen ? `<!-- atlas:${name} -->\n${gen.render(data)}\n<!-- /atlas:${name} -->` : whole;
  });
}

/** Generated blocks whose text differs from what the data gives now, with their line. */
export function staleBlocks(markdown: string, data: GuideData): { name: string; line: number; from: string }[] {
  const stale: { name: string; line: number; from: string }[] = [];
  for (const m of markdown.matchAll(BLOCK)) {
    const gen = GENERATORS[m[1]!];
    if (gen && m[2] !== `${gen.render(data)}\n`) {
      stale.push({ name: m[1]!, line: markdown.slice(0, m.index).split('\n').length, from: gen.from });
    }
  }
  return stale;
}

/** The part folders of content/: the folders with a `_part.yaml` (src/navigation.ts reads them). */
export function contentParts(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => statSync(join(contentDir, name)).isDirectory() && existsSync(join(contentDir, name, PART_FILE)))
    .sort();
}

export interface Guide {
  title: string;
  description: string;
  /** The Markdown after the title heading, generated blocks filled. */
  body: string;
  /** Ids of its headings, for the link checker. */
  anchors: Set<string>;
}

/**
 * The page form of the guide. Its `# Title` becomes the page title (Starlight prints it), and the
 * first paragraph the description. GitHub shows the file as it is, so it has no frontmatter.
 */
export function readGuide(root: string, data: GuideData): Guide | undefined {
  const path = join(root, GUIDE_FILE);
  if (!existsSync(path)) return undefined;
  const text = expandGuide(readFileSync(path, 'utf8'), data);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const firstParagraph = tree.children.find((n) => n.type === 'paragraph');
  const slugger = new GithubSlugger();
  const anchors = new Set(['_top']);
  visit(tree, 'heading', (h: Heading) => {
    if (h !== h1) anchors.add(slugger.slug(toString(h)));
  });
  const body = h1?.position ? text.slice(0, h1.position.start.offset) + text.slice(h1.position.end.offset!) : text;
  return {
    title: h1 ? toString(h1) : 'Contribute',
    description: firstParagraph ? toString(firstParagraph).replace(/\s+/g, ' ').trim() : '',
    body: body.trimStart(),
    anchors,
  };
}
