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
  // line 7: an unknown key and a number past the end of alpha2020's list.
  'content/challenges/bad-keys.mdx': `${frontmatter('Bad keys')}\nUnknown [@nosuchwork2019] and out of range [@alpha2020:99].\n`,
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
  // line 7: no such table; line 9: a table whose rows are wrong.
  'content/challenges/bad-tables.mdx': `${frontmatter('Bad tables')}\n<DataTable name="nosuch" />\n\n<DataTable name="bad-rows" />\n`,
  // line 7: a TODO the scaffold left.
  'content/challenges/todo.mdx': `${frontmatter('Todo')}\nTODO: an opening paragraph.\n`,
  // line 5: a row without cite; 8: a key written with @.
  'content/tables/bad-rows.yaml': `title: Bad rows\ncolumns:\n  - { key: material, label: Material }\nrows:\n  - material: LLZO\n  - material: LPSCl\n    cite: [alpha2020:1]\n  - { material: LATP, cite: ['@alpha2020:2'] }\n`,
  // line 7: a field no column declares (checked once the rows have their cite).
  'content/tables/unknown-column.yaml': `title: Unknown column\ncolumns:\n  - { key: material, label: Material }\nrows:\n  - material: LLZO\n    cite: [alpha2020:1]\n    colour: red\n`,
  // line 3: YAML that does not parse.
  'content/tables/broken-yaml.yaml': `title: Broken\ncolumns:\n  - { key: a, label: A\nrows: []\n`,
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
