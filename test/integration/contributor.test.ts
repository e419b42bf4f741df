/**
 * A contributor's path end to end, in a temporary copy of the project with small fixtures:
 * a new review is imported and resolved, a chapter cites it, the site builds under a base path
 * and shows the citation; then a broken link stops the build, and bad keys, bad frontmatter and
 * broken links each fail `npm run check` with file:line messages.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildLibrary } from '../../src/citations/library.ts';
import { newChapter, newPart, newReview, slugify } from '../../src/cli/new.ts';
import { loadSources } from '../../src/project.ts';
import { contribFixtures as fixtures, createTempProject, type TempProject } from '../unit/contrib/temp-project.ts';

let project: TempProject;
let tmp: string;
const build = () => project.build();
const check = () => project.check();
const addChapter = (name: string) => cpSync(join(fixtures, name), join(tmp, 'content/challenges', name));

beforeAll(() => {
  project = createTempProject('contrib-e2e');
  tmp = project.dir;
}, 120_000);

describe('a contributor adds a review and a chapter', () => {
  test('npm run new -- review imports the list, adds the source, and the resolver merges a shared work', () => {
    const { written, warnings } = newReview(tmp, 'newrev2024', { refs: join(fixtures, 'newrev2024-refs.txt') });
    expect(written).toEqual(['bib/raw/newrev2024.txt', 'bib/newrev2024.bib', 'bib/sources.yaml']);
    expect(warnings).toEqual([]);
    expect(readFileSync(join(tmp, 'bib/newrev2024.bib'), 'utf8').match(/^@\w+\{newrev2024:\d+,/gm)).toHaveLength(6);
    expect(() => newReview(tmp, 'newrev2024', {})).toThrow('newrev2024 is already in bib/sources.yaml');
    expect(() => newReview(tmp, 'NewRev', {})).toThrow(/is not a review id: an id is a lower-case name and a year/);

    const library = buildLibrary({ bibDir: join(tmp, 'bib'), sources: loadSources(tmp) });
    // Reference 5 of the new list is the garnet paper that both fixture reviews list as 1: one work.
    expect(library.workOf('newrev2024:5').id).toBe(library.workOf('alpha2020:1').id);
    expect(library.workOf('newrev2024:5').citedBy).toEqual([
      { review: 'alpha2020', n: 1 },
      { review: 'gamma2021', n: 1 },
      { review: 'newrev2024', n: 5 },
    ]);
    expect(library.lookup('newrev2024').ok).toBe(true);
  });

  test('npm run new -- chapter scaffolds valid frontmatter and refuses to overwrite or to guess a part', () => {
    expect(slugify('Li⁺ transport: grain boundaries & garnets')).toBe('li-transport-grain-boundaries-garnets');
    const { file, text } = newChapter(tmp, 'Scaffolded chapter', { part: 'challenges' });
    expect(file).toBe(join(tmp, 'content/challenges/scaffolded-chapter.mdx'));
    expect(text).toContain('topic: challenge # the part\'s other chapters use this');
    expect(text).toContain('interfaces: [] # TODO: the interfaces the chapter discusses, from: cathode, anode, electrolyte, current-collector');
    writeFileSync(file, text);
    expect(() => newChapter(tmp, 'Scaffolded chapter', { part: 'challenges' })).toThrow('content/challenges/scaffolded-chapter.mdx exists already');
    expect(() => newChapter(tmp, 'Another', {})).toThrow('which part is the chapter in? Add --part with one of: challenges');
    expect(() => newChapter(tmp, 'Another', { part: 'tables' })).toThrow('no part "tables" in content/');
  });

  test('npm run new -- part writes a _part.yaml after the other parts, and refuses to overwrite one', () => {
    const { file, text } = newPart(tmp, 'outlook', 'Outlook and open questions');
    expect(file).toBe(join(tmp, 'content/outlook/_part.yaml'));
    expect(text).toMatch(/\nlabel: "Outlook and open questions"\norder: 2\n$/);
    expect(() => newPart(tmp, 'challenges', 'Again')).toThrow('content/challenges/_part.yaml exists already: challenges is a part');
    expect(() => newPart(tmp, 'Bad Folder', 'X')).toThrow('"Bad Folder" cannot be a part\'s folder: use lower-case words joined by hyphens');
  });

  test('the site builds under a base path, and the chapter shows the new review\'s citation', () => {
    const r = build();
    expect(r.status, r.out.slice(-3000)).toBe(0);
    const html = readFileSync(join(tmp, 'dist/challenges/garnet-contact/index.html'), 'utf8');
    const merged = buildLibrary({ bibDir: join(tmp, 'bib'), sources: loadSources(tmp) }).workOf('newrev2024:5').id;
    expect(html).toMatch(/<a href="#ref-1" class="cite-ref" data-ref="1"/);
    expect(html).toContain(`data-work="${merged}"`);
    // The new review is named from its authors in bib/sources.yaml (still the scaffold's TODO here).
    expect(html).toContain('href="/atlas/sources/newrev2024/#ref-5">TODO: Family 2024, ref. 5</a>');
    // Internal links get the base; the edit link points at the chapter's file.
    expect(html).toContain('href="/atlas/references/"');
    expect(html).toContain('href="https://git.example.org/atlas/edit/main/content/challenges/garnet-contact.mdx"');
    // The scaffold builds (check, not the build, stops it), and the guide is a page.
    expect(existsSync(join(tmp, 'dist/challenges/scaffolded-chapter/index.html'))).toBe(true);
    // With no configuration, the new chapter is in the sidebar of every page, in the home
    // page's contents, and linked from the chapter before it.
    const home = readFileSync(join(tmp, 'dist/index.html'), 'utf8');
    const scaffolded = 'href="/atlas/challenges/scaffolded-chapter/"';
    expect(home.split('<nav class="contents"')[1]).toContain(scaffolded);
    expect(html.split('class="sidebar-content')[1]?.split('</nav>')[0]).toContain(scaffolded);
    expect(html).toMatch(new RegExp(`<a ${scaffolded.replace(/[/]/g, '\\/')} rel="next"`));
    const contribute = readFileSync(join(tmp, 'dist/contribute/index.html'), 'utf8');
    expect(contribute).toContain('newrev2024');
    expect(contribute).toContain('href="https://git.example.org/atlas/edit/main/CONTRIBUTING.md"');
  }, 300_000);

  test('a broken internal link stops the build with file:line:column, before it writes anything, without a stack trace', () => {
    addChapter('broken-link.mdx');
    rmSync(join(tmp, 'dist'), { recursive: true, force: true });
    const r = build();
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('content/challenges/broken-link.mdx:6:5: link "/challenges/garnet-contakt/" points to no page of the site. Did you mean /challenges/garnet-contact/?');
    expect(r.out).toMatch(/\n2 problems: the site was not built\./);
    expect(r.out).not.toMatch(/Stack trace|^\s+at /m);
    expect(existsSync(join(tmp, 'dist'))).toBe(false);
  }, 300_000);

  test('a BibTeX key that is a path stops the build at its line, before it writes anything, without a stack trace', () => {
    const extra = readFileSync(join(tmp, 'bib/extra.bib'), 'utf8');
    writeFileSync(join(tmp, 'bib/extra.bib'), `${extra}\n@article{evil/../../x,\n  title = {Escape},\n  year = {2020}\n}\n`);
    try {
      const r = build();
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(/^bib\/extra\.bib:\d+: key "evil\/\.\.\/\.\.\/x" is not a key: /m);
      expect(r.out).not.toMatch(/Stack trace|^\s+at /m);
      expect(existsSync(join(tmp, 'dist'))).toBe(false);
    } finally {
      writeFileSync(join(tmp, 'bib/extra.bib'), extra);
    }
  }, 300_000);

  test('npm run check lists every problem of every file as file:line and exits 1', () => {
    addChapter('bad-key.mdx');
    addChapter('bad-frontmatter.mdx');
    const r = check();
    expect(r.status).toBe(1);
    const lines = r.out.split('\n');
    const expected = [
      'content/challenges/bad-frontmatter.mdx:3: frontmatter `topic`: unknown topic "challenges"; use one of: overview, challenge, strategy, characterisation, outlook',
      'content/challenges/bad-frontmatter.mdx:4: frontmatter `interfaces.0`: unknown interface "cathod"; use one of: cathode, anode, electrolyte, current-collector',
      'content/challenges/bad-frontmatter.mdx:6: frontmatter `sources.0.review`: unknown review "nosuch2020"; the sources are alpha2020, gamma2021, newrev2024 (bib/sources.yaml)',
      'content/challenges/bad-frontmatter.mdx:7: frontmatter: unknown field `electrolyte`;',
      'content/challenges/bad-key.mdx:6:40: newrev2024 has references 1–6; newrev2024:99 is out of range. Keys are listed on the reference pages.',
      'content/challenges/bad-key.mdx:6:70: unknown citation key "nosuchwork2019". Did you mean',
      'content/challenges/broken-link.mdx:6:5: link "/challenges/garnet-contakt/" points to no page of the site. Did you mean /challenges/garnet-contact/?',
      'content/challenges/broken-link.mdx:6:59: link "/challenges/garnet-contact/#wettting": /challenges/garnet-contact/ has no heading or anchor #wettting.',
      'content/challenges/scaffolded-chapter.mdx:3: TODO left: one sentence on what this chapter covers (search results and link previews show it)',
      'content/challenges/scaffolded-chapter.mdx:16: TODO left: an opening paragraph: what this chapter is about and which reviews cover it.',
      'bib/sources.yaml:',
    ];
    for (const e of expected) expect(lines.some((l) => l.startsWith(e)), `missing: ${e}\n---\n${r.out}`).toBe(true);
    expect(r.out).toMatch(/\n\d+ problems \(types \(skipped\), frontmatter, citations, links, tables, charts, math, content policy; [\d.]+ s\)/);
  }, 120_000);
});
