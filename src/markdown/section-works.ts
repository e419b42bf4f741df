import type { ChapterCitations, Section } from './chapter-citations.ts';

/**
 * The works a section cites, its subsections included (an h2's references are those of
 * everything under it, up to the next h2), in order of first citation.
 */
export function sectionWorks(chapter: ChapterCitations, anchor: string): string[] {
  const i = chapter.sections.findIndex((s) => s.anchor === anchor);
  if (i === -1) throw new Error(`${chapter.file}: no section #${anchor}`);
  const head = chapter.sections[i]!;
  const out = new Set(head.works);
  if (head.anchor !== '') {
    for (const s of chapter.sections.slice(i + 1)) {
      if (s.depth <= head.depth) break;
      for (const w of s.works) out.add(w);
    }
  }
  return [...out];
}

/** Every work a chapter cites, in order of first citation (the order of its bibliography). */
export const chapterWorks = (chapter: ChapterCitations): string[] => [...new Set(chapter.sections.flatMap((s) => s.works))];

/** The h2/h3 sections that have an anchor (the opening has none). */
export const anchoredSections = (chapter: ChapterCitations): Section[] => chapter.sections.filter((s) => s.anchor !== '');
