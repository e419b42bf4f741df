import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readYamlFile } from './data/yaml-file.ts';
import { sourcesSchema, type Source } from './citations/sources.ts';
import { taxonomySchema, type Taxonomy } from './schema/chapter.ts';
import { glossarySchema, type GlossaryEntry } from './schema/glossary.ts';
import { siteConfigSchema, type SiteConfig } from './schema/site.ts';

/**
 * Where a project keeps its inputs (DESIGN.md, "Layout"). The generator reads only these, so
 * another group can point it at its own content/ and bib/.
 */
export const projectPaths = (root = process.cwd()) => ({
  root,
  bib: resolve(root, 'bib'),
  sources: resolve(root, 'bib/sources.yaml'),
  decisions: resolve(root, 'bib/decisions.yaml'),
  content: resolve(root, 'content'),
  tables: resolve(root, 'content/tables'),
  charts: resolve(root, 'content/charts'),
  taxonomy: resolve(root, 'content/taxonomy.yaml'),
  glossary: resolve(root, 'content/glossary.yaml'),
  site: resolve(root, 'content/site.yaml'),
  /** Derived data kept between builds (where bundlers keep theirs). */
  formatCache: resolve(root, 'node_modules/.cache/interface-atlas/formatted-references.json'),
  compileCache: resolve(root, 'node_modules/.cache/interface-atlas/compiled'),
});

/**
 * The contributors' guide: one file, read on GitHub and rendered as the site's page /contribute/
 * (src/contrib/). The link checker and the check need its place before any guide is read.
 */
export const GUIDE_FILE = 'CONTRIBUTING.md';
export const GUIDE_SLUG = 'contribute';

export const loadSources = (root?: string): Source[] => readYamlFile(projectPaths(root).sources, sourcesSchema);
export const loadSiteConfig = (root?: string): SiteConfig => readYamlFile(projectPaths(root).site, siteConfigSchema);
export const loadTaxonomy = (root?: string): Taxonomy => readYamlFile(projectPaths(root).taxonomy, taxonomySchema);
/** The glossary is optional: a project without content/glossary.yaml has an empty one. */
export const loadGlossary = (root?: string): GlossaryEntry[] =>
  existsSync(projectPaths(root).glossary) ? readYamlFile(projectPaths(root).glossary, glossarySchema) : [];
