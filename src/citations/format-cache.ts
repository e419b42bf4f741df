import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FormattedWork } from './format.ts';

/**
 * Formatted references kept between builds in one JSON file, keyed by a hash of what the text
 * depends on (the item, the style, the locale, the processor's version). A warm build formats only
 * what changed. Entries a build did not use are dropped when it saves, so the file does not grow
 * with every edit; a missing or unreadable file is an empty cache.
 */
export interface FormatCache {
  get(key: string): FormattedWork | undefined;
  set(key: string, value: FormattedWork): void;
  save(): void;
}

export function fileFormatCache(file: string): FormatCache {
  let stored: Record<string, FormattedWork> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, FormattedWork>;
  } catch {
    // no cache yet (or a damaged one): format everything
  }
  const used = new Map<string, FormattedWork>();
  let changed = false;
  return {
    get: (key) => used.get(key) ?? stored[key],
    set: (key, value) => {
      if (stored[key] === undefined) changed = true;
      used.set(key, value);
    },
    save: () => {
      if (!changed && used.size === Object.keys(stored).length) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: two builds at once never read half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(used)));
      renameSync(tmp, file);
    },
  };
}
