// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { starlightInlineScriptHashes } from './src/security/inline-script-hashes.ts';
import { atlasRehypePlugins, atlasRemarkPlugins } from './src/markdown/chain.ts';
import { contentGate, loadSiteOrStop } from './src/check/build-gate.ts';
import { sectionToolsOptions } from './src/render/section-citations.ts';
import { siteDescription } from './src/schema/site.ts';
import { projectPaths } from './src/project.ts';
import { sidebarGroups } from './src/navigation.ts';
import { withCompileCache } from './src/build/compile-cache.ts';
import { projectKey } from './src/render/page-cache-key.ts';
import { katexWoff2Only } from './src/build/katex-woff2.ts';
import { leanTableOfContents } from './src/build/lean-toc.ts';

// Deploys set SITE_URL and BASE_PATH (e.g. https://example.github.io and /atlas/); a local
// build serves from the root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const atlas = loadSiteOrStop({ base });
// The site's one Markdown plugin chain (src/markdown/chain.ts), as `npm run check` runs it.
/** @type {import('./src/markdown/chain.ts').ChainOptions} */
const chain = {
  root: atlas.root,
  base,
  citations: atlas.citations,
  glossary: atlas.glossary,
  targets: atlas.linkTargets,
  // The data files the sections' cite panels load are built from the same options (src/pages/data/chapters/).
  sectionTools: sectionToolsOptions(atlas, site),
  stopOnErrors: true,
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No link prefetching (Starlight turns it on for every link): its script watches every link of
  // the page and every change to the page, which on a long chapter was a long task on a phone's
  // main thread, and phones do not hover. Pages are small static files a tap loads quickly.
  prefetch: false,
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it
  // emits; everything else may only come from this origin. Pagefind's search runs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'", // fonts are files (vite.build.assetsInlineLimit below)
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
    // Compiled chapters are kept between builds (src/build/compile-cache.ts), keyed on what the
    // chain reads of the project besides the chapter itself: keep `inputs` in step with it.
    processor: withCompileCache(unified({ remarkPlugins: atlasRemarkPlugins(chain), rehypePlugins: atlasRehypePlugins(chain) }), {
      root: atlas.root,
      dir: projectPaths(atlas.root).compileCache,
      // bib/, tables, glossary, taxonomy, version, code (projectKey); every page's anchors (link
      // checks); the deploy address.
      inputs: () => [projectKey(atlas.root), atlas.linkTargets(), site, base],
    }),
  },
  experimental: {
    // A warm build copies the generated pages and files whose data did not change (their
    // cacheKey, src/render/page-cache-key.ts) and whose code did not change (Astro hashes it)
    // from node_modules/.astro instead of rendering them again. `astro build --force` renders all.
    incrementalBuild: true,
  },
  vite: {
    plugins: [katexWoff2Only(), leanTableOfContents()],
    build: {
      // Fonts stay files: inlined as data: URLs they would weigh on the stylesheet every page
      // loads. Scripts too: inlined, each page (700 of them are works) would carry its own copy
      // instead of one the browser caches for the whole site.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|js)$/.test(file) ? false : undefined),
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
    // Before anything is rendered: the content problems `npm run check` finds stop the build here.
    contentGate({ base }),
    starlight({
      // The site's name and description: content/site.yaml, the count of reviews from bib/sources.yaml.
      title: atlas.config.title,
      description: siteDescription(atlas.config, atlas.sources.length),
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
      // The parts and chapters come from content/ (each part folder's _part.yaml, each chapter's
      // sidebar.order: src/navigation.ts); a new chapter needs no change here. Previous/next
      // links follow this order.
      sidebar: [
        { slug: 'index', label: 'Introduction' },
        ...sidebarGroups(atlas.navigation()),
        {
          label: 'Reference data',
          items: [
            { label: 'References', link: '/references/' },
            { label: 'How the reviews overlap', link: '/overlap/' },
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Source reviews', items: atlas.sources.map((s) => ({ label: atlas.citations.narrative(s.id), link: `/sources/${s.id}/` })) },
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
        // A printed page starts with the site's name, the page's address and the version.
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Edit links and last-updated dates come from the page's source file in content/ or bib/
        // (Starlight's own look in src/content/docs); the repository is REPO_URL.
        EditLink: './src/components/overrides/EditLink.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
    }),
  ],
});
