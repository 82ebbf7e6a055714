import { mkdir, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDist, startProduction, type ProductionServer } from './support/production-server.js'
import { bundledData, fetchResent, PUBLIC_URL, type LoopbackServer } from './support/targets.js'
import { serveWorker } from './support/workerd.js'

/**
 * Node and the Worker, each built from this code as its build makes it (`npm run build`'s bundled
 * server, `npm run build:worker`'s worker.js in workerd), give the same bytes for the same request.
 * Nothing here is a stored expected body: the two runtimes are compared with each other.
 */

/** Headers that differ between two responses to the same request by nature, not by runtime. */
const PER_RESPONSE = new Set([
  'date', // the clock
  'x-request-id', // a fresh UUID per request
  // How the body is framed on the wire, a transport matter: Node's server sends a known length,
  // workerd's chunks a streamed body. The bodies themselves are compared byte for byte.
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
])

interface Seen {
  status: number
  headers: Record<string, string>
  body: Buffer
}

const comparable = (headers: Iterable<[string, string]>) => Object.fromEntries([...headers].filter(([name]) => !PER_RESPONSE.has(name)))

async function see(base: string, path: string, init: RequestInit = {}): Promise<Seen> {
  const res = await fetchResent(base + path, { ...init, headers: { 'accept-encoding': 'identity', ...init.headers } })
  return { status: res.status, headers: comparable(res.headers), body: Buffer.from(await res.arrayBuffer()) }
}

/** A POST through node:http, which (unlike fetch) sends the Host header given: /mcp answers for PUBLIC_URL's host only. */
function post(base: string, path: string, headers: Record<string, string>, body: string): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method: 'POST', headers: { 'accept-encoding': 'identity', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: comparable(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

let node: ProductionServer
let dist: string
let worker: LoopbackServer
/** Every path to compare: fixed routes, then every page the sitemap lists, with its Markdown view. */
let paths: string[]

beforeAll(async () => {
  // Under the repository, so the bundled server finds node_modules (swagger-ui-dist) as dist/ does.
  dist = await buildDist(await mkdir('node_modules/.cache', { recursive: true }).then(() => 'node_modules/.cache'))
  ;[node, worker] = await Promise.all([startProduction(dist, { PUBLIC_URL }), serveWorker(await bundledData(), { PUBLIC_URL })])
  const data = await bundledData()
  const fact = data.corpus.facts[0]!.id
  const source = data.corpus.sources[0]!.id
  const sitemap = (await see(node.base, '/sitemap.xml')).body.toString()
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(PUBLIC_URL, '') || '/')
  expect(pages.length).toBeGreaterThan(data.corpus.sources.length)
  paths = [
    '/healthz',
    '/v1/search?q=renewable%20energy',
    '/v1/search?q=energia%20rinnovabile&lang=it&limit=3',
    '/v1/search?q=emissions&source=' + source,
    '/v1/answer?q=How%20much%20renewable%20energy%20did%20Xiaomi%20use%3F',
    '/v1/answer?q=emissioni%20di%20scope%201&lang=it',
    '/v1/facts',
    '/v1/facts?limit=5&offset=10',
    `/v1/facts/${fact}`,
    '/v1/sources',
    `/v1/sources/${source}`,
    '/v1/topics',
    '/v1/observations',
    '/v1/observations?organization=Q1636958&lang=it&limit=5',
    '/v1/variables',
    '/v1/graph',
    '/openapi.json',
    '/llms.txt',
    '/llms-full.txt',
    '/sitemap.xml',
    '/robots.txt',
    '/index.md',
    '/search?q=water',
    '/search.md?q=acqua',
    '/ask?query=renewable%20energy&streaming=false',
    '/ask?query=energia%20rinnovabile&mode=summarize&streaming=false',
    '/ask?query=renewable%20energy',
    '/.well-known/mcp/server-card.json',
    '/docs',
    ...pages,
    ...pages.filter((p) => p !== '/').map((p) => `${p}.md`),
  ]
}, 120_000)

afterAll(async () => {
  node?.child.kill('SIGTERM')
  await node?.exited
  await worker?.close()
  if (dist) await rm(dist, { recursive: true, force: true })
})

async function expectSame(path: string, init?: RequestInit, send: (base: string) => Promise<Seen> = (base) => see(base, path, init)) {
  const [fromNode, fromWorker] = await Promise.all([send(node.base), send(worker.base)])
  const where = `${init?.method ?? 'GET'} ${path}`
  expect({ where, status: fromWorker.status, headers: fromWorker.headers }).toEqual({ where, status: fromNode.status, headers: fromNode.headers })
  // Compared as bytes, not text: a difference in encoding or a stray BOM counts.
  expect(fromWorker.body.equals(fromNode.body), `${where}: bodies differ\nnode:   ${fromNode.body.toString().slice(0, 300)}\nworker: ${fromWorker.body.toString().slice(0, 300)}`).toBe(true)
  return fromNode
}

describe('Node and the Worker (workerd) give byte-identical responses', () => {
  it('on every public route: the API, pages, Markdown views, llms.txt, sitemap, robots, graph and OpenAPI', async () => {
    for (const path of paths) expect((await expectSame(path)).status, path).toBe(200)
    expect(paths.length).toBeGreaterThan(40)
  })

  it('on JSON-LD, HEAD and conditional requests', async () => {
    const fact = (await bundledData()).corpus.facts[0]!.id
    const ld = await expectSame(`/v1/facts/${fact}`, { headers: { accept: 'application/ld+json' } })
    expect(ld.headers['content-type']).toMatch(/^application\/ld\+json/)
    await expectSame('/v1/sources', { method: 'HEAD' })
    const { etag } = await expectSame('/llms.txt').then((r) => r.headers)
    expect((await expectSame('/llms.txt', { headers: { 'if-none-match': etag! } })).status).toBe(304)
  })

  it('on POST /ask, MCP over /mcp and the API reference UI`s files', async () => {
    const ask = await expectSame('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'scope 1 emissions', streaming: false }) })
    expect(ask.status).toBe(200)
    const host = new URL(PUBLIC_URL).host
    const mcp = { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' }
    for (const message of [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'parity', version: '1' } } },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'search', arguments: { query: 'renewable energy' } } },
    ]) {
      const res = await expectSame(`/mcp ${message.method}`, { method: 'POST' }, (base) => post(base, '/mcp', mcp, JSON.stringify(message)))
      expect([message.method, res.status]).toEqual([message.method, 200])
      expect(res.body.toString()).not.toMatch(/"error"|"isError":true/)
    }
    const version = /\/docs\/assets\/([^/]+)\//.exec((await see(node.base, '/docs')).body.toString())![1]!
    for (const file of ['swagger-ui.css', 'init.js', 'swagger-ui-bundle.js']) expect((await expectSame(`/docs/assets/${version}/${file}`)).status).toBe(200)
  })

  it('on errors: 400, 404, 405 and 414, as problem+json', async () => {
    const cases: Array<[string, RequestInit | undefined, number]> = [
      ['/v1/search?q=', undefined, 400],
      ['/v1/search?q=emissions&limit=abc', undefined, 400],
      ['/v1/answer', undefined, 400],
      ['/v1/observations?variable=nope&period=soon', undefined, 400],
      ['/variables/nope', undefined, 404],
      ['/organizations/nope', undefined, 404],
      ['/v1/facts/no-such-fact', undefined, 404],
      ['/facts/no-such-fact', undefined, 404],
      ['/no/such/page', undefined, 404],
      ['/v1/search?q=emissions', { method: 'POST', body: 'q=x' }, 405],
      ['/v1/facts', { method: 'DELETE' }, 405],
      [`/v1/search?q=${'a'.repeat(3000)}`, undefined, 414],
    ]
    for (const [path, init, status] of cases) {
      const res = await expectSame(path, init)
      expect([path, res.status]).toEqual([path, status])
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    }
  })

  it('on compressed responses: the same coding and the same decoded bytes (Node compresses itself, Cloudflare`s edge does for the Worker)', async () => {
    for (const path of ['/v1/facts', '/llms-full.txt', '/v1/search?q=renewable%20energy']) {
      const gzip = { 'accept-encoding': 'gzip' }
      const [a, b] = await Promise.all([fetch(node.base + path, { headers: gzip }), fetchResent(worker.base + path, { headers: gzip })])
      expect([path, b.headers.get('content-encoding'), b.headers.get('vary')]).toEqual([path, a.headers.get('content-encoding'), a.headers.get('vary')])
      expect(a.headers.get('content-encoding')).toBe('gzip')
      // fetch decodes: these are the bytes under the coding.
      expect(Buffer.from(await b.arrayBuffer()).equals(Buffer.from(await a.arrayBuffer())), path).toBe(true)
    }
  })
})
