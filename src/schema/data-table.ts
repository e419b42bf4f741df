import { z } from 'zod';
import { reviewIdSchema } from '../citations/sources.ts';

const citeKeys = z.array(z.string().regex(/^[^@\s;\[\]]+$/, 'write citation keys without @, e.g. chen2021:66'));

const ROW_NEEDS_CITE = 'every row needs a citation: add `cite: [<key>, …]` with the keys of its source';
const CELL = 'a cell is text ("coated"), a number (12.5), or { text: "…", cite: [<key>, …] } when its value comes from another source than its row';

const kind = (v: unknown): string => (v === null ? 'nothing (null)' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map without `text`' : typeof v === 'boolean' ? `${v} (a yes/no value; quote it to make it text)` : typeof v);

/**
 * A cell is text, or text with its own citation (provenance where sources differ) and/or a
 * doubt: why the printed value is questionable (a misprint, a review contradicting itself).
 * Tables print the doubt after the value; charts draw the value as doubtful.
 */
const cell = z.union(
  [
    z.string(),
    z.number(),
    z
      .strictObject(
        { text: z.union([z.string(), z.number()], { error: "a cell's `text` is text or a number" }), cite: citeKeys.min(1).optional(), doubt: z.string().min(1).optional() },
        { error: (issue) => (issue.code === 'unrecognized_keys' ? `a cell written as a map has \`text\`, \`cite\` and \`doubt\` only, not ${issue.keys.map((k) => `\`${k}\``).join(', ')}` : undefined) },
      )
      .refine((c) => c.cite || c.doubt, 'a cell written as { text } needs `cite: [<key>, …]` or `doubt: "why the value is doubtful"`; otherwise write the text alone'),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? `${CELL}; this one is ${kind(issue.input)}` : undefined) },
);
export type Cell = string | number | { text: string | number; cite?: string[]; doubt?: string };

export const cellText = (c: Cell): string => (typeof c === 'object' ? String(c.text) : String(c));
export const cellCites = (c: Cell): string[] => (typeof c === 'object' ? (c.cite ?? []) : []);
export const cellDoubt = (c: Cell): string | undefined => (typeof c === 'object' ? c.doubt : undefined);

/** A data table (content/tables/<name>.yaml); `reported_by` names reviews of bib/sources.yaml. */
export const dataTableSchema = (reviewIds: readonly string[]) =>
  z
    .object({
      title: z.string(),
      caption: z.string().optional(),
      columns: z
        .array(z.object({ key: z.string(), label: z.string(), filter: z.boolean().optional() }).strict())
        .min(1),
      rows: z
        .array(
          z
            .object({
              // A missing cite and an empty one get the same advice.
              cite: z
                .array(citeKeys.element, { error: (issue) => (issue.input === undefined ? ROW_NEEDS_CITE : undefined) })
                .min(1, ROW_NEEDS_CITE),
              reported_by: z.array(reviewIdSchema(reviewIds)).optional(),
            })
            .catchall(cell),
        )
        .min(1),
    })
    .strict()
    .superRefine((t, ctx) => {
      const keys = new Set(t.columns.map((c) => c.key));
      t.rows.forEach((row, i) => {
        for (const k of Object.keys(row)) {
          if (k !== 'cite' && k !== 'reported_by' && !keys.has(k)) {
            ctx.addIssue({ code: 'custom', path: ['rows', i, k], message: `row field "${k}" is not a column; add it to columns or fix the name` });
          }
        }
      });
    });

export type DataTable = z.output<ReturnType<typeof dataTableSchema>>;
