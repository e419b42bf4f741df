import { z } from 'zod';
import { readYamlFile } from '../data/yaml-file.ts';
import { projectPaths } from '../project.ts';

/**
 * content/glossary.yaml as the search needs it. Only the fields search reads are checked
 * strictly; the rest of an entry (definition, cite, chapters) belongs to the glossary page.
 */
export const glossarySchema = z.array(
  z
    .object({
      term: z.string().min(1),
      expansion: z.string().min(1),
      formula: z.string().min(1).optional(),
      definition: z.string(),
      aliases: z.array(z.string().min(1)).default([]),
      cite: z.array(z.string()).default([]),
      chapters: z.array(z.string()).default([]),
    })
    .strict(),
);
export type GlossaryEntry = z.output<typeof glossarySchema>[number];

export const loadGlossary = (root?: string): GlossaryEntry[] => readYamlFile(projectPaths(root).glossary, glossarySchema);
