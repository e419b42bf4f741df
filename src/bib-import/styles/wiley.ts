/**
 * Wiley-VCH style (the lists of su2023 and chen2021):
 *   `S. Xia, X. Wu, *Chem* **2019**, *5*, 753–785.`   (no titles)
 * An entry may hold several works as `a) …; b) …` (su2023 [41]); the first is
 * the entry, the others are returned in `extra` (the importer writes each as its own entry).
 */
import type { ParsedReference, ParseResult, Person, StyleParser } from '../types.ts';
import { wileyName } from '../authors.ts';
import { cleanText, collapseSpace } from '../text.ts';
import { wileyPlain } from './plain.ts';
import { prepareBoldYearEntry, readNonArticle, readVolPages, yearOrProblem } from './common.ts';

const MAIN = /^(.*?),\s*\*([^*]+)\*\s*\*\*\s*((?:1[89]|20)\d{2})\s*\*\*\s*(?:,\s*(.*?))?\s*\.?\s*$/;
const BOOK = /^(.*?),\s*\*([^*]+)\*,\s*([^,*]+),\s*([^*]+?)\s*\*\*\s*((?:1[89]|20)\d{2})\s*\*\*\.?\s*$/;

function readAuthors(list: string, problems: string[]): Person[] {
  const parts = list.split(/,\s*/).map((s) => s.trim()).filter(Boolean);
  return parts.map((p) => {
    const person = wileyName(p);
    if (person) return person;
    // A name without initials is a corporate author (`The Surface Science Society of Japan`).
    if (parts.length === 1) return { family: cleanText(p), literal: true };
    problems.push(`author "${p}" has no initials`);
    return { family: cleanText(p) };
  });
}

/** Leading run of `I. Family` names (for entries that are not journal articles). */
function leadingAuthors(text: string): { persons: Person[]; rest: string } {
  const persons: Person[] = [];
  let rest = text;
  for (;;) {
    const m = /^([^,]+),\s*/.exec(rest);
    if (!m) break;
    const p = wileyName(m[1]!);
    if (!p) break;
    persons.push(p);
    rest = rest.slice(m[0].length);
  }
  return { persons, rest };
}

function parseOne(input: string): ParseResult {
  // Without emphasis marks (a list copied from the PDF as plain text) the locator is read by shape.
  const plain = input.includes('*') ? undefined : wileyPlain.parse(input);
  if (plain?.ref) return plain;
  const d = prepareBoldYearEntry(input);
  const { problems, text } = d;
  const extra = d.doi ? { doi: d.doi } : {};
  const book = BOOK.exec(text);
  if (book) {
    const [, au, title, publisher, address, year] = book;
    return {
      ref: {
        type: 'book', authors: readAuthors(au!, problems), etAl: false,
        fields: { title: cleanText(title!), publisher: cleanText(publisher!), address: cleanText(address!), year: year!, ...extra },
      },
      problems,
    };
  }
  const m = MAIN.exec(text);
  if (!m) {
    const lead = leadingAuthors(text);
    const other = lead.persons.length ? readNonArticle(text, lead.persons, lead.rest) : undefined;
    if (other) {
      if (!other.fields.year) problems.push('no year');
      return { ref: other, problems };
    }
    // `Forge Nano. Title. 2021. www…` — corporate author up to the first full stop.
    const corp = /^([^.,]+)\.\s+(.*)$/.exec(text);
    const web = corp ? readNonArticle(text, [{ family: corp[1]!.trim(), literal: true }], corp[2]!) : undefined;
    if (web) return { ref: web, problems };
    return plain ?? { problems: [...problems, 'no "*Journal* **YEAR**" part'] };
  }
  const [, au, journal, yearRaw, after] = m;
  const year = yearOrProblem(yearRaw, problems);
  const vp = readVolPages(after ?? '', problems);
  const ref: ParsedReference = {
    type: 'article',
    authors: readAuthors(au!, problems),
    etAl: false,
    fields: { journal: cleanText(journal!), ...(year ? { year } : {}), ...vp, ...extra },
  };
  return { ref, problems };
}

export interface WileyParse extends ParseResult {
  /** Further works in an `a) …; b) …` entry, each parsed. */
  extra?: { label: string; text: string; result: ParseResult }[];
}

export const wiley: StyleParser & { parse(text: string): WileyParse } = {
  id: 'wiley',
  looksLikeStart(text) {
    return /^(?:a\)\s*)?(?:\p{Lu}\p{Ll}?\.\s?-?)+\s?\p{Lu}/u.test(text.trim());
  },
  isComplete(text) {
    return /\*\*\s*\d{4}\s*\*\*.*\.\s*$/.test(text.trim()) || wileyPlain.isComplete(text);
  },
  parse(input): WileyParse {
    const parts = collapseSpace(input).split(/(?:^|;\s+)([a-h])\)\s+/);
    // split() with a capture group: ['', 'a', text, 'b', text, …] when lettered
    if (parts.length >= 5 && parts[0] === '' && parts[1] === 'a') {
      const items: { label: string; text: string }[] = [];
      for (let i = 1; i < parts.length; i += 2) items.push({ label: parts[i]!, text: parts[i + 1]!.trim() });
      const first = parseOne(items[0]!.text);
      const extra = items.slice(1).map((it) => ({ ...it, result: parseOne(it.text) }));
      return {
        ...first,
        problems: first.problems,
        extra,
      };
    }
    return parseOne(input);
  },
};
