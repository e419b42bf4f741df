import type { AstroIntegration } from 'astro';
import { problemOfError } from '../data/problems.ts';
import { SourceError } from '../data/source-error.ts';
import { loadSite, type Site } from '../site.ts';
import { countWords, GUIDE_POINTER, printProblems } from './report.ts';
import { checkContent } from './run.ts';

/** Stops the process after the reporter printed why: no stack trace, nothing written. */
function stop(summary: string): never {
  console.error(`\n${summary} ${GUIDE_POINTER}`);
  process.exit(1);
}

/**
 * The site's data for astro.config.mjs. A problem in bib/ or in the project's YAML stops here,
 * printed as `file:line: message` like `npm run check` prints it.
 */
export function loadSiteOrStop(options: { root?: string; base?: string }): Site {
  try {
    return loadSite(options);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    printProblems([problemOfError(e, options.root ?? process.cwd())]);
    stop('1 problem in the project data: the site was not built.');
  }
}

/**
 * Before `astro build` renders anything, the build's share of `npm run check` (scope `build`)
 * runs on the chapters, read once through the same plugin chain the pages use (and kept for
 * them: loadSite caches). Problems print as the check prints them and stop the build there, so
 * bad input never ends in a stack trace or a half-built dist/. Warnings print and the build goes on.
 */
export function contentGate({ base }: { base: string }): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const root = process.cwd();
        // Astro sets the config up again for its prerendering; the content was checked once.
        const done = (globalThis as typeof globalThis & { __atlasChecked?: Set<string> }).__atlasChecked ??= new Set();
        if (done.has(`${root}|${base}`)) return;
        done.add(`${root}|${base}`);
        const problems = checkContent(root, { base, scope: 'build', reload: false });
        if (problems.length === 0) return;
        const counts = printProblems(problems);
        if (counts.errors) stop(`${countWords(counts)}: the site was not built.`);
        logger.warn(`${countWords(counts)} (listed above); the build goes on.`);
      },
    },
  };
}
