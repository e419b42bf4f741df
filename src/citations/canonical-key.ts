import type { CslItem } from './csl.ts';
import { itemYear } from './csl.ts';
import { familyKey, firstPage, fold, journalWords } from './normalise.ts';

/**
 * A readable key from the work's anchor item (the first reference that cites it, in the order
 * of bib/sources.yaml): first author, year, journal initials — `han2017nm`. Because it is read
 * from the anchor alone, adding a review, a title or a DOI elsewhere does not change it.
 */
export function baseKey(anchor: CslItem): string {
  const family = familyKey(anchor.author?.[0] ?? anchor.editor?.[0]) || fold(anchor.title ?? 'anon').split(' ')[0] || 'anon';
  const year = itemYear(anchor) ?? 'nd';
  const journal = journalWords(anchor['container-title'] ?? anchor.publisher).map((w) => w[0]).join('');
  return `${family.slice(0, 24)}${year}${journal.slice(0, 8)}`;
}

/** Distinguishes works sharing a base key by first page, else by a letter in anchor order. */
export function assignKeys(anchors: CslItem[], reserved: ReadonlySet<string>): string[] {
  const bases = anchors.map(baseKey);
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const taken = new Set(reserved);
  return bases.map((base, i) => {
    let key = base;
    if (counts.get(base)! > 1 || taken.has(key)) {
      const page = firstPage(anchors[i]!.page ?? anchors[i]!.number);
      key = page ? `${base}-${page}` : base;
      for (let n = 0; taken.has(key); n++) key = `${base}-${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
    }
    taken.add(key);
    return key;
  });
}
