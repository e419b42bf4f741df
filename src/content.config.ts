import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterFrontmatter } from './schema/chapter.ts';
import { loadSources, loadTaxonomy } from './project.ts';

// The synthesis lives in the top-level content/ folder (DESIGN.md), not in src/content.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: chapterFrontmatter(
        loadTaxonomy(),
        loadSources().map((s) => s.id),
      ),
    }),
  }),
};
