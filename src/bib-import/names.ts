/**
 * Author lists of the styles that print names initials first (`J.-M. Tarascon`, Elsevier, RSC,
 * Wiley, IEEE, APS, Science) or family name first (`Tarascon, J.-M.`, Nature, Cell Press,
 * Springer), separated by commas, `and` or `&`, possibly ending in `et al.`. A reader stops at the
 * first chunk that is not a name, and says where: what follows is the title or the journal.
 */
import type { Person } from './types.ts';
import { spaceInitials } from './authors.ts';
import { cleanText } from './text.ts';

const INITIALS = String.raw`(?:\p{Lu}\p{Ll}?\.\s?-?\s?){1,4}`;
const PARTICLE = String.raw`(?:(?:van|von|der|den|de|da|di|du|dos|del|la|le|ten|ter|el|al|St\.)\s)`;
const WORD = String.raw`[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*`;
const FAMILY = `${PARTICLE}*${WORD}(?:\\s${WORD})?(?:\\s(?:Jr\\.?|Sr\\.?|III|II|IV))?`;
/** Between two names: `, ` `, and ` ` and ` ` & ` `; `. */
const SEP = String.raw`\s*(?:,\s*(?:and\s+|&\s*)?|;\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)`;
const ET_AL = String.raw`,?\s*et\s*al\.?`;

export interface NameList {
  persons: Person[];
  etAl: boolean;
  /** Index in the text where the list ends (after its closing separator). */
  end: number;
}

const SUFFIX = /\s(Jr\.?|Sr\.?|III|II|IV)$/;

function person(family: string, given: string): Person {
  let f = cleanText(family);
  const suffix = SUFFIX.exec(f)?.[1];
  if (suffix) f = f.replace(SUFFIX, '');
  return { family: f, given: spaceInitials(given.trim()), ...(suffix ? { suffix } : {}) };
}

/**
 * Reads names from the start of `text`. `initialsFirst`: `J. M. Smith`; else `Smith, J. M.`. The
 * list must be followed by `tail` (a separator that ends it: `, ` before a title, `. `, ` (`).
 */
export function readNames(text: string, initialsFirst: boolean): NameList | undefined {
  const one = initialsFirst
    ? new RegExp(`(${INITIALS})\\s?(${FAMILY})(?=${SEP}|${ET_AL}|[,.:]|\\s\\()`, 'uy')
    : new RegExp(`(${FAMILY}),\\s*(${INITIALS}|\\p{Lu}\\p{Ll}?\\b(?!\\.))(?=${SEP}|${ET_AL}|\\s|$)`, 'uy');
  const sep = new RegExp(SEP, 'uy');
  const etAl = new RegExp(ET_AL, 'uy');
  const persons: Person[] = [];
  let pos = 0;
  let end = 0;
  let last = false;
  for (;;) {
    one.lastIndex = pos;
    const m = one.exec(text);
    if (!m) break;
    persons.push(initialsFirst ? person(m[2]!, m[1]!) : person(m[1]!, m[2]!));
    pos = one.lastIndex;
    end = pos;
    // `… and I. Family` / `… & Family, I.` names the last author: what follows is not a name.
    if (last) break;
    etAl.lastIndex = pos;
    const e = etAl.exec(text);
    if (e) return { persons, etAl: true, end: etAl.lastIndex };
    sep.lastIndex = pos;
    const s = sep.exec(text);
    if (!s) break;
    last = /and|&/.test(s[0]);
    pos = sep.lastIndex;
  }
  return persons.length ? { persons, etAl: false, end } : undefined;
}
