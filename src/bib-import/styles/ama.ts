/**
 * AMA-like style (InfoMat, sun2025):
 *   `Winter M, Brodd RJ. Title. *Chem Rev.* 2004;104(10):4245-4269.`
 * Journal names have no internal full stops, so without italics the journal
 * is the last sentence before the year.
 */
import type { ParseResult, StyleParser } from '../types.ts';
import { readAmaAuthors } from '../authors.ts';
import { extractDoi } from '../doi.ts';
import { cleanText, collapseSpace, normalisePages } from '../text.ts';
import { NON_ARTICLE_HINT, readNonArticle, readPublisher, yearOrProblem } from './common.ts';

const TAIL = /\s*((?:1[89]|20)\d{2})\s*;\s*([^:(;]*?)\s*(?:\(([^)]*)\))?\s*(?::\s*([^;]+?))?\s*\.?\s*$/;

export const ama: StyleParser = {
  id: 'ama',
  looksLikeStart(text) {
    const a = readAmaAuthors(collapseSpace(text));
    return !!a && a.persons.length > 0;
  },
  isComplete(text) {
    return /(?:1[89]|20)\d{2}\s*;[^;]*\d[\w–-]*\.?\s*$/.test(text.trim());
  },
  parse(input): ParseResult {
    const problems: string[] = [];
    const d = extractDoi(collapseSpace(input));
    problems.push(...d.problems);
    const text = d.rest;
    const a = readAmaAuthors(text);
    if (!a) return { problems: [...problems, 'cannot read the author list'] };
    const rest = text.slice(a.end).trim();
    if (NON_ARTICLE_HINT.test(rest)) {
      const other = readNonArticle(input, a.persons, rest);
      if (other) return { ref: { ...other, etAl: a.etAl }, problems };
    }
    const tail = TAIL.exec(rest);
    const base = { authors: a.persons, etAl: a.etAl };
    if (!tail) {
      const other = readNonArticle(input, a.persons, rest);
      if (other) return { ref: { ...other, etAl: a.etAl }, problems };
      // `Title. Place: Publisher; Year.` (the place may be long, the publisher may hold colons).
      const placed = /^(.*?[.?!])\s+([^:;]+):\s*(.+?);\s*((?:1[89]|20)\d{2})\.?$/.exec(rest);
      if (placed) {
        const publisher = cleanText(placed[3]!.split(/:\s*/).at(-1)!);
        return { ref: { ...base, type: 'book', fields: { title: cleanText(placed[1]!).replace(/\.$/, ''), publisher, address: cleanText(placed[2]!), year: placed[4]! } }, problems, guessed: ['title', 'publisher'] };
      }
      const book = /^(.*?[.?!])\s+([^.]+?)[;,.]\s*((?:1[89]|20)\d{2})\.?$/.exec(rest);
      const pub = book ? readPublisher(book[2]!) : undefined;
      if (book && pub) {
        return { ref: { ...base, type: 'book', fields: { title: cleanText(book[1]!).replace(/\.$/, ''), ...pub, year: book[3]! } }, problems };
      }
      return { problems: [...problems, 'no "YEAR;VOLUME(ISSUE):PAGES" part'] };
    }
    const pre = rest.slice(0, tail.index).trim();
    const [, yearRaw, vol, issue, pages] = tail;
    // The journal is the last italic run, or else the last sentence.
    let cut = -1;
    for (const m of pre.matchAll(/[.?!]\s+(?=\*)/g)) cut = m.index + 1;
    const italic = cut >= 0;
    if (cut < 0) for (const m of pre.replace(/\.\s*$/, '').matchAll(/[.?!]\s+/g)) cut = m.index + 1;
    if (cut < 0) return { problems: [...problems, 'cannot tell the title from the journal'] };
    const title = cleanText(pre.slice(0, cut)).replace(/\.$/, '');
    const journal = cleanText(pre.slice(cut)).replace(/\.$/, '');
    const year = yearOrProblem(yearRaw, problems);
    if (!pages) problems.push('no pages');
    return {
      ref: {
        ...base,
        type: 'article',
        fields: {
          title, journal,
          ...(year ? { year } : {}),
          ...(vol ? { volume: cleanText(vol) } : {}),
          ...(issue ? { number: normalisePages(issue) } : {}),
          ...(pages ? { pages: normalisePages(pages) } : {}),
          ...(d.doi ? { doi: d.doi } : {}),
          ...(d.suspect ? { note: `DOI as printed (suspect): ${d.suspect}` } : {}),
        },
      },
      problems,
      ...(italic ? {} : { guessed: ['title', 'journal'] as ('title' | 'journal')[] }),
    };
  },
};
