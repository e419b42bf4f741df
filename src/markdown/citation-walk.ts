import type { Heading, Parent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import { lineIndex } from '../data/line-index.ts';
import { escapedAtSigns, findCitations, type CitationMatch } from './citation-syntax.ts';

declare module 'mdast' {
  interface TextData {
    /** Where generated text comes from (a data table's cell: its YAML file and line). */
    source?: { file: string; line: number; lines: Record<string, number> };
  }
}

/** One citation found in a chapter, with where it is and whether it may render there. */
export interface FoundCitation {
  match: CitationMatch;
  /** The text node it is in. */
  node: Text;
  parent: Parent;
  /** Where to point a message about one of its keys: in the processed file, or in `file` (a data table's YAML) when set. */
  place(key: string): Point;
  file?: string;
  /** The anchor of the section it is in (the h2/h3 above it); '' for the chapter's opening. */
  section: string;
  /** Why it cannot render where it is written (a heading, a link's text); undefined when it can. */
  refused?: string;
  /** The sentence that holds it, in its paragraph, list item, table cell or heading (search reads it). */
  sentence: string;
}

const PASSAGES = new Set(['paragraph', 'listItem', 'tableCell', 'heading']);

/**
 * The sentence of a passage that holds a citation: from the end of the sentence before it to the
 * end of its own (a sentence ends at . ! or ? before a capital or an opening bracket).
 */
export function citingSentence(passage: string, citation: string): string {
  const at = passage.indexOf(citation);
  if (at === -1) return passage;
  const ends = [...passage.matchAll(/[.!?](?=\s+[\p{Lu}(\[])/gu)].map((m) => m.index + 1);
  const start = Math.max(0, ...ends.filter((e) => e <= at));
  const end = Math.min(passage.length, ...ends.filter((e) => e >= at + citation.length));
  return passage.slice(start, end).trim();
}

/** Text that is not prose: code and math are literal, a link definition is a URL. */
const LITERAL = new Set(['inlineCode', 'code', 'definition', 'math', 'inlineMath']);
/** Where a citation cannot be a link of its own: inside another link. */
const IN_LINK = new Set(['link', 'linkReference']);

const IN_HEADING =
  'a citation in a heading: headings are also the section titles of the table of contents, of links and of "cite this section". Put the citation in the text under the heading.';
const IN_LINK_TEXT = "a citation inside a link's text cannot be a link of its own: move it after the link, e.g. [text](/page/) [@key].";

/**
 * Every citation of a Markdown tree, by the one set of rules the site has: Pandoc syntax in text
 * (citation-syntax.ts), not in code or math, not after `\@`, in components and tables too, and
 * each assigned to the section it is in (h2/h3 ids as remark-heading-anchors gave them). The
 * renderer (remark-citations) numbers what this finds, so the bibliography, the section tools,
 * the downloads, the backlinks and `npm run check` all count the same works.
 */
export function findCitationsIn(tree: Root, source: string): FoundCitation[] {
  rejoinKeyDirectives(tree);
  const locate = lineIndex(source);
  const found: FoundCitation[] = [];
  let section = '';
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'heading' && (node as Heading).depth <= 3) {
      const id = (node as Heading).data?.hProperties?.id;
      section = typeof id === 'string' ? id : '';
    }
    if (LITERAL.has(node.type)) return 'skip';
    if (node.type !== 'text') return;
    const text = node as Text;
    const start = text.position?.start.offset;
    const end = text.position?.end.offset;
    const generated = text.data?.source;
    // The source as written decides which @ were escaped; generated text has no source of its own.
    const raw = !generated && start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
    const matches = findCitations(text.value, escapedAtSigns(text.value, raw));
    if (matches.length === 0) return;
    const refused = ancestors.some((a) => a.type === 'heading') ? IN_HEADING : ancestors.some((a) => IN_LINK.has(a.type)) ? IN_LINK_TEXT : undefined;
    const passage = [...ancestors].reverse().find((a) => PASSAGES.has(a.type));
    const passageText = passage ? toString(passage) : '';
    for (const match of matches) {
      // Offsets inside raw differ from the decoded text only where escapes precede: close enough
      // to point at the right citation.
      const inRaw = raw?.indexOf(text.value.slice(match.start, match.end)) ?? -1;
      // A table's cell is named by its YAML line, each key at its own; column 0 prints none.
      const place = (key: string): Point =>
        generated ? { line: generated.lines[key] ?? generated.line, column: 0 } : start !== undefined ? locate(start + Math.max(inRaw, 0)) : { line: 1, column: 1 };
      found.push({
        match,
        node: text,
        parent: ancestors.at(-1) as Parent,
        place,
        ...(generated ? { file: generated.file } : {}),
        section,
        ...(refused ? { refused } : {}),
        sentence: passageText && citingSentence(passageText, text.value.slice(match.start, match.end)),
      });
    }
  });
  return found;
}

/**
 * Starlight parses `:name` as a text directive, so `@chen2021:66` arrives as the text
 * `@chen2021` and a directive named `66` (restored to text only after all plugins ran). Rejoin
 * such bare directives with the text around them so the key is whole again.
 */
function rejoinKeyDirectives(tree: Root): void {
  visitParents(tree, (node) => {
    const children = (node as Parent).children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const run: Text[] = [];
      let j = i;
      for (; j < children.length; j++) {
        const c = children[j] as unknown as { type: string; name?: string; attributes?: object; children?: unknown[] };
        if (c.type === 'text') run.push(c as unknown as Text);
        else if (c.type === 'textDirective' && !c.children?.length && !Object.keys(c.attributes ?? {}).length) {
          run.push({ type: 'text', value: `:${c.name}`, position: (c as unknown as Text).position } as Text);
        } else break;
      }
      if (run.length > 1 && run.some((t) => t.value.startsWith(':'))) {
        const merged: Text = { type: 'text', value: run.map((t) => t.value).join('') };
        const start = run[0]!.position?.start;
        const end = run.at(-1)!.position?.end;
        if (start && end) merged.position = { start, end };
        children.splice(i, j - i, merged as unknown as RootContent);
      }
    }
  });
}
