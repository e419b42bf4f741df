/**
 * Pieces the style parsers share: telling a title from a journal name when no
 * italics mark the journal, recognising books and web documents, and building
 * the reference from the tail (volume, issue, pages).
 */
import type { Fields, ParsedReference, ParseResult, Person } from '../types.ts';
import { extractDoi } from '../doi.ts';
import { cleanText, collapseSpace, normalisePages, plausibleYear } from '../text.ts';

const CONNECTORS = new Set(['of', 'and', '&', 'the', 'de', 'und', 'für', 'et', 'npj', 'e']);

/**
 * Is `s` a journal name as abbreviated in these lists (`Nat. Mater.`,
 * `J. Phys.: Condens. Matter`, `Nucl. Instrum. Methods Phys. Res., Sect B`)?
 * Journal words are capitalised; sentence-case titles always contain
 * lowercase words, which is what separates the two.
 */
export function isJournalLike(s: string): boolean {
  const words = cleanText(s).replace(/\.$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  return words.every(
    (w) =>
      CONNECTORS.has(w.toLowerCase().replace(/[,:]$/, '')) ||
      /^\(?(?:\p{Ll}(?=\p{Lu}))?[\p{Lu}][\p{L}'’.-]*\.?\)?[,:]?$/u.test(w), // `iScience`, `eTransportation` too
  );
}

/**
 * Split `Title. Journal` at the earliest sentence boundary after which the
 * rest is journal-like. Returns undefined when no boundary qualifies.
 */
export function splitTitleJournal(pre: string): { title: string; journal: string } | undefined {
  const text = pre.trim();
  const re = /[.?!]\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const cut = m.index + m[0].length;
    const suffix = text.slice(cut);
    if (suffix && isJournalLike(suffix)) {
      const title = text.slice(0, m.index + 1).replace(/\.$/, '').trim();
      // Keep a final full stop: in these styles it ends an abbreviation (`Mater.`).
      return { title, journal: suffix.replace(/,\s*$/, '').trim() };
    }
  }
  return undefined;
}

/** Words that mark a thesis, patent or chapter: try readNonArticle before the article rules. */
export const NON_ARTICLE_HINT = /\b(?:thesis|dissertation|patent)\b|\(eds?\.?\)/i;

const PUBLISHER = /\b(Wiley|Springer|Elsevier|Press|Publish\w*|Academic|CRC|Verlag|Pergamon|Dekker|Routledge|Taylor|Kluwer|VCH|Royal Society|IOP|Corporation|Inc|Ltd|GmbH)\b/;

/** `Wiley, New York` → publisher and place, when it names a publisher. */
export function readPublisher(s: string): { publisher: string; address?: string } | undefined {
  const t = cleanText(s).replace(/\.$/, '');
  if (!PUBLISHER.test(t)) return undefined;
  const [publisher, ...place] = t.split(/,\s*/);
  return { publisher: publisher!, ...(place.length ? { address: place.join(', ') } : {}) };
}

/**
 * Non-article forms that look alike in every style. Returns a reference or
 * undefined. Covered: theses, patents, chapters in edited books (`In: …`),
 * web documents with a URL (`<https://…> (accessed: …)`, `…pdf.`).
 */
export function readNonArticle(text: string, authors: Person[], body: string): ParsedReference | undefined {
  const t = cleanText(body);
  const year = /\b((?:1[89]|20)\d{2})\b(?!.*\b(?:1[89]|20)\d{2}\b)/.exec(t.replace(/\(accessed[^)]*\)/i, ''))?.[1];
  const base = { authors, etAl: false };
  const url = /<?((?:https?:\/\/|www\.)[^\s>]+?)>?\.?(?:\s|$)/.exec(t)?.[1];
  const thesis = /\b(Ph\.?\s?D\.?|Doctoral|Master'?s?)?\s*(?:thesis|dissertation)\b[,.]?\s*([^,.(]+)?/i.exec(t);
  if (thesis) {
    const master = /master/i.test(thesis[1] ?? '');
    const title = t.slice(0, thesis.index).replace(/[.,]\s*$/, '').trim();
    return {
      ...base,
      type: master ? 'mastersthesis' : 'phdthesis',
      fields: { title, ...(thesis[2] ? { school: thesis[2].trim() } : {}), ...(year ? { year } : {}) },
    };
  }
  const patent =
    /\b(US|EP|WO|CN|JP|KR|DE)?\s*Patent\s*(?:No\.?\s*)?([A-Z]{0,2}\s?\d[\d,/]{4,}\s?[A-Z]?\d?)/i.exec(t) ??
    /\b()((?:US|EP|WO|CN|JP|KR|DE)\s?\d{6,}\s?[A-Z]?\d?)\b/.exec(t);
  if (patent) {
    const title = t.slice(0, patent.index).replace(/[.,:]\s*$/, '').trim();
    const number = `${patent[1] ?? ''}${patent[2]!}`.replace(/\s+/g, '');
    return { ...base, type: 'patent', fields: { title, number, ...(year ? { year } : {}) } };
  }
  const chapter = /^(.*?)[.,]\s*[Ii]n:?\s+(.*?)\s*\(eds?\.?\)\s*[,:]?\s*(.*)$/.exec(t);
  if (chapter) {
    const [, title, editors, restRaw] = chapter;
    const rest = restRaw ?? '';
    const pages = /pp?\.\s*([\d–-]+)/.exec(rest)?.[1];
    const bt = rest.split(/,\s*pp?\./)[0]!.replace(/[.,]\s*$/, '');
    const pub = readPublisher(rest.replace(/.*pp?\.\s*[\d–-]+[.,]?\s*/, '').replace(/\(?\d{4}\)?\.?$/, ''));
    return {
      ...base,
      type: 'incollection',
      fields: {
        title: title!, booktitle: bt, ...(pub ?? {}), ...(pages ? { pages: normalisePages(pages) } : {}),
        ...(year ? { year } : {}), note: `Editors as printed: ${editors}`,
      },
    };
  }
  if (url) {
    const title = t
      .replace(/<[^>]*>/g, '')
      .replace(/\(accessed[^)]*\)/i, '')
      .replace(url, '')
      .replace(/[.,\s]+$/, '')
      .replace(/[.,]\s*(?:1[89]|20)\d{2}$/, '') // `Title. 2021. www…`: the year is not title
      .replace(/[.,\s]+$/, '')
      .trim();
    const accessed = /\(accessed:?\s*([^)]*)\)/i.exec(t)?.[1];
    const fields: Fields = {
      title,
      url: /^www\./.test(url) ? `https://${url}` : url,
      ...(year && !accessed?.includes(year) ? { year } : {}),
      ...(accessed ? { note: `Accessed ${accessed.trim()}` } : {}),
    };
    return { ...base, type: 'misc', fields };
  }
  return undefined;
}

/** Volume/issue/pages after the year (Wiley, ACS): `*5*, 753–785` / `*7*, DOI…` / `1399–1404`. */
export function readVolPages(after: string, problems: string[]): Pick<Fields, 'volume' | 'pages'> {
  const parts = after.split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const italic = (p: string) => /^\*[^*]+\*$/.test(p);
  const strip = (p: string) => cleanText(p).replace(/\.$/, '');
  if (parts.length >= 2) {
    if (parts.length > 2) problems.push(`unexpected extra parts after the year: "${parts.slice(2).join(', ')}"`);
    // A double volume (`40–41`) is a range like pages.
    return { volume: normalisePages(strip(parts[0]!)), pages: normalisePages(strip(parts[1]!)) };
  }
  if (parts.length === 1) {
    const p = parts[0]!;
    if (italic(p) || !/[–-]/.test(p) && /^\*?\d+\*?\.?$/.test(p) && !/\d{5,}/.test(p)) {
      problems.push('no pages');
      return { volume: strip(p) };
    }
    problems.push('no volume');
    return { pages: normalisePages(strip(p)) };
  }
  problems.push('no volume or pages');
  return {};
}

export function yearOrProblem(y: string | undefined, problems: string[]): string | undefined {
  const ok = plausibleYear(y);
  if (!ok) problems.push(y ? `implausible year "${y}"` : 'no year');
  return ok;
}

/**
 * The first steps of reading a Wiley- or ACS-style entry: the DOI is taken out (repaired), and a
 * bold year split by extraction (`**201**7`) is rejoined, with a note of the repair.
 */
export function prepareBoldYearEntry(input: string): { text: string; doi?: string; problems: string[] } {
  const d = extractDoi(collapseSpace(input));
  const problems = [...d.problems];
  let text = d.rest;
  const garbled = /\*\*(\d{3})\*\*(\d)/.exec(text);
  if (garbled) {
    problems.push(`year printed as "**${garbled[1]}**${garbled[2]}", read as ${garbled[1]}${garbled[2]}`);
    text = text.replace(garbled[0], `**${garbled[1]}${garbled[2]}**`);
  }
  return { text, problems, ...(d.doi ? { doi: d.doi } : {}) };
}

/** Patterns of the locator part, shared by the styles. */
export const YEAR = String.raw`(?:1[89]|20)\d{2}`;
export const VOL = String.raw`[A-Za-z]?\d+[A-Za-z]?(?:\s?[–-]\s?\d+)?`;
// A range whose dash a line break turned into a space (`572 579`) is repaired by repairPages.
export const PAGES = String.raw`[A-Za-z]{0,4}\d+(?:[A-Za-z]{1,2}\d+)?[A-Za-z]?(?:\s*[–—-]\s*[A-Za-z]{0,4}\d+[A-Za-z]?|\s\d+(?=\s*\())?`;

/**
 * Split `Title, Journal` (Elsevier, APS, IEEE-less styles that separate with a comma) at the
 * earliest comma after which the rest is a journal name.
 */
export function splitTitleJournalComma(pre: string): { title: string; journal: string } | undefined {
  const text = pre.trim();
  const re = /,\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const suffix = text.slice(m.index + m[0].length);
    if (suffix && isJournalLike(suffix)) return { title: text.slice(0, m.index).trim(), journal: suffix.trim() };
  }
  return undefined;
}

export interface ArticleParts {
  title?: string;
  journal: string;
  year?: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

/**
 * A journal article from its parts: text cleaned, pages normalised, the DOI added; `guessed`
 * names the fields placed by shape. The part before the locator is `Title. Journal` or just the
 * journal: `splitTitle` says how to tell them apart (undefined: the style prints no titles).
 */
export function article(
  authors: { persons: Person[]; etAl: boolean },
  parts: ArticleParts,
  doi: { doi?: string; suspect?: string },
  problems: string[],
  guessed: ParseResult['guessed'] = [],
): ParseResult {
  const year = yearOrProblem(parts.year, problems);
  const pages = parts.pages ? repairPages(parts.pages, problems, guessed) : undefined;
  if (!pages) problems.push('no pages');
  return {
    ref: {
      type: 'article',
      authors: authors.persons,
      etAl: authors.etAl,
      fields: {
        ...(parts.title ? { title: cleanText(parts.title).replace(/[.,]$/, '') } : {}),
        journal: cleanText(parts.journal).replace(/,$/, ''),
        ...(year ? { year } : {}),
        ...(parts.volume ? { volume: cleanText(parts.volume) } : {}),
        ...(parts.issue ? { number: normalisePages(parts.issue) } : {}),
        ...(pages ? { pages } : {}),
        ...(doi.doi ? { doi: doi.doi } : {}),
        ...(doi.suspect ? { note: `DOI as printed (suspect, probably cut): ${doi.suspect}` } : {}),
      },
    },
    problems,
    guessed,
  };
}

/**
 * Pages as printed, with two repairs of PDF extraction, each noted: a range whose dash became a
 * space (`4414 4417`) and one whose dash vanished (`17551769`: two halves of four or more digits,
 * the second a little after the first).
 */
export function repairPages(p: string, problems: string[], guessed: NonNullable<ParseResult['guessed']>): string {
  const t = cleanText(p).replace(/\.$/, '');
  const spaced = /^(\d+)\s+(\d+)$/.exec(t);
  if (spaced) {
    problems.push(`pages "${t}" read as a range (the dash was lost at a line break)`);
    guessed.push('pages');
    return `${spaced[1]}--${spaced[2]}`;
  }
  const joined = /^\d{8,}$/.test(t) && t.length % 2 === 0 ? [t.slice(0, t.length / 2), t.slice(t.length / 2)] : undefined;
  if (joined && joined[0]!.slice(0, 2) === joined[1]!.slice(0, 2) && Number(joined[1]) > Number(joined[0]) && Number(joined[1]) - Number(joined[0]) < 500) {
    problems.push(`pages "${t}" read as ${joined[0]}–${joined[1]} (the dash was lost)`);
    guessed.push('pages');
    return `${joined[0]}--${joined[1]}`;
  }
  return normalisePages(t);
}

/** Title and journal from `Title. Journal` (or a bare journal), noting that the split is by shape. */
export function titleAndJournal(pre: string, comma: boolean, guessed: NonNullable<ParseResult['guessed']>): { title?: string; journal: string } | undefined {
  const t = pre.trim().replace(/[,.]\s*$/, (m) => (m.startsWith('.') ? '.' : ''));
  const split = (comma ? splitTitleJournalComma(t) : undefined) ?? splitTitleJournal(t);
  // A journal name with a comma (`Angew. Chem., Int. Ed.`) splits into two abbreviations; a title
  // in title case (`Thin-Film Growth in Open Air, Nano Lett.`) has words, not abbreviations.
  const abbreviated = (s: string) => /\.(?:\s|$)/.test(s) || s.split(/\s+/).length <= 2;
  if (isJournalLike(t) && (!split || abbreviated(split.title))) return { journal: t };
  if (!split) return undefined;
  guessed.push('title', 'journal');
  return split;
}
