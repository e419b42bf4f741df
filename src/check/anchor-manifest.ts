import type { ChapterCitations } from '../markdown/chapter-citations.ts';

/**
 * Published section anchors (content/anchors.json): chapter slug → ids that have been
 * published. Links people share must keep working, so every id in it must still land on a
 * section: as a heading's id, or through an alias (frontmatter `anchorAliases`).
 */
export type AnchorManifest = Record<string, string[]>;

export interface ChapterAnchors {
  file: string;
  ids: Set<string>;
  /** alias → id */
  aliases: Map<string, string>;
}

export function currentAnchors(chapters: ChapterCitations[]): Map<string, ChapterAnchors> {
  return new Map(
    chapters.map((c) => {
      const sections = c.sections.filter((s) => s.anchor !== '');
      return [
        c.slug,
        {
          file: c.file,
          ids: new Set(sections.map((s) => s.anchor)),
          aliases: new Map(sections.flatMap((s) => s.aliases.map((a) => [a, s.anchor] as [string, string]))),
        },
      ];
    }),
  );
}

/** Line of `"anchor"` in the chapter's list of the manifest's text (for messages). */
function manifestLine(text: string, chapter: string, anchor: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(JSON.stringify(chapter)));
  const i = lines.findIndex((l, n) => n > start && l.includes(JSON.stringify(anchor)));
  return (i === -1 ? Math.max(start, 0) : i) + 1;
}

/** Every published anchor that no longer resolves, as messages naming the file, the anchor and the fix. */
export function missingAnchors(manifest: AnchorManifest, current: Map<string, ChapterAnchors>, manifestFile: string, manifestText: string): string[] {
  const problems: string[] = [];
  for (const [chapter, ids] of Object.entries(manifest)) {
    const now = current.get(chapter);
    for (const id of ids) {
      if (now && (now.ids.has(id) || now.aliases.has(id))) continue;
      const at = `${manifestFile}:${manifestLine(manifestText, chapter, id)}`;
      problems.push(
        now
          ? `${now.file}: published anchor #${id} no longer exists (listed at ${at}). Keep it landing on its section: pin the heading's id with \`anchors: { "<heading text>": ${id} }\` in the frontmatter, or add \`anchorAliases: { ${id}: <new-id> }\`. Current ids: ${[...now.ids].join(', ')}`
          : `${at}: chapter "${chapter}" with published anchor #${id} no longer exists. Restore the chapter, or move its sections into another chapter and keep a page at the old address.`,
      );
    }
  }
  return problems;
}

/** Anchors on the pages that the manifest does not list yet. */
export function unpublishedAnchors(manifest: AnchorManifest, current: Map<string, ChapterAnchors>): { chapter: string; id: string }[] {
  const out: { chapter: string; id: string }[] = [];
  for (const [chapter, a] of current) for (const id of a.ids) if (!manifest[chapter]?.includes(id)) out.push({ chapter, id });
  return out;
}

/** The manifest with the current anchors added (never removed: published stays published). */
export function updatedManifest(manifest: AnchorManifest, current: Map<string, ChapterAnchors>): AnchorManifest {
  const out: AnchorManifest = {};
  const chapters = new Set([...Object.keys(manifest), ...current.keys()]);
  for (const chapter of [...chapters].sort()) {
    const ids = new Set([...(manifest[chapter] ?? []), ...(current.get(chapter)?.ids ?? [])]);
    if (ids.size) out[chapter] = [...ids].sort();
  }
  return out;
}
