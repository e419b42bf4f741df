/**
 * Springer style (Electrochem. Energy Rev., pang2021):
 *   `Han, X.G., Gong, Y.H., et al.: Title. Nat. Mater. 16, 572–579 (2017). https://doi.org/…`
 * Journal abbreviations contain full stops, so the title/journal boundary is
 * found by shape (see isJournalLike). Books: `Title. Wiley, New York (2001)`.
 */
import type { ParseResult, StyleParser } from '../types.ts';
import { readSpringerAuthors } from '../authors.ts';
import { extractDoi } from '../doi.ts';
import { cleanText, collapseSpace, normalisePages, stripEmphasis } from '../text.ts';
import { NON_ARTICLE_HINT, readNonArticle, readPublisher, splitTitleJournal, yearOrProblem } from './common.ts';

const START = /^(?:(?:de|van|von|der|den|da|di|le|la|du|dos|del)\s+)*[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)*,\s(?:\p{Lu}\.\s?-?)+[,:]/u;
/** `VOL, PAGES (YEAR)`; PAGES may be `4414 4417` when a line break ate the dash. */
const TAIL = /^(.*\S)\s+(\d+),\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[–—-]\s*[A-Za-z]?\d+[A-Za-z]?|\s+\d+)?)\s*\(((?:1[89]|20)\d{2})\)\s*[.,]?\s*$/;
const TAIL_YEAR_ONLY = /^(.*\S)\s*\(((?:1[89]|20)\d{2})\)\s*[.,]?\s*$/;

export const springer: StyleParser = {
  id: 'springer',
  looksLikeStart(text) {
    return START.test(stripEmphasis(text.trim()));
  },
  isComplete(text) {
    return /\((?:1[89]|20)\d{2}\)\s*[.,]?\s*(?:(?:https?:|doi).*)?$/i.test(text.trim());
  },
  parse(input): ParseResult {
    const problems: string[] = [];
    const d = extractDoi(collapseSpace(stripEmphasis(input)));
    problems.push(...d.problems);
    const colon = d.rest.indexOf(': ');
    if (colon < 0 || !START.test(d.rest)) return { problems: [...problems, 'cannot read the author list ("Family, I.I., …:")'] };
    const au = readSpringerAuthors(d.rest.slice(0, colon));
    problems.push(...au.problems);
    const body = d.rest.slice(colon + 2).trim();
    const base = { authors: au.persons, etAl: au.etAl };
    const withDoi = (f: Record<string, string>) => ({
      ...f, ...(d.doi ? { doi: d.doi } : {}), ...(d.suspect ? { note: `DOI as printed (suspect, probably cut): ${d.suspect}` } : {}),
    });
    if (NON_ARTICLE_HINT.test(body)) {
      const other = readNonArticle(input, au.persons, body);
      if (other) return { ref: { ...other, etAl: au.etAl }, problems };
    }
    let m = TAIL.exec(body);
    let pre: string, vol: string | undefined, pages: string | undefined, yearRaw: string;
    if (m) {
      [, pre, vol, pages, yearRaw] = m as unknown as [string, string, string, string, string];
      if (/^\d+\s+\d+$/.test(pages)) {
        problems.push(`pages "${pages}" read as a range (the dash was lost at a line break)`);
        pages = pages.replace(/\s+/, '-');
      }
    } else if ((m = TAIL_YEAR_ONLY.exec(body))) {
      [, pre, yearRaw] = m as unknown as [string, string, string];
    } else {
      const other = readNonArticle(input, au.persons, body);
      if (other) return { ref: { ...other, etAl: au.etAl }, problems };
      return { problems: [...problems, 'no "(YEAR)" after the journal'] };
    }
    const year = yearOrProblem(yearRaw, problems);
    const split = splitTitleJournal(pre);
    if (!split) return { problems: [...problems, `cannot tell the title from the journal in "${cleanText(pre)}"`] };
    const title = cleanText(split.title);
    const pub = !vol && !pages ? readPublisher(split.journal) : undefined;
    if (pub) {
      return { ref: { ...base, type: 'book', fields: withDoi({ title, ...pub, ...(year ? { year } : {}) }) }, problems };
    }
    if (!vol && !pages) problems.push('no volume or pages');
    return {
      ref: {
        ...base,
        type: 'article',
        fields: withDoi({
          title,
          journal: cleanText(split.journal),
          ...(year ? { year } : {}),
          ...(vol ? { volume: vol } : {}),
          ...(pages ? { pages: normalisePages(pages) } : {}),
        }),
      },
      problems,
      // Where the title ends and the journal begins is found by shape (no markup shows it).
      guessed: ['title', 'journal'],
    };
  },
};
