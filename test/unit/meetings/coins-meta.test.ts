import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { coinsTitle } from '../../../src/citations/coins.ts';
import { chapterCitationMeta } from '../../../src/render/citation-meta.ts';

const article = {
  id: 'han2016',
  type: 'article-journal',
  title: 'Electrochemical stability of Li10GeP2S12 & Li7La3Zr2O12 "solid" electrolytes',
  author: [{ family: 'Han', given: 'Fudong' }, { family: 'Zhu', given: 'Yizhou' }],
  'container-title': 'Advanced Energy Materials',
  volume: '6',
  issue: '8',
  page: '1501590–1501599',
  issued: { 'date-parts': [[2016]] },
  DOI: '10.1002/aenm.201501590',
};

describe('COinS', () => {
  test('a journal article becomes an OpenURL ContextObject with every field encoded', () => {
    const kev = new URLSearchParams(coinsTitle(article));
    expect(kev.get('ctx_ver')).toBe('Z39.88-2004');
    expect(kev.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal');
    expect(kev.get('rft.atitle')).toBe(article.title);
    expect(kev.get('rft.jtitle')).toBe('Advanced Energy Materials');
    expect(kev.getAll('rft.au')).toEqual(['Han, Fudong', 'Zhu, Yizhou']);
    expect(kev.get('rft.aulast')).toBe('Han');
    expect(kev.get('rft.spage')).toBe('1501590');
    expect(kev.get('rft.date')).toBe('2016');
    expect(kev.getAll('rft_id')).toEqual(['info:doi/10.1002/aenm.201501590']);
    // Nothing in the raw string can end the attribute or start a tag.
    expect(coinsTitle(article)).not.toMatch(/["<> ]/);
  });

  test('in HTML the title attribute escapes the separators', () => {
    const html = toHtml({ type: 'element', tagName: 'span', properties: { className: ['Z3988'], title: coinsTitle(article) }, children: [] });
    expect(html).toMatch(/^<span class="Z3988" title="ctx_ver=Z39\.88-2004&#x26;rft_val_fmt=/);
  });

  test('books and other types use the book and Dublin Core formats', () => {
    const book = new URLSearchParams(coinsTitle({ id: 'b', type: 'book', title: 'Solid State Ionics', publisher: 'Wiley', author: [{ literal: 'A Committee' }] }));
    expect(book.get('rft.genre')).toBe('book');
    expect(book.get('rft.btitle')).toBe('Solid State Ionics');
    const report = new URLSearchParams(coinsTitle({ id: 'r', type: 'report', title: 'A report', author: [{ family: 'Doe', given: 'J' }] }));
    expect(report.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc');
    expect(report.getAll('rft.creator')).toEqual(['Doe, J']);
  });
});

describe('citation meta tags', () => {
  test('one citation_author per author, dates with slashes, no journal title', () => {
    const meta = chapterCitationMeta({ title: 'Interphases', authors: ['Jane Doe', 'Smith, Ann'], siteTitle: 'Interface Atlas', date: '2025-03-04', url: 'https://x.org/c/', language: 'en' });
    expect(meta).toEqual([
      { name: 'citation_title', content: 'Interphases' },
      { name: 'citation_author', content: 'Doe, Jane' },
      { name: 'citation_author', content: 'Smith, Ann' },
      { name: 'citation_publication_date', content: '2025/03/04' },
      { name: 'citation_public_url', content: 'https://x.org/c/' },
      { name: 'citation_language', content: 'en' },
    ]);
  });

  test('without authors, the site’s contributors', () => {
    const meta = chapterCitationMeta({ title: 'T', siteTitle: 'Interface Atlas', date: '2025-03-04', url: 'u', language: 'en' });
    expect(meta.filter((m) => m.name === 'citation_author')).toEqual([{ name: 'citation_author', content: 'Interface Atlas contributors' }]);
  });
});
