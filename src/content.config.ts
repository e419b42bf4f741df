import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { chapterFrontmatter } from './schema/chapter.ts';
import { loadSources, loadTaxonomy, projectPaths } from './project.ts';
import { atlasDocsLoader } from './contrib/docs-loader.ts';
import { contentParts } from './contrib/guide.ts';

const root = process.cwd();
const taxonomy = loadTaxonomy(root);
const sources = loadSources(root);

// The synthesis lives in the top-level content/ folder (DESIGN.md), not in src/content; the
// contributors' guide (CONTRIBUTING.md) joins it as /contribute/.
export const collections = {
  docs: defineCollection({
    loader: atlasDocsLoader({ root, guideData: () => ({ taxonomy, sources, parts: contentParts(projectPaths(root).content) }) }),
    schema: docsSchema({
      extend: chapterFrontmatter(
        taxonomy,
        sources.map((s) => s.id),
      ),
    }),
  }),
  // Starlight reads its interface strings from this collection; the site overrides only these.
  i18n: defineCollection({
    loader: () => [
      {
        id: 'en',
        '404.text': 'This page does not exist (any more). Search the site, or start from the table of contents on the home page.',
      },
    ],
    schema: i18nSchema(),
  }),
};
