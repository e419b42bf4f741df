// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadSite } from './src/site.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkDataTables from './src/markdown/remark-data-tables.ts';
import remarkInternalLinks from './src/markdown/remark-internal-links.ts';
import { KATEX_OPTIONS } from './src/markdown/katex-options.ts';

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
        // Before citations, which add their own #ref-N links.
        [remarkInternalLinks, { targets: atlas.linkTargets, root: atlas.root, base }],
        [remarkCitations, { index: atlas.citations }],
      ],
      // KaTeX errors must stop the build rather than render red text (shared with npm run check).
      rehypePlugins: [[rehypeKatex, KATEX_OPTIONS]],
    }),
  },
  integrations: [
    starlight({
      title: 'Interface Atlas',
      description:
        'A cited synthesis of what five reviews say about the interfaces in all-solid-state lithium batteries.',
      customCss: ['katex/dist/katex.min.css'],
      // Edit links and last-updated dates come from the page's source file in content/ or bib/
      // (Starlight's own look in src/content/docs); the repository is REPO_URL.
      components: {
        EditLink: './src/components/overrides/EditLink.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
      sidebar: [
        { label: 'Foundations', items: [{ autogenerate: { directory: 'foundations' } }] },
        { label: 'Challenges', items: [{ autogenerate: { directory: 'challenges' } }] },
        { label: 'Strategies', items: [{ autogenerate: { directory: 'strategies' } }] },
        { label: 'Characterisation', items: [{ autogenerate: { directory: 'characterisation' } }] },
        { label: 'Synthesis', items: [{ autogenerate: { directory: 'synthesis' } }] },
        // CONTRIBUTING.md, rendered (src/contrib/docs-loader.ts).
        { slug: 'contribute', label: 'Contribute' },
      ],
    }),
  ],
});
