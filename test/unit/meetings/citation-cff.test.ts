import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The rules of CFF 1.2.0 (https://github.com/citation-file-format/citation-file-format/blob/1.2.0/schema-guide.md)
// that a hand-edited file most easily breaks; GitHub's "Cite this repository" rejects files that fail them.
describe('CITATION.cff', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
  const person = (a: Record<string, unknown>) => typeof a.name === 'string' || typeof a['family-names'] === 'string';

  test('has the required keys of CFF 1.2.0', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(typeof cff.title).toBe('string');
    expect(Array.isArray(cff.authors) && (cff.authors as Record<string, unknown>[]).every(person)).toBe(true);
  });

  test('uses only allowed values', () => {
    expect(['software', 'dataset']).toContain(cff.type);
    expect(cff.license).toEqual(expect.arrayContaining(['MIT', 'CC-BY-4.0']));
    for (const ref of cff.references as Record<string, unknown>[]) {
      expect(typeof ref.type).toBe('string');
      expect(typeof ref.title).toBe('string');
      expect((ref.authors as Record<string, unknown>[]).every(person)).toBe(true);
    }
    const allowed = new Set(['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version']);
    expect(Object.keys(cff).filter((k) => !allowed.has(k))).toEqual([]);
  });
});
