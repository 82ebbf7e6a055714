import { z } from '@hono/zod-openapi'
import { AnswerResponseSchema, LangParamSchema } from '../http/api-schemas.js'
import { FigureRoleSchema, FigureSchema, SourceRefSchema, type Fact } from '../facts/fact-schema.js'
import { ObservationsSchema } from '../query/series.js'
import { MAX_QUERY_LENGTH } from '../query/limits.js'
import { paths, type Site } from '../publish/site.js'

/**
 * The MCP tools' input and output shapes, one zod schema each: the SDK turns them into the JSON
 * Schemas that tools/list advertises and checks arguments and results against them.
 */
const QueryText = (what: string) => z.string().trim().min(1).max(MAX_QUERY_LENGTH).describe(what)

export const SearchInput = z.object({
  query: QueryText('Question or keywords, in English or Italian.'),
  lang: LangParamSchema.optional().describe('Only facts stated in this language.'),
  limit: z.int().min(1).max(50).optional().describe('How many results, 1–50 (default 10).'),
})

export const SearchOutput = z.object({
  results: z.array(
    z.object({
      id: z.string().describe('The fact id, for the fetch tool.'),
      title: z.string().describe('The fact sentence, shortened.'),
      url: z.string().describe("The fact's page."),
    }),
  ),
})

export const FetchInput = z.object({ id: z.string().min(1).max(200).describe('A fact id from the search tool.') })

export const FetchOutput = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string().describe('The quote, its figures and the citation, as Markdown.'),
  url: z.string().describe("The fact's page."),
  metadata: z.object({
    source: SourceRefSchema,
    period: z.string().optional(),
    figures: z.array(FigureSchema),
    citation_url: z.string().describe('The article URL with a text fragment that scrolls to the quote.'),
  }),
})

export const AnswerInput = z.object({
  question: QueryText('The question, in English or Italian.'),
  lang: LangParamSchema.optional().describe('Language of the citation sentence.'),
})

export const AnswerOutput = AnswerResponseSchema

export const ObservationsInput = z.object({
  variable: z.string().min(1).max(100).optional().describe('A variable id (the variables in use are at /v1/variables).'),
  organization: z.string().min(1).max(100).optional().describe("An organisation id: its Wikidata item (Q1636958), or its name as a slug."),
  query: QueryText("Words that each must name the variable (English or Italian), the figures' measure or the subject.").optional(),
  period: z.string().regex(/^\d{4}(?:\/\d{4})?$/).optional().describe('Only points of this year ("2024") or interval ("2020/2030").'),
  role: z.enum(['reported', ...FigureRoleSchema.options]).optional().describe('`reported` for reported values, else only targets, base values or comparisons.'),
  lang: LangParamSchema.optional().describe("Only sources in this language; also the language of each variable's name."),
  limit: z.int().min(1).max(50).optional().describe('How many series, 1–50 (default 10).'),
})

export const ObservationsOutput = ObservationsSchema

/** Longest title a search result gets: the sentence is cut at a word boundary before it. */
const TITLE_LENGTH = 100

/** A fact's sentence as a result title: whole if short, else cut at a word with an ellipsis. */
export function factTitle(fact: Fact): string {
  if (fact.text.length <= TITLE_LENGTH) return fact.text
  const cut = fact.text.slice(0, TITLE_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`
}

export const factUrl = (site: Site, fact: Fact) => `${site.publicUrl}${paths.fact(fact.id)}`

/** The tools, as tools/list and the server card describe them. */
export const TOOLS = {
  search: {
    title: 'Search facts',
    description: 'Search cited ESG facts (English and Italian articles on company ESG reports). Returns fact ids, titles and page URLs, best first.',
    input: SearchInput,
    output: SearchOutput,
  },
  fetch: {
    title: 'Fetch a fact',
    description: 'One fact by id: the verbatim quote, its figures and the citation as Markdown, with the source, period and figures as metadata.',
    input: FetchInput,
    output: FetchOutput,
  },
  answer: {
    title: 'Answer a question',
    description: 'The fact and figure that answer a question, with a ready-to-paste citation; answer is null when the corpus does not answer it.',
    input: AnswerInput,
    output: AnswerOutput,
  },
  observations: {
    title: 'Figures over time',
    description:
      'Figures as series: one variable of one organisation by period, each value with every source that states it (corroboration); values that disagree are separate points and the series has conflict: true. What /v1/observations returns.',
    input: ObservationsInput,
    output: ObservationsOutput,
  },
} as const
export type ToolName = keyof typeof TOOLS

/** tools/list's entries: JSON Schema (2020-12) of each tool's input and output, which are objects. */
export function toolListing() {
  return Object.entries(TOOLS).map(([name, t]) => ({
    name,
    title: t.title,
    description: t.description,
    inputSchema: jsonSchema(t.input, 'input'),
    outputSchema: jsonSchema(t.output, 'output'),
    annotations: { readOnlyHint: true, openWorldHint: false },
  }))
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): { type: 'object'; [key: string]: unknown } {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io }), type: 'object' }
}
