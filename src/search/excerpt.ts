import { edges, foldParts, markFolded, phrase, type Needles } from './match.ts';
import { termBlocks, type TermBlock } from './term-markers.ts';

/** A piece of an excerpt: page text, marked where it matches the search. */
export interface Run {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  runs: Run[];
  /**
   * Other names (from the indexed blocks) that the section's own text uses for a matched term:
   * the result page highlights them along with the query (`hydroxyapatite` → the page's `HAp`).
   */
  names: string[];
}

/** A page's words as Pagefind counts them: its `content` split on white space. */
export const pageWords = (content: string): string[] => content.split(/[\r\n\s]+/gu);

/** A page's words with the blocks of indexed names found once, for all its sections. */
export interface PageText {
  words: string[];
  blocks: TermBlock[];
}

export const pageText = (content: string): PageText => {
  const words = pageWords(content);
  return { words, blocks: termBlocks(words) };
};

export interface ExcerptRequest {
  /** The section: words [start, end) of the page; `skip` leading words (its heading) not shown. */
  start: number;
  end: number;
  skip?: number;
  /** Where Pagefind found the query, as word indices of the page. */
  locations: readonly number[];
  /** The query's folded terms (match.ts queryTerms). */
  terms: string[];
  /** Words in the excerpt. */
  length?: number;
}

/**
 * An excerpt of a section's own text — never the indexed names — centred on what matched, with
 * the matches marked: the query's terms in any spelling (CaCO3 marks CaCO₃), and, where the
 * section matched through a block of other names, the page's own name for that term.
 */
export function excerpt(page: PageText, { start, end, skip = 0, locations, terms, length = 24 }: ExcerptRequest): Excerpt {
  const inRange = (i: number) => i >= start && i < end;
  const blocks = page.blocks.filter((b) => b.end > start && b.start < end);
  const inBlock = (i: number) => blocks.some((b) => i >= b.start && i < b.end);
  const hitBlocks = blocks.filter((b) => locations.some((l) => l >= b.start && l < b.end));

  const reading: number[] = [];
  for (let i = start + skip; i < end; i++) if (!inBlock(i) && page.words[i]) reading.push(i);
  const folded = reading.map((i) => foldParts(page.words[i]!));

  const names = [...new Set(hitBlocks.flatMap((b) => b.names))];
  const byName = names.map((name) => ({ name, marks: markFolded(folded, { terms: [], phrases: [phrase(name)] }) }));
  const needles: Needles = { terms, phrases: [] };
  const marked = markFolded(folded, needles);
  for (const { marks } of byName) marks.forEach((m, k) => (marked[k] ||= m));
  // Pagefind's own hits in the page text count too (it may match a form this does not spell out).
  const hits = new Set(locations.filter(inRange));
  reading.forEach((i, k) => (marked[k] ||= hits.has(i)));

  const [from, to] = window(marked, length);
  const pieces: Run[] = [];
  for (let k = from; k < to; k++) {
    const word = page.words[reading[k]!]!;
    // The space between two marked words is marked too: one mark per marked phrase; a mark
    // covers the word, not the punctuation around it.
    const joined = k > from && marked[k - 1]! && marked[k]!;
    if (k > from) pieces.push({ text: ' ', mark: joined });
    if (!marked[k]) {
      pieces.push({ text: word, mark: false });
      continue;
    }
    const [lead, core, trail] = edges(word);
    const inPhrase = (j: number) => j >= from && j < to && marked[j]!;
    pieces.push({ text: lead, mark: inPhrase(k - 1) }, { text: core, mark: true }, { text: trail, mark: inPhrase(k + 1) });
  }
  if (pieces.length && from > 0) pieces.unshift({ text: '… ', mark: false });
  if (pieces.length && to < reading.length) pieces.push({ text: ' …', mark: false });
  return { runs: merge(pieces), names: byName.filter((n) => n.marks.some(Boolean)).map((n) => n.name) };
}

/**
 * The `length` words to show: around the densest cluster of marks, centred on it; the start if
 * nothing is marked.
 */
function window(marked: readonly boolean[], length: number): [number, number] {
  const n = marked.length;
  if (n <= length) return [0, n];
  const at = marked.flatMap((m, k) => (m ? [k] : []));
  if (!at.length) return [0, length];
  let best = { count: 0, first: at[0]!, last: at[0]! };
  for (const first of at) {
    const inside = at.filter((k) => k >= first && k < first + length);
    if (inside.length > best.count) best = { count: inside.length, first, last: inside.at(-1)! };
  }
  const centre = Math.floor((best.first + best.last) / 2);
  const from = Math.max(0, Math.min(n - length, centre - Math.floor(length / 2)));
  return [from, from + length];
}

/** Joins neighbouring pieces of the same kind. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out.at(-1);
    if (last && last.mark === r.mark) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** What Pagefind gives for a page that matched: its words, headings and where the query is. */
export interface PageData {
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
  weighted_locations: Array<{ location: number; balanced_score: number }>;
}

/**
 * A page's sections that matched — the text before its first heading, and each heading's up to
 * the next (Pagefind's sub-results) — best first: by the summed score of the hits in each.
 */
export interface Section { title: string; anchor: string; start: number; end: number; skip: number; locations: number[]; score: number }
export function matchedSections(d: PageData): Section[] {
  const words = pageWords(d.content).length;
  const heads = d.anchors.filter((a) => /^h\d$/iu.test(a.element) && a.text?.trim()).sort((a, b) => a.location - b.location);
  const bounds = [{ title: d.meta.title ?? '', anchor: '', location: 0, text: '' }, ...heads.map((a) => ({ title: a.text!, anchor: a.id, location: a.location, text: a.text! }))];
  const out: Section[] = [];
  bounds.forEach((b, i) => {
    const end = bounds[i + 1]?.location ?? words;
    if (end <= b.location) return;
    const hits = d.weighted_locations.filter((l) => l.location >= b.location && l.location < end);
    if (!hits.length) return;
    out.push({
      title: b.title, anchor: b.anchor, start: b.location, end,
      // Pagefind's words for a section start with its heading's, which the link already shows.
      skip: b.text ? b.text.split(/\s+/u).length : 0,
      locations: hits.map((l) => l.location),
      score: hits.reduce((sum, l) => sum + l.balanced_score, 0),
    });
  });
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

