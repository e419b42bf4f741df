import { z } from 'zod';
import { reviewIdSchema } from './sources.ts';

/** Controlled vocabularies (content/taxonomy.yaml): key → label, per facet. */
export const taxonomySchema = z.object({
  topics: z.record(z.string(), z.string()),
  interfaces: z.record(z.string(), z.string()),
  electrolytes: z.record(z.string(), z.string()),
});
export type Taxonomy = z.output<typeof taxonomySchema>;

function oneOf(vocabulary: Record<string, string>, what: string) {
  const allowed = Object.keys(vocabulary);
  return z.string().refine((v) => allowed.includes(v), {
    error: (issue) => `unknown ${what} "${String(issue.input)}"; use one of: ${allowed.join(', ')}`,
  });
}

const anchorId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
  error: (issue) => `"${String(issue.input)}" is not an anchor id: use lower-case words joined by hyphens`,
});

/**
 * The frontmatter a chapter adds to Starlight's own. Vocabularies and review ids come from the
 * project's data, so the generator itself knows nothing about the subject.
 */
export function chapterFrontmatter(taxonomy: Taxonomy, reviewIds: readonly string[]) {
  const review = reviewIdSchema(reviewIds);
  return z.object({
    topic: oneOf(taxonomy.topics, 'topic').optional(),
    interfaces: z.array(oneOf(taxonomy.interfaces, 'interface')).default([]),
    electrolytes: z.array(oneOf(taxonomy.electrolytes, 'electrolyte class')).default([]),
    sources: z
      .array(z.object({ review, sections: z.array(z.string()).default([]) }).strict())
      .default([]),
    authors: z.array(z.string()).optional(),
    // Section anchors (src/markdown/heading-anchors.ts checks them against the headings).
    anchors: z.record(z.string(), anchorId).optional(),
    anchorAliases: z.record(anchorId, anchorId).optional(),
  });
}
export type ChapterFrontmatter = z.output<ReturnType<typeof chapterFrontmatter>>;
