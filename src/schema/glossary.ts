import { z } from 'zod';

/** One entry of content/glossary.yaml: an abbreviation or formula the chapters use. */
export const glossaryEntrySchema = z
  .object({
    term: z.string().min(1),
    expansion: z.string().min(1),
    formula: z.string().regex(/^[A-Za-z0-9().+\-·/]+$/, 'a formula is plain ASCII, like Ca10(PO4)6(OH)2').optional(),
    definition: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    cite: z.array(z.string()).default([]),
    chapters: z.array(z.string()).default([]),
  })
  .strict();

export const glossarySchema = z.array(glossaryEntrySchema);
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
