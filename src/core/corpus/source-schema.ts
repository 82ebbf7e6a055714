import { z } from 'zod'

/**
 * Front matter of one article in `corpus/`. This schema is the corpus format: the build rejects a
 * file that does not match it, naming the file and the field, so a partial corpus is never served.
 */
export const SourceMetaSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'lowercase letters, digits and hyphens (URL-safe, 2–81 chars)')
      .meta({ description: 'Stable, URL-safe id of the article in this corpus.', example: 'example-news-acme-esg-2024' }),
    title: z.string().trim().min(1).meta({ description: 'Headline as published.' }),
    publisher: z.string().trim().min(1).meta({ description: 'Name of the publication.', example: 'Example News' }),
    section: z.string().trim().min(1).optional().meta({ description: "Publisher's section or category, where known." }),
    url: z.url({ protocol: /^https?$/ }).meta({ description: 'Canonical URL of the article.' }),
    lang: z
      .string()
      .regex(/^(en|it)(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag of a supported language: "en" or "it" (e.g. "en-GB")')
      .meta({ description: 'BCP 47 language tag of the article; the analysers support English and Italian.', example: 'en' }),
    about: z
      .object({
        organization: z.object({
          name: z.string().trim().min(1),
          wikidata: z.string().regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id such as "Q95"').optional(),
        }),
        report: z.object({
          name: z.string().trim().min(1),
          reportingYear: z.int().min(1900).max(2100),
        }),
      })
      .meta({ description: 'The organisation and the ESG report the article retells.' }),
    published: z.iso.date().optional().meta({ description: 'Publication date (YYYY-MM-DD), only where known.' }),
    retrieved: z.iso.date().optional().meta({ description: 'Date the article was captured, only where known.' }),
  })

export type SourceMeta = z.infer<typeof SourceMetaSchema>

/** A source as the API lists it. */
export const SourceSchema = SourceMetaSchema.extend({
  facts: z.int().nonnegative().meta({ description: 'Number of facts taken from this article.' }),
}).meta({ id: 'Source' })
export type Source = z.infer<typeof SourceSchema>

/** A source with the exact text that every citation's `start`/`end` offsets index into. */
export const SourceWithTextSchema = SourceSchema.extend({
  text: z.string().meta({ description: 'The article body; citation offsets are UTF-16 code unit indexes into it.' }),
}).meta({ id: 'SourceWithText' })
export type SourceWithText = z.infer<typeof SourceWithTextSchema>

/** A parsed corpus file: validated front matter plus the Markdown body. */
export interface SourceDocument {
  meta: SourceMeta
  /** The Markdown body, exactly as in the file after the front matter. */
  text: string
  /** Where it came from, for error messages only. */
  path: string
  /** Front-matter keys the schema does not know (ignored; most likely typos of optional fields). */
  unknownKeys?: string[]
}
