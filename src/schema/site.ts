import { z } from 'zod';

/** content/site.yaml: what the site calls itself. */
export const siteConfigSchema = z
  .object({
    title: z.string().min(1, 'give the site a name: title: My Atlas'),
    /** A BCP 47 language tag: the language a citation of a chapter gives. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language is a tag like en or en-GB')
      .default('en'),
    description: z
      .string()
      .min(1)
      .refine((d) => !/\{(?!reviews\})[^}]*\}/.test(d), 'the only placeholder a description takes is {reviews}'),
  })
  .strict();
export type SiteConfig = z.output<typeof siteConfigSchema>;

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** `one review`, `two reviews`, `13 reviews`: a count as a sentence says it. */
export const reviewCount = (n: number): string => `${WORDS[n] ?? n} review${n === 1 ? '' : 's'}`;

/** The description with {reviews} filled in from the number of source reviews. */
export const siteDescription = (config: SiteConfig, reviews: number): string => config.description.replaceAll('{reviews}', reviewCount(reviews));
