import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceError } from './data/source-error.ts';
import { validateYaml } from './data/yaml-file.ts';
import { chapterSlug, mdxFiles } from './markdown/chapter-citations.ts';
import { navFrontmatterSchema, PART_FILE, partSchema } from './schema/part.ts';

/**
 * The reading order of the site, from content/ alone: each folder with a `_part.yaml` is a part
 * (its label and place), each chapter in it is listed in the order of its `sidebar.order`. The
 * sidebar, previous/next links and the home page's contents all come from this, so a new chapter
 * or part needs no configuration.
 */

export interface NavChapter {
  /** The page's slug: `challenges/space-charge`. */
  slug: string;
  title: string;
  description?: string | undefined;
  /** `sidebar.order`; chapters without one come last, by slug. */
  order?: number | undefined;
  file: string;
}

export interface NavPart {
  /** The folder of content/: `challenges`. */
  folder: string;
  label: string;
  order: number;
  file: string;
  chapters: NavChapter[];
}

/**
 * A chapter whose frontmatter the navigation cannot read. `npm run check` reports those with the
 * full chapter schema, so it skips these; the build stops on them here, in the config.
 */
export class ChapterFrontmatterError extends SourceError {}

/** A chapter's frontmatter as the navigation needs it; a problem is thrown at its file and line. */
function readChapter(contentDir: string, file: string, shown: string): NavChapter & { listed: boolean } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new ChapterFrontmatterError(shown, 1, 'no frontmatter: start the file with --- title: … --- (npm run new -- chapter "Title" writes one)');
  const result = validateYaml(m[1]!, navFrontmatterSchema);
  if (!result.ok) {
    const first = result.problems[0]!;
    // Line 1 of the file is the opening ---.
    throw new ChapterFrontmatterError(shown, first.line + 1, `frontmatter ${result.problems.map((p) => p.message).join('; ')}`);
  }
  const fm = result.data;
  return {
    slug: chapterSlug(contentDir, file),
    title: fm.title,
    description: fm.description,
    order: fm.sidebar?.order,
    file,
    // Starlight leaves hidden and draft pages out of its navigation; so does ours.
    listed: !fm.sidebar?.hidden && !fm.draft,
  };
}

const byOrder = (a: NavChapter, b: NavChapter) =>
  (a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || a.slug.localeCompare(b.slug);

/**
 * Every part of content/ in order, with its listed chapters in order, and every problem: a
 * chapter outside a part, a folder of chapters without `_part.yaml`, a bad `_part.yaml` or
 * frontmatter, two parts in the same place, a part without chapters. A chapter or part with a
 * problem is left out of the parts.
 */
export function scanNavigation(contentDir: string, { root = process.cwd() }: { root?: string } = {}): { parts: NavPart[]; problems: SourceError[] } {
  const shown = (file: string) => relative(root, file) || file;
  const parts: NavPart[] = [];
  const problems: SourceError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      problems.push(e);
      return undefined;
    }
  };
  for (const folder of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    const files = [...mdxFiles(dir)];
    const partFile = join(dir, PART_FILE);
    if (!existsSync(partFile)) {
      if (files.length === 0) continue; // a data folder (content/tables), not a part
      problems.push(
        new SourceError(
          shown(files[0]!),
          1,
          `the folder ${shown(dir)}/ holds chapters but is not a part: add ${shown(partFile)} with \`label:\` (its name in the sidebar) and \`order:\` (its place among the parts)`,
        ),
      );
      continue;
    }
    const meta = attempt(() => {
      const result = validateYaml(readFileSync(partFile, 'utf8'), partSchema);
      if (result.ok) return result.data;
      throw new SourceError(shown(partFile), result.problems[0]!.line, result.problems.map((p) => p.message).join('; '));
    });
    const chapters = files.flatMap((f) => attempt(() => readChapter(contentDir, f, shown(f))) ?? []);
    if (!meta) continue;
    if (files.length === 0) {
      problems.push(new SourceError(shown(partFile), 1, `the part "${meta.label}" has no chapter yet: add one with npm run new -- chapter "Title" --part ${folder}`));
    }
    parts.push({ folder, ...meta, file: shown(partFile), chapters: chapters.filter((c) => c.listed).map(({ listed: _, ...c }) => c).sort(byOrder) });
  }
  for (const file of readdirSync(contentDir)) {
    if (/\.mdx?$/.test(file) && !/^index\.mdx?$/.test(file) && !file.startsWith('_')) {
      problems.push(new SourceError(shown(join(contentDir, file)), 1, `a chapter belongs to a part: move it into one of ${parts.map((p) => `content/${p.folder}/`).join(', ')}`));
    }
  }
  parts.sort((a, b) => a.order - b.order);
  parts.forEach((p, i) => {
    const before = parts[i - 1];
    if (before && before.order === p.order) {
      problems.push(new SourceError(p.file, orderLine(join(root, p.file)), `${before.file} has order ${p.order} too: give each part its own place`));
    }
  });
  return { parts, problems };
}

/** The parts in reading order, for the build: the first problem stops it (`npm run check` lists them all). */
export function readNavigation(contentDir: string, options: { root?: string } = {}): NavPart[] {
  const { parts, problems } = scanNavigation(contentDir, options);
  if (problems.length) throw problems[0];
  return parts;
}

/** The line of `order:` in a part file, for the message that points at it. */
function orderLine(file: string): number {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => /^order\s*:/.test(l));
  return i < 0 ? 1 : i + 1;
}

/** One sidebar group per part that has chapters, each chapter by slug (Starlight marks the current one). */
export function sidebarGroups(parts: readonly NavPart[]): { label: string; items: { slug: string }[] }[] {
  return parts.filter((p) => p.chapters.length > 0).map((p) => ({ label: p.label, items: p.chapters.map((c) => ({ slug: c.slug })) }));
}
