/**
 * The last check before a parsed reference is written: fields that hold the wrong parts (an
 * author list in the title, co-authors in the journal, a sentence as a family name) mean the
 * entry was read in the wrong style or cut in the wrong place. Such an entry is kept as printed
 * text instead; junk in a field would merge into the works other reviews cite.
 */
import type { ParsedReference } from './types.ts';

/** `X. Han,` / `Han, X.,` / `Han X,`: a name as author lists print it. */
const NAME_IN_TEXT = /(?:^|[\s,;])(?:\p{Lu}\.\s?-?){1,3}\s?\p{Lu}\p{Ll}+[,;]|\b\p{Lu}\p{Ll}+,\s(?:\p{Lu}\.\s?-?){1,3}[,;&]|\b\p{Lu}\p{Ll}+\s\p{Lu}{1,3},/gu;

const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;

/** Problems that make the reading untrustworthy; empty when the fields look like what they are. */
export function implausible(ref: ParsedReference): string[] {
  const out: string[] = [];
  const f = ref.fields;
  const long = Object.entries(f).find(([k, v]) => k !== 'title' && k !== 'note' && v && v.length > 300);
  if (long) out.push(`the ${long[0]} holds ${long[1]!.length} characters: several references were read as one`);
  for (const p of ref.authors) {
    if (p.literal) continue;
    const words = p.family.split(/\s+/);
    if (/\d/.test(p.family) || words.length > 4 || p.family.length > 40 || /[.:;]\s/.test(p.family)) {
      out.push(`"${p.family}" is not a family name`);
      break;
    }
  }
  if (f.journal) {
    if (count(NAME_IN_TEXT, f.journal) >= 1) out.push(`the journal "${f.journal}" holds names`);
    if (f.journal.split(/\s+/).length > 14) out.push(`the journal "${f.journal.slice(0, 60)}…" is a sentence`);
  }
  if (f.title && count(NAME_IN_TEXT, f.title) >= 2) out.push(`the title "${f.title.slice(0, 60)}…" holds an author list`);
  if (f.volume && !/^[A-Za-z]?\d+[A-Za-z]?(?:(?:--|[–-])\d+)?$/.test(f.volume)) out.push(`volume "${f.volume}" is not a volume`);
  const page = String.raw`[A-Za-z]{0,4}\d+(?:[A-Za-z]{1,2}\d+)?[A-Za-z]?(?:\.\d+)*`;
  if (f.pages && !new RegExp(`^${page}(?:--${page})?$`).test(f.pages)) out.push(`pages "${f.pages}" are not pages`);
  if (ref.type === 'article' && !f.journal) out.push('an article without a journal');
  return out;
}
