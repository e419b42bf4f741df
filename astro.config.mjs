// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadSite } from './src/site.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkDataTables from './src/markdown/remark-data-tables.ts';
import rehypeKatexSearch from './src/markdown/rehype-katex-search.ts';
import rehypeSearchTerms from './src/markdown/rehype-search-terms.ts';
import { loadGlossary } from './src/search/glossary.ts';

// Deploys set SITE_URL and BASE_PATH (e.g. https://example.github.io and /atlas/); a local
// build serves from the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const atlas = loadSite({ base });

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkDataTables, { dir: './content/tables' }],
        [remarkCitations, { index: atlas.citations }],
      ],
      // KaTeX errors must stop the build rather than render red text.
      // Then search: keep KaTeX's MathML copy out of the index, and index each section under the
      // other names (glossary aliases, ASCII formulas) of the terms it mentions.
      rehypePlugins: [
        [rehypeKatex, { throwOnError: true, strict: 'error' }],
        rehypeKatexSearch,
        [rehypeSearchTerms, { glossary: loadGlossary() }],
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'Interface Atlas',
      description:
        'A cited synthesis of what five reviews say about the interfaces in all-solid-state lithium batteries.',
      customCss: ['katex/dist/katex.min.css'],
      components: {
        // Chapters carry their search filters (from frontmatter) for Pagefind.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Search with filters that combine the way readers expect (src/search/ui.ts).
        Search: './src/components/overrides/Search.astro',
      },
      sidebar: [
        { label: 'Foundations', items: [{ autogenerate: { directory: 'foundations' } }] },
        { label: 'Challenges', items: [{ autogenerate: { directory: 'challenges' } }] },
        { label: 'Strategies', items: [{ autogenerate: { directory: 'strategies' } }] },
        { label: 'Characterisation', items: [{ autogenerate: { directory: 'characterisation' } }] },
        { label: 'Synthesis', items: [{ autogenerate: { directory: 'synthesis' } }] },
      ],
    }),
  ],
});
