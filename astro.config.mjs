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
        // CONTRIBUTING.md, rendered (src/contrib/docs-loader.ts).
        { slug: 'contribute', label: 'Contribute' },
      ],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        // Edit links and last-updated dates come from the page's source file in content/ or bib/
        // (Starlight's own look in src/content/docs); the repository is REPO_URL.
        EditLink: './src/components/overrides/EditLink.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
    }),
  ],
});
