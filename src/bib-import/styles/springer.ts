/**
 * Springer style (Electrochem. Energy Rev., pang2021):
 *   `Han, X.G., Gong, Y.H., et al.: Title. Nat. Mater. 16, 572–579 (2017). https://doi.org/…`
 * and Springer's author–year form (Nanoscale Res. Lett. and most Springer journals):
 *   `Han X, Gong Y, et al (2017) Title. Nat Mater 16(5):572–579`
 * Journal abbreviations contain full stops, so the title/journal boundary is
 * found by shape (see isJournalLike). Books: `Title. Wiley, New York (2001)`.
 */
import type { ParseResult, Person, StyleParser } from '../types.ts';
import { amaName, readSpringerAuthors } from '../authors.ts';
import { extractDoi } from '../doi.ts';
import { cleanText, collapseSpace, normalisePages, stripEmphasis } from '../text.ts';
import { article, NON_ARTICLE_HINT, PAGES, readNonArticle, readPublisher, splitTitleJournal, titleAndJournal, VOL, YEAR, yearOrProblem } from './common.ts';

const START = /^(?:(?:de|van|von|der|den|da|di|le|la|du|dos|del)\s+)*[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)*,\s(?:\p{Lu}\.\s?-?)+[,:]/u;
/** `VOL, PAGES (YEAR)`; PAGES may be `4414 4417` when a line break ate the dash. */
const TAIL = /^(.*\S)\s+(\d+),\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[–—-]\s*[A-Za-z]?\d+[A-Za-z]?|\s+\d+)?)\s*\(((?:1[89]|20)\d{2})\)\s*[.,]?\s*$/;
const TAIL_YEAR_ONLY = /^(.*\S)\s*\(((?:1[89]|20)\d{2})\)\s*[.,]?\s*$/;

/** Springer's author–year form: `Kim DH, Kumar V, et al (2007) Title. Electron Lett 43(2):127-8`. */
const AUTHOR_YEAR = new RegExp(String.raw`^(.+?),?\s*\((${YEAR})[a-z]?\)\s+(.*\S)\s+(${VOL})(?:\s?\(([^)]{1,12})\))?:\s?(${PAGES})\.?$`, 'u');

function authorYear(d: { rest: string; doi?: string; suspect?: string }, problems: string[]): ParseResult | undefined {
  const m = AUTHOR_YEAR.exec(d.rest);
  if (!m) return undefined;
  const [, list, year, pre, volume, issue, pages] = m as unknown as string[];
  const chunks = list!.split(/,\s*/);
  const etAl = /^et al\.?$/.test(chunks.at(-1)!);
  const persons = (etAl ? chunks.slice(0, -1) : chunks).map(amaName);
  if (!persons.length || persons.some((p) => !p)) return undefined;
  const guessed: NonNullable<ParseResult['guessed']> = [];
  const tj = titleAndJournal(pre!, false, guessed);
  if (!tj) return undefined;
  return article({ persons: persons as Person[], etAl }, { ...tj, year, volume, issue, pages }, d, problems, guessed);
}

export const springer: StyleParser = {
  id: 'springer',
  looksLikeStart(text) {
    const t = stripEmphasis(text.trim());
    return START.test(t) || /^[\p{Lu}][\p{L}'’-]+\s\p{Lu}{1,3},/u.test(t);
  },
  isComplete(text) {
    return /\((?:1[89]|20)\d{2}\)\s*[.,]?\s*(?:(?:https?:|doi).*)?$/i.test(text.trim());
  },
  parse(input): ParseResult {
    const problems: string[] = [];
    const d = extractDoi(collapseSpace(stripEmphasis(input)));
    problems.push(...d.problems);
    const colon = d.rest.indexOf(': ');
    if (colon < 0 || !START.test(d.rest)) return authorYear(d, problems) ?? { problems: [...problems, 'cannot read the author list ("Family, I.I., …:")'] };
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
