import { resolve } from 'node:path';
import { readYamlFile } from '../../../src/data/yaml-file.ts';
import { sourcesSchema } from '../../../src/schema/sources.ts';
import { buildLibrary } from '../../../src/citations/library.ts';

export const miniDir = resolve(import.meta.dirname, '../../fixtures/mini');
export const miniSources = () => readYamlFile(resolve(miniDir, 'sources.yaml'), sourcesSchema);
export const miniLibrary = () => buildLibrary({ bibDir: miniDir, sources: miniSources() });
