import { z } from 'zod';
import { narrativeName, SHORT_NAME, sourceShortName } from './names.ts';

const section = z.object({ n: z.string(), title: z.string() }).strict();

/** One source review (bib/sources.yaml). Its `id` is the key every citation and page uses. */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\d{4}[a-z]?$/, 'an id is a lower-case name and a year, like chen2021'),
    authors: z.array(z.string()).min(1),
    // Readers see the review named from its authors and year ("Chen et al. (2021)"); `short`
    // replaces that name only where it would be wrong or shared by two reviews.
    short: z.string().regex(SHORT_NAME, 'write the short name as a sentence cites the review: "Sun et al. (2025a)"').optional(),
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
    /**
     * How its reference list (bib/raw/<id>.*) is read: a plain-text style or a structured
     * format. Written by the importer, so re-imports and refs:report read the list the same way.
     */
    listStyle: z.enum(['ama', 'springer', 'wiley', 'acs', 'nature', 'cell', 'elsevier', 'rsc', 'ieee', 'aps', 'bibtex', 'ris', 'csl-json', 'crossref']).optional(),
    angle: z.string(),
    sections: z.array(section).default([]),
  })
  .strict();

export const sourcesSchema = z
  .array(sourceSchema)
  .min(1)
  .superRefine((sources, ctx) => {
    // Two reviews a reader cannot tell apart by name: one of them needs a `short` name.
    const named = new Map<string, string>();
    sources.forEach((s, i) => {
      const name = narrativeName(sourceShortName(s));
      const other = named.get(name);
      if (other === undefined) named.set(name, s.id);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i, s.short ? 'short' : 'id'],
          message: `${s.id} and ${other} are both named "${name}": give one of them a short name that tells them apart, e.g. short: "${name.replace(/\)$/, 'b)')}"`,
        });
      }
    });
  });
export type Source = z.output<typeof sourceSchema>;

/** A review id that bib/sources.yaml lists (a chapter's `sources`, a table row's `reported_by`). */
export const reviewIdSchema = (reviewIds: readonly string[]) =>
  z.string().refine((v) => reviewIds.includes(v), {
    error: (issue) => `unknown review "${String(issue.input)}"; the sources are ${reviewIds.join(', ')} (bib/sources.yaml)`,
  });
