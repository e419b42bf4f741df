import { z } from 'zod';

/** The file in a part's folder that names it. */
export const PART_FILE = '_part.yaml';

/**
 * A part of the synthesis: a folder of content/ with its chapters and a `_part.yaml` that names
 * the part and places it among the others (sidebar groups and the home page's contents).
 */
export const partSchema = z
  .object({
    label: z.string().min(1, 'give the part a name, as the sidebar shows it: label: Foundations'),
    order: z.number({ error: 'give the part its place among the parts: order: 1 comes first' }).int(),
  })
  .strict();
export type PartMeta = z.output<typeof partSchema>;

/** What the navigation reads from a chapter's frontmatter (the build validates the rest). */
export const navFrontmatterSchema = z.looseObject({
  title: z.string(),
  description: z.string().optional(),
  draft: z.boolean().optional(),
  sidebar: z
    .looseObject({
      order: z.number().optional(),
      hidden: z.boolean().optional(),
    })
    .optional(),
});
