import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { CSL_TEMPLATE, formatWorks } from '../../../src/citations/format.ts';
import { worksBib, worksRis, workExports } from '../../../src/citations/publish.ts';
import { miniLibrary, realLibrary } from './helpers.ts';

describe('formatted references', () => {
  test("each entry's text, read from its HTML, is the text citeproc writes (one citeproc run, not two)", () => {
    // The project's own library: every kind of entry the reviews list (italics, DOIs, et al., accents).
    const works = realLibrary().works;
    const formatted = formatWorks(works);
    const text = new Map(
      new Cite(works.map((w) => ({ ...w.item, id: w.id }))).format('bibliography', { template: CSL_TEMPLATE, lang: 'en-US', asEntryArray: true, format: 'text' }) as unknown as [string, string][],
    );
    expect(formatted.size).toBe(works.length);
    for (const w of works) expect(formatted.get(w.id)!.text).toBe(text.get(w.id)!.trim().replace(/^\d+\.\s*/, ''));
  });
});

describe('exports of several works', () => {
  const works = miniLibrary().works;

  test('are the works’ own exports one after another, so each is formatted once', () => {
    const bib = worksBib(works);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(works.length);
    expect(bib).toBe(works.map((w) => `${workExports(w).bib.trimEnd()}\n`).join('\n'));
    expect(worksRis(works)).toBe(works.map((w) => workExports(w).ris).join('\r\n'));
    expect(worksRis(works).match(/^TY {2}- /gm)).toHaveLength(works.length);
  });

  test('take each work from the memo they are given', () => {
    const calls: string[] = [];
    const memo = (id: string) => {
      calls.push(id);
      return { bib: `@misc{${id},\n}\n`, ris: `TY  - GEN\r\nID  - ${id}\r\nER  -\r\n` };
    };
    expect(worksBib(works.slice(0, 2), memo)).toBe(`@misc{${works[0]!.id},\n}\n\n@misc{${works[1]!.id},\n}\n`);
    expect(calls).toEqual([works[0]!.id, works[1]!.id]);
  });
});
