import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { report } from '../data/problems.ts';
import { chapterProcessor, type ChainOptions } from './chain.ts';
import { projectPaths } from '../project.ts';
import { chapterFromFile, chapterSlug, mdxFiles, type ChapterCitations } from './chapter-citations.ts';

/** A chapter read through the plugin chain: its data, and its file with every problem the run found. */
export interface ReadChapter {
  chapter: ChapterCitations;
  file: VFile;
  /** Frontmatter and nothing else (imports, comments, headings and rules are not text). */
  empty: boolean;
  /** False when the file does not parse (an MDX syntax error): nothing else of it could be read. */
  parsed: boolean;
}

/**
 * Reads every chapter of content/ once, through the site's own plugin chain: without the link
 * check, which needs every chapter's anchors first (src/site.ts then checks the links each run
 * recorded), and without the cite tools, which only the pages show. What the chain records on each
 * file is the chapter's data for every page that lists works by section.
 */
export function readChapters(options: Omit<ChainOptions, 'targets' | 'sectionTools' | 'stopOnErrors'>): ReadChapter[] {
  const contentDir = projectPaths(options.root).content;
  const mdx = chapterProcessor(options);
  const md = chapterProcessor(options, { mdx: false });
  const out: ReadChapter[] = [];
  for (const path of mdxFiles(contentDir)) {
    const file = new VFile({ path, cwd: options.root, value: readFileSync(path, 'utf8') });
    const processor = path.endsWith('.mdx') ? mdx : md;
    let empty = false;
    let parsed = false;
    try {
      const tree = processor.parse(file);
      parsed = true;
      empty = !hasBody(tree);
      processor.runSync(tree, file);
    } catch (e) {
      // MDX that does not parse (micromark's message has the place), or an unexpected failure.
      const m = e as { line?: number; column?: number; reason?: string; message?: string };
      const syntax = m.reason !== undefined;
      report(
        file,
        syntax
          ? `MDX syntax error: ${m.reason}. In .mdx, < and { start JSX and expressions: write \\< and \\{ in text, or put them in \`code\`.`
          : `this file could not be read: ${m.message ?? String(e)}`,
        m.line ? { line: m.line, column: m.column ?? 0 } : undefined,
        { rule: syntax ? 'mdx-syntax' : 'unreadable' },
      );
    }
    out.push({ chapter: chapterFromFile(file, chapterSlug(contentDir, path)), file, empty, parsed });
  }
  return out;
}

/**
 * Whether a page has text under its frontmatter: anything but imports, comments, headings and
 * rules counts. The build publishes an empty chapter (a draft previews with `npm start`); the
 * check stops it before a pull request or a deploy, as it stops TODOs.
 */
function hasBody(tree: Root): boolean {
  const empty = (n: RootContent) =>
    n.type === 'yaml' ||
    n.type === 'mdxjsEsm' ||
    n.type === 'heading' ||
    n.type === 'thematicBreak' ||
    (n.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(n.value)) ||
    (n.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value));
  return !tree.children.every(empty);
}
