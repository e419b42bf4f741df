/**
 * Every download is valid in its format: the site's BibTeX (all works, each review's list, a
 * section's citation) parses in a strict BibTeX parser (@retorquere/bibtex-parser, the one
 * Better BibTeX for Zotero imports with) and back through citation-js to the same works; CSL-JSON
 * reads in citation-js; RIS is one tag per line. Months are BibTeX month names, and an incomplete
 * author list ends "et al." (`and others` in BibTeX), never in an author called "others".
 */
import { Cite } from '@citation-js/core';
import { parse as strictParse } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { isEtAl, itemYear, type CslItem, type CslName } from '../../../src/citations/csl.ts';
import { publicItem } from '../../../src/citations/format.ts';
import { parseBibText } from '../../../src/citations/parse.ts';
import { reviewWorks, worksBib, worksJson, worksRis } from '../../../src/citations/publish.ts';
import { sectionCitation } from '../../../src/citations/section-citation.ts';
import type { Work } from '../../../src/citations/types.ts';
import { loadSite, type Site } from '../../../src/site.ts';
import { repo } from '../contrib/temp-project.ts';

let site: Site;
beforeAll(() => {
  site = loadSite({ root: repo });
}, 120_000);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const named = (n: CslName) => n.family ?? n.literal ?? '';
const isOthers = (n: CslName) => /^others$/i.test(named(n).trim());

/** A .bib text in the strict parser: no error, the entries and keys expected, months as month names. */
function strictBib(text: string, keys: string[]) {
  const library = strictParse(text);
  expect(library.errors).toEqual([]);
  expect(library.entries.map((e) => e.key)).toEqual(keys);
  for (const m of text.matchAll(/^\s*month\s*=\s*(.*?),?$/gm)) expect(MONTHS).toContain(m[1]);
  return library;
}

/** A .bib text read back through citation-js (the site's own reader): the works it was written from. */
function roundTrip(text: string, works: Work[]) {
  const read = parseBibText(text, 'download.bib');
  expect(read.map((e) => e.key)).toEqual(works.map((w) => w.id));
  read.forEach(({ item }, i) => {
    const w = publicItem(works[i]!);
    const names = (list: CslName[] | undefined) => (list ?? []).map(named);
    expect(names(item.author), w.id).toEqual(names(w.author));
    expect(itemYear(item), w.id).toBe(itemYear(w));
    expect(item.DOI, w.id).toBe(w.DOI);
    expect(item.title?.replace(/\s+/g, ' '), w.id).toBe(w.title?.replace(/\s+/g, ' '));
  });
}

describe('BibTeX downloads', () => {
  test('all works (data/works.bib): strict parser and citation-js agree with the works', () => {
    const works = site.library.works;
    const text = worksBib(works);
    const library = strictBib(text, works.map((w) => w.id));
    // An incomplete list ends `and others`: BibTeX's own convention, which BibTeX styles print "et al.".
    const incomplete = works.filter((w) => w.item.author?.some(isEtAl));
    expect(incomplete.length).toBeGreaterThan(0);
    for (const w of incomplete) expect(library.entries.find((e) => e.key === w.id)!.input).toMatch(/author = \{[^\n]* and others\},/);
    expect(text).not.toContain('{others}');
    roundTrip(text, works);
  });

  test("each review's list (data/<review>.bib)", () => {
    for (const s of site.sources) {
      const works = reviewWorks(site.library, s.id);
      const text = worksBib(works);
      strictBib(text, works.map((w) => w.id));
      roundTrip(text, works);
    }
  });

  test("a section's citation: the month is a month name, the day is not in BibTeX", () => {
    const c = sectionCitation({
      id: 'atlas-challenges-x-y',
      authors: ['Jane Doe', 'Lee, Ann'],
      chapterTitle: 'A chapter',
      heading: 'A section',
      siteTitle: 'Atlas',
      url: 'https://example.org/challenges/x/#y',
      version: { date: '2026-12-06', commit: 'abc1234' },
      accessed: '2027-01-02',
    });
    const [entry] = strictBib(c.bibtex, ['atlas-challenges-x-y']).entries;
    expect(entry!.fields.month).toBe('12');
    expect(c.bibtex).toMatch(/^\s*month = dec,$/m);
    expect(c.bibtex).not.toMatch(/dec 6/);
    const [back] = parseBibText(c.bibtex, 'section.bib');
    expect(back!.item.issued?.['date-parts']).toEqual([[2026, 12]]);
    expect(back!.item.author).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Lee', given: 'Ann' },
    ]);
  });
});

describe('CSL-JSON and RIS downloads', () => {
  test('data/works.json reads in citation-js; an incomplete author list ends "et al.", never "others"', () => {
    const json: CslItem[] = JSON.parse(JSON.stringify(worksJson(site.library)));
    const items = new Cite(json).data as CslItem[];
    expect(items.map((i) => i.id)).toEqual(site.library.works.map((w) => w.id));
    const authors = items.flatMap((i) => i.author ?? []);
    expect(authors.filter(isOthers)).toEqual([]);
    for (const i of items) {
      const list = i.author ?? [];
      // "et al." only closes a list.
      list.forEach((n, k) => expect(isEtAl(n) ? k === list.length - 1 && k > 0 : true, `${i.id}`).toBe(true));
    }
    expect(authors.filter(isEtAl).length).toBeGreaterThan(0);
  });

  test('RIS: one tag per line, each record TY … ER, "et al." last among the authors, never "others"', () => {
    const records = worksRis(site.library.works).split(/\r\n\r\n/).filter((r) => r.trim());
    expect(records).toHaveLength(site.library.works.length);
    for (const r of records) {
      const lines = r.trim().split('\r\n');
      for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe('ER  -');
      const au = lines.filter((l) => l.startsWith('AU  - ')).map((l) => l.slice(6));
      expect(au.filter((a) => /^others$/i.test(a))).toEqual([]);
      if (au.includes('et al.')) expect(au.indexOf('et al.')).toBe(au.length - 1);
    }
  });
});
