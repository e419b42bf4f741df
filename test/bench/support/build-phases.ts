/**
 * Where the seconds of an `astro build` go: an integration that marks the wall time and the CPU
 * time of the build process (all its threads, so Rolldown's too) at each stage, and writes the
 * marks as JSON when the build is done. bench:build loads it through a wrapper config
 * (test/bench/build.ts), so the site's own config stays as it is.
 *
 * Stages: start (Node and Astro loaded) → config (astro.config.mjs evaluated: the site's data
 * loaded) → setup (integrations, routes) → content (content layer synced, Vite ready) → bundle
 * (Rolldown: server, prerender and client bundles, Markdown compiled) → pages (every page rendered
 * and written) → done (integrations' build-done hooks: the search index, the sitemap).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';

export interface Mark {
  name: string;
  /** ms since the process started */
  wall: number;
  /** CPU ms of this process (user + system, every thread) */
  cpu: number;
}

// On globalThis: Astro may evaluate the config in more than one module graph.
const store = globalThis as typeof globalThis & { __benchBuildMarks?: Mark[] };
const marks = (store.__benchBuildMarks ??= []);
export function mark(name: string): void {
  const { user, system } = process.cpuUsage();
  marks.push({ name, wall: performance.now(), cpu: (user + system) / 1000 });
}
// Evaluated just before the site's config (the wrapper config imports this module first).
mark('start');

/** The stage names in order, and what each one measures (for the bench's table). */
export const STAGES: [string, string][] = [
  ['start', 'Node + Astro start'],
  ['config', 'config load (site data)'],
  ['setup', 'integrations, routes'],
  ['content', 'content sync, Vite setup'],
  ['bundle', 'bundle + Markdown compile'],
  ['pages', 'render + write pages'],
  ['done', 'search index, sitemap'],
];

export function buildPhases(file: string): AstroIntegration {
  return {
    name: 'bench:build-phases',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            // A buildApp hook ordered 'post' in a normal plugin runs after Astro's bundles are
            // built and before Astro's own (enforce: 'post') page generation.
            plugins: [{ name: 'bench:bundle-done', buildApp: { order: 'post', handler: async () => mark('bundle') } }],
          },
        });
      },
      'astro:config:done': () => mark('setup'),
      'astro:build:start': () => mark('content'),
      'astro:build:generated': () => mark('pages'),
      'astro:build:done': () => {
        mark('done');
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
