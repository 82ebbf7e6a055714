import { z } from 'zod'

export const FigureKindSchema = z
  .enum(['amount', 'percent', 'quantity', 'count', 'year', 'year-range', 'ordinal', 'date'])
  .meta({
    description:
      'amount: money (unit is an ISO 4217 code); percent; quantity: a measure with a unit (t, kWh…); count: a plain number of things; year; year-range (value…valueEnd); ordinal (seventh, 29th); date (a day of a month).',
  })
export type FigureKind = z.infer<typeof FigureKindSchema>

export const QualifierSchema = z
  .enum(['over', 'at-least', 'almost', 'approximately', 'at-most', 'under'])
  .meta({ description: 'How the source bounds the number: "over 42,000" is over, "no less than 25%" is at-least, "quasi 60 milioni" is almost.' })
export type Qualifier = z.infer<typeof QualifierSchema>

export const FigureRoleSchema = z
  .enum(['target', 'base'])
  .meta({ description: 'target: a goal (a target value or target year); base: the base year a target is measured from.' })
export type FigureRole = z.infer<typeof FigureRoleSchema>

/** A number as it stands in a sentence, and what it means. */
export const FigureSchema = z
  .object({
    text: z.string().meta({ description: 'The figure exactly as written in the quote.', example: '24.1 billion RMB' }),
    start: z.int().nonnegative().meta({ description: 'Offset of `text` in the source text.' }),
    end: z.int().nonnegative().meta({ description: 'End offset (exclusive) of `text` in the source text.' }),
    kind: FigureKindSchema,
    value: z.number().meta({ description: 'The normalised number: "24.1 billion RMB" is 24100000000, "48,5%" is 48.5.', example: 24100000000 }),
    valueEnd: z.number().optional().meta({ description: 'Upper end of a range such as "between 2020 and 2030".' }),
    unit: z
      .string()
      .optional()
      .meta({ description: 'ISO 4217 currency code, "percent", "t" (tonnes), "kWh"…; absent for plain counts, years and ordinals.', example: 'CNY' }),
    qualifier: QualifierSchema.optional(),
    role: FigureRoleSchema.optional(),
    period: z
      .string()
      .optional()
      .meta({ description: 'ISO 8601 year or interval the figure refers to, as stated in the sentence ("2024", "2020/2030").', example: '2024' }),
    targetYear: z.int().optional().meta({ description: 'For a target value: the year it is to be met by.' }),
    baseYear: z.int().optional().meta({ description: 'For a target value: the base year it is measured from.' }),
  })
  .meta({ id: 'Figure' })
export type Figure = z.infer<typeof FigureSchema>

export const ClaimTypeSchema = z
  .enum(['achievement', 'target', 'certification', 'other'])
  .meta({ description: 'achievement: a reported result; target: a goal or commitment; certification: a certificate or standard obtained; other: context and strategy.' })
export type ClaimType = z.infer<typeof ClaimTypeSchema>

export const PillarSchema = z.enum(['E', 'S', 'G']).meta({ description: 'ESG pillar: Environmental, Social or Governance.' })
export type Pillar = z.infer<typeof PillarSchema>

export const SourceRefSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().meta({ description: 'Canonical URL of the article.' }),
    lang: z.string(),
  })
  .meta({ id: 'SourceRef' })
export type SourceRef = z.infer<typeof SourceRefSchema>

export const CitationSchema = z
  .object({
    quote: z.string().meta({ description: 'The sentence verbatim, as `text` of `/v1/sources/{id}` has it between `start` and `end`.' }),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    heading: z.string().optional().meta({ description: 'The section heading the sentence sits under.' }),
    url: z.string().meta({ description: 'The article URL with a text fragment (#:~:text=…) that scrolls a browser to the quote.' }),
  })
  .meta({ id: 'Citation' })
export type Citation = z.infer<typeof CitationSchema>

/** One verbatim sentence of an article that states something, with its figures and citation. */
export const FactSchema = z
  .object({
    id: z.string().meta({ description: 'Stable, URL-safe id: the same sentence in the same source always gets the same id.' }),
    text: z.string(),
    lang: z.string(),
    type: ClaimTypeSchema,
    pillar: PillarSchema.optional(),
    topics: z.array(z.string()).meta({ description: 'Topic ids from the taxonomy at /v1/topics, most specific first.' }),
    figures: z.array(FigureSchema),
    period: z.string().optional().meta({ description: 'ISO 8601 year or interval the fact is about, when the sentence states one.' }),
    targetYear: z.int().optional(),
    baseYear: z.int().optional(),
    source: SourceRefSchema,
    citation: CitationSchema,
  })
  .meta({ id: 'Fact' })
export type Fact = z.infer<typeof FactSchema>

/** One entry of the ESG topic taxonomy (src/core/facts/topics.ts), mapped to GRI and ESRS where one fits. */
export const TopicSchema = z
  .object({
    id: z.string(),
    pillar: PillarSchema,
    label: z.object({ en: z.string(), it: z.string() }),
    gri: z.string().optional(),
    esrs: z.string().optional(),
    description: z.string(),
  })
  .meta({ id: 'Topic' })
export type Topic = z.infer<typeof TopicSchema>
