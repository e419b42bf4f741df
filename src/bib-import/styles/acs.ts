/**
 * ACS style (Acc. Mater. Res., wang2022):
 *   `Liang, J.; Chen, N.; Zhang, L. Title. *Chem. Mater.* **2020**, *32*, 2664–2672.`
 * Authors are `;`-separated; the last author's initials run straight into the
 * title, so the title starts after the first initials run of the last name.
 */
import type { ParseResult, Person, StyleParser } from '../types.ts';
import { acsName } from '../authors.ts';
import { cleanText } from '../text.ts';
import { prepareBoldYearEntry, readNonArticle, readVolPages, splitTitleJournal, yearOrProblem } from './common.ts';

const LAST_AUTHOR = /^([^,;]+),\s*((?:\p{Lu}\p{Ll}?\.\s?-?)+(?:\p{Ll}\b)?)\s+(.*)$/u;

export const acs: StyleParser = {
  id: 'acs',
  looksLikeStart(text) {
    return /^[^,;]+,\s(?:\p{Lu}\.\s?-?)+(?:\p{Ll})?;/u.test(text.trim());
  },
  isComplete(text) {
    return /(?:1[89]|20)\d{2}\**\s*,.*\.\s*$/.test(text.trim());
  },
  parse(input): ParseResult {
    const d = prepareBoldYearEntry(input);
    const { problems, text } = d;
    const chunks = text.split(/;\s+/);
    if (chunks.length < 2 && !LAST_AUTHOR.test(text)) return { problems: [...problems, 'cannot read the author list ("Family, I.; …")'] };
    const persons: Person[] = [];
    for (const c of chunks.slice(0, -1)) {
      const p = acsName(c);
      if (!p) return { problems: [...problems, `cannot read author "${c}"`] };
      persons.push(p);
    }
    const last = LAST_AUTHOR.exec(chunks[chunks.length - 1]!);
    if (!last) return { problems: [...problems, 'cannot find where the last author ends and the title starts'] };
    persons.push(acsName(`${last[1]}, ${last[2]}`)!);
    const rest = last[3]!;
    const etAl = false;
    // The year is the last `YEAR,` (bold or not) in the entry.
    let ym: RegExpExecArray | undefined;
    for (const m of rest.matchAll(/\**\s*((?:1[89]|20)\d{2})\s*\**\s*,/g)) ym = m as RegExpExecArray;
    if (!ym) {
      const other = readNonArticle(input, persons, rest);
      if (other) return { ref: other, problems };
      return { problems: [...problems, 'no "**YEAR**, VOLUME, PAGES" part'] };
    }
    const pre = rest.slice(0, ym.index).trim();
    const after = rest.slice(ym.index + ym[0].length).trim();
    const year = yearOrProblem(ym[1], problems);
    let title: string, journal: string;
    const guessed: ('title' | 'journal')[] = [];
    const italic = /^(.*?)\s*\*([^*]+)\*\s*$/.exec(pre);
    if (italic) {
      title = italic[1]!;
      journal = italic[2]!;
    } else {
      const split = splitTitleJournal(pre);
      if (!split) return { problems: [...problems, `cannot tell the title from the journal in "${cleanText(pre)}"`] };
      ({ title, journal } = split);
      guessed.push('title', 'journal');
    }
    const vp = readVolPages(after, problems);
    return {
      ref: {
        type: 'article', authors: persons, etAl,
        fields: {
          title: cleanText(title).replace(/\.$/, ''),
          journal: cleanText(journal).replace(/,$/, ''),
          ...(year ? { year } : {}), ...vp,
          ...(d.doi ? { doi: d.doi } : {}),
        },
      },
      problems,
      guessed,
    };
  },
};
