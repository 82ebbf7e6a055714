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

export const FigureRoleSchema = z.enum(['target', 'base', 'comparison']).meta({
  description:
    'Absent for a reported value. target: a goal (a target value, or the year it is to be met by); base: a base year or value a change or target is measured from; comparison: a value of another period quoted for comparison ("up from 2% the previous year"), whose period is its own.',
})
export type FigureRole = z.infer<typeof FigureRoleSchema>

export const PeriodFromSchema = z.enum(['sentence', 'context', 'report']).meta({
  description: 'Where `period` was read: the sentence itself; the sentence or heading it continues; the report year of an article that plainly reports that year.',
})
export type PeriodFrom = z.infer<typeof PeriodFromSchema>

/** A verbatim stretch of the source text, with offsets like a figure's own. */
export const SpanSchema = z
  .object({
    text: z.string(),
    start: z.int().nonnegative().meta({ description: 'Offset of `text` in the source text.' }),
    end: z.int().nonnegative().meta({ description: 'End offset (exclusive) of `text` in the source text.' }),
  })
  .meta({ id: 'Span' })
export type Span = z.infer<typeof SpanSchema>

/** The canonical thing a figure measures, the same across sources, languages and years. */
export const VariableSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id: from the variable vocabulary, or derived from the measure\'s normalised words.', example: 'rnd-investment' }),
    name: z.string().meta({ description: 'Name in the fact\'s language.' }),
    names: z.object({ en: z.string(), it: z.string() }),
    gri: z.string().optional().meta({ description: 'GRI disclosure, where one fits.' }),
    esrs: z.string().optional().meta({ description: 'ESRS datapoint or standard, where one fits.' }),
  })
  .meta({ id: 'Variable' })
export type Variable = z.infer<typeof VariableSchema>

/** Who or what a figure is about: the article's organisation unless the sentence names a part or party. */
export const SubjectSchema = z
  .object({
    name: z.string(),
    wikidata: z.string().optional().meta({ description: 'Wikidata item, when the subject is the article\'s organisation and the corpus file gives it.' }),
  })
  .meta({ id: 'Subject' })
export type Subject = z.infer<typeof SubjectSchema>

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
    periodFrom: PeriodFromSchema.optional(),
    targetYear: z.int().optional().meta({ description: 'For a target value: the year it is to be met by.' }),
    baseYear: z.int().optional().meta({ description: 'For a target value: the base year it is measured from.' }),
    measure: SpanSchema.nullable().meta({ description: 'The verbatim words that name what the number measures ("automation rate", "utile netto"); null only when the text names nothing.' }),
    variable: VariableSchema.nullable(),
    subject: SubjectSchema,
  })
  .meta({ id: 'Figure' })
export type Figure = z.infer<typeof FigureSchema>

/** A figure as its sentence alone gives it (figures.ts); what it measures and of whom is read with its context (build-facts.ts). */
export const ParsedFigureSchema = FigureSchema.omit({ measure: true, variable: true, subject: true })
export type ParsedFigure = z.infer<typeof ParsedFigureSchema>

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
