import { McpServer, ProtocolError, ProtocolErrorCode, ResourceTemplate, type CallToolResult } from '@modelcontextprotocol/server'
import { z } from '@hono/zod-openapi'
import { API_VERSION } from '../http/version.js'
import { searchFacts } from '../http/routes/search/search.service.js'
import { answer } from '../query/answer.js'
import { factMarkdown } from '../publish/markdown-views.js'
import type { AppData } from '../pipeline.js'
import type { Site } from '../publish/site.js'
import { AnswerInput, AnswerOutput, factTitle, factUrl, FetchInput, FetchOutput, SearchInput, SearchOutput } from './tools.js'

export const MCP_SERVER_NAME = 'esg-facts'
const DEFAULT_LIMIT = 10

/** What the server card and tools/list say about each tool, written once. */
export const TOOL_DESCRIPTIONS = {
  search: 'Search cited ESG facts (English and Italian articles on company ESG reports). Returns fact ids, titles and page URLs, best first.',
  fetch: 'One fact by id: the verbatim quote, its figures and the citation as Markdown, with the source, period and figures as metadata.',
  answer: 'The fact and figure that answer a question, with a ready-to-paste citation; answer is null when the corpus does not answer it.',
} as const

/** A tool result: the structured value, and the same value as a JSON text block for clients that read only text. */
const result = (value: Record<string, unknown>): CallToolResult => ({ structuredContent: value, content: [{ type: 'text', text: JSON.stringify(value) }] })

/** One tool: its schemas (zod, advertised as JSON Schema) and what it does with arguments that passed them. */
interface Tool<I extends z.ZodType, O extends z.ZodType> {
  title: string
  input: I
  output: O
  run: (args: z.output<I>) => CallToolResult
}
const tool = <I extends z.ZodType, O extends z.ZodType>(t: Tool<I, O>) => t as unknown as Tool<z.ZodType, z.ZodType>

/**
 * One MCP server over the app's data: tools search, fetch and answer, and facts and sources as
 * resources by URI template. Built per request (the endpoint is stateless), from data only.
 *
 * Tools are served with the SDK's low-level handlers rather than McpServer.registerTool, because
 * registerTool reports arguments that fail the input schema as a tool result (isError); this
 * service answers them with JSON-RPC invalid params (-32602), as a malformed request, and keeps
 * isError for a well-formed call that finds nothing (an unknown id).
 */
export function createMcpServer(data: AppData, site: Site): McpServer {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version: API_VERSION, title: 'esg-facts: cited ESG facts' },
    { instructions: 'Search with `search`, read a fact with `fetch`, or ask `answer` for the fact that answers a question. Every figure is quoted verbatim from its source, with a deep link.' },
  )
  const tools: Record<keyof typeof TOOL_DESCRIPTIONS, Tool<z.ZodType, z.ZodType>> = {
    search: tool({
      title: 'Search facts',
      input: SearchInput,
      output: SearchOutput,
      run: ({ query, lang, limit }) => {
        const { results } = searchFacts(data, { q: query, lang, limit: limit ?? DEFAULT_LIMIT, offset: 0 })
        return result({ results: results.map((fact) => ({ id: fact.id, title: factTitle(fact), url: factUrl(site, fact) })) })
      },
    }),
    fetch: tool({
      title: 'Fetch a fact',
      input: FetchInput,
      output: FetchOutput,
      run: ({ id }) => {
        const fact = data.index.get(id)
        if (!fact) return { isError: true, content: [{ type: 'text', text: `No fact has the id "${id.slice(0, 60)}". Find ids with the search tool.` }] }
        return result({
          id: fact.id,
          title: factTitle(fact),
          text: factMarkdown(site, fact),
          url: factUrl(site, fact),
          metadata: { source: fact.source, ...(fact.period ? { period: fact.period } : {}), figures: fact.figures, citation_url: fact.citation.url },
        })
      },
    }),
    answer: tool({
      title: 'Answer a question',
      input: AnswerInput,
      output: AnswerOutput,
      run: ({ question, lang }) => result({ query: question, ...answer(data.index, question, lang) }),
    }),
  }

  const low = server.server
  low.registerCapabilities({ tools: {} })
  low.setRequestHandler('tools/list', () => ({
    tools: Object.entries(tools).map(([name, t]) => ({
      name,
      title: t.title,
      description: TOOL_DESCRIPTIONS[name as keyof typeof TOOL_DESCRIPTIONS],
      inputSchema: jsonSchema(t.input, 'input'),
      outputSchema: jsonSchema(t.output, 'output'),
      annotations: { readOnlyHint: true, openWorldHint: false },
    })),
  }))
  low.setRequestHandler('tools/call', ({ params }) => {
    const t = Object.hasOwn(tools, params.name) ? tools[params.name as keyof typeof tools] : undefined
    if (!t) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No tool is named "${params.name.slice(0, 60)}"; the tools are ${Object.keys(tools).join(', ')}.`)
    const args = t.input.safeParse(params.arguments ?? {})
    if (!args.success) {
      const issues = args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')
      throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Invalid arguments for ${params.name}: ${issues}`)
    }
    return t.run(args.data)
  })

  const json = (uri: URL, value: unknown) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value) }] })
  server.registerResource(
    'fact',
    new ResourceTemplate(`${site.publicUrl}/v1/facts/{id}`, { list: undefined }),
    { title: 'A fact', description: 'One fact as JSON, as GET /v1/facts/{id} returns it.', mimeType: 'application/json' },
    (uri, { id }) => {
      const fact = data.index.get(String(id))
      if (!fact) throw new Error(`No fact has the id "${String(id).slice(0, 60)}".`)
      return json(uri, fact)
    },
  )
  server.registerResource(
    'source',
    new ResourceTemplate(`${site.publicUrl}/v1/sources/{id}`, {
      list: () => ({ resources: data.corpus.sources.map((s) => ({ uri: `${site.publicUrl}/v1/sources/${s.id}`, name: s.title, mimeType: 'application/json' })) }),
    }),
    { title: 'A source article', description: 'One article with its text, as GET /v1/sources/{id} returns it.', mimeType: 'application/json' },
    (uri, { id }) => {
      const source = data.corpus.sources.find((s) => s.id === String(id))
      if (!source) throw new Error(`No source has the id "${String(id).slice(0, 60)}".`)
      return json(uri, source)
    },
  )
  return server
}

/** A tool schema as the JSON Schema (2020-12) tools/list advertises; tool schemas are objects. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): { type: 'object'; [key: string]: unknown } {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io }), type: 'object' }
}
