import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { lastCommitDates, pageSourceFile, PLACEHOLDER_REPO_URL, repository } from '../../../src/render/page-source.ts';
import { miniLibrary } from '../citations/helpers.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('edit links and last-updated dates', () => {
  test('a page\'s source: its own file, or the data a generated page comes from', () => {
    const library = miniLibrary();
    const at = (id: string, filePath = `src/content/docs/${id}.md`) => pageSourceFile({ root, id, filePath, library });
    expect(at('challenges/space-charge', 'content/challenges/space-charge.mdx')).toBe('content/challenges/space-charge.mdx');
    expect(at('contribute', 'CONTRIBUTING.md')).toBe('CONTRIBUTING.md');
    expect(at('sources/alpha2020')).toBe('bib/sources.yaml');
    expect(at(`references/${library.workOf('alpha2020:3').id}`)).toBe('bib/alpha2020.bib');
    expect(at('references/alpha2020')).toBe('bib/sources.yaml');
    expect(at('references')).toBe('src/pages/references/index.astro');
    expect(at('overlap')).toBe('src/pages/overlap.astro');
    expect(at('404')).toBe('src/pages/404.astro');
  });

  test('REPO_URL sets the repository; without it a placeholder says so', () => {
    expect(repository({ REPO_URL: 'https://github.com/acme/atlas/' }).editUrl('content/a b.mdx')).toBe('https://github.com/acme/atlas/edit/main/content/a%20b.mdx');
    expect(repository({ REPO_URL: 'https://x.org/r', REPO_BRANCH: 'trunk' }).editUrl('CONTRIBUTING.md')).toBe('https://x.org/r/edit/trunk/CONTRIBUTING.md');
    const fallback = repository({});
    expect(fallback.placeholder).toBe(true);
    expect(fallback.url).toBe(PLACEHOLDER_REPO_URL);
  });

  test('dates come from git; a shallow clone or a folder without history gives none', () => {
    const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const committed = lastCommitDates(root).get('content/challenges/space-charge.mdx');
    if (shallow === 'false') expect(committed).toBeInstanceOf(Date);
    else expect(committed).toBeUndefined();
    const bare = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    writeFileSync(join(bare, 'x.mdx'), '');
    expect(lastCommitDates(bare).size).toBe(0);
  });
});
