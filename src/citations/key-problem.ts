import type { KeyLookup } from './types.ts';

/**
 * What to tell a contributor about a key that names no work: the lookup's reason, the closest
 * keys (written with `@` in prose, bare in YAML) and where keys are listed. One sentence for
 * chapters, tables and the glossary alike.
 */
export function keyProblem(found: Extract<KeyLookup, { ok: false }>, prefix: '@' | '' = ''): string {
  const hint = found.suggestions.length ? ` Did you mean ${found.suggestions.map((s) => `${prefix}${s}`).join(', ')}?` : '';
  return `${found.message}.${hint} Keys are listed on the reference pages.`;
}
