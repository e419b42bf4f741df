import type { CslDate, CslItem, CslName } from './csl.ts';
import { itemYear } from './csl.ts';

// CSL type → RIS type; anything else is a generic reference.
const RIS_TYPE: Record<string, string> = {
  'article-journal': 'JOUR',
  article: 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CPAPER',
  thesis: 'THES',
  report: 'RPRT',
  patent: 'PAT',
  webpage: 'ELEC',
};

const name = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
// RIS is line-based: a value must not carry a line break into the next tag.
const clean = (v: string) => v.replace(/\s+/g, ' ').trim();

/** RIS (the tagged format every reference manager imports) for CSL items. */
export function toRis(items: CslItem[]): string {
  return items
    .map((item) => {
      const lines: [string, string][] = [['TY', RIS_TYPE[item.type] ?? 'GEN']];
      for (const a of item.author ?? []) lines.push(['AU', name(a)]);
      for (const e of item.editor ?? []) lines.push(['ED', name(e)]);
      if (item.title) lines.push(['TI', item.title]);
      // A web page's container is its site: T2, which reference managers read as the website title.
      if (item['container-title']) lines.push([item.type === 'chapter' ? 'BT' : item.type === 'webpage' ? 'T2' : 'JO', item['container-title']]);
      if (item['container-title-short']) lines.push(['J2', item['container-title-short']]);
      const year = itemYear(item);
      if (year) lines.push(['PY', String(year)]);
      if (item.volume) lines.push(['VL', item.volume]);
      if (item.issue) lines.push(['IS', item.issue]);
      if (item.page) {
        const [sp, ep] = item.page.split(/[-–]+/);
        lines.push(['SP', sp!]);
        if (ep) lines.push(['EP', ep]);
      }
      if (item.publisher) lines.push(['PB', item.publisher]);
      if (item.DOI) lines.push(['DO', item.DOI]);
      if (item.URL) lines.push(['UR', item.URL]);
      const accessed = item.accessed as CslDate | undefined;
      const parts = accessed?.['date-parts']?.[0];
      if (parts?.length) lines.push(['Y2', parts.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('/')]);
      if (item.note) lines.push(['N1', item.note]);
      lines.push(['ID', item.id]);
      lines.push(['ER', '']);
      return lines.map(([t, v]) => `${t}  - ${clean(v)}`.trimEnd()).join('\r\n');
    })
    .join('\r\n\r\n') + '\r\n';
}
