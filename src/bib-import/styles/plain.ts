/**
 * Styles read by one rule each: an author list (initials first or family name first), then a
 * tail pattern that places title, journal, year, volume, issue and pages. Examples:
 *   nature    `Han, X. et al. Title. Nat. Mater. 16, 572–579 (2017).`
 *   cell      `Han, X., Gong, Y., and Hu, L. (2017). Title. Nat. Mater. 16, 572–579. https://doi.org/…`
 *             (and Elsevier's author–year form `Han, X., Hu, L., 2017. Title. Nat. Mater. 16, 572–579.`)
 *   elsevier  `[1] X. Han, Y. Gong, Title, Nat. Mater. 16 (2017) 572–579, https://doi.org/…`
 *   rsc       `1 X. Han, Y. Gong and L. Hu, Nat. Mater., 2017, 16, 572–579.`
 *   wiley     `[1] X. Han, Y. Gong, L. Hu, Nat. Mater. 2017, 16, 572.` (without emphasis marks)
 *   ieee      `[1] X. Han et al., "Title," Nat. Mater., vol. 16, no. 5, pp. 572–579, May 2017.`
 *   aps       `[1] X. Han, Y. Gong, and L. Hu, Title, Nat. Mater. 16, 572 (2017).` (title optional;
 *             Science and ECS lists print the same locator)
 */
import type { ParseResult, Person, StyleId, StyleParser } from '../types.ts';
import { readNames } from '../names.ts';
import { extractDoi } from '../doi.ts';
import { cleanText, collapseSpace, stripEmphasis } from '../text.ts';
import { article, NON_ARTICLE_HINT, PAGES, readNonArticle, titleAndJournal, VOL, YEAR } from './common.ts';

interface Rule {
  id: StyleId;
  initialsFirst: boolean;
  /** Tails tried in turn on what follows the author list; named groups pre|title+journal, year, volume, issue, pages. */
  tails: RegExp[];
  /** The title ends with a comma (Elsevier, APS) rather than a full stop. */
  comma: boolean;
  /** Does a line end a whole reference (so a following bulleted line starts a new one)? */
  complete: RegExp;
  /** A book in this style: groups title, publisher, address, year. */
  book?: RegExp;
}

const t = (s: string) => new RegExp(s.replace(/YEAR/g, YEAR).replace(/VOL/g, VOL).replace(/PAGES/g, PAGES), 'u');
const ISSUE = String.raw`(?:\s*\((?<issue>[^)]{1,12})\))?`;

/** A book, thesis, patent, chapter or web page, when the text is one. */
function nonArticle(input: string, names: { persons: Person[]; etAl: boolean }, rest: string, problems: string[]): ParseResult | undefined {
  const other = readNonArticle(input, names.persons, rest);
  if (!other) return undefined;
  if (!other.fields.year) problems.push('no year');
  return { ref: { ...other, etAl: names.etAl }, problems, guessed: ['title'] };
}

function plainStyle(rule: Rule): StyleParser {
  return {
    id: rule.id,
    looksLikeStart(text) {
      const n = readNames(collapseSpace(stripEmphasis(text)), rule.initialsFirst);
      return !!n && n.persons.length > 0;
    },
    isComplete(text) {
      return rule.complete.test(text.trim());
    },
    parse(input): ParseResult {
      const d = extractDoi(collapseSpace(stripEmphasis(input)));
      const problems = [...d.problems];
      const names = readNames(d.rest, rule.initialsFirst);
      if (!names) return { problems: [...problems, `cannot read the author list (${rule.initialsFirst ? '"I. Family, …"' : '"Family, I., …"'})`] };
      const rest = d.rest.slice(names.end).replace(/^\s*[,.:;]?\s*/, '').replace(/[\s,.;]+$/, '');
      const authors = { persons: names.persons, etAl: names.etAl };
      const other = NON_ARTICLE_HINT.test(rest) ? nonArticle(input, names, rest, problems) : undefined;
      if (other) return other;
      const book = rule.book?.exec(rest)?.groups;
      if (book) {
        const fields = { title: cleanText(book.title!), publisher: cleanText(book.publisher!), ...(book.address ? { address: cleanText(book.address) } : {}), year: book.year! };
        return { ref: { type: 'book', authors: names.persons, etAl: names.etAl, fields }, problems, guessed: ['title', 'publisher'] };
      }
      for (const tail of rule.tails) {
        const m = tail.exec(rest);
        if (!m?.groups) continue;
        const g = m.groups;
        const guessed: NonNullable<ParseResult['guessed']> = [];
        const tj = g.journal ? { journal: g.journal, ...(g.title ? { title: g.title } : {}) } : titleAndJournal(g.pre ?? '', rule.comma, guessed);
        if (!tj) return { problems: [...problems, `cannot tell the title from the journal in "${cleanText(g.pre ?? '')}"`] };
        return article(authors, { ...tj, year: g.year, volume: g.volume, issue: g.issue, pages: g.pages }, d, problems, guessed);
      }
      return nonArticle(input, names, rest, problems) ?? { problems: [...problems, `no ${rule.id} locator (journal, volume, pages, year) after the authors`] };
    },
  };
}

export const nature = plainStyle({
  id: 'nature',
  initialsFirst: false,
  tails: [t(String.raw`^(?<pre>.*\S)\s+(?<volume>VOL),\s*(?<pages>PAGES)\s*\((?<year>YEAR)\)$`)],
  comma: false,
  complete: /\((?:1[89]|20)\d{2}\)\.?\s*$/,
});

export const cell = plainStyle({
  id: 'cell',
  initialsFirst: false,
  tails: [
    t(String.raw`^\(?(?<year>YEAR)[a-z]?\)?\.\s*(?<pre>.*\S)\s+(?<volume>VOL)${ISSUE},\s*(?<pages>PAGES)$`),
    t(String.raw`^\(?(?<year>YEAR)[a-z]?\)?\.\s*(?<pre>.*\S)\s+(?<volume>VOL)${ISSUE}$`),
  ],
  comma: false,
  complete: /\d\.?\s*(?:https?:\S+)?$/,
});

export const elsevier = plainStyle({
  id: 'elsevier',
  initialsFirst: true,
  tails: [t(String.raw`^(?<pre>.*?),?\s+(?<volume>VOL)${ISSUE}\s*\((?<year>YEAR)\),?\s*(?<pages>PAGES)?$`)],
  comma: true,
  complete: /\((?:1[89]|20)\d{2}\)\s*[\w–-]*[.,]?\s*(?:https?:\S+|doi:?\s*\S+)?$/i,
});

export const rsc = plainStyle({
  id: 'rsc',
  initialsFirst: true,
  tails: [t(String.raw`^(?<pre>.*?),\s*(?<year>YEAR),\s*(?<volume>VOL)${ISSUE},\s*(?<pages>PAGES)$`)],
  comma: true,
  complete: /(?:1[89]|20)\d{2},\s*\S+,\s*\S+\.?\s*$/,
});

export const wileyPlain = plainStyle({
  id: 'wiley',
  initialsFirst: true,
  tails: [
    // No comma before the year: that is RSC's `Journal, 2017, 16, 572`.
    t(String.raw`^(?<pre>.*[^,\s])\s+(?<year>YEAR),\s*(?<volume>VOL)${ISSUE},\s*(?<pages>PAGES)$`),
    t(String.raw`^(?<pre>.*[^,\s])\s+(?<year>YEAR),\s*(?<volume>VOL)$`),
  ],
  comma: true,
  complete: /(?:1[89]|20)\d{2},\s*\S+(?:,\s*\S+)?\.?\s*$/,
});

/**
 * IEEE: the title is quoted, then comma-separated parts in any order: the journal or `in Proc. …`,
 * `vol. 12`, `no. 9` / `nos. 1-2`, `pp. 815–820` / `Art. no. 08JE03`, a date ending in the year, a DOI.
 */
export const ieee: StyleParser = {
  id: 'ieee',
  looksLikeStart(text) {
    const n = readNames(collapseSpace(stripEmphasis(text)), true);
    return !!n && n.persons.length > 0;
  },
  isComplete(text) {
    return /(?:1[89]|20)\d{2}\.?\s*(?:,?\s*doi:?\s*\S+)?$/i.test(text.trim());
  },
  parse(input): ParseResult {
    const d = extractDoi(collapseSpace(stripEmphasis(input)));
    const problems = [...d.problems];
    const names = readNames(d.rest, true);
    if (!names) return { problems: [...problems, 'cannot read the author list ("I. Family, …, and I. Family,")'] };
    const rest = d.rest.slice(names.end).replace(/^\s*,?\s*/, '');
    const q = /^[“"](.+?)[,.]?\s*[”"],?\s*(.*)$/.exec(rest);
    if (!q) return nonArticle(input, names, rest, problems) ?? { problems: [...problems, 'no quoted title'] };
    const parts = q[2]!.replace(/[.,]\s*$/, '').split(/,\s+/);
    let volume: string | undefined, issue: string | undefined, pages: string | undefined, year: string | undefined;
    const journal: string[] = [];
    for (const part of parts) {
      let m: RegExpExecArray | null;
      if ((m = /^vol\.\s*(\S+)$/.exec(part))) volume = m[1];
      else if ((m = /^nos?\.\s*(.+)$/.exec(part))) issue = m[1];
      else if ((m = /^(?:pp?\.|Art\.\s*no\.)\s*(.+)$/.exec(part))) pages = m[1];
      else if ((m = new RegExp(`^(?:[A-Z][a-z]{2,8}\\.?(?:[–/-][A-Z][a-z]{2,8}\\.?)?\\s+(?:\\d{1,2}(?:[–-]\\d{1,2})?,?\\s+)?)?(${YEAR})$`).exec(part))) year = m[1];
      else if (!volume && !pages && !year) journal.push(part.replace(/^in\s+/, ''));
    }
    if (!journal.length) return { problems: [...problems, 'no journal or proceedings after the title'] };
    return article(names, { title: q[1]!, journal: journal.join(', '), year, volume, issue, pages }, d, problems);
  },
};

export const aps = plainStyle({
  id: 'aps',
  initialsFirst: true,
  tails: [t(String.raw`^(?<pre>.*?),?\s+(?<volume>VOL),\s*(?<pages>PAGES)\s*\((?<year>YEAR)\)$`)],
  // `Title, 2nd ed. (Wiley, Chichester, UK 2010)`
  book: t(String.raw`^(?<title>.+?),\s*(?:\d+\w*\s+ed\.\s*)?\((?<publisher>[^,()]+),\s*(?<address>[^()]*?),?\s*(?<year>YEAR)\)(?:,\s*Vol\.\s*\d+)?$`),
  comma: true,
  complete: /\((?:1[89]|20)\d{2}\)\.?\s*$/,
});
