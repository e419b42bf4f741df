import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readYamlFile } from '../../../src/data/yaml-file.ts';
import { sourcesSchema } from '../../../src/citations/sources.ts';
import { buildLibrary } from '../../../src/citations/library.ts';

export const miniDir = resolve(import.meta.dirname, '../../fixtures/mini');
export const miniSources = () => readYamlFile(resolve(miniDir, 'sources.yaml'), sourcesSchema);
export const miniLibrary = () => buildLibrary({ bibDir: miniDir, sources: miniSources() });

/** The project's own bib/ (the five reviews' lists and bib/decisions.yaml). */
export const realBibDir = resolve(import.meta.dirname, '../../../bib');
export const realSources = () => readYamlFile(resolve(realBibDir, 'sources.yaml'), sourcesSchema);
let real: ReturnType<typeof buildLibrary> | undefined;
/** Built once per test file: parsing every entry of every list is the slow part. */
export const realLibrary = () => (real ??= buildLibrary({ bibDir: realBibDir, sources: realSources() }));

/** A temporary copy of the mini fixture's bib/ with `files` written over it. */
export const withBib = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bib-'));
  cpSync(miniDir, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
