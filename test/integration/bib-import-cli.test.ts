/** npm run import:refs as a contributor runs it, in a temporary folder with a bib/ of its own. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = resolve(import.meta.dirname, '../../src/bib-import/cli.ts');
const fixtures = resolve(import.meta.dirname, '../fixtures');

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  mkdirSync(join(dir, 'bib/raw'), { recursive: true });
  cpSync(join(fixtures, 'mini'), join(dir, 'bib'), { recursive: true });
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  return { dir, run };
}

describe('npm run import:refs', () => {
  it('refuses an id that is not a slug, before touching any file', () => {
    const p = project();
    const r = p.run('../../evil', join(fixtures, 'contrib/newrev2024-refs.txt'));
    expect(r.status).toBe(2);
    expect(r.out.trim()).toBe('import:refs: "../../evil" is not a review id: an id is a lower-case name and a year, like chen2021 (lower-case letters and digits only; it names bib/<id>.bib)');
    expect(existsSync(join(p.dir, '../../evil.bib'))).toBe(false);
  });

  it("refuses to replace an existing review's list without --force, saying what would change; --force replaces it and says so", () => {
    const p = project();
    const before = readFileSync(join(p.dir, 'bib/alpha2020.bib'), 'utf8');
    const list = join(fixtures, 'contrib/newrev2024-refs.txt');
    const r = p.run('alpha2020', list);
    expect(r.status).toBe(2);
    expect(r.out).toContain(`import:refs: bib/alpha2020.bib exists and this import would change it: 3 → 6 entries: 0 removed, 3 changed (1, 2, 3), 3 added (4, 5, 6). Check that ${relative(p.dir, list)} is alpha2020's list; pass --force to replace it.`);
    expect(readFileSync(join(p.dir, 'bib/alpha2020.bib'), 'utf8')).toBe(before);
    const f = p.run('alpha2020', list, '--force');
    expect(f.status).toBe(0);
    expect(f.out).toContain('wrote bib/alpha2020.bib: 6 references (style springer, 100% read), 0 kept as printed text, 0 warning(s); replaced: 3 → 6 entries: 0 removed, 3 changed (1, 2, 3), 3 added (4, 5, 6); listStyle: springer kept in bib/sources.yaml');
    expect(readFileSync(join(p.dir, 'bib/sources.yaml'), 'utf8')).toMatch(/- id: alpha2020\n {2}listStyle: springer\n/);
  });

  it('the style chosen with --style is kept in bib/sources.yaml, so a re-import without it reads the list the same way', () => {
    const p = project();
    const list = join(fixtures, 'refs/bad-no-year.txt');
    // Two entries, one unreadable: below the share detection needs, so only --style imports it.
    expect(p.run('alpha2020', list, '--force').status).toBe(1);
    const forced = p.run('alpha2020', list, '--force', '--style', 'springer');
    expect(forced.status).toBe(0);
    expect(forced.out).toContain('1 kept as printed text');
    expect(readFileSync(join(p.dir, 'bib/sources.yaml'), 'utf8')).toMatch(/- id: alpha2020\n {2}listStyle: springer\n/);
    const again = p.run('alpha2020', list, '--check');
    expect(again.out.trim().split('\n').at(-1)).toBe('bib/alpha2020.bib is up to date');
    expect(again.status).toBe(0);
  });

  it('a list no style reads is refused at line 1 with how well the styles did', () => {
    const p = project();
    writeFileSync(join(p.dir, 'bib/raw/x.txt'), 'Dear editor,\nplease find our references attached.\n');
    const r = p.run('newrev2024', 'bib/raw/x.txt');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^bib\/raw\/x\.txt:1: error: cannot read this list: no style reads most of its entries/);
  });
});

describe('npm run new -- review with a structured list', () => {
  it('keeps the RIS file as the raw list, imports it and records its format as the listStyle', async () => {
    const { createTempProject } = await import('../unit/contrib/temp-project.ts');
    const { newReview } = await import('../../src/cli/new.ts');
    const p = createTempProject('new-review-ris', { code: false });
    const { written, warnings } = newReview(p.dir, 'risrev2024', { refs: join(fixtures, 'refs/structured/list.ris') });
    expect(written).toEqual(['bib/raw/risrev2024.ris', 'bib/risrev2024.bib', 'bib/sources.yaml']);
    expect(warnings).toEqual([]);
    expect(readFileSync(join(p.dir, 'bib/sources.yaml'), 'utf8')).toContain('- id: risrev2024\n  listStyle: ris');
    expect(readFileSync(join(p.dir, 'bib/risrev2024.bib'), 'utf8')).toContain('@article{risrev2024:1,');
  });
});

describe('npm run import:refs -- <id> --doi <DOI>', () => {
  it("reads the review's references as Crossref holds them, from a local server in Crossref's shape (no network)", async () => {
    const { createServer } = await import('node:http');
    const { spawn } = await import('node:child_process');
    const body = readFileSync(join(fixtures, 'refs/structured/crossref-work.json'), 'utf8');
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/works/10.1000%2Freview.2024') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const p = project();
    const run = (...args: string[]) =>
      new Promise<{ status: number | null; out: string }>((done) => {
        const child = spawn(process.execPath, [cli, ...args], { cwd: p.dir, env: { ...process.env, ATLAS_CROSSREF_URL: `http://127.0.0.1:${port}` } });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (status) => done({ status, out }));
      });
    try {
      const ok = await run('gamma2021', '--doi', '10.1000/review.2024', '--force');
      expect(ok.out).toContain('wrote bib/gamma2021.bib: 3 references (style crossref');
      expect(ok.status).toBe(0);
      expect(readFileSync(join(p.dir, 'bib/raw/gamma2021.json'), 'utf8')).toBe(body);
      const missing = await run('newrev2024', '--doi', '10.1000/nothing');
      expect(missing.status).toBe(2);
      expect(missing.out.trim()).toBe('import:refs: Crossref has no record for 10.1000/nothing (404); check the DOI, or save the reference list as text and import the file');
      expect(requests).toEqual(['/works/10.1000%2Freview.2024', '/works/10.1000%2Fnothing']);
    } finally {
      server.close();
    }
  });
});
