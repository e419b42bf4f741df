import type { CslItem, CslName } from './csl.ts';
import { isEtAl, itemYear } from './csl.ts';

/**
 * COinS (ContextObjects in Spans, OpenURL 1.0 KEV): the `title` of a `<span class="Z3988">`,
 * which Zotero's connector and other reference managers pick up from any page. Returns the
 * raw (unescaped) KEV string: values are percent-encoded here; the HTML serialiser escapes `&`.
 */
export function coinsTitle(item: CslItem): string {
  const kv: [string, string][] = [['ctx_ver', 'Z39.88-2004']];
  const add = (k: string, v: unknown) => {
    if (v !== undefined && v !== null && String(v).trim() !== '') kv.push([k, String(v).replace(/\s+/g, ' ').trim()]);
  };
  const type = item.type;
  if (type === 'article-journal' || type === 'article') {
    add('rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal');
    add('rft.genre', 'article');
    add('rft.atitle', item.title);
    add('rft.jtitle', item['container-title']);
    add('rft.stitle', item['container-title-short']);
    add('rft.volume', item.volume);
    add('rft.issue', item.issue);
  } else if (type === 'book' || type === 'chapter' || type === 'paper-conference') {
    add('rft_val_fmt', 'info:ofi/fmt:kev:mtx:book');
    add('rft.genre', type === 'book' ? 'book' : type === 'chapter' ? 'bookitem' : 'proceeding');
    if (type === 'book') add('rft.btitle', item.title);
    else {
      add('rft.atitle', item.title);
      add('rft.btitle', item['container-title']);
    }
    add('rft.pub', item.publisher);
    add('rft.place', item['publisher-place']);
    add('rft.isbn', item.ISBN);
  } else {
    // Anything else (reports, theses, web pages) as Dublin Core, which keeps title and authors.
    add('rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc');
    add('rft.type', type);
    add('rft.title', item.title);
    add('rft.source', item['container-title']);
    add('rft.publisher', item.publisher);
  }
  if (item.page) {
    const [sp, ep] = item.page.split(/[-–]+/);
    add('rft.spage', sp);
    add('rft.epage', ep);
    add('rft.pages', item.page);
  }
  const year = itemYear(item);
  if (year) add('rft.date', year);
  const dc = kv.some(([k, v]) => k === 'rft_val_fmt' && v.endsWith(':dc'));
  const authors = item.author ?? [];
  if (!dc && authors[0]?.family) {
    add('rft.aulast', authors[0].family);
    add('rft.aufirst', authors[0].given);
  }
  // The end of an incomplete list is not a person a reference manager should import.
  for (const a of authors) if (!isEtAl(a)) add(dc ? 'rft.creator' : 'rft.au', nameOf(a));
  if (item.DOI) add('rft_id', `info:doi/${item.DOI}`);
  if (item.URL) add('rft_id', item.URL);
  return kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

const nameOf = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
