import { describe, expect, test } from 'vitest';
import { checkLink, withBase, type LinkTargets } from '../../../src/markdown/links.ts';

const targets: LinkTargets = {
  base: '/atlas/',
  pages: new Map<string, ReadonlySet<string> | null>([
    ['/', new Set(['_top'])],
    ['/challenges/space-charge/', new Set(['_top', 'what-drives-a-space-charge-layer', 'evidence-and-measured-size', 'references', 'ref-1'])],
    ['/references/', null],
    ['/references/han2017nm/', null],
    ['/data/works.json', null],
  ]),
};
const from = '/challenges/space-charge/';

describe('internal links', () => {
  test('links to pages and headings that exist pass, external ones are not checked', () => {
    for (const url of ['/challenges/space-charge/', '/challenges/space-charge/#evidence-and-measured-size', '#references', '/references/han2017nm/#anything', '/data/works.json', 'https://doi.org/10.1/x', 'mailto:a@b.c', '/']) {
      expect(checkLink(url, from, targets), url).toBeUndefined();
    }
  });

  test('an unknown page is named with the closest page', () => {
    expect(checkLink('/challenges/space-charg/', from, targets)).toBe(
      'link "/challenges/space-charg/" points to no page of the site. Did you mean /challenges/space-charge/? Chapter paths are /<part>/<file name without .mdx>/',
    );
  });

  test('an unknown anchor lists the closest headings, on another page and on this one', () => {
    expect(checkLink('/challenges/space-charge/#evidence', from, targets)).toMatch(/^link "\/challenges\/space-charge\/#evidence": \/challenges\/space-charge\/ has no heading or anchor #evidence\. .*closest: #evidence-and-measured-size/);
    expect(checkLink('#what-drives', from, targets)).toMatch(/this page has no heading or anchor #what-drives/);
  });

  test('a missing trailing slash, a relative link and the deploy base each say what to write', () => {
    expect(checkLink('/challenges/space-charge#ref-1', from, targets)).toBe('link "/challenges/space-charge#ref-1" lacks the trailing slash the site\'s pages have: write /challenges/space-charge/#ref-1');
    expect(checkLink('../space-charge/', from, targets)).toMatch(/^relative link "..\/space-charge\/": write internal links from the site root/);
    expect(checkLink('/atlas/challenges/space-charge/', from, targets)).toMatch(/includes the deploy base \/atlas\/: write it from the site root \(\/challenges\/space-charge\/\)/);
  });

  test('percent-encoded anchors are compared decoded', () => {
    const t: LinkTargets = { base: '/', pages: new Map([['/x/', new Set(['lithium–sulfur'])]]) };
    expect(checkLink('/x/#lithium%E2%80%93sulfur', '/', t)).toBeUndefined();
  });

  test('the base is prefixed to site paths only', () => {
    expect(withBase('/challenges/x/#a', '/atlas/')).toBe('/atlas/challenges/x/#a');
    expect(withBase('/challenges/x/', '/')).toBe('/challenges/x/');
    expect(withBase('#a', '/atlas/')).toBe('#a');
    expect(withBase('//cdn.example/x', '/atlas/')).toBe('//cdn.example/x');
  });
});
