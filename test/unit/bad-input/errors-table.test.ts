/**
 * CONTRIBUTING.md's "Errors and how to fix them" and the bad-input suite describe the same
 * errors: every row's message is one the suite asserts (so the row is true), and every message
 * the suite asserts has a row (so a contributor who meets it finds the fix).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repo } from '../contrib/temp-project.ts';
import { assertedMessages } from './cases.ts';

/** The "message contains" cell of each row: its `code` fragments, or its plain words before "(". */
function rows(): { cell: string; fragments: string[] }[] {
  const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8');
  const table = guide.split('## Errors and how to fix them')[1]!.split('\n## ')[0]!;
  return table
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| message contains'))
    .map((l) => {
      const cell = l.split(' | ')[0]!.slice(2);
      const code = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const plain = cell.startsWith('`') ? [] : [cell.split(' (')[0]!.trim()];
      return { cell, fragments: [...plain, ...code] };
    });
}

const produces = (message: string, fragments: string[]) => fragments.every((f) => message.includes(f));

describe('the errors table of CONTRIBUTING.md', () => {
  const table = rows();

  test('has its rows', () => {
    expect(table.length).toBeGreaterThan(30);
  });

  test('every row names messages the bad-input suite asserts', () => {
    for (const { cell, fragments } of table) {
      // A row listing alternatives (`unknown topic`, `unknown interface`, …) needs each of them.
      for (const f of fragments) expect(assertedMessages.some((m) => m.includes(f)), `row "${cell}": no asserted message contains "${f}"`).toBe(true);
    }
  });

  test('every message the suite asserts has a row that explains it', () => {
    for (const m of assertedMessages) {
      // A row matches when its fragments all occur; a row of alternatives matches on the first plus any one.
      const matched = table.some(({ fragments }) => produces(m, fragments) || (fragments.length > 2 && m.includes(fragments[0]!) && fragments.slice(1).some((f) => m.includes(f))));
      expect(matched, `no row of the errors table explains:\n${m}`).toBe(true);
    }
  });
});
