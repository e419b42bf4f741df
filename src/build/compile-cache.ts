import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { codeHash, contentHash } from '../data/content-hash.ts';

/** The part of Astro's Markdown processor (`unified()` of @astrojs/markdown-remark) this wraps. */
interface Processor {
  createMdxRenderer?(...args: never[]): Promise<{ process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown> }>;
  createRenderer?(...args: never[]): Promise<{ render(content: string, options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }): Promise<unknown> }>;
}

export interface CompileCacheOptions {
  root: string;
  /** Folder for the compiled pages (one file per source file). */
  dir: string;
  /**
   * Everything the site's plugins read when they compile `file`, besides its text and the code:
   * the project's data, what they know of the chapter and of the pages it may link to, the deploy
   * address. Called at each compile (not before: the chapters are read lazily).
   */
  inputs: (file: string) => unknown;
}

/**
 * Compiled Markdown and MDX kept between builds. Compiling a chapter (the site's remark and rehype
 * plugins: citations, tables, KaTeX, search terms, section tools) is most of what a build spends
 * on content; a warm build takes each chapter from the cache when nothing it depends on changed:
 * its text and frontmatter, the code (every file of src/, the config, the lockfile) and `inputs`.
 * A result that does not survive JSON is never cached, so what comes back is what was compiled.
 *
 * It wraps the processor object in place: Starlight adds its plugins to `processor.options`,
 * which the wrapped methods still read.
 */
export function withCompileCache<P extends Processor>(processor: P, { root, dir, inputs }: CompileCacheOptions): P {
  let code: string | undefined;
  const cached = async <R>(kind: string, file: string, source: unknown, compile: () => Promise<R>): Promise<R> => {
    code ??= codeHash(root);
    const name = relative(root, file).replace(/\\/g, '/');
    const key = contentHash([code, inputs(file), kind, name, source]);
    const path = join(dir, `${contentHash([kind, name])}.json`);
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as { key: string; result: R };
      if (stored.key === key) return stored.result;
    } catch {
      // not compiled before (or a damaged entry): compile
    }
    const result = await compile();
    const json = JSON.stringify({ key, result });
    if (isDeepStrictEqual((JSON.parse(json) as { result: unknown }).result, result)) {
      mkdirSync(dir, { recursive: true });
      // Written whole, then renamed: a build running at the same time never reads half an entry.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, json);
      renameSync(tmp, path);
    }
    return result;
  };

  const { createMdxRenderer, createRenderer } = processor;
  if (createMdxRenderer) {
    processor.createMdxRenderer = async (...args) => {
      const renderer = await createMdxRenderer.apply(processor, args);
      return { ...renderer, process: (content, filePath, frontmatter) => cached('mdx', filePath, [content, frontmatter], () => renderer.process(content, filePath, frontmatter)) };
    };
  }
  if (createRenderer) {
    processor.createRenderer = async (...args) => {
      const renderer = await createRenderer.apply(processor, args);
      return {
        ...renderer,
        render: (content, options) =>
          options?.fileURL
            ? cached('md', fileURLToPath(options.fileURL), [content, options.frontmatter ?? null], () => renderer.render(content, options))
            : renderer.render(content, options),
      };
    };
  }
  return processor;
}
