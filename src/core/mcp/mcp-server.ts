import { McpServer, ProtocolError, ProtocolErrorCode, ResourceTemplate, type CallToolResult } from '@modelcontextprotocol/server'
import { z } from '@hono/zod-openapi'
import { API_VERSION } from '../http/version.js'
import { searchFacts } from '../http/routes/search/search.service.js'
import { answer } from '../query/answer.js'
import { factMarkdown } from '../publish/markdown-views.js'
import type { AppData } from '../pipeline.js'
import type { Site } from '../publish/site.js'
import { factTitle, factUrl, toolListing, TOOLS, type ToolName } from './tools.js'
import { parseQuestion } from '../query/parse-question.js'
import { findSeries, seriesData } from '../query/series.js'
import { seriesFilterErrors } from '../http/filter-errors.js'

export const MCP_SERVER_NAME = 'esg-facts'
export const MCP_SERVER_TITLE = 'esg-facts: cited ESG facts'
export const MCP_INSTRUCTIONS =
  'Cited ESG facts from articles on company ESG reports, in English and Italian. Search with `search`, read a fact with `fetch`, ask `answer` for the fact that answers a question, or get a variable over time with `observations`. Every figure is quoted verbatim from its source, with a deep link.'
const DEFAULT_LIMIT = 10

/** A tool result: the structured value, and the same value as a JSON text block for clients that read only text. */
const result = (value: Record<string, unknown>): CallToolResult => ({ structuredContent: value, content: [{ type: 'text', text: JSON.stringify(value) }] })

/** What a tool does with arguments that passed its input schema. */
type Runners = { [N in ToolName]: (args: z.output<(typeof TOOLS)[N]['input']>) => CallToolResult }

/**
 * One MCP server over the app's data: tools search, fetch, answer and observations, and facts and sources as
 * resources by URI template. Built per request (the endpoint is stateless), from data only.
 *
 * Tools are served with the SDK's low-level handlers rather than McpServer.registerTool, because
 * registerTool reports arguments that fail the input schema as a tool result (isError); this
 * service answers them with JSON-RPC invalid params (-32602), as a malformed request, and keeps
 * isError for a well-formed call that finds nothing (an unknown id).
 */
export function createMcpServer(data: AppData, site: Site): McpServer {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version: API_VERSION, title: MCP_SERVER_TITLE },
    { instructions: MCP_INSTRUCTIONS },
  )
  const run: Runners = {
    search: ({ query, lang, limit }) => {
      const { results } = searchFacts(data, { q: query, lang, limit: limit ?? DEFAULT_LIMIT, offset: 0 })
      return result({ results: results.map((fact) => ({ id: fact.id, title: factTitle(fact), url: factUrl(site, fact) })) })
    },
    fetch: ({ id }) => {
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
    answer: ({ question, lang }) => result({ query: question, ...answer(data.index, parseQuestion(question, data.index), lang) }),
    observations: ({ query, limit = DEFAULT_LIMIT, ...filter }) => {
      // An unknown id is well-formed but names nothing: a tool error, as fetch's unknown fact.
      const unknown = seriesFilterErrors(data, filter)
      if (unknown.length) return { isError: true, content: [{ type: 'text', text: unknown.map((e) => `${e.parameter}: ${e.detail}`).join('; ') }] }
      const series = findSeries(seriesData(data.corpus), { ...filter, ...(query !== undefined ? { q: query } : {}) })
      return result({ total: series.length, limit, offset: 0, series: series.slice(0, limit) })
    },
  }

  const low = server.server
  low.registerCapabilities({ tools: {} })
  low.setRequestHandler('tools/list', () => ({ tools: toolListing() }))
  low.setRequestHandler('tools/call', ({ params }) => {
    const name = params.name as ToolName
    if (!Object.hasOwn(TOOLS, name)) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No tool is named "${name.slice(0, 60)}"; the tools are ${Object.keys(TOOLS).join(', ')}.`)
    const args = TOOLS[name].input.safeParse(params.arguments ?? {})
    if (!args.success) {
      const issues = args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')
      throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Invalid arguments for ${name}: ${issues}`)
    }
    return (run[name] as (args: unknown) => CallToolResult)(args.data)
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

