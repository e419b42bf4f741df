import type { CslItem } from './csl.ts';
import { itemYear } from './csl.ts';
import { isEtAl } from './csl.ts';
import { firstPage, fold, journalWords } from './normalise.ts';

/**
 * A readable key from the work's anchor item (the first reference that cites it, in the order
 * of bib/sources.yaml): first author, year, journal initials — `han2017nm`. Because it is read
 * from the anchor alone, adding a review, a title or a DOI elsewhere does not change it.
 */
export function baseKey(anchor: CslItem): string {
  const year = itemYear(anchor);
  const journal = journalWords(anchor['container-title'] ?? anchor.publisher).map((w) => w[0]).join('');
  // No year (a web page, a program): `braun-nd`, so the name and the "no date" do not run together.
  return `${nameForKey(anchor)}${year ?? '-nd'}${journal.slice(0, 8)}`;
}

const KEY_STOPWORDS = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'on']);

/**
 * The first author's family name (particles kept: `vanderven`); for a body (`The Surface Science Society
 * of Japan`, more words than a family name has) its first two significant words (`surfacescience`);
 * with no author, the first title word.
 */
function nameForKey(anchor: CslItem): string {
  const first = (anchor.author ?? anchor.editor ?? []).find((n) => !isEtAl(n));
  const words = fold(first?.family ?? first?.literal ?? '').split(' ').filter(Boolean);
  const name = first?.literal || words.length > 3 ? words.filter((w) => !KEY_STOPWORDS.has(w)).slice(0, 2).join('') : words.join('');
  return (name || fold(anchor.title ?? '').split(' ').find((w) => !KEY_STOPWORDS.has(w)) || 'anon').slice(0, 24);
}

/**
 * Works sharing a base key: the first in anchor order keeps it, each later one adds its first page
 * (`liu2018aami-21965`), else a letter. The first keeps the bare key even when a later review adds a
 * namesake, because a review added to bib/sources.yaml (or a work to extra.bib) comes after the
 * works already keyed: their keys do not change.
 */
export function assignKeys(anchors: CslItem[], reserved: ReadonlySet<string>): string[] {
  const taken = new Set(reserved);
  return anchors.map((anchor) => {
    const base = baseKey(anchor);
    let key = base;
    if (taken.has(key)) {
      const page = firstPage(anchor.page ?? anchor.number);
      key = page ? `${base}-${page}` : base;
      for (let n = 0; taken.has(key); n++) key = `${base}-${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
    }
    taken.add(key);
    return key;
  });
}
