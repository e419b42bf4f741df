import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { readYamlFile } from '../data/yaml-file.ts';
import { SourceError } from '../data/source-error.ts';
import type { Decisions } from './resolve.ts';

const group = z.object({ refs: z.array(z.string()).min(2), why: z.string().min(1, 'say why, for the next person') }).strict();
const schema = z
  .object({ merge: z.array(group).default([]), separate: z.array(group).default([]) })
  .strict()
  .nullable()
  .transform((d) => d ?? { merge: [], separate: [] });

/**
 * Reads bib/decisions.yaml and checks that every key it names exists: a decision about a
 * reference that is not there is an error, never ignored.
 */
export function loadDecisions(path: string, known: ReadonlySet<string>): Decisions {
  if (!existsSync(path)) return { merge: [], separate: [] };
  const data = readYamlFile(path, schema);
  for (const kind of ['merge', 'separate'] as const) {
    data[kind].forEach((g, i) => {
      for (const key of g.refs) {
        if (known.has(key)) continue;
        const line = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(key)) + 1;
        throw new SourceError(path, line || 1, `${kind}[${i}] names "${key}", which no bib file has: correct the key or remove the decision.`);
      }
    });
  }
  return { merge: data.merge.map((g) => g.refs), separate: data.separate.map((g) => g.refs) };
}
