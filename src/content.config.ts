import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
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
};
