/**
 * Every bad input a contributor can make, with the exact message it produces and which gate
 * stops it: `npm run check` (src/check/run.ts), the build, or both. The suite
 * (bad-input.test.ts) asserts each message; errors-table.test.ts checks that every row of
 * CONTRIBUTING.md's "Errors and how to fix them" is one of them.
 */
import { contentFiles } from './fixtures.ts';

/**
 * Which gate stops the input. `check+build` means `astro build` stops with the same
 * file:line message, printed before it renders anything (src/check/build-gate.ts).
 */
export type Gate = 'check+build' | 'check' | 'import';

export interface ContentCase {
  name: string;
  /** The fixture file(s) of fixtures.ts that hold the problem. */
  files: string[];
  /** Exact lines of `npm run check`'s output (file:line[:column]: message). */
  check: string[];
  gate: Gate;
  /**
   * The chapter whose own run through the plugin chain (as the build renders the page) stops
   * with the same lines, when the chain is what finds them (not the content collection's schema).
   */
  page?: string;
  /** How the build says it, where it differs from the check's line (Astro's own schema errors). */
  build?: string;
}

const TAXONOMY_TOPICS = 'overview, challenge, strategy, characterisation, outlook';
const IMPORTS = "{ … } from '@astrojs/starlight/components', the default export of '~/components/SourceList.astro', the default export of '~/components/Contents.astro'";

/** Problems in content/: all in one fixture project, listed by one check run. */
export const contentCases: ContentCase[] = [
  {
    name: 'unknown citation key',
    files: ['content/challenges/bad-keys.mdx'],
    check: ['content/challenges/bad-keys.mdx:7:9: unknown citation key "nosuchwork2019". Did you mean @alpha2020:1, @alpha2020:2, @richards2016cm? Keys are listed on the reference pages.'],
    gate: 'check+build',
    page: 'content/challenges/bad-keys.mdx',
  },
  {
    name: 'citation key out of range',
    files: ['content/challenges/bad-keys.mdx'],
    check: ['content/challenges/bad-keys.mdx:7:44: alpha2020 has references 1–3; alpha2020:99 is out of range. Keys are listed on the reference pages.'],
    gate: 'check+build',
    page: 'content/challenges/bad-keys.mdx',
  },
  {
    name: 'year-only citation mixed with a numbered one',
    files: ['content/challenges/bad-keys.mdx'],
    check: ['content/challenges/bad-keys.mdx:8:7: a citation mixes [-@key] (year only) with [@key] (number): give the year-only citation brackets of its own.'],
    gate: 'check+build',
    page: 'content/challenges/bad-keys.mdx',
  },
  {
    name: 'frontmatter: missing title, unknown topic, review, interface or electrolyte class',
    files: ['content/challenges/bad-frontmatter.mdx'],
    check: [
      'content/challenges/bad-frontmatter.mdx:2: frontmatter `title`: Invalid input: expected string, received undefined',
      `content/challenges/bad-frontmatter.mdx:3: frontmatter \`topic\`: unknown topic "challenges"; use one of: ${TAXONOMY_TOPICS} (content/taxonomy.yaml declares them)`,
      'content/challenges/bad-frontmatter.mdx:5: frontmatter `sources.0.review`: unknown review "nosuch2020"; the sources are alpha2020, gamma2021 (bib/sources.yaml)',
      'content/challenges/bad-frontmatter.mdx:6: frontmatter `interfaces.0`: unknown interface "cathod"; use one of: cathode, anode, electrolyte, current-collector (content/taxonomy.yaml declares them)',
      'content/challenges/bad-frontmatter.mdx:7: frontmatter `electrolytes.0`: unknown electrolyte class "oxid"; use one of: oxide, sulfide, halide, polymer, borohydride, composite (content/taxonomy.yaml declares them)',
    ],
    gate: 'check+build',
    build: 'the content collection rejects the entry (Astro: InvalidContentEntryDataError, naming each field)',
  },
  {
    name: 'frontmatter: unknown field',
    files: ['content/challenges/bad-frontmatter.mdx'],
    check: [
      'content/challenges/bad-frontmatter.mdx:4: frontmatter: unknown field `colour`; the fields are interfaces, topic, electrolytes, sources, authors, anchors, anchorAliases, head, banner, hero, title, description, editUrl, tableOfContents, template, lastUpdated, prev, next, sidebar, pagefind, draft',
    ],
    // Starlight's schema drops unknown keys, so only the check sees a misspelt field.
    gate: 'check',
  },
  {
    name: 'no frontmatter',
    files: ['content/challenges/no-frontmatter.mdx'],
    check: ['content/challenges/no-frontmatter.mdx:1: no frontmatter: start the file with --- title: … --- (npm run new -- chapter "Title" writes one)'],
    gate: 'check+build',
    build: 'the content collection rejects the entry (Astro: InvalidContentEntryDataError, `title` required)',
  },
  {
    name: 'MDX syntax error',
    files: ['content/challenges/mdx-syntax.mdx'],
    check: [
      'content/challenges/mdx-syntax.mdx:7:15: MDX syntax error: Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`. In .mdx, < and { start JSX and expressions: write \\< and \\{ in text, or put them in `code`.',
    ],
    gate: 'check+build',
    build: 'Astro\'s MDX compiler stops at the same line and column',
  },
  {
    name: 'broken internal link',
    files: ['content/challenges/bad-links.mdx'],
    check: ['content/challenges/bad-links.mdx:7:5: link "/challenges/garnet-contakt/" points to no page of the site. Did you mean /challenges/garnet-contact/? Chapter paths are /<part>/<file name without .mdx>/'],
    gate: 'check+build',
    page: 'content/challenges/bad-links.mdx',
  },
  {
    name: 'broken anchor',
    files: ['content/challenges/bad-links.mdx'],
    check: [
      'content/challenges/bad-links.mdx:8:5: link "/challenges/garnet-contact/#wettting": /challenges/garnet-contact/ has no heading or anchor #wettting. Anchors are the heading text slugged (lower case, spaces to hyphens); closest: #wetting, #references',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-links.mdx',
  },
  {
    name: 'link without trailing slash, relative link, link with the deploy base',
    files: ['content/challenges/bad-links.mdx'],
    check: [
      'content/challenges/bad-links.mdx:9:5: link "/challenges/garnet-contact" lacks the trailing slash the site\'s pages have: write /challenges/garnet-contact/',
      'content/challenges/bad-links.mdx:10:5: relative link "../garnet-contact/": write internal links from the site root, like /part/chapter/, so they work from every page',
      'content/challenges/bad-links.mdx:11:5: link "/atlas/challenges/garnet-contact/" includes the deploy base /atlas/: write it from the site root (/challenges/garnet-contact/); the build adds the base',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-links.mdx',
  },
  {
    name: 'KaTeX error',
    files: ['content/challenges/bad-math.mdx'],
    check: ["content/challenges/bad-math.mdx:7:13: math does not render with KaTeX: Undefined control sequence: \\nosuchcommand at position 1: \\̲n̲o̲s̲u̲c̲h̲c̲o̲m̲m̲a̲n̲d̲{x}"],
    gate: 'check+build',
    page: 'content/challenges/bad-math.mdx',
  },
  {
    name: 'empty chapter',
    files: ['content/challenges/empty.mdx'],
    check: ['content/challenges/empty.mdx:6: the chapter has frontmatter but no body: write its text below the closing --- (an empty chapter would be published as a page with a title only)'],
    // A draft still previews (npm start); the check, which CI and the deploy run first, stops it.
    gate: 'check',
  },
  {
    name: 'DataTable naming no file',
    files: ['content/challenges/bad-tables.mdx'],
    check: ['content/challenges/bad-tables.mdx:7: <DataTable name="nosuch" />: no file content/tables/nosuch.yaml. Create it or correct the name.'],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'table row without cite, key written with @',
    files: ['content/tables/bad-rows.yaml'],
    check: [
      'content/tables/bad-rows.yaml:5: `rows.0.cite`: every row needs a citation: add `cite: [<key>, …]` with the keys of its source',
      'content/tables/bad-rows.yaml:8: `rows.2.cite.0`: write citation keys without @, e.g. chen2021:66',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'table field that is not a column',
    files: ['content/tables/unknown-column.yaml'],
    check: ['content/tables/unknown-column.yaml:7: `rows.0.colour`: row field "colour" is not a column; add it to columns or fix the name'],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'table row reported by a work that is not a review',
    files: ['content/tables/bad-reported.yaml'],
    check: ['content/tables/bad-reported.yaml:7: `rows.0.reported_by.1`: unknown review "han2017nm"; the sources are alpha2020, gamma2021 (bib/sources.yaml)'],
    // The table's schema names the reviews, so the build stops on it too.
    gate: 'check+build',
  },
  {
    name: 'a folder of chapters that is not a part',
    files: ['content/orphans/loose.mdx'],
    check: [
      'content/orphans/loose.mdx:1: the folder content/orphans/ holds chapters but is not a part: add content/orphans/_part.yaml with `label:` (its name in the sidebar) and `order:` (its place among the parts)',
    ],
    gate: 'check+build',
  },
  {
    name: 'a part without a place, two parts in one place, a part without chapters',
    files: ['content/extra/_part.yaml', 'content/extra/more.mdx', 'content/noorder/_part.yaml', 'content/noorder/unplaced.mdx', 'content/unwritten/_part.yaml'],
    check: [
      'content/noorder/_part.yaml:1: `order`: give the part its place among the parts: order: 1 comes first',
      'content/extra/_part.yaml:2: content/challenges/_part.yaml has order 1 too: give each part its own place',
      'content/unwritten/_part.yaml:1: the part "Unwritten" has no chapter yet: add one with npm run new -- chapter "Title" --part unwritten',
    ],
    gate: 'check+build',
  },
  {
    name: 'a chapter outside a part',
    files: ['content/about.mdx'],
    check: ['content/about.mdx:1: a chapter belongs to a part: move it into one of content/challenges/, content/extra/, content/unwritten/'],
    gate: 'check+build',
  },
  {
    name: 'YAML syntax error',
    files: ['content/tables/broken-yaml.yaml'],
    check: ['content/tables/broken-yaml.yaml:4: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }. Fix the YAML at this line.'],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'data table cells of the wrong type, and a row reported by an unknown review',
    files: ['content/tables/bad-cells.yaml'],
    check: [
      'content/tables/bad-cells.yaml:7: `rows.0.value`: a cell is text ("coated"), a number (12.5), or { text: "…", cite: [<key>, …] } when its value comes from another source than its row; this one is true (a yes/no value; quote it to make it text)',
      'content/tables/bad-cells.yaml:12: `rows.1.reported_by.1`: unknown review "nosuch2020"; the sources are alpha2020, gamma2021 (bib/sources.yaml)',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'unknown key in a data table cell, at its YAML line',
    files: ['content/tables/cell-key.yaml'],
    check: ['content/tables/cell-key.yaml:7: unknown citation key "nosuchwork2019". Did you mean alpha2020:1, alpha2020:2, richards2016cm? Keys are listed on the reference pages.'],
    gate: 'check+build',
    page: 'content/challenges/bad-tables.mdx',
  },
  {
    name: 'citation in a heading, in a link\'s text; "@name" in prose; an unknown key inside <details>',
    files: ['content/challenges/bad-citations.mdx'],
    check: [
      'content/challenges/bad-citations.mdx:7:13: a citation in a heading: headings are also the section titles of the table of contents, of links and of "cite this section". Put the citation in the text under the heading.',
      "content/challenges/bad-citations.mdx:9:25: a citation inside a link's text cannot be a link of its own: move it after the link, e.g. [text](/page/) [@key].",
      'content/challenges/bad-citations.mdx:11:10: unknown citation key "someone". Did you mean @han2017nm, @gamma2021, @han2017aem? Keys are listed on the reference pages. If "@someone" is not a citation, write \\@someone.',
      'content/challenges/bad-citations.mdx:15:8: unknown citation key "nosuchwork2019". Did you mean @alpha2020:1, @alpha2020:2, @richards2016cm? Keys are listed on the reference pages.',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-citations.mdx',
  },
  {
    name: 'content policy: imports, exports, expressions, script, style, iframe, meta, event handlers, javascript: links, remote images, unknown components',
    files: ['content/challenges/bad-policy.mdx'],
    check: [
      `content/challenges/bad-policy.mdx:7:1: import from 'node:fs' is not allowed: a chapter may import only the components the site ships (${IMPORTS}).`,
      "content/challenges/bad-policy.mdx:8:1: `export const when = Date.now();`: a chapter cannot export or run code (it would run on every build); remove it. A chapter's data goes in its frontmatter.",
      'content/challenges/bad-policy.mdx:10:20: the expression {process.env.HOME} would run on the build machine: chapters are prose. For a literal brace write \\{, for a note to editors {/* … */}.',
      "content/challenges/bad-policy.mdx:12:1: <script> is not allowed in a chapter: a <script> would run in every reader's browser; remove it.",
      "content/challenges/bad-policy.mdx:14:1: <style> is not allowed in a chapter: a <style> restyles the whole page; remove it (the site's styles live in src/styles/).",
      'content/challenges/bad-policy.mdx:16:1: <iframe> is not allowed in a chapter: an <iframe> shows another site inside the page; link to it instead: [what it is](https://…).',
      "content/challenges/bad-policy.mdx:18:1: <meta> is not allowed in a chapter: a <meta> can redirect readers or change how the page loads; remove it (the page's title and description come from the frontmatter).",
      "content/challenges/bad-policy.mdx:20:1: the event-handler attribute onClick on <button> would run script in readers' browsers: remove it.",
      'content/challenges/bad-policy.mdx:22:5: a javascript: URL runs script when followed: link to a page (https://… or /part/chapter/).',
      'content/challenges/bad-policy.mdx:24:1: the remote image https://example.org/chart.png is not allowed: images load from the site itself, so readers are not tracked and the page works offline: save the image next to the chapter (e.g. content/<part>/figures/<name>.png) and write ![what the figure shows](./figures/<name>.png).',
      `content/challenges/bad-policy.mdx:26:1: <Foo> is not a component this chapter imports: import it from the components the site ships (${IMPORTS}), or write Markdown.`,
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-policy.mdx',
  },
  {
    name: 'frontmatter head tags',
    files: ['content/challenges/bad-head.mdx'],
    check: [
      "content/challenges/bad-head.mdx:6: frontmatter `head`: a chapter cannot add tags to the page's <head>: they would come before the site's security policy, and could redirect readers or run script. Remove `head`; the page's title, description and citation tags come from the other fields",
    ],
    gate: 'check+build',
    build: 'the content collection rejects the entry (Astro: InvalidContentEntryDataError, `head`)',
  },
  {
    name: 'frontmatter Starlight writes as HTML: the hero image\'s html, event handlers on the sidebar link',
    files: ['content/challenges/bad-head.mdx'],
    check: [
      'content/challenges/bad-head.mdx:10: frontmatter `hero.image.html` is written into the page as HTML: use `hero.image.file` with an image file next to the chapter.',
      "content/challenges/bad-head.mdx:12: frontmatter `sidebar.attrs`: the event-handler attribute onclick on <a> would run script in readers' browsers: remove it.",
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-head.mdx',
  },
  {
    name: 'a file name that is not a slug',
    files: ['content/challenges/My Chapter.mdx'],
    check: [
      'content/challenges/My Chapter.mdx:1: the file name "My Chapter.mdx" (in challenges/) is not a slug: rename it content/challenges/my-chapter.mdx (lower-case words joined by hyphens: the path is the page\'s address)',
    ],
    gate: 'check+build',
    page: 'content/challenges/My Chapter.mdx',
  },
  {
    name: 'Chart naming no file',
    files: ['content/challenges/bad-charts.mdx'],
    check: ['content/challenges/bad-charts.mdx:7: <Chart name="nosuch" />: no file content/charts/nosuch.yaml. Create it or correct the name.'],
    gate: 'check+build',
    page: 'content/challenges/bad-charts.mdx',
  },
  {
    name: 'Chart whose table is not on the page',
    files: ['content/challenges/bad-charts.mdx'],
    check: [
      'content/challenges/bad-charts.mdx:9: <Chart name="pressure-chart" /> draws table pressures, which is not on this page: add <DataTable name="pressures" /> next to it, so its data are one click away.',
    ],
    gate: 'check+build',
    page: 'content/challenges/bad-charts.mdx',
  },
  {
    name: 'chart of a table that does not exist',
    files: ['content/charts/unknown-table.yaml'],
    check: ['content/charts/unknown-table.yaml:3: table "pressure" does not exist: no file content/tables/pressure.yaml. Did you mean "pressures"?'],
    gate: 'check+build',
  },
  {
    name: 'chart naming a column the table lacks, or a unit the reader does not know',
    files: ['content/charts/bad-columns.yaml'],
    check: [
      'content/charts/bad-columns.yaml:5: "sytem" is not a column of table pressures; its columns are system, pressure',
      'content/charts/bad-columns.yaml:8: unknown unit "mpa": write it as the tables print it, with SI prefixes and superscript exponents (mA cm⁻², Ω cm², S cm⁻¹, nm, µm, MPa, °C)',
    ],
    gate: 'check+build',
  },
  {
    name: 'chart that draws nothing',
    files: ['content/charts/draws-nothing.yaml'],
    check: ['content/charts/draws-nothing.yaml:6: the chart draws nothing: no selected row of table pressures has a value in nm in column pressure'],
    gate: 'check+build',
  },
  {
    name: 'chart values no series matches, reference value the table does not print',
    files: ['content/charts/bad-series.yaml'],
    check: [
      'content/charts/bad-series.yaml:9: "400 MPa" (Li/LLZO/Li) matches no series: its system is "Li/LLZO/Li"; add a phrase to a group\'s match, or set `other:`',
      'content/charts/bad-series.yaml:11: "10 MPa" is not printed in table pressures; quote a value exactly as a cell prints it',
    ],
    gate: 'check+build',
  },
  {
    name: 'glossary entry with an unknown chapter, and an unknown key',
    files: ['content/glossary.yaml'],
    check: [
      'content/glossary.yaml:4: "LLZO" cites "nosuchwork2019": unknown citation key "nosuchwork2019". Did you mean alpha2020:1, alpha2020:2, richards2016cm? Keys are listed on the reference pages.',
      'content/glossary.yaml:5: "LLZO" lists chapter "challenges/garnet-contakt", which does not exist. Did you mean challenges/garnet-contact? A chapter is named by its path under content/ without .mdx.',
    ],
    gate: 'check+build',
  },
  {
    name: 'TODO left by a scaffold',
    files: ['content/challenges/todo.mdx'],
    check: ['content/challenges/todo.mdx:7: TODO left: an opening paragraph.'],
    gate: 'check',
  },
  {
    name: 'stale generated block of the guide',
    files: ['CONTRIBUTING.md'],
    check: [
      'CONTRIBUTING.md:19: the generated block "parts" no longer matches the part folders of content/ (each with a _part.yaml): run `npm run guide` to rewrite it',
      'CONTRIBUTING.md:57: the generated block "reviews" no longer matches bib/sources.yaml: run `npm run guide` to rewrite it',
    ],
    gate: 'check',
  },
];

/** A problem in bib/: the first ends the check (nothing else can be checked), and the build. */
export interface DataCase {
  name: string;
  /** Files written over the fixture project's (relative to it); `null` deletes. */
  files: Record<string, string | Uint8Array | null>;
  /** The one line `npm run check` prints, which is also the build's error. */
  check: string;
}

const entry = (key: string, title = 'A title') => `@article{${key},\n  author = {Doe, Jane},\n  title = {${title}},\n  journal = {J. Test.},\n  year = {2019}\n}\n`;
const alpha = (extra: string) => `${entry('alpha2020:1')}${extra}${entry('alpha2020:3')}`;

export const dataCases: DataCase[] = [
  {
    name: 'BibTeX: unclosed brace',
    files: { 'bib/alpha2020.bib': alpha(`@article{alpha2020:2,\n  author = {Doe, Jane},\n  title = {Unclosed,\n  year = {2019}\n}\n`) },
    check: 'bib/alpha2020.bib:7: entry "alpha2020:2" opens 1 brace it never closes: close each field\'s { with }, and the entry with } after its last field.',
  },
  {
    name: 'BibTeX: missing key',
    files: { 'bib/alpha2020.bib': alpha(`@article{\n  author = {Doe, Jane},\n  year = {2019}\n}\n`) },
    check: 'bib/alpha2020.bib:7: @article entry has no key: write `@article{<key>,` before its fields.',
  },
  {
    name: 'BibTeX: field without =',
    files: { 'bib/alpha2020.bib': alpha(`@article{alpha2020:2,\n  author = {Doe, Jane},\n  title {A title},\n  year = {2019}\n}\n`) },
    check: 'bib/alpha2020.bib:9:9: BibTeX syntax error: a field name must be followed by = (write `name = {value},`) [expected "equals", got "lbrace"]. Check the braces and commas of this entry.',
  },
  {
    name: 'BibTeX: missing comma between fields',
    files: { 'bib/alpha2020.bib': alpha(`@article{alpha2020:2,\n  author = {Doe, Jane}\n  title = {A title},\n  year = {2019}\n}\n`) },
    check: 'bib/alpha2020.bib:9:3: BibTeX syntax error: a comma is missing after the previous field, or its value is not in braces [expected "rbrace", got "identifier"]. Check the braces and commas of this entry.',
  },
  {
    name: 'duplicate key within a file',
    files: { 'bib/alpha2020.bib': alpha(entry('alpha2020:1', 'Again')) },
    check: 'bib/alpha2020.bib:7: duplicate key "alpha2020:1" (first at line 1): give each entry its own key.',
  },
  {
    name: 'duplicate key across files: a review list holding another review\'s key',
    files: { 'bib/gamma2021.bib': `${entry('gamma2021:1')}${entry('alpha2020:2')}` },
    check: 'bib/gamma2021.bib:7: key "alpha2020:2" in gamma2021.bib: entries of a review\'s list are keyed gamma2021:<number> (or gamma2021:<number>a, …b for several papers under one number).',
  },
  {
    name: 'duplicate key across files: extra.bib reusing a reference key',
    files: { 'bib/extra.bib': entry('alpha2020:1') },
    check: 'bib/extra.bib:1: key "alpha2020:1" in extra.bib clashes with a review or a review\'s reference: choose another key (no colon).',
  },
  {
    name: 'BibTeX: a key that is a path',
    files: { 'bib/extra.bib': entry('evil/../../x') },
    check: 'bib/extra.bib:1: key "evil/../../x" is not a key: use letters, digits and _, joined by single - : . + (e.g. smith2024), since a key becomes part of the work\'s web address.',
  },
  {
    name: 'BibTeX: bytes that are not UTF-8 (Latin-1)',
    // "Café" with é as the one byte Latin-1 gives it, in the title (line 3).
    files: { 'bib/extra.bib': Buffer.from(entry('smith2024', 'Caf\u00e9'), 'latin1') },
    check: 'bib/extra.bib:3: this line is not UTF-8 (a character saved as Latin-1 or Windows-1252, perhaps): save the file as UTF-8.',
  },
  {
    name: 'extra.bib taking the canonical key of a work a review lists',
    files: { 'bib/extra.bib': entry('han2017nm', 'Something else') },
    check: 'bib/extra.bib:1: key "han2017nm" in extra.bib is already the canonical key of another work: Han et al. 2017, "Negating interfacial impedance in garnet-based solid-state Li metal batteries" (cited as alpha2020:1). Cite [@han2017nm] for that work, or give this entry another key.',
  },
  {
    name: 'a decision naming a missing reference',
    files: { 'bib/decisions.yaml': 'merge:\n  - refs: [alpha2020:1, gamma2021:99]\n    why: the same paper\n' },
    check: 'bib/decisions.yaml:2: merge[0] names "gamma2021:99", which no bib file has: correct the key or remove the decision.',
  },
  {
    name: 'a review without its reference list',
    files: { 'bib/gamma2021.bib': null },
    check: 'bib/gamma2021.bib:1: the reference list of gamma2021 is missing: import it with `npm run import:refs -- gamma2021 <file>`.',
  },
];

/** What the bib files hold but the site cannot read: a warning in the check and the build, which go on. */
export const warningCases: DataCase[] = [
  {
    name: 'BibTeX: a misspelt field name',
    files: { 'bib/extra.bib': '@article{smith2024,\n  autor = {Smith, Jo},\n  title = {A title},\n  journal = {J. Test.},\n  year = {2024}\n}\n' },
    check: 'bib/extra.bib:2: warning: entry "smith2024": the field "autor" is not a BibTeX field, so it is not read; did you mean "author"?',
  },
  {
    name: 'BibTeX: a LaTeX command that is not decoded',
    files: { 'bib/extra.bib': '@article{smith2024,\n  author = {Smith, Jo},\n  title = {The \\foo{} effect},\n  journal = {J. Test.},\n  year = {2024}\n}\n' },
    check: 'bib/extra.bib:1: warning: entry "smith2024": the LaTeX command \\foo is not decoded and would be shown as it is: write the character itself (the file is UTF-8).',
  },
];

/** Problems the other two gates catch: the type check of `npm run check`, and the importer. */
export const otherCases = {
  typeError: 'src/bad.ts:1:14: type error TS2322: Type \'string\' is not assignable to type \'number\'.',
  importStyle:
    'bib/raw/x.txt:1: error: cannot read this list: no style reads most of its entries (best: ama reads 0 of 1 entries (0%); springer reads 0 of 1 entries (0%); wiley reads 0 of 1 entries (0%)). Check that it holds one reference per numbered item, or pass --style <ama|springer|wiley|acs|nature|cell|elsevier|rsc|ieee|aps> to keep what cannot be read as printed text.',
  importId: 'import:refs: "../../evil" is not a review id: an id is a lower-case name and a year, like chen2021 (lower-case letters and digits only; it names bib/<id>.bib)',
  importReplace:
    "import:refs: bib/alpha2020.bib exists and this import would change it: 3 → 1 entries: 2 removed (2, 3), 1 changed (1), 0 added. Check that bib/raw/x.txt is alpha2020's list; pass --force to replace it.",
};

/** Every message the suite asserts, for the test of CONTRIBUTING.md's table. */
export const assertedMessages: string[] = [...contentCases.flatMap((c) => c.check), ...dataCases.map((c) => c.check), ...warningCases.map((c) => c.check), ...Object.values(otherCases)];

/** The content fixture files every case names exist. */
for (const c of contentCases) for (const f of c.files) if (f !== 'CONTRIBUTING.md' && !(f in contentFiles)) throw new Error(`case "${c.name}" names ${f}, which fixtures.ts lacks`);
