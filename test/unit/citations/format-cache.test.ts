import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatWorks } from '../../../src/citations/format.ts';
import { fileFormatCache } from '../../../src/citations/format-cache.ts';
import { miniLibrary } from './helpers.ts';

describe('formatted references between builds', () => {
  const works = miniLibrary().works;
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'atlas-format-')), 'cache.json');

  test('a warm run gives exactly what a cold run gives', () => {
    const file = fresh();
    const cold = formatWorks(works, fileFormatCache(file));
    const warm = formatWorks(works, fileFormatCache(file));
    expect([...warm]).toEqual([...cold]);
    expect([...formatWorks(works)]).toEqual([...cold]);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(works.length);
  });

  test('only works whose item changed go through citeproc again', () => {
    const file = fresh();
    formatWorks(works, fileFormatCache(file));
    // Mark every stored entry: whatever comes back marked was not formatted again.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { html: string; text: string }>;
    for (const v of Object.values(stored)) v.text = `cached: ${v.text}`;
    writeFileSync(file, JSON.stringify(stored));

    const [edited, ...rest] = works;
    const changed = [{ ...edited!, item: { ...edited!.item, title: 'A title edited since the last build' } }, ...rest];
    const out = formatWorks(changed, fileFormatCache(file));
    expect(out.get(edited!.id)!.text).toContain('A title edited since the last build');
    expect(out.get(edited!.id)!.text).not.toMatch(/^cached: /);
    for (const w of rest) expect(out.get(w.id)!.text).toMatch(/^cached: /);
  });

  test('entries no build uses any more are dropped; a damaged file is an empty cache', () => {
    const file = fresh();
    formatWorks(works, fileFormatCache(file));
    formatWorks(works.slice(1), fileFormatCache(file));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(works.length - 1);
    writeFileSync(file, '{ not json');
    expect([...formatWorks(works, fileFormatCache(file))]).toEqual([...formatWorks(works)]);
  });
});
