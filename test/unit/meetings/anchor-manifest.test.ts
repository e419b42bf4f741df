import { describe, expect, test } from 'vitest';
import { currentAnchors, missingAnchors, unpublishedAnchors, updatedManifest } from '../../../src/check/anchor-manifest.ts';
import { sectionWorks, chapterWorks } from '../../../src/markdown/section-works.ts';
import type { ChapterCitations, Section } from '../../../src/markdown/chapter-citations.ts';

const section = (anchor: string, depth: number, works: string[], aliases: string[] = []): Section => ({ chapter: 'part/ch', chapterTitle: 'Ch', heading: anchor, anchor, depth, line: 1, aliases, works, passages: {} });
const chapter = (sections: Section[]): ChapterCitations => ({ slug: 'part/ch', title: 'Ch', file: 'content/part/ch.mdx', frontmatter: {}, sections: [section('', 1, ['intro']), ...sections], anchors: [] });

const manifestText = `{\n  "part/ch": [\n    "contact",\n    "pressure"\n  ],\n  "part/gone": [\n    "x"\n  ]\n}\n`;
const manifest = JSON.parse(manifestText) as Record<string, string[]>;

describe('published anchors', () => {
  test('anchors that still exist, directly or through an alias, pass', () => {
    const now = currentAnchors([chapter([section('contact', 2, []), section('stack-pressure', 2, [], ['pressure'])])]);
    expect(missingAnchors({ 'part/ch': manifest['part/ch']! }, now, 'content/anchors.json', manifestText)).toEqual([]);
  });

  test('a removed anchor fails with the chapter file, the anchor, its manifest line and the fix', () => {
    const now = currentAnchors([chapter([section('contact', 2, []), section('stack-pressure', 2, [])])]);
    const problems = missingAnchors(manifest, now, 'content/anchors.json', manifestText);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/part\/ch\.mdx: published anchor #pressure no longer exists \(listed at content\/anchors\.json:4\)\. .*anchorAliases: \{ pressure: <new-id> \}/);
    expect(problems[1]).toMatch(/^content\/anchors\.json:7: chapter "part\/gone" with published anchor #x no longer exists/);
  });

  test('updating adds new anchors and never drops published ones', () => {
    const now = currentAnchors([chapter([section('contact', 2, []), section('new-one', 3, [])])]);
    expect(unpublishedAnchors(manifest, now)).toEqual([{ chapter: 'part/ch', id: 'new-one' }]);
    expect(updatedManifest(manifest, now)).toEqual({ 'part/ch': ['contact', 'new-one', 'pressure'], 'part/gone': ['x'] });
  });
});

describe('works of a section', () => {
  const c = chapter([section('a', 2, ['w1', 'w2']), section('a-sub', 3, ['w3', 'w1']), section('b', 2, ['w4'])]);
  test('an h2 includes its subsections, an h3 only itself', () => {
    expect(sectionWorks(c, 'a')).toEqual(['w1', 'w2', 'w3']);
    expect(sectionWorks(c, 'a-sub')).toEqual(['w3', 'w1']);
    expect(sectionWorks(c, 'b')).toEqual(['w4']);
  });
  test('the chapter’s works in order of first citation', () => {
    expect(chapterWorks(c)).toEqual(['intro', 'w1', 'w2', 'w3', 'w4']);
  });
  test('an unknown anchor is an error naming the file', () => {
    expect(() => sectionWorks(c, 'zzz')).toThrow('content/part/ch.mdx: no section #zzz');
  });
});
