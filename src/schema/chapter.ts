import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { reviewIdSchema } from '../citations/sources.ts';

/** Search filter groups every project has: they are not declared in content/taxonomy.yaml. */
export const BUILT_IN_FACETS = ['kind', 'review'] as const;

// A facet's name and its values' keys become search filter names and values (and addresses).
const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const NOT_A_KEY = 'is not a key: write lower-case words joined by hyphens, like "my-value"';

const facetSchema = z
  .object({
    /** The filter's name in the search, and the value's kind in messages ("unknown topic"). */
    label: z.string().min(1),
    /** The chapter frontmatter field that holds it. */
    field: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a field is a frontmatter key: letters and digits, starting with a lower-case letter'),
    /** Several values (`field: [a, b]`) or one (`field: a`). */
    list: z.boolean().default(true),
    /** What the field says of a chapter: `npm run new` writes it beside the field. */
    hint: z.string().optional(),
    /** key → label: chapters write the key, readers see the label. */
    values: z.record(z.string(), z.string().min(1)).refine((v) => Object.keys(v).length > 0, 'declare at least one value: `key: Label`'),
    /** Per value, the glossary terms and words that show a cited work is about it (src/search/facets.ts). */
    signs: z.record(z.string(), z.array(z.string().min(1))).optional(),
  })
  .strict();
export type Facet = z.output<typeof facetSchema>;

/** The fields a chapter has whatever the taxonomy says (besides Starlight's own). */
const chapterFields = (reviewIds: readonly string[]) => ({
  sources: z.array(z.object({ review: reviewIdSchema(reviewIds), sections: z.array(z.string()).default([]) }).strict()).default([]),
  authors: z.array(z.string()).optional(),
  // Section anchors (src/markdown/heading-anchors.ts checks them against the headings).
  anchors: z.record(z.string(), anchorId()).optional(),
  anchorAliases: z.record(anchorId(), anchorId()).optional(),
  head: z.array(z.unknown()).max(0, HEAD_REFUSED).default([]),
  banner: z.object({ content: plainText() }).optional(),
  hero: z.object({ title: plainText().optional(), tagline: plainText().optional() }).optional(),
});

let starlightFields: string[] | undefined;
/** The frontmatter fields a chapter's own and Starlight's schema take: a facet cannot be one of them. */
function takenFields(): string[] {
  starlightFields ??= Object.keys((docsSchema()({ image: () => z.string() } as never) as unknown as { shape: object }).shape);
  return [...Object.keys(chapterFields([])), ...starlightFields];
}

/**
 * content/taxonomy.yaml: the facets a chapter is filed under, which are its frontmatter
 * vocabularies and the site's search filters (besides page kind and source review). The
 * generator knows no facet: each is declared there, with its values and, optionally, the signs
 * that file a cited work under a value.
 */
export const taxonomySchema = z
  .object({ facets: z.record(z.string(), facetSchema) })
  .strict()
  .superRefine((t, ctx) => {
    const fields = new Map<string, string>();
    for (const [name, facet] of Object.entries(t.facets)) {
      if (!KEY.test(name)) ctx.addIssue({ code: 'custom', path: ['facets', name], message: `"${name}" ${NOT_A_KEY}` });
      for (const value of Object.keys(facet.values)) {
        if (!KEY.test(value)) ctx.addIssue({ code: 'custom', path: ['facets', name, 'values', value], message: `"${value}" ${NOT_A_KEY}` });
      }
      if ((BUILT_IN_FACETS as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['facets', name],
          message: `"${name}" is a search filter every project has (${BUILT_IN_FACETS.join(', ')}): give the facet another name`,
        });
      }
      if (takenFields().includes(facet.field)) {
        ctx.addIssue({
          code: 'custom',
          path: ['facets', name, 'field'],
          message: `\`${facet.field}\` is a chapter field already (${takenFields().join(', ')}): name the facet's field otherwise`,
        });
      }
      const other = fields.get(facet.field);
      if (other !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['facets', name, 'field'],
          message: `the facet "${other}" uses the field \`${facet.field}\` too: give each facet its own field`,
        });
      fields.set(facet.field, name);
      for (const value of Object.keys(facet.signs ?? {})) {
        if (!(value in facet.values)) {
          ctx.addIssue({
            code: 'custom',
            path: ['facets', name, 'signs', value],
            message: `signs for "${value}", which is not a value of ${name}: use one of ${Object.keys(facet.values).join(', ')}, or add it under values`,
          });
        }
      }
    }
  });
export type Taxonomy = z.output<typeof taxonomySchema>;

/** One facet's value in a chapter's frontmatter: a key its `values` declare. */
function oneOf(facet: Facet) {
  const allowed = Object.keys(facet.values);
  const what = facet.label.toLowerCase();
  return z.string().refine((v) => allowed.includes(v), {
    error: (issue) => `unknown ${what} "${String(issue.input)}"; use one of: ${allowed.join(', ')} (content/taxonomy.yaml declares them)`,
  });
}

function anchorId() {
  return z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not an anchor id: use lower-case words joined by hyphens`,
  });
}

/** Text Starlight writes into the page as HTML (banner, hero): plain text only, so a chapter cannot add markup there. */
function plainText() {
  return z.string().refine((v) => !/[<>]/.test(v), { error: 'this text is written into the page as HTML: write plain text, without < or >' });
}

const HEAD_REFUSED =
  "a chapter cannot add tags to the page's <head>: they would come before the site's security policy, and could redirect readers or run script. Remove `head`; the page's title, description and citation tags come from the other fields";

/**
 * The frontmatter a chapter adds to Starlight's own, and what it takes away: a chapter is
 * prose, so Starlight's fields that put HTML into the page (`head`, the banner's and hero's
 * text) are refused or plain text (src/markdown/content-policy.ts has the body's rules). The
 * facets and review ids come from the project's data, so the generator itself knows nothing
 * about the subject.
 */
export function chapterFrontmatter(taxonomy: Taxonomy, reviewIds: readonly string[]) {
  const facets = Object.fromEntries(Object.values(taxonomy.facets).map((f) => [f.field, f.list ? z.array(oneOf(f)).default([]) : oneOf(f).optional()]));
  return z.object({ ...facets, ...chapterFields(reviewIds) });
}
