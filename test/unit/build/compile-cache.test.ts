import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { withCompileCache } from '../../../src/build/compile-cache.ts';

/** What Astro's Markdown processor really compiled, over several builds. */
function compiler(result: (content: string) => unknown = (content) => ({ html: content.toUpperCase() })) {
  const compiled: string[] = [];
  // A stand-in for the processor: a new one each build, as each build loads the config anew.
  const processor = () => ({
    createRenderer: async () => ({
      render: async (content: string, _options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }) => {
        compiled.push(content);
        return result(content);
      },
    }),
  });
  return { compiled, processor };
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-compile-cache-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'plugin.ts'), 'export const version = 1;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('compiled chapters kept between builds', () => {
  const chapter = () => pathToFileURL(join(root, 'content', 'a.md'));
  const render = async (p: ReturnType<typeof compiler>, inputs: unknown, content = 'text') => {
    const wrapped = withCompileCache(p.processor(), { root, dir: join(root, 'cache'), inputs: () => inputs });
    return (await wrapped.createRenderer()).render(content, { fileURL: chapter(), frontmatter: { title: 'A' } });
  };

  test('a second build takes the chapter from the cache, with the same result', async () => {
    const p = compiler();
    const first = await render(p, ['data v1']);
    const second = await render(p, ['data v1']);
    expect(p.compiled).toEqual(['text']);
    expect(second).toEqual(first);
  });

  test("a change to the chapter's text, to what the plugins read, or to the code compiles it again", async () => {
    const p = compiler();
    await render(p, ['data v1']);
    await render(p, ['data v1'], 'new text');
    await render(p, ['data v2'], 'new text');
    writeFileSync(join(root, 'src', 'plugin.ts'), 'export const version = 2;\n');
    await render(p, ['data v2'], 'new text');
    expect(p.compiled).toEqual(['text', 'new text', 'new text', 'new text']);
  });

  test('a result JSON cannot carry back unchanged is never cached', async () => {
    const p = compiler(() => ({ html: 'x', when: new Date(0) }));
    await render(p, []);
    await render(p, []);
    expect(p.compiled).toHaveLength(2);
  });
});
