// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadSite } from './src/site.ts';
import { starlightInlineScriptHashes } from './src/security/inline-script-hashes.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkDataTables from './src/markdown/remark-data-tables.ts';
import remarkBaseLinks from './src/markdown/remark-base-links.ts';

// Deploys set SITE_URL and BASE_PATH (e.g. https://example.github.io and /atlas/); a local
// build serves from the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const atlas = loadSite({ base });

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it
  // emits; everything else may only come from this origin. Pagefind's search runs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:", // Vite inlines KaTeX's smallest fonts
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: starlightInlineScriptHashes() },
      // KaTeX positions glyphs with style attributes; inline <style> elements stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkDataTables, { dir: './content/tables' }],
        [remarkCitations, { index: atlas.citations }],
        [remarkBaseLinks, { base }],
      ],
      // KaTeX errors must stop the build rather than render red text.
      rehypePlugins: [[rehypeKatex, { throwOnError: true, strict: 'error' }]],
    }),
  },
  integrations: [
    starlight({
      title: 'Interface Atlas',
      description:
        'A cited synthesis of what five reviews say about the interfaces in all-solid-state lithium batteries.',
      customCss: ['katex/dist/katex.min.css', './src/styles/atlas.css'],
      sidebar: [
        { label: 'Foundations', items: [{ autogenerate: { directory: 'foundations' } }] },
        { label: 'Challenges', items: [{ autogenerate: { directory: 'challenges' } }] },
        { label: 'Strategies', items: [{ autogenerate: { directory: 'strategies' } }] },
        { label: 'Characterisation', items: [{ autogenerate: { directory: 'characterisation' } }] },
        { label: 'Synthesis', items: [{ autogenerate: { directory: 'synthesis' } }] },
        {
          label: 'Reference data',
          items: [
            { label: 'References', link: '/references/' },
            { label: 'How the reviews overlap', link: '/overlap/' },
            { label: 'Glossary', link: '/glossary/' },
            ...atlas.sources.map((s) => ({ label: `Source: ${s.id}`, link: `/sources/${s.id}/` })),
          ],
        },
      ],
      components: {
        Footer: './src/components/overrides/Footer.astro',
      },
    }),
  ],
});
