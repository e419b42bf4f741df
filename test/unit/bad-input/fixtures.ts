/**
 * The bad inputs of the bad-input suite, as the files a contributor would write. Content files
 * go together into one fixture project (`npm run check` lists all their problems in one run);
 * each problem in project data (bib/, which ends the check at the first problem) gets its own.
 */

/** A chapter's frontmatter that passes the schema. */
export const frontmatter = (title: string) => `---\ntitle: ${title}\ndescription: A fixture chapter.\ntopic: challenge\n---\n`;

/** Files added to the fixture project (test/unit/contrib/temp-project.ts) for the content cases. */
export const contentFiles: Record<string, string> = {
  // The one good chapter the links point at (replaces the contributor fixture, which cites a review this project lacks).
  'content/challenges/garnet-contact.mdx': `${frontmatter('Garnet contact')}\nThe garnet wetting study [@alpha2020:1].\n\n## Wetting\n\nAn interlayer lowered the resistance.\n`,
  // line 7: an unknown key and a number past the end of alpha2020's list; 8: a year-only citation mixed with a numbered one.
  'content/challenges/bad-keys.mdx': `${frontmatter('Bad keys')}\nUnknown [@nosuchwork2019] and out of range [@alpha2020:99].\nMixed [-@alpha2020; @gamma2021].\n`,
  // line 2: no title; 3: a topic not in the taxonomy; 4: a field the schema does not have; 5: an unknown review; 6, 7: an unknown interface and electrolyte class.
  'content/challenges/bad-frontmatter.mdx': `---\ndescription: The title is missing.\ntopic: challenges\ncolour: blue\nsources: [{ review: nosuch2020, sections: ["1"] }]\ninterfaces: [cathod]\nelectrolytes: [oxid]\n---\n\nText.\n`,
  'content/challenges/no-frontmatter.mdx': `Text without a frontmatter block.\n`,
  // line 7: a < that starts JSX.
  'content/challenges/mdx-syntax.mdx': `${frontmatter('MDX syntax')}\nLess than: a <3 b.\n`,
  // line 7 col 5: no such page; line 8: no such heading; 9: no trailing slash; 10: relative; 11: with the deploy base.
  'content/challenges/bad-links.mdx': `${frontmatter('Bad links')}\nSee [a page](/challenges/garnet-contakt/).\nSee [a heading](/challenges/garnet-contact/#wettting).\nSee [no slash](/challenges/garnet-contact).\nSee [relative](../garnet-contact/).\nSee [with base](/atlas/challenges/garnet-contact/).\n`,
  // line 7 col 13: a command KaTeX does not know.
  'content/challenges/bad-math.mdx': `${frontmatter('Bad math')}\nThe formula $\\nosuchcommand{x}$ fails.\n`,
  // Frontmatter and nothing else (a comment does not count as text).
  'content/challenges/empty.mdx': `${frontmatter('Empty')}\n{/* to be written */}\n`,
  // line 7: no such table; then tables whose rows are wrong (9), with a field that is not a column (11), YAML that does not
  // parse (13), cells of the wrong type and an unknown review (15), an unknown key in a cell (17).
  'content/challenges/bad-tables.mdx': `${frontmatter('Bad tables')}\n${['nosuch', 'bad-rows', 'unknown-column', 'broken-yaml', 'bad-cells', 'cell-key'].map((n) => `<DataTable name="${n}" />\n`).join('\n')}`,
  // line 7: a TODO the scaffold left.
  'content/challenges/todo.mdx': `${frontmatter('Todo')}\nTODO: an opening paragraph.\n`,
  // line 5: a row without cite; 8: a key written with @.
  'content/tables/bad-rows.yaml': `title: Bad rows\ncolumns:\n  - { key: material, label: Material }\nrows:\n  - material: LLZO\n  - material: LPSCl\n    cite: [alpha2020:1]\n  - { material: LATP, cite: ['@alpha2020:2'] }\n`,
  // line 7: a field no column declares (checked once the rows have their cite).
  'content/tables/unknown-column.yaml': `title: Unknown column\ncolumns:\n  - { key: material, label: Material }\nrows:\n  - material: LLZO\n    cite: [alpha2020:1]\n    colour: red\n`,
  // line 7: a row reported by a work that is not a review.
  'content/tables/bad-reported.yaml': `title: Bad reported_by\ncolumns:\n  - { key: material, label: Material }\nrows:\n  - material: LLZO\n    cite: [alpha2020:1]\n    reported_by: [alpha2020, han2017nm]\n`,
  // A folder of chapters without _part.yaml.
  'content/orphans/loose.mdx': `${frontmatter('Loose')}\nText.\n`,
  // A part in the place of challenges (order 1), one without order, one without chapters.
  'content/extra/_part.yaml': `label: Extra\norder: 1\n`,
  'content/extra/more.mdx': `${frontmatter('More')}\nText.\n`,
  'content/noorder/_part.yaml': `label: No order\n`,
  'content/noorder/unplaced.mdx': `${frontmatter('Unplaced')}\nText.\n`,
  'content/unwritten/_part.yaml': `label: Unwritten\norder: 9\n`,
  // A chapter outside any part.
  'content/about.mdx': `${frontmatter('About')}\nText.\n`,
  // line 3: YAML that does not parse.
  'content/tables/broken-yaml.yaml': `title: Broken\ncolumns:\n  - { key: a, label: A\nrows: []\n`,
  // line 7: a cell that is a yes/no value; 12: a review that bib/sources.yaml does not list.
  'content/tables/bad-cells.yaml': `title: Bad cells\ncolumns:\n  - { key: material, label: Material }\n  - { key: value, label: Value }\nrows:\n  - material: LLZO\n    value: true\n    cite: [alpha2020:1]\n  - material: LPSCl\n    value: '1'\n    cite: [alpha2020:1]\n    reported_by: [alpha2020, nosuch2020]\n`,
  // line 7: a cell citing a key that names no work.
  'content/tables/cell-key.yaml': `title: Cell key\ncolumns:\n  - { key: value, label: Value }\nrows:\n  - value:\n      text: 1 mS/cm\n      cite: [nosuchwork2019]\n    cite: [alpha2020:1]\n`,
  // line 7: an import of Node's file system; 8: an export; 10: an expression; 12–18: elements a chapter may not hold;
  // 20: an event handler; 22: a javascript: link; 24: a remote image; 26: a component it does not import.
  'content/challenges/bad-policy.mdx': `${frontmatter('Bad policy')}\nimport { writeFileSync } from 'node:fs';\nexport const when = Date.now();\n\nThe home folder is {process.env.HOME}.\n\n<script>alert(1)</script>\n\n<style>p</style>\n\n<iframe src="https://example.org/" />\n\n<meta http-equiv="refresh" content="0; url=https://example.org/" />\n\n<button onClick="alert(1)">Go</button>\n\nSee [a link](javascript:alert(1)).\n\n![A chart](https://example.org/chart.png)\n\n<Foo />\n`,
  // line 6: a head tag (a refresh to another site) in the frontmatter; 10: HTML for the hero's image; 12: an event handler on its sidebar link.
  'content/challenges/bad-head.mdx': `${frontmatter('Bad head').replace(
    /---\n$/,
    'head:\n  - tag: meta\n    attrs: { http-equiv: refresh, content: "0; url=https://example.org/" }\nhero:\n  image:\n    html: \'<meta http-equiv="refresh" content="0; url=https://example.org/">\'\nsidebar:\n  attrs: { onclick: alert(1) }\n---\n',
  )}\nText.\n`,
  // A file name with a capital and a space (its page would be /challenges/my-chapter/, its backlinks /challenges/My Chapter/).
  'content/challenges/My Chapter.mdx': `${frontmatter('My chapter')}\nText [@alpha2020:1].\n`,
  // line 7: a citation in a heading; 9: one in a link's text; 11: "@someone" meant as an at-sign; 15: an unknown key inside <details>.
  'content/challenges/bad-citations.mdx': `${frontmatter('Bad citations')}\n## Findings [@alpha2020:1]\n\nA [link with a citation [@alpha2020:2]](/challenges/garnet-contact/).\n\nWrite to @someone for the data.\n\n<details>\n\nHidden [@nosuchwork2019].\n\n</details>\n`,
  // line 7: no such chart; line 9: a chart whose table is not on the page.
  'content/challenges/bad-charts.mdx': `${frontmatter('Bad charts')}\n<Chart name="nosuch" />\n\n<Chart name="pressure-chart" />\n`,
  // A good table and a good chart (shown on a page without the table, above).
  'content/tables/pressures.yaml': `title: Pressures\ncolumns:\n  - { key: system, label: Cell }\n  - { key: pressure, label: Pressure }\nrows:\n  - { system: Li/LPSCl/Li, pressure: 5 MPa, cite: [alpha2020:1] }\n  - { system: Li/LLZO/Li, pressure: 400 MPa, cite: [alpha2020:2] }\n`,
  'content/charts/pressure-chart.yaml': `title: Pressures\nquestion: Which pressure?\ntable: pressures\nkind: dots\nlabel: system\nx: { column: pressure, unit: MPa, scale: log, label: Pressure }\n`,
  // line 3: a table that does not exist.
  'content/charts/unknown-table.yaml': `title: Pressures\nquestion: Which pressure?\ntable: pressure\nkind: dots\nlabel: system\nx: { column: pressure, unit: MPa, label: Pressure }\n`,
  // line 5: a column the table lacks; line 8: a unit the reader does not know.
  'content/charts/bad-columns.yaml': `title: Pressures\nquestion: Which pressure?\ntable: pressures\nkind: dots\nlabel: sytem\nx:\n  column: pressure\n  unit: mpa\n  label: Pressure\n`,
  // line 6: no value of the table is a length.
  'content/charts/draws-nothing.yaml': `title: Pressures\nquestion: Which pressure?\ntable: pressures\nkind: dots\nlabel: system\nx: { column: pressure, unit: nm, label: Pressure }\n`,
  // line 9: values no series group matches; line 11: a reference value the table does not print.
  'content/charts/bad-series.yaml': `title: Pressures\nquestion: Which pressure?\ntable: pressures\nkind: dots\nlabel: system\nx: { column: pressure, unit: MPa, label: Pressure }\nseries:\n  column: system\n  groups: [{ name: Sulfide, match: LPSCl }]\nreferences:\n  - { quote: 10 MPa, label: target }\n`,
  // line 6: a chapter that does not exist; line 5: a key that names no work.
  'content/glossary.yaml': `- term: LLZO\n  expansion: lithium lanthanum zirconium oxide\n  definition: Garnet oxide electrolyte.\n  cite: [nosuchwork2019]\n  chapters: [challenges/garnet-contakt]\n`,
};
