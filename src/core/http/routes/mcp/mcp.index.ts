import { createMcpHandler, type McpHttpHandler } from '@modelcontextprotocol/server'
import { Hono } from 'hono'
import { createMcpServer } from '../../../mcp/mcp-server.js'
import { serverCard } from '../../../mcp/server-card.js'
import { SERVER_CARD_PATH } from '../../../publish/site.js'
import type { AppEnv } from '../../app-env.js'
import { problem } from '../../problem.js'
import { allowedHosts, allowedOrigins } from './allowed-hosts.js'

export const MCP_PATH = '/mcp'
/** Largest JSON-RPC message accepted: a tool call is a few hundred bytes. */
export const MCP_MAX_BODY_BYTES = 64 * 1024

/**
 * MCP over Streamable HTTP at /mcp, with the official SDK's web-standard handler: it serves the
 * 2026-07-28 revision and, statelessly, the 2025 ones (2025-06-18, 2025-11-25). No session is
 * kept, so any instance answers any request. Before the SDK sees a request: the Host and any
 * Origin must be PUBLIC_URL's (DNS rebinding), and the body at most {@link MCP_MAX_BODY_BYTES}.
 * Also the server card, at {@link SERVER_CARD_PATH}.
 */
export function mcpRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  let handler: McpHttpHandler | undefined
  let hosts: Set<string> | undefined
  let origins: Set<string> | undefined

  let card: string | undefined
  app.get(SERVER_CARD_PATH, (c) => c.body((card ??= JSON.stringify(serverCard(c.get('config').publicUrl, MCP_PATH))), 200, { 'content-type': 'application/json' }))

  app.on(['GET', 'POST', 'DELETE'], MCP_PATH, async (c) => {
    const { publicUrl } = c.get('config')
    hosts ??= allowedHosts(publicUrl)
    origins ??= allowedOrigins(publicUrl)
    const host = new URL(c.req.url).host
    if (!hosts.has(host)) return problem(c, 403, `This MCP endpoint answers for ${[...hosts][0]} only, not ${host.slice(0, 100)}.`)
    const origin = c.req.header('origin')
    if (origin !== undefined && !origins.has(origin)) return problem(c, 403, `Requests from the origin ${origin.slice(0, 100)} are not accepted.`)
    const length = Number(c.req.header('content-length') ?? 0)
    if (length > MCP_MAX_BODY_BYTES) return problem(c, 413, `The request body is ${length} bytes; at most ${MCP_MAX_BODY_BYTES} are accepted.`)
    handler ??= createMcpHandler(() => createMcpServer(c.get('data'), { corpus: c.get('data').corpus, publicUrl }), {
      responseMode: 'auto',
      maxRequestBodySize: MCP_MAX_BODY_BYTES,
      onerror: (err) => c.get('config').log?.(JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: `mcp: ${err.message}` })),
    })
    return handler.fetch(c.req.raw)
  })
  return app
}
