/**
 * npm run guide
 *
 * Rewrites the generated blocks of CONTRIBUTING.md (`<!-- atlas:NAME -->` … `<!-- /atlas:NAME -->`)
 * from the project's data: the frontmatter vocabularies (content/taxonomy.yaml), the reviews
 * (bib/sources.yaml) and the parts (the folders of content/). `npm run check` reports a stale
 * block; the site's /contribute/ page always fills them afresh.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentParts, expandGuide } from '../contrib/guide.ts';
import { GUIDE_FILE, loadSources, loadTaxonomy, projectPaths } from '../project.ts';

const root = process.cwd();
const file = join(root, GUIDE_FILE);
const before = readFileSync(file, 'utf8');
const after = expandGuide(before, { taxonomy: loadTaxonomy(root), sources: loadSources(root), parts: contentParts(projectPaths(root).content) });
if (after === before) console.log(`${GUIDE_FILE} is up to date`);
else {
  writeFileSync(file, after);
  console.log(`rewrote the generated blocks of ${GUIDE_FILE}`);
}
