import { z } from '@hono/zod-openapi'
import { SourceSchema } from '../corpus/source-schema.js'
import { ClaimTypeSchema, FactSchema, FigureRoleSchema, TopicSchema } from '../facts/fact-schema.js'
import { LangSchema } from '../lang/lang-tag.js'
import { MAX_QUERY_LENGTH } from '../query/limits.js'
import { AnswerSchema, HighlightSchema } from '../query/result-schemas.js'

/** Error text for a parameter given twice or missing, so the 400 says what to change. */
const paramError = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `required: ${what}` : Array.isArray(iss.input) ? 'give this parameter once' : `must be ${what}`

export const QuerySchema = z
  .string({ error: paramError('the question or keywords to search for') })
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .meta({ description: `Question or keywords, in English or Italian (1–${MAX_QUERY_LENGTH} characters).`, example: 'R&D investment 2024' })

/**
 * A whole-number query parameter. Query strings are text, so it is parsed from digits only ("1e2",
 * " 3" and "" are refused, which z.coerce would take); the document declares it an integer with its
 * bounds and default, so generated clients take `limit: 3`.
 */
const intParam = (min: number, max: number, fallback: number) =>
  z
    .string({ error: paramError(`a whole number from ${min} to ${max}`) })
    .regex(/^\d{1,10}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback)
    .openapi({ type: 'integer', minimum: min, maximum: max, default: fallback })

export const LangParamSchema = z.enum(LangSchema.options, { error: paramError(LangSchema.options.map((o) => `"${o}"`).join(' or ')) })
const idParam = (what: string) => z.string({ error: paramError(what) }).max(100, 'is not a known id')

/** Paging and filters shared by every list endpoint. */
export const ListQuerySchema = z.object({
  limit: intParam(1, 100, 20).meta({ description: 'Page size, 1–100.', example: 20 }),
  offset: intParam(0, 1_000_000_000, 0).meta({ description: 'Results to skip, ≥ 0.', example: 0 }),
  lang: LangParamSchema.optional().meta({ description: 'Only facts stated in this language.' }),
  source: idParam('a source id').optional().meta({ description: 'Only facts from this source id (see /v1/sources).' }),
  topic: idParam('a topic id').optional().meta({ description: 'Only facts with this topic id (see /v1/topics).' }),
  type: z.enum(ClaimTypeSchema.options, { error: paramError(ClaimTypeSchema.options.map((o) => `"${o}"`).join(', ')) }).optional().meta({ description: 'Only facts of this claim type.' }),
})

export const SearchQuerySchema = ListQuerySchema.extend({ q: QuerySchema })

const ROLE_PARAMS = ['reported', ...FigureRoleSchema.options] as const

/** /v1/observations: the series filters, with the list endpoints' paging. */
export const ObservationsQuerySchema = ListQuerySchema.pick({ limit: true, offset: true }).extend({
  variable: idParam('a variable id').optional().meta({ description: 'Only this variable (see /v1/variables).', example: 'rnd-investment' }),
  organization: idParam('an organisation id').optional().meta({ description: 'Only this organisation: its Wikidata item, or its name as a slug.', example: 'Q1636958' }),
  q: QuerySchema.optional().meta({ description: "Words that each must name the variable (in English or Italian), the figures' measure or the subject." }),
  period: z
    .string({ error: paramError('a year or an interval of years') })
    .regex(/^\d{4}(?:\/\d{4})?$/, 'must be a year ("2024") or an interval of years ("2020/2030")')
    .optional()
    .meta({ description: 'Only points of this period, exactly as the points state it.', example: '2024' }),
  role: z
    .enum(ROLE_PARAMS, { error: paramError(ROLE_PARAMS.map((o) => `"${o}"`).join(', ')) })
    .optional()
    .meta({ description: '`reported` for reported values, else only targets, base values or comparisons.' }),
  lang: LangParamSchema.optional().meta({ description: "Only points from sources in this language; also the language of each variable's `name` (default English)." }),
})

export const AnswerQuerySchema = z.object({
  q: QuerySchema,
  lang: LangParamSchema.optional().meta({
    description: 'Language of the citation sentence; also prefers facts in it on a near tie. Never hides a fact in the other language.',
  }),
})

export const IdParamSchema = z.object({
  id: z.string().max(200).meta({ param: { name: 'id', in: 'path' }, example: 'in-2024-the-company-invested-a-record-sz0fe3nrs2' }),
})

export const SearchResultSchema = FactSchema.extend({
  score: z.number().meta({ description: 'Relevance score (BM25+ with field boosts); only comparable within one response.' }),
  matched: z.array(z.string()).meta({ description: 'The words of `text` that the query matched, as written there, each once.' }),
  highlights: z.array(HighlightSchema).meta({ description: 'Where the matched words stand in `text` (offsets into `text`; `term` is the word there).' }),
}).meta({ id: 'SearchResult' })

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    total: z.int(),
    limit: z.int(),
    offset: z.int(),
    results: z.array(SearchResultSchema),
  })
  .meta({ id: 'SearchResponse' })

export const FactListSchema = z
  .object({ total: z.int(), limit: z.int(), offset: z.int(), facts: z.array(FactSchema) })
  .meta({ id: 'FactList' })

export const SourceListSchema = z.object({ sources: z.array(SourceSchema) }).meta({ id: 'SourceList' })

export const TopicListSchema = z.object({ topics: z.array(TopicSchema) }).meta({ id: 'TopicList' })

export const HealthSchema = z
  .object({ status: z.literal('ok'), sources: z.int(), facts: z.int() })
  .meta({ id: 'Health' })

export const AnswerResponseSchema = z.object({ query: z.string(), ...AnswerSchema.shape }).meta({ id: 'Answer' })

/** `true` or `false`, as a query string spells it (or a JSON body's boolean). */
const booleanParam = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['true', 'false'], { error: paramError('"true" or "false"') })])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === true || v === 'true'))
    .openapi({ type: 'boolean', default: fallback })

/** NLWeb's /ask parameters (https://github.com/nlweb-ai/NLWeb): the query string of GET, or a JSON body for POST. */
export const AskQuerySchema = z.object({
  query: QuerySchema.meta({ description: 'The question, in English or Italian.', example: 'renewable energy share 2024' }),
  mode: z
    .enum(['list', 'summarize'], { error: paramError('"list" or "summarize"') })
    .optional()
    .transform((v) => v ?? 'list')
    .openapi({ type: 'string', enum: ['list', 'summarize'], default: 'list' })
    .meta({ description: '`list`: the matching facts; `summarize`: also a summary, the citation of the fact that answers (never generated text).' }),
  streaming: booleanParam(true).meta({ description: '`true` (NLWeb\'s default): server-sent events; `false`: one JSON object.' }),
  prev: z.union([z.string().max(MAX_QUERY_LENGTH * 4), z.array(z.string().max(MAX_QUERY_LENGTH)).max(20)], { error: paramError('the earlier queries of the conversation') }).optional().meta({
    description: 'Earlier queries of the conversation. Accepted for compatibility; the search is on `query` alone, as nothing here rewrites questions.',
  }),
  site: z.string({ error: paramError('a site name') }).max(200).optional().meta({ description: 'The site to search; this service is one site, so any value searches it.' }),
})

export const AskResultSchema = z
  .object({
    url: z.string().meta({ description: "The fact's page." }),
    name: z.string().meta({ description: 'The fact sentence, shortened.' }),
    site: z.string(),
    score: z.number(),
    description: z.string().meta({ description: 'The fact sentence, verbatim.' }),
    schema_object: z.array(z.looseObject({ '@type': z.string() })).meta({ description: "The fact's schema.org JSON-LD: its Claim, then an Observation per measured figure." }),
  })
  .meta({ id: 'AskResult' })

export const AskResponseSchema = z
  .object({
    query_id: z.string().meta({ description: 'Identifies the query: the same query and parameters get the same id.' }),
    query: z.string(),
    results: z.array(AskResultSchema),
    summary: z.string().optional().meta({ description: 'For mode=summarize: the citation of the fact that answers, or a sentence saying nothing does.' }),
  })
  .meta({ id: 'AskResponse' })
