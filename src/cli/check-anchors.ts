// Checks that every published section anchor (content/anchors.json) still lands on a section.
//   node src/cli/check-anchors.ts            check (CI: part of `npm test`)
//   node src/cli/check-anchors.ts --update   add the current anchors to the manifest
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { projectPaths } from '../project.ts';
import { loadSite } from '../site.ts';
import { currentAnchors, missingAnchors, unpublishedAnchors, updatedManifest, type AnchorManifest } from '../check/anchor-manifest.ts';

const paths = projectPaths();
const manifestPath = resolve(paths.content, 'anchors.json');
const manifestFile = relative(process.cwd(), manifestPath);
const text = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : '{}\n';
let manifest: AnchorManifest;
try {
  manifest = JSON.parse(text) as AnchorManifest;
} catch (e) {
  console.error(`${manifestFile}:1: not valid JSON (${(e as Error).message}); restore it from git`);
  process.exit(1);
}

// The anchors as the pages have them: the chapters read through the site's plugin chain.
const chapters = loadSite().chapters();
const current = currentAnchors(chapters.map((c) => ({ ...c, file: relative(process.cwd(), c.file) })));
const missing = missingAnchors(manifest, current, manifestFile, text);
if (missing.length) {
  console.error(`${missing.length} published anchor${missing.length > 1 ? 's' : ''} would break links:\n${missing.join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--update')) {
  writeFileSync(manifestPath, `${JSON.stringify(updatedManifest(manifest, current), null, 2)}\n`);
  console.log(`${manifestFile} updated`);
} else {
  const fresh = unpublishedAnchors(manifest, current);
  if (fresh.length) console.log(`${fresh.length} anchor(s) not yet in ${manifestFile} (run \`npm run anchors:update\` and commit it): ${fresh.map((a) => `${a.chapter}#${a.id}`).join(', ')}`);
  console.log(`All ${Object.values(manifest).flat().length} published anchors resolve.`);
}
