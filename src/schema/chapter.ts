import { z } from 'zod';
import { reviewIdSchema } from '../citations/sources.ts';

const signList = z.record(z.string(), z.array(z.string().min(1)));

/**
 * Controlled vocabularies (content/taxonomy.yaml): key → label, per facet; and `signs`: per
 * interface and electrolyte class, the glossary terms and words that show a work is about it
 * (the search filters of works, src/search/facets.ts).
 */
export const taxonomySchema = z
  .object({
    topics: z.record(z.string(), z.string()),
    interfaces: z.record(z.string(), z.string()),
    electrolytes: z.record(z.string(), z.string()),
    signs: z.object({ interfaces: signList.default({}), electrolytes: signList.default({}) }).strict().default({ interfaces: {}, electrolytes: {} }),
  })
  .superRefine((t, ctx) => {
    for (const group of ['interfaces', 'electrolytes'] as const) {
      for (const value of Object.keys(t.signs[group])) {
        if (!(value in t[group])) ctx.addIssue({ code: 'custom', path: ['signs', group, value], message: `signs for unknown ${group} value "${value}"; use one of: ${Object.keys(t[group]).join(', ')}` });
      }
    }
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

/** Text Starlight writes into the page as HTML (banner, hero): plain text only, so a chapter cannot add markup there. */
const plainText = z.string().refine((v) => !/[<>]/.test(v), { error: 'this text is written into the page as HTML: write plain text, without < or >' });

const HEAD_REFUSED =
  "a chapter cannot add tags to the page's <head>: they would come before the site's security policy, and could redirect readers or run script. Remove `head`; the page's title, description and citation tags come from the other fields";

/**
 * The frontmatter a chapter adds to Starlight's own, and what it takes away: a chapter is
 * prose, so Starlight's fields that put HTML into the page (`head`, the banner's and hero's
 * text) are refused or plain text (src/markdown/content-policy.ts has the body's rules). Vocabularies and review ids come from the
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
    head: z.array(z.unknown()).max(0, HEAD_REFUSED).default([]),
    banner: z.object({ content: plainText }).optional(),
    hero: z.object({ title: plainText.optional(), tagline: plainText.optional() }).optional(),
  });
}
export type ChapterFrontmatter = z.output<ReturnType<typeof chapterFrontmatter>>;
