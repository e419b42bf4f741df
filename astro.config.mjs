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
import remarkCharts, { remarkChartFigures } from './src/markdown/remark-charts.ts';
import remarkInternalLinks from './src/markdown/remark-internal-links.ts';
import { KATEX_OPTIONS } from './src/markdown/katex-options.ts';
import rehypeKatexErrors from './src/markdown/rehype-katex-errors.ts';
import remarkHeadingAnchors from './src/markdown/remark-heading-anchors.ts';
import rehypeSectionTools from './src/markdown/rehype-section-tools.ts';
import { siteVersion } from './src/render/site-version.ts';
import { SITE_LANGUAGE, SITE_TITLE } from './src/site-meta.ts';
import rehypeKatexSearch from './src/markdown/rehype-katex-search.ts';
import rehypeSearchTerms from './src/markdown/rehype-search-terms.ts';
import { loadGlossary } from './src/project.ts';

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
      // KaTeX positions glyphs with style attributes; inline <style> elements stay hashed
      // (style-src is 'self' plus those hashes by default).
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    // Starlight's Expressive Code highlights code blocks with classes; Astro's Shiki would add
    // inline styles the CSP forbids.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkDataTables, { dir: './content/tables' }],
        // Charts after the tables they draw (which must be on the page), their SVG after citations.
        [remarkCharts, { charts: './content/charts', tables: './content/tables' }],
        // Heading ids (pinned, slugged, aliases) before anything reads headings.
        remarkHeadingAnchors,
        // Before citations, which add their own #ref-N links.
        [remarkInternalLinks, { targets: atlas.linkTargets, root: atlas.root, base }],
        [remarkCitations, { index: atlas.citations }],
        [remarkChartFigures, { index: atlas.citations }],
      ],
      rehypePlugins: [
        // KaTeX errors must stop the build rather than render red text (shared with npm run check).
        [rehypeKatex, KATEX_OPTIONS],
        rehypeKatexErrors,
        // Search: keep KaTeX's MathML copy out of the index, and index each section under the
        // other names (glossary aliases, ASCII formulas) of the terms it mentions.
        rehypeKatexSearch,
        [rehypeSearchTerms, { glossary: loadGlossary() }],
        // Copy-link and cite tools under each section (runs before Starlight's heading links).
        [rehypeSectionTools, { chapters: atlas.chapters, site, base, siteTitle: SITE_TITLE, version: siteVersion(), language: SITE_LANGUAGE }],
      ],
    }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX page's asset module with its own "use astro:head-inject" directive,
        // which the bundler reports as unknown; the warning is about Astro's code, not ours.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: SITE_TITLE,
      description:
        'A cited synthesis of what five reviews say about the interfaces in all-solid-state lithium batteries.',
      // src/pages/404.astro replaces Starlight's, which expects a docs entry named 404.
      disable404Route: true,
      customCss: [
        'katex/dist/katex.min.css',
        './src/styles/atlas.css',
        './src/styles/section-tools.css',
        './src/styles/present.css',
        './src/styles/print.css',
        './src/styles/charts.css',
      ],
      // Chapters live in content/, outside src/content/docs: Starlight's Markdown transforms
      // (heading anchor links, asides) only run on directories it is told about.
      markdown: { processedDirs: ['./content'] },
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
        Head: './src/components/overrides/Head.astro',
        // Chapters carry their search filters (from frontmatter) and the section tools' scripts.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Search with filters that combine the way readers expect (src/search/ui.ts).
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
        // Edit links and last-updated dates come from the page's source file in content/ or bib/
        // (Starlight's own look in src/content/docs); the repository is REPO_URL.
        EditLink: './src/components/overrides/EditLink.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
    }),
  ],
});
