import type { Plugin } from 'vite';

const KATEX_CSS = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;
const OLDER_FORMATS = /,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g;

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Every browser the site supports
 * takes woff2, the first, so the other two only add bytes to the stylesheet every page loads and
 * ~40 files to dist/. This keeps the woff2 source of each @font-face (and fails the build, rather
 * than shipping the older formats again, if a KaTeX release writes its fonts differently).
 */
export function katexWoff2Only(): Plugin {
  return {
    name: 'atlas:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS.test(id.replace(/\?.*$/, ''))) return;
      const out = code.replace(OLDER_FORMATS, '');
      const faces = out.match(/@font-face\s*{[^}]*}/g) ?? [];
      const bad = faces.filter((f) => !/src:\s*url\([^)]*\.woff2\)\s*format\(["']woff2["']\)\s*[;}]/.test(f));
      if (faces.length === 0 || bad.length) {
        throw new Error(`${id}: expected every @font-face to offer one woff2 font once the woff and ttf sources are dropped; ${bad.length ? `not so in ${bad[0]}` : 'found no @font-face'}. Update src/build/katex-woff2.ts to this KaTeX release.`);
      }
      return { code: out, map: null };
    },
  };
}
