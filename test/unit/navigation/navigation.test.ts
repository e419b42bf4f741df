import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNavigation, scanNavigation, sidebarGroups } from '../../../src/navigation.ts';
import { chapterSlug, mdxFiles } from '../../../src/markdown/chapter-citations.ts';
import { projectPaths } from '../../../src/project.ts';

/** A content/ folder with these files (path → text), in a fresh temporary project. */
function content(files: Record<string, string>): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-nav-'));
  const dir = join(root, 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { root, dir };
}
const chapter = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: About ${title.toLowerCase()}.\n${extra}---\n\nText.\n`;
const part = (label: string, order: number) => `label: ${label}\norder: ${order}\n`;

describe('the reading order comes from content/', () => {
  test('parts in the order of their _part.yaml, chapters in the order of sidebar.order, then by slug', () => {
    const { root, dir } = content({
      'index.mdx': chapter('Home'),
      'b-later/_part.yaml': part('Later part', 2),
      'b-later/one.mdx': chapter('One', 'sidebar:\n  order: 1\n'),
      'a-first/_part.yaml': part('First part', 1),
      'a-first/zeta.mdx': chapter('Zeta', 'sidebar:\n  order: 1\n'),
      'a-first/alpha.mdx': chapter('Alpha', 'sidebar:\n  order: 2\n'),
      'a-first/unordered-b.mdx': chapter('Unordered B'),
      'a-first/unordered-a.mdx': chapter('Unordered A'),
      'a-first/hidden.mdx': chapter('Hidden', 'sidebar:\n  order: 0\n  hidden: true\n'),
      'a-first/draft.mdx': chapter('Draft', 'draft: true\n'),
      // A data folder: neither chapters nor a part.
      'tables/x.yaml': 'title: X\n',
    });
    const parts = readNavigation(dir, { root });
    expect(parts.map((p) => [p.folder, p.label, p.file])).toEqual([
      ['a-first', 'First part', 'content/a-first/_part.yaml'],
      ['b-later', 'Later part', 'content/b-later/_part.yaml'],
    ]);
    expect(parts[0]!.chapters.map((c) => c.slug)).toEqual(['a-first/zeta', 'a-first/alpha', 'a-first/unordered-a', 'a-first/unordered-b']);
    expect(parts[0]!.chapters[0]).toMatchObject({ title: 'Zeta', description: 'About zeta.', order: 1 });
    expect(sidebarGroups(parts)).toEqual([
      { label: 'First part', items: [{ slug: 'a-first/zeta' }, { slug: 'a-first/alpha' }, { slug: 'a-first/unordered-a' }, { slug: 'a-first/unordered-b' }] },
      { label: 'Later part', items: [{ slug: 'b-later/one' }] },
    ]);
  });

  test('a new chapter or part needs no configuration: it is in the next read', () => {
    const { root, dir } = content({ 'p/_part.yaml': part('P', 1), 'p/a.mdx': chapter('A', 'sidebar:\n  order: 1\n') });
    writeFileSync(join(dir, 'p/b.mdx'), chapter('B', 'sidebar:\n  order: 2\n'));
    mkdirSync(join(dir, 'q'));
    writeFileSync(join(dir, 'q/_part.yaml'), part('Q', 0));
    writeFileSync(join(dir, 'q/c.mdx'), chapter('C'));
    expect(sidebarGroups(readNavigation(dir, { root }))).toEqual([
      { label: 'Q', items: [{ slug: 'q/c' }] },
      { label: 'P', items: [{ slug: 'p/a' }, { slug: 'p/b' }] },
    ]);
  });

  test('every problem at its file and line, and the part left out of the sidebar', () => {
    const { root, dir } = content({
      'a/_part.yaml': part('A', 1),
      'a/ok.mdx': chapter('Ok'),
      'a/bad.mdx': '---\ndescription: no title\nsidebar:\n  order: first\n---\n\nText.\n',
      'b/_part.yaml': 'label: B\norder: 1\n',
      'b/x.mdx': chapter('X'),
      'c/_part.yaml': 'label: ""\norder: 3\ncolour: red\n',
      'c/y.mdx': chapter('Y'),
      'd/z.mdx': chapter('Z'),
      'e/_part.yaml': part('E', 5),
      'stray.mdx': chapter('Stray'),
    });
    const { parts, problems } = scanNavigation(dir, { root });
    expect(problems.map((p) => p.message)).toEqual([
      'content/a/bad.mdx:2: frontmatter `title`: Invalid input: expected string, received undefined; `sidebar.order`: Invalid input: expected number, received string',
      'content/c/_part.yaml:1: `label`: give the part a name, as the sidebar shows it: label: Foundations; Unrecognized key: "colour"',
      'content/d/z.mdx:1: the folder content/d/ holds chapters but is not a part: add content/d/_part.yaml with `label:` (its name in the sidebar) and `order:` (its place among the parts)',
      'content/e/_part.yaml:1: the part "E" has no chapter yet: add one with npm run new -- chapter "Title" --part e',
      'content/stray.mdx:1: a chapter belongs to a part: move it into one of content/a/, content/b/, content/e/',
      'content/b/_part.yaml:2: content/a/_part.yaml has order 1 too: give each part its own place',
    ]);
    expect(() => readNavigation(dir, { root })).toThrow(problems[0]!.message);
    // The readable chapters of good parts stay; an empty part has no sidebar group.
    expect(sidebarGroups(parts).map((g) => g.label)).toEqual(['A', 'B']);
    expect(parts[0]!.chapters.map((c) => c.slug)).toEqual(['a/ok']);
  });
});

describe("the project's own content", () => {
  test('every chapter is in exactly one sidebar group, and the home page in none', () => {
    const { content: dir, root } = projectPaths();
    const groups = sidebarGroups(readNavigation(dir, { root }));
    const listed = groups.flatMap((g) => g.items.map((i) => i.slug));
    const chapters = [...mdxFiles(dir)].map((f) => chapterSlug(dir, f)).filter((s) => s !== 'index');
    expect(listed.sort()).toEqual(chapters.sort());
    expect(groups.every((g) => g.items.length > 0 && g.label.length > 0)).toBe(true);
  });
});
