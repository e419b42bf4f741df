import { z } from 'zod';

const section = z.object({ n: z.string(), title: z.string() }).strict();

/** One source review (bib/sources.yaml). Its `id` is the key every citation and page uses. */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\d{4}[a-z]?$/, 'an id is a lower-case name and a year, like chen2021'),
    authors: z.array(z.string()).min(1),
    title: z.string(),
    journal: z.string(),
    journalAbbrev: z.string().optional(),
    year: z.number().int(),
    volume: z.union([z.string(), z.number()]).optional(),
    issue: z.union([z.string(), z.number()]).optional(),
    pages: z.string().optional(),
    article: z.string().optional(),
    doi: z.string().regex(/^10\.\S+$/, 'a DOI is bare, like 10.1002/aenm.202002689').optional(),
    seed: z.string().optional(),
    angle: z.string(),
    sections: z.array(section).default([]),
  })
  .strict();

export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.output<typeof sourceSchema>;

/** A review id that bib/sources.yaml lists (a chapter's `sources`, a table row's `reported_by`). */
export const reviewIdSchema = (reviewIds: readonly string[]) =>
  z.string().refine((v) => reviewIds.includes(v), {
    error: (issue) => `unknown review "${String(issue.input)}"; the sources are ${reviewIds.join(', ')} (bib/sources.yaml)`,
  });
