/**
 * npm run new -- chapter "Title" --part <folder> [--slug file-name]
 * npm run new -- part <folder> "Label"
 * npm run new -- review <id> [--refs <reference list: text, BibTeX, RIS or CSL-JSON>] [--style <style>]
 *
 * Scaffolds a chapter (content/<part>/<slug>.mdx), a part (content/<folder>/_part.yaml: the
 * sidebar, previous/next links and the home page list it from there) or a new source review (an entry in
 * bib/sources.yaml and, with --refs, the list kept as bib/raw/<id>.<txt|bib|ris|json> and imported into bib/<id>.bib). Never
 * overwrites. What is left to write is marked TODO: the scaffold builds, so `npm run dev`
 * previews it at once, and `npm run check` (so CI) fails with file:line on each TODO until it
 * is filled in, so a placeholder cannot be merged.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildBib } from '../bib-import/cli.ts';
import { ImportError } from '../bib-import/import.ts';
import { contentParts } from '../contrib/guide.ts';
import { loadSources, loadTaxonomy, projectPaths } from '../project.ts';
import { sourceSchema } from '../citations/sources.ts';
import { SLUG, slugify } from '../data/slug.ts';
import { buildLibrary } from '../citations/library.ts';
import type { Facet } from '../schema/chapter.ts';
import { PART_FILE, partSchema } from '../schema/part.ts';
import { readYamlFile } from '../data/yaml-file.ts';

class UsageError extends Error {}

export { slugify };

const frontmatterOf = (file: string): Record<string, unknown> => {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  try {
    return (m ? (parseYaml(m[1]!) as Record<string, unknown>) : null) ?? {};
  } catch {
    return {};
  }
};

export function newChapter(root: string, title: string, opts: { part?: string; slug?: string }): { file: string; text: string } {
  const paths = projectPaths(root);
  const parts = contentParts(paths.content);
  if (!title.trim()) throw new UsageError('give the chapter a title: npm run new -- chapter "Title" --part <folder>');
  if (!opts.part) throw new UsageError(`which part is the chapter in? Add --part with one of: ${parts.join(', ')}`);
  if (!parts.includes(opts.part)) {
    throw new UsageError(`no part "${opts.part}" in content/; the parts are ${parts.join(', ')}. (Start a new part with npm run new -- part ${opts.part} "Its name".)`);
  }
  const slug = opts.slug ?? slugify(title);
  if (!SLUG.test(slug)) throw new UsageError(`cannot make a file name from "${opts.slug ?? title}": pass --slug with lower-case words joined by hyphens`);
  const file = join(paths.content, opts.part, `${slug}.mdx`);
  if (existsSync(file)) throw new UsageError(`${relative(root, file)} exists already: edit it, or choose another title or --slug`);

  const taxonomy = loadTaxonomy(root);
  const reviews = loadSources(root).map((s) => s.id);
  // The part's chapters say which value its one-value facets take and where a new chapter goes in the sidebar.
  const siblings = readdirSync(join(paths.content, opts.part))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => frontmatterOf(join(paths.content, opts.part!, f)));
  const order = Math.max(0, ...siblings.map((f) => Number((f.sidebar as { order?: unknown } | undefined)?.order) || 0)) + 1;
  const list = (v: Record<string, string>) => Object.keys(v).join(', ');
  // A facet of one value takes the one most of the part's chapters have; a list starts empty.
  const facetLine = (f: Facet): string => {
    if (f.list) return `${f.field}: [] # TODO: ${f.hint ?? f.label}, from: ${list(f.values)}`;
    const used = siblings.map((s) => s[f.field]).filter((v): v is string => typeof v === 'string' && v in f.values);
    const common = used.sort((a, b) => used.filter((v) => v === b).length - used.filter((v) => v === a).length)[0];
    return common ? `${f.field}: ${common} # the part's other chapters use this; one of: ${list(f.values)}` : `${f.field}: # TODO: one of ${list(f.values)}`;
  };

  const text = `---
title: ${JSON.stringify(title.trim())}
description: "TODO: one sentence on what this chapter covers (search results and link previews show it)"
${Object.values(taxonomy.facets).map(facetLine).join('\n')}
sources: # TODO: each review you summarise and its section numbers (bib/sources.yaml lists them)
  - review: ${reviews[0]} # one of: ${reviews.join(', ')}
    sections: []
sidebar:
  order: ${order}
---

{/* TODO: write the chapter in your own words and cite every claim. Cite what a review cites as [@${reviews[0]}:12] (its reference 12), the review itself as [@${reviews[0]}], any work by its canonical key from the reference pages. Name disagreements between reviews. CONTRIBUTING.md has the house rules. */}

TODO: an opening paragraph: what this chapter is about and which reviews cover it.

## TODO: first section heading

TODO: the first section.
`;
  return { file, text };
}

export function newPart(root: string, folder: string, label: string): { file: string; text: string } {
  const paths = projectPaths(root);
  if (!SLUG.test(folder)) throw new UsageError(`"${folder}" cannot be a part's folder: use lower-case words joined by hyphens (it becomes the address /${slugify(folder) || 'part'}/…)`);
  if (!label.trim()) throw new UsageError(`give the part a name, as the sidebar shows it: npm run new -- part ${folder} "Its name"`);
  const file = join(paths.content, folder, PART_FILE);
  if (existsSync(file)) throw new UsageError(`${relative(root, file)} exists already: ${folder} is a part`);
  // The new part goes after the others.
  const orders = contentParts(paths.content).map((p) => readYamlFile(join(paths.content, p, PART_FILE), partSchema).order);
  const text = `# This folder is a part of the Atlas: its name in the sidebar and on the home page, and its
# place among the parts (1 comes first). Its chapters are listed by their sidebar.order.
label: ${JSON.stringify(label.trim())}
order: ${Math.max(0, ...orders) + 1}
`;
  return { file, text };
}

export function newReview(root: string, id: string, opts: { refs?: string; style?: string }): { written: string[]; warnings: string[] } {
  const paths = projectPaths(root);
  const idCheck = sourceSchema.shape.id.safeParse(id);
  if (!idCheck.success) throw new UsageError(`"${id}" is not a review id: ${idCheck.error.issues[0]!.message}`);
  const sources = loadSources(root);
  if (sources.some((s) => s.id === id)) throw new UsageError(`${id} is already in bib/sources.yaml`);
  // A review's id is a citation key: it must not be the key of a work the other reviews list.
  const taken = buildLibrary({ bibDir: paths.bib, sources }).lookup(id);
  if (taken.ok) {
    const first = taken.work.citedBy[0];
    throw new UsageError(`"${id}" is already the key of a work${first ? ` (${first.review} [${first.n}])` : ''}: choose another id, such as ${id.replace(/[a-z]$/, '')}rev, so that work keeps its key`);
  }
  const bib = join(paths.bib, `${id}.bib`);
  const existingRaw = ['txt', 'bib', 'ris', 'json'].map((ext) => join(paths.bib, 'raw', `${id}.${ext}`)).find((f) => existsSync(f));
  for (const f of [existingRaw, bib]) if (f && existsSync(f)) throw new UsageError(`${relative(root, f)} exists already; remove it or choose another id`);

  const written: string[] = [];
  const warnings: string[] = [];
  let listStyle: string | undefined;
  if (opts.refs) {
    if (!existsSync(opts.refs)) throw new UsageError(`no file ${opts.refs}: give the path of the review's reference list (text, BibTeX, RIS or CSL-JSON)`);
    // Read it before copying anything, so a list the importer cannot read leaves no files.
    const { result } = buildBib(id, opts.refs, opts.style ? { style: opts.style } : {});
    const ext = { bibtex: 'bib', ris: 'ris', 'csl-json': 'json', crossref: 'json' }[result.style as string] ?? 'txt';
    const raw = join(paths.bib, 'raw', `${id}.${ext}`);
    mkdirSync(join(paths.bib, 'raw'), { recursive: true });
    copyFileSync(opts.refs, raw);
    // Import from the copy, so the .bib header names the file kept in the repository.
    const again = buildBib(id, raw, { style: result.style });
    writeFileSync(bib, again.bib);
    listStyle = result.style;
    written.push(relative(root, raw), relative(root, bib));
    warnings.push(...result.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${relative(root, raw)}:${d.line}: ${d.message}`));
  }
  const year = /\d{4}/.exec(id)![0];
  appendFileSync(
    paths.sources,
    `
- id: ${id}
${listStyle ? `  listStyle: ${listStyle} # how bib/raw/${id}.* is read; npm run import:refs keeps it up to date\n` : ''}  authors: # TODO: every author as printed, "Family, Given", one per line
    - "TODO: Family, Given"
  title: "TODO: the title as printed"
  journal: "TODO: the journal's full name"
  year: ${year}
  # Add those the review prints: journalAbbrev, volume, issue, pages or article, doi (bare, 10.…)
  angle: >-
    TODO: two or three sentences in your own words on what the review covers and how it argues.
  sections: # TODO: its numbered sections, as printed
    - { n: "1", title: "TODO: Introduction" }
`,
  );
  written.push(relative(root, paths.sources));
  return { written, warnings };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { part: { type: 'string' }, slug: { type: 'string' }, refs: { type: 'string' }, style: { type: 'string' } },
  });
  const [kind, name] = positionals;
  const root = process.cwd();
  try {
    if (kind === 'chapter' && name !== undefined) {
      const { file, text } = newChapter(root, name, { ...(values.part ? { part: values.part } : {}), ...(values.slug ? { slug: values.slug } : {}) });
      writeFileSync(file, text);
      const shown = relative(root, file);
      console.log(`wrote ${shown}. Fill in every TODO:
  - description: one sentence on what the chapter covers
  - ${Object.values(loadTaxonomy(root).facets).map((f) => f.field).join(', ')}: keys from content/taxonomy.yaml (listed in the file)
  - sources: the reviews and section numbers you summarise
  - the body, in your own words, every claim cited: [@review:n], [@review], [@canonical-key]
Then: npm run dev (preview at /${relative(projectPaths(root).content, file).replace(/\.mdx$/, '')}/), npm run check (lists each TODO left as ${shown}:line), node ../shared/tools/verbatim-check.mjs content`);
      return 0;
    }
    if (kind === 'part' && name !== undefined && positionals[2] !== undefined) {
      const { file, text } = newPart(root, name, positionals[2]);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${relative(root, file)}. The part shows in the sidebar and on the home page once it has a chapter:
  npm run new -- chapter "Title" --part ${name}`);
      return 0;
    }
    if (kind === 'review' && name !== undefined) {
      const { written, warnings } = newReview(root, name, { ...(values.refs ? { refs: values.refs } : {}), ...(values.style ? { style: values.style } : {}) });
      warnings.forEach((w) => console.error(w));
      console.log(`wrote ${written.join(', ')}. Next:
${values.refs ? '' : `  1. put the review's reference list, as text, in bib/raw/${name}.txt and import it:
     npm run import:refs -- ${name} bib/raw/${name}.txt
`}  ${values.refs ? 1 : 2}. npm run refs:report -- ${name}: count, missing numbers, entries lacking fields (fix the importer or bib/import-overrides.yaml)
  ${values.refs ? 2 : 3}. fill in every TODO of ${name} in bib/sources.yaml (authors, title, journal, angle, sections)
  ${values.refs ? 3 : 4}. npm run check; the build resolves the new references against the other reviews' works
  ${values.refs ? 4 : 5}. cite it: [@${name}] for the review, [@${name}:1] for its reference 1`);
      return 0;
    }
    throw new UsageError('usage: npm run new -- chapter "Title" --part <folder> [--slug name] | npm run new -- part <folder> "Label" | npm run new -- review <id> [--refs <file>] [--style <style>]');
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`new: ${e.message}`);
      return 2;
    }
    if (e instanceof ImportError) {
      console.error(`${values.refs}:${e.line}: error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
