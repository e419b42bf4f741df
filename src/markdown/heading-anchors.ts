import GithubSlugger from 'github-slugger';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

/**
 * Section anchors: one id per heading, decided in one place for the page (remark plugin) and for
 * everything that reads chapters from source (per-section works, the published-anchor check).
 *
 * - A heading's id is its GitHub slug, unless the chapter pins it in frontmatter:
 *   `anchors: { "Heading text": stable-id }`. Pinning lets a heading be reworded without
 *   breaking links (MDX forbids `{#id}` in headings, and frontmatter keeps headings clean).
 * - `anchorAliases: { old-id: new-id }` keeps an id that was published once landing on its
 *   section after it changed; the page renders each old id as an empty anchor in the heading,
 *   so it works without JavaScript.
 */

export interface HeadingInput {
  text: string;
  depth: number;
  line: number;
}

export interface AnchoredHeading extends HeadingInput {
  id: string;
  /** Old ids that land on this heading. */
  aliases: string[];
}

export interface AnchorOptions {
  /** The chapter's source (with frontmatter), to point messages at the right frontmatter line. */
  source: string;
  anchors?: Record<string, string>;
  anchorAliases?: Record<string, string>;
}

/** Ids a page has besides its headings: Starlight's `_top` and the bibliography's heading. */
export const RESERVED_IDS = ['_top', 'references'];
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A problem with the anchors, at its line in the chapter's file (a heading's, or the frontmatter key's). */
export interface AnchorProblem {
  line: number;
  message: string;
}

/** Every heading's id, and every problem of the frontmatter's `anchors` and `anchorAliases` (all of them, not the first). */
export function assignAnchors(headings: HeadingInput[], options: AnchorOptions): { headings: AnchoredHeading[]; problems: AnchorProblem[] } {
  const { anchors = {}, anchorAliases = {} } = options;
  const lineOf = frontmatterKeyLines(options.source);
  const errors: AnchorProblem[] = [];
  const fail = (key: string, section: 'anchors' | 'anchorAliases', message: string) => errors.push({ line: lineOf(section, key), message });

  const pinned = new Map<string, string>();
  for (const [text, id] of Object.entries(anchors)) {
    if (!ID.test(id)) fail(text, 'anchors', `anchor id "${id}" for "${text}" must be lower-case words joined by hyphens (e.g. sample-preparation)`);
    else if (RESERVED_IDS.includes(id)) fail(text, 'anchors', `anchor id "${id}" is used by the page itself; choose another`);
    else if ([...pinned.values()].includes(id)) fail(text, 'anchors', `anchor id "${id}" is pinned to two headings; each heading needs its own id`);
    if (!headings.some((h) => h.text === text)) {
      const list = headings.filter((h) => h.depth <= 3).map((h) => `"${h.text}"`).join(', ');
      fail(text, 'anchors', `\`anchors\` names the heading "${text}", which is not in this chapter. Use a heading's exact text (after rewording a heading, update its key here). Headings: ${list}`);
    }
    pinned.set(text, id);
  }

  // Pinned ids are taken first, so a generated slug never collides with one.
  const slugger = new GithubSlugger();
  for (const id of [...RESERVED_IDS, ...pinned.values()]) slugger.slug(id);
  const out: AnchoredHeading[] = [];
  const seen = new Set<string>();
  for (const h of headings) {
    const id = pinned.get(h.text) ?? slugger.slug(h.text);
    if (pinned.has(h.text) && seen.has(id)) {
      errors.push({ line: h.line, message: `two headings read "${h.text}", so \`anchors\` cannot tell them apart; reword one of them` });
    }
    seen.add(id);
    out.push({ ...h, id, aliases: [] });
  }

  for (const [old, target] of Object.entries(anchorAliases)) {
    const heading = out.find((h) => h.id === target);
    if (!ID.test(old)) fail(old, 'anchorAliases', `alias "${old}" is not an anchor id (lower-case words joined by hyphens)`);
    if (seen.has(old) || RESERVED_IDS.includes(old)) fail(old, 'anchorAliases', `alias "${old}" is already the id of a heading on this page; remove the alias`);
    else if (!heading) fail(old, 'anchorAliases', `alias "${old}" points to "${target}", which is no heading's id on this page. Ids: ${out.map((h) => h.id).join(', ')}`);
    else heading.aliases.push(old);
  }

  return { headings: out, problems: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Line of `section.key` in the file's YAML frontmatter (1-based, counted in the whole file), or
 * of `section` itself, or 1: messages should point at the line a contributor has to edit.
 */
function frontmatterKeyLines(source: string): (section: string, key: string) => number {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!m) return () => 1;
  const counter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: counter });
  return (section, key) => {
    const map = doc.get(section, true);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return counter.linePos(pair.key.range[0]).line + 1;
      }
    }
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === section) : undefined;
    return isScalar(pair?.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line + 1 : 1;
  };
}
