import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Starlight's table-of-contents script, as its components import it. */
const STARLIGHT_TOC = /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]components-internals[\\/]TableOfContents[\\/]starlight-toc(\.[jt]s)?$/;
const LEAN_TOC = fileURLToPath(new URL('../scripts/toc-current.ts', import.meta.url));

/**
 * Serves src/scripts/toc-current.ts wherever Starlight's components load their table-of-contents
 * script: the same element and API, without observing every block of a long page (see that file).
 * Starlight's markup and styles are untouched. A browser test checks the built pages carry this
 * script and not Starlight's, so a Starlight release that moves the file fails there, not silently.
 */
export function leanTableOfContents(): Plugin {
  return {
    name: 'atlas:lean-table-of-contents',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/starlight-toc(\.[jt]s)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && STARLIGHT_TOC.test(resolved.id.replace(/\?.*$/, '')) ? LEAN_TOC : null;
    },
  };
}
