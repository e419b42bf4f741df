// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadSite } from './src/site.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkDataTables from './src/markdown/remark-data-tables.ts';
import remarkHeadingAnchors from './src/markdown/remark-heading-anchors.ts';
import rehypeSectionTools from './src/markdown/rehype-section-tools.ts';
import { siteVersion } from './src/render/site-version.ts';
import { SITE_LANGUAGE, SITE_TITLE } from './src/site-meta.ts';

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
        // Heading ids (pinned, slugged, aliases) before anything reads headings.
        remarkHeadingAnchors,
        [remarkCitations, { index: atlas.citations }],
      ],
      // KaTeX errors must stop the build rather than render red text.
      rehypePlugins: [
        [rehypeKatex, { throwOnError: true, strict: 'error' }],
        // Copy-link and cite tools under each section (runs before Starlight's heading links).
        [rehypeSectionTools, { chapters: atlas.chapters, site, base, siteTitle: SITE_TITLE, version: siteVersion(), language: SITE_LANGUAGE }],
      ],
    }),
  },
  integrations: [
    starlight({
      title: SITE_TITLE,
      description:
        'A cited synthesis of what five reviews say about the interfaces in all-solid-state lithium batteries.',
      customCss: ['katex/dist/katex.min.css', './src/styles/section-tools.css', './src/styles/present.css', './src/styles/print.css'],
      // Chapters live in content/, outside src/content/docs: Starlight's Markdown transforms
      // (heading anchor links, asides) only run on directories it is told about.
      markdown: { processedDirs: ['./content'] },
      components: {
        Head: './src/components/overrides/Head.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
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
