import { describe, expect, test } from 'vitest';
import { compressNumbers, escapedAtSigns, findCitations } from '../../src/markdown/citation-syntax.ts';

const keys = (text: string, raw?: string) => findCitations(text, escapedAtSigns(text, raw)).map((m) => [m.mode, m.items.map((i) => i.key)]);

describe('Pandoc citation syntax', () => {
  test('[@key] with review-local, review and canonical keys', () => {
    expect(keys('Contact matters [@chen2021:66].')).toEqual([['bracket', ['chen2021:66']]]);
    expect(keys('As reviewed [@chen2021].')).toEqual([['bracket', ['chen2021']]]);
    expect(keys('See [@han2017nm-572].')).toEqual([['bracket', ['han2017nm-572']]]);
  });

  test('[@a; @b] several, with locators and prefixes', () => {
    const [m] = findCitations('x [see @a:1, p. 3; @b:2, Fig. 4].');
    expect(m!.items).toEqual([
      { key: 'a:1', prefix: 'see', locator: 'p. 3', suppressAuthor: false },
      { key: 'b:2', locator: 'Fig. 4', suppressAuthor: false },
    ]);
  });

  test('[-@key] suppresses the author', () => {
    expect(findCitations('[-@chen2021]')[0]!.items[0]!.suppressAuthor).toBe(true);
  });

  test('in-text @key, without the full stop that ends the sentence', () => {
    expect(keys('As @chen2021 says, and as shown by @pang2021:17.')).toEqual([
      ['intext', ['chen2021']],
      ['intext', ['pang2021:17']],
    ]);
  });

  test('emails and escaped at-signs are not citations', () => {
    expect(keys('Write to someone@example.org.')).toEqual([]);
    expect(keys('Type @chen2021 to cite.', 'Type \\@chen2021 to cite.')).toEqual([]);
    expect(keys('[not @x] but [@y]', '[not \\@x] but [@y]')).toEqual([['bracket', ['y']]]);
  });

  test('a bracket without @ on every part is plain text', () => {
    expect(keys('[a footnote; @x]')).toEqual([['intext', ['x']]]);
  });

  test('numbers compress to ranges', () => {
    expect(compressNumbers([7, 3, 4, 5, 9, 10])).toEqual([
      { from: 3, to: 5 },
      { from: 7, to: 7 },
      { from: 9, to: 10 },
    ]);
  });
});
