import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { readYamlFile } from '../data/yaml-file.ts';
import { SourceError } from '../data/source-error.ts';
import type { Decisions } from './resolve.ts';

const why = z.string().min(1, 'say why, for the next person');
const group = z.object({ refs: z.array(z.string()).min(2), why }).strict();
const named = z
  .object({
    ref: z.string(),
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a canonical key is lower-case letters, digits and hyphens, starting with a letter'),
    why,
  })
  .strict();
const schema = z
  .object({ merge: z.array(group).default([]), separate: z.array(group).default([]), keys: z.array(named).default([]) })
  .strict()
  .nullable()
  .transform((d) => d ?? { merge: [], separate: [], keys: [] });

/** A person's decisions: the resolver's (merge, separate) and canonical keys chosen by hand. */
export interface DecisionFile extends Decisions {
  /**
   * Canonical key of the work holding `ref`, chosen by a person where the anchor reference
   * misprints the first author (the generated key would repeat the misprint).
   */
  keys: { ref: string; key: string }[];
}

/**
 * Reads bib/decisions.yaml and checks that every key it names exists: a decision about a
 * reference that is not there is an error, never ignored.
 */
export function loadDecisions(path: string, known: ReadonlySet<string>): DecisionFile {
  if (!existsSync(path)) return { merge: [], separate: [], keys: [] };
  const data = readYamlFile(path, schema);
  const lines = readFileSync(path, 'utf8').split('\n');
  const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1 || 1;
  for (const kind of ['merge', 'separate'] as const) {
    data[kind].forEach((g, i) => {
      for (const key of g.refs) {
        if (known.has(key)) continue;
        throw new SourceError(path, lineOf(key), `${kind}[${i}] names "${key}", which no bib file has: correct the key or remove the decision.`);
      }
    });
  }
  const chosen = new Set<string>();
  data.keys.forEach((k, i) => {
    if (!known.has(k.ref)) throw new SourceError(path, lineOf(k.ref), `keys[${i}] names "${k.ref}", which no bib file has: correct the key or remove the decision.`);
    if (chosen.has(k.key)) throw new SourceError(path, lineOf(`key: ${k.key}`), `keys[${i}] gives "${k.key}" a second time: each work needs its own key.`);
    chosen.add(k.key);
  });
  return { merge: data.merge.map((g) => g.refs), separate: data.separate.map((g) => g.refs), keys: data.keys.map(({ ref, key }) => ({ ref, key })) };
}
