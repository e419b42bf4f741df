import { z } from 'zod';

/** Case-insensitive phrases; a text matches when it contains any of them. */
const phrases = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((p) => (Array.isArray(p) ? p : [p]));

const axis = z
  .object({
    /** The table column whose printed cells give the values. */
    column: z.string(),
    /** The unit the axis is drawn in; every value is normalised to it (`mA cm⁻²`, `Ω cm²`, `nm`). */
    unit: z.string(),
    scale: z.enum(['log', 'linear']).default('linear'),
    /** The axis title, without the unit (which is added). */
    label: z.string(),
    /**
     * Only values measured within these bounds are drawn: the condition printed after a value,
     * "(200 °C)" or "at 30 °C", is read in `unit`; a value with no such condition is drawn.
     */
    condition: z
      .object({ unit: z.string(), at_most: z.number().optional(), at_least: z.number().optional() })
      .strict()
      .refine((c) => c.at_most !== undefined || c.at_least !== undefined, 'give at_most, at_least or both')
      .optional(),
  })
  .strict();

const series = z
  .object({
    /** Match each row's cell in this column; without it, the words around each value (up to `;`). */
    column: z.string().optional(),
    groups: z.array(z.object({ name: z.string().min(1), match: phrases }).strict()).min(1).max(6),
    /** The series of values no group matches; without it such a value is an error. */
    other: z.string().min(1).optional(),
  })
  .strict();

export const chartSchema = z
  .object({
    title: z.string().min(1),
    /** The question the figure answers, in one sentence; the caption prints it. */
    question: z.string().min(1),
    /** The table in content/tables the figure draws (without .yaml). */
    table: z.string().min(1),
    /** dots: one row per table row, values along one axis; scatter: one point per row, two axes. */
    kind: z.enum(['dots', 'scatter']),
    /** The column that names each row of the table in the figure. */
    label: z.string(),
    /** Columns whose first clause (up to `;` or `(`) is printed under the label (dots) or in the tooltip (scatter). */
    detail: z
      .union([z.string(), z.array(z.string()).min(1)])
      .transform((d) => (Array.isArray(d) ? d : [d]))
      .optional(),
    x: axis,
    y: axis.optional(),
    series: series.optional(),
    /** Rows to draw: each listed column must contain one of the phrases. */
    where: z.record(z.string(), phrases).optional(),
    /** Lines across the plot at a value printed in the table (a target, a limit), quoted exactly. */
    references: z.array(z.object({ quote: z.string().min(1), label: z.string().min(1) }).strict()).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === 'scatter' && !c.y) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a scatter chart needs a y axis: `y: { column, unit, label }`' });
    if (c.kind === 'dots' && c.y) ctx.addIssue({ code: 'custom', path: ['y'], message: 'a dots chart has one axis (x); remove `y` or use `kind: scatter`' });
  });

export type ChartDefinition = z.output<typeof chartSchema>;
export type AxisDefinition = z.output<typeof axis>;
