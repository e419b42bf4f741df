import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * CSP hashes for the few `<script is:inline>` blocks that Starlight's own components emit (theme
 * and sidebar state, which must run before first paint). Astro hashes the scripts it bundles but
 * not these, so we hash exactly these bodies from Starlight's source — and nothing else, so an
 * inline script that came from anywhere else would still be blocked.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  const require = createRequire(import.meta.url);
  // Resolved through an exported component path (the package exports no package.json).
  const components = dirname(require.resolve('@astrojs/starlight/components/Page.astro'));
  const hashes = new Set<`sha256-${string}`>();
  for (const file of readdirSync(components).filter((f) => f.endsWith('.astro'))) {
    const source = readFileSync(join(components, file), 'utf8');
    for (const m of source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(`sha256-${createHash('sha256').update(m[1]!).digest('base64')}`);
    }
  }
  return [...hashes];
}
