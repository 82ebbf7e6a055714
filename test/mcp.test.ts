import { Client as Client1 } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport as Transport1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { Client as Client2, StreamableHTTPClientTransport as Transport2 } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { FetchOutput, ObservationsOutput, SearchOutput } from '../src/core/mcp/tools.js'
import type { AppData } from '../src/core/pipeline.js'
import { seriesCorpusData } from './support/variables.js'
import { AnswerResponseSchema } from '../src/core/http/api-schemas.js'
import type { LoopbackServer } from './support/targets.js'
import { bundledData, describeTargets, PUBLIC_URL, serveOnLoopback, TEST_CONFIG } from './support/targets.js'

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>

/** The calls every client makes, whatever its SDK: both SDKs' clients have these methods. */
interface McpClient {
  listTools(): Promise<{ tools: Array<{ name: string; inputSchema: object; outputSchema?: object }> }>
  callTool(params: { name: string; arguments?: Record<string, unknown> }): Promise<{ isError?: boolean; structuredContent?: unknown; content: unknown }>
  listResourceTemplates(): Promise<{ resourceTemplates: Array<{ uriTemplate: string }> }>
  readResource(params: { uri: string }): Promise<{ contents: Array<{ uri: string; text?: unknown }> }>
  close(): Promise<void>
}

/** A 1.x client always offers its latest revision; this one asks for `version` instead, as a 1.x client of that release does. */
const offering = (version: string, fetch: FetchLike): FetchLike => async (url, init) => {
  if (typeof init?.body === 'string' && init.body.includes('"initialize"')) {
    const msg = JSON.parse(init.body) as { params: { protocolVersion: string } }
    msg.params.protocolVersion = version
    init = { ...init, body: JSON.stringify(msg) }
  }
  return fetch(url, init)
}

const CLIENTS: Record<string, (endpoint: URL, fetch: FetchLike) => Promise<{ client: McpClient; version: () => string | undefined }>> = {
  'SDK 1.x, 2025-06-18': async (endpoint, fetch) => {
    const transport = new Transport1(endpoint, { fetch: offering('2025-06-18', fetch) })
    const client = new Client1({ name: 'test-1x', version: '1.0.0' })
    await client.connect(transport)
    return { client: client as unknown as McpClient, version: () => transport.protocolVersion }
  },
  'SDK 1.x, 2025-11-25': async (endpoint, fetch) => {
    const transport = new Transport1(endpoint, { fetch })
    const client = new Client1({ name: 'test-1x', version: '1.0.0' })
    await client.connect(transport)
    return { client: client as unknown as McpClient, version: () => transport.protocolVersion }
  },
  'SDK 2.x, 2026-07-28': async (endpoint, fetch) => {
    const transport = new Transport2(endpoint, { fetch })
    const client = new Client2({ name: 'test-2x', version: '2.0.0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } })
    await client.connect(transport)
    return { client: client as unknown as McpClient, version: () => (client as unknown as { protocolVersion?: string }).protocolVersion ?? transport.protocolVersion }
  },
}

/** Runs `tests` for each client, against the app over `data` in-process and on a loopback server. */
function describeMcp(tests: (connect: () => Promise<McpClient>, negotiated: () => string | undefined, expected: string) => void, data: () => Promise<AppData> = bundledData, label = '') {
  const targets: Record<string, () => Promise<{ endpoint: URL; fetch: FetchLike; close?: () => Promise<void> }>> = {
    'in-process': async () => {
      const app = createApp(await data(), TEST_CONFIG)
      return { endpoint: new URL(`${PUBLIC_URL}/mcp`), fetch: async (url, init) => app.request(String(url), init) }
    },
    'loopback server': async () => {
      // PUBLIC_URL is the server's own address, which Host checking needs; known once it listens.
      let app: ReturnType<typeof createApp> | undefined
      const served = await data()
      const server: LoopbackServer = await serveOnLoopback({ fetch: (req) => app!.fetch(req) })
      app = createApp(served, { ...TEST_CONFIG, publicUrl: server.base })
      return { endpoint: new URL(`${server.base}/mcp`), fetch: (url, init) => fetch(url, init), close: server.close }
    },
  }
  for (const [target, start] of Object.entries(targets)) {
    for (const [name, make] of Object.entries(CLIENTS)) {
      describe(`MCP${label}, ${name} (${target})`, () => {
        let env: Awaited<ReturnType<typeof start>>
        let made: Awaited<ReturnType<typeof make>> | undefined
        const clients: McpClient[] = []
        beforeAll(async () => {
          env = await start()
        })
        afterAll(async () => {
          for (const c of clients) await c.close()
          await env.close?.()
        })
        const connect = async () => {
          made = await make(env.endpoint, env.fetch)
          clients.push(made.client)
          return made.client
        }
        tests(connect, () => made?.version(), name.split(', ')[1]!)
      })
    }
  }
}

describeMcp((connect, negotiated, expected) => {
  it('negotiates the revision the client speaks and lists the tools with input and output schemas', async () => {
    const client = await connect()
    expect(negotiated()).toBe(expected)
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['answer', 'fetch', 'observations', 'search'])
    for (const tool of tools) {
      expect(tool.inputSchema).toMatchObject({ type: 'object' })
      expect(tool.outputSchema).toMatchObject({ type: 'object' })
    }
  })

  it('search returns {results: [{id, title, url}]}, fetch the fact as Markdown with metadata, answer what /v1/answer returns', async () => {
    const client = await connect()
    const found = await client.callTool({ name: 'search', arguments: { query: 'renewable energy', limit: 3 } })
    expect(found.isError).toBeFalsy()
    const { results } = SearchOutput.parse(found.structuredContent)
    expect(results.length).toBe(3)
    expect(results[0]!.url).toMatch(/\/facts\//)
    // The text block carries the same value for clients that read only text.
    expect(JSON.parse((found.content as Array<{ text: string }>)[0]!.text)).toEqual(found.structuredContent)

    const fetched = await client.callTool({ name: 'fetch', arguments: { id: results[0]!.id } })
    const fact = FetchOutput.parse(fetched.structuredContent)
    expect(fact.id).toBe(results[0]!.id)
    expect(fact.url).toBe(results[0]!.url)
    expect(fact.text).toMatch(/## Quote/)
    expect(fact.text).toContain(fact.metadata.source.title)

    const answered = await client.callTool({ name: 'answer', arguments: { question: 'How much did Xiaomi invest in R&D in 2024?' } })
    const body = AnswerResponseSchema.parse(answered.structuredContent)
    expect(body.answer).not.toBeNull()
    expect(body.citation?.text).toBeTruthy()
  })

  it('an unknown id is a tool error with a clear message, and bad arguments are JSON-RPC invalid params', async () => {
    const client = await connect()
    const missing = await client.callTool({ name: 'fetch', arguments: { id: 'no-such-fact' } })
    expect(missing.isError).toBe(true)
    expect((missing.content as Array<{ text: string }>)[0]!.text).toMatch(/No fact has the id "no-such-fact"/)
    await expect(client.callTool({ name: 'search', arguments: { query: 42 } })).rejects.toMatchObject({ code: -32602 })
    await expect(client.callTool({ name: 'search', arguments: { query: 'x', limit: 1000 } })).rejects.toMatchObject({ code: -32602 })
    // The connection still works.
    expect((await client.listTools()).tools.length).toBe(4)
  })

  it('serves facts and sources as resources by URI template', async () => {
    const client = await connect()
    const { resourceTemplates } = await client.listResourceTemplates()
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(expect.arrayContaining([expect.stringMatching(/\/v1\/facts\/\{id\}$/), expect.stringMatching(/\/v1\/sources\/\{id\}$/)]))
    const template = resourceTemplates.find((t) => t.uriTemplate.endsWith('/v1/facts/{id}'))!.uriTemplate
    const found = SearchOutput.parse((await client.callTool({ name: 'search', arguments: { query: 'waste', limit: 1 } })).structuredContent)
    const uri = template.replace('{id}', found.results[0]!.id)
    const { contents } = await client.readResource({ uri })
    expect(JSON.parse(String(contents[0]!.text))).toMatchObject({ id: found.results[0]!.id })
  })
})

describeMcp(
  (connect) => {
    it('observations returns what /v1/observations returns, as structured content and text', async () => {
      const client = await connect()
      const called = await client.callTool({ name: 'observations', arguments: { variable: 'renewable-energy-share', role: 'reported' } })
      expect(called.isError).toBeFalsy()
      const body = ObservationsOutput.parse(called.structuredContent)
      expect(JSON.parse((called.content as Array<{ text: string }>)[0]!.text)).toEqual(called.structuredContent)
      const app = createApp(await seriesCorpusData(), TEST_CONFIG)
      const api = (await (await app.request('/v1/observations?variable=renewable-energy-share&role=reported&limit=10')).json()) as { series: unknown[] }
      expect(body.series).toEqual(api.series)
      expect(body.series[0]!.points.map((p) => [p.period, p.value, p.sources.length])).toEqual([
        ['2023', 62, 1],
        ['2024', 74, 2],
      ])
      const words = ObservationsOutput.parse((await client.callTool({ name: 'observations', arguments: { query: 'dipendenti', lang: 'it' } })).structuredContent)
      expect(words.series.map((s) => [s.variable.name, s.points.length])).toEqual([['dipendenti', 1]])
    })

    it('an unknown variable is a tool error naming it; bad arguments are invalid params', async () => {
      const client = await connect()
      const missing = await client.callTool({ name: 'observations', arguments: { variable: 'no-such-variable' } })
      expect(missing.isError).toBe(true)
      expect((missing.content as Array<{ text: string }>)[0]!.text).toMatch(/^variable: unknown variable "no-such-variable"/)
      await expect(client.callTool({ name: 'observations', arguments: { period: 'last year' } })).rejects.toMatchObject({ code: -32602 })
      await expect(client.callTool({ name: 'observations', arguments: { role: 'guess' } })).rejects.toMatchObject({ code: -32602 })
    })
  },
  seriesCorpusData,
  ' observations',
)

describe('MCP endpoint protection', () => {
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    app = createApp(await bundledData(), TEST_CONFIG)
  })
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } } })
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }

  it("refuses a Host or an Origin other than PUBLIC_URL's (DNS rebinding) with a 403 problem", async () => {
    const ok = await app.request(`${PUBLIC_URL}/mcp`, { method: 'POST', headers: { ...headers, origin: PUBLIC_URL }, body: initialize })
    expect(ok.status).toBe(200)
    const host = await app.request('http://attacker.test/mcp', { method: 'POST', headers, body: initialize })
    expect(host.status).toBe(403)
    expect(host.headers.get('content-type')).toMatch(/problem\+json/)
    const origin = await app.request(`${PUBLIC_URL}/mcp`, { method: 'POST', headers: { ...headers, origin: 'http://attacker.test' }, body: initialize })
    expect(origin.status).toBe(403)
  })

  it('refuses a body over the limit with 413, before parsing it', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search', arguments: { query: 'x'.repeat(100_000) } } })
    const res = await app.request(`${PUBLIC_URL}/mcp`, { method: 'POST', headers: { ...headers, 'content-length': String(big.length) }, body: big })
    expect(res.status).toBe(413)
    const chunked = await app.request(`${PUBLIC_URL}/mcp`, { method: 'POST', headers, body: big })
    expect(chunked.status).toBe(413)
  })

  it('keeps no session: GET (a session stream) is 405, and a malformed body is a JSON-RPC error, not a 5xx', async () => {
    expect((await app.request(`${PUBLIC_URL}/mcp`)).status).toBe(405)
    const bad = await app.request(`${PUBLIC_URL}/mcp`, { method: 'POST', headers, body: '{not json' })
    expect(bad.status).toBeGreaterThanOrEqual(400)
    expect(bad.status).toBeLessThan(500)
  })
})

describeTargets('MCP discovery', (fetch) => {
  it('serves a server card naming the endpoint, transport and tools, linked from the home page and llms.txt', async () => {
    const res = await fetch('/.well-known/mcp/server-card.json')
    expect(res.status).toBe(200)
    const card = (await res.json()) as { name: string; description: string; transport: { type: string; endpoint: string }; tools: Array<{ name: string; inputSchema: object }> }
    expect(card.name).toBe('esg-facts')
    expect(card.description.length).toBeGreaterThan(20)
    expect(card.transport).toEqual({ type: 'streamable-http', endpoint: `${PUBLIC_URL}/mcp` })
    expect(card.tools.map((t) => t.name).sort()).toEqual(['answer', 'fetch', 'observations', 'search'])
    const home = await fetch('/')
    expect(home.headers.get('link')).toContain(`<${PUBLIC_URL}/.well-known/mcp/server-card.json>; rel="mcp-server-card"`)
    expect(await (await fetch('/llms.txt')).text()).toContain(`(${PUBLIC_URL}/.well-known/mcp/server-card.json)`)
  })
})
