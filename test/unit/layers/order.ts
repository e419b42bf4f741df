/**
 * The layers of the generator, from the ground up: a file may import from its own layer and the
 * layers below it, never from one above (test/unit/layers/layers.test.ts holds every import to
 * this). A room is a folder of src/ (ending in /) or one file; every source file of src/ must be
 * in one. To place a new folder, add it to the layer whose rooms it imports and that import it.
 */
export interface Layer {
  name: string;
  /** Folders (`src/data/`) and files (`src/site.ts`), from the repository's root. */
  rooms: string[];
  /** What the layer is for, in a line. */
  says: string;
}

export const LAYERS: Layer[] = [
  {
    name: 'data',
    rooms: ['src/data/'],
    says: 'files and their lines, problems as VFile messages, slugs, safe URLs and the site’s routes',
  },
  {
    name: 'citations',
    rooms: ['src/citations/'],
    says: 'the citation core, no Astro and no Markdown: bib/ and its schemas, works, names, formats, exports',
  },
  { name: 'bib-import', rooms: ['src/bib-import/'], says: 'a review’s reference list, in any style, made into bib/<review>.bib' },
  {
    name: 'project',
    rooms: ['src/schema/', 'src/project.ts'],
    says: 'where a project keeps its inputs, and the schemas of content/ (site, taxonomy, chapters, parts, tables, glossary)',
  },
  { name: 'search', rooms: ['src/search/'], says: 'search filters and other names of terms, and the search dialog’s code' },
  { name: 'charts', rooms: ['src/charts/'], says: 'charts drawn from data tables' },
  {
    name: 'markdown',
    rooms: ['src/markdown/'],
    says: 'the one plugin chain, what it records on each chapter, and the chapter reader',
  },
  { name: 'navigation', rooms: ['src/navigation.ts'], says: 'parts and chapters in reading order, from content/' },
  { name: 'contrib', rooms: ['src/contrib/'], says: 'the contributors’ guide and its generated tables' },
  { name: 'site', rooms: ['src/site.ts'], says: 'everything the build derives from bib/ and content/, loaded once' },
  { name: 'render', rooms: ['src/render/'], says: 'data the pages show: edit links, version, overlap chart, exports, work search' },
  { name: 'check', rooms: ['src/check/'], says: '`npm run check`, the build’s content gate and the one problem reporter' },
  {
    name: 'pages',
    rooms: ['src/pages/', 'src/components/', 'src/scripts/', 'src/styles/', 'src/security/', 'src/build/', 'src/content.config.ts'],
    says: 'the Astro site: pages, components, browser scripts, build plugins',
  },
  { name: 'cli', rooms: ['src/cli/', 'astro.config.mjs'], says: 'the npm commands and the Astro config' },
];
