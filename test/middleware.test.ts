import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import type { AppConfig } from '../src/core/http/app-env.js'
import { createHash } from 'node:crypto'
import { brotliCompressSync, brotliDecompressSync, inflateSync } from 'node:zlib'
import { DOCUMENT_CACHE, SEARCH_CACHE } from '../src/core/http/middleware/cache-control.js'
import { selectCoding } from '../src/core/http/middleware/compression.js'
import { rateLimit } from '../src/core/http/middleware/rate-limit.js'
import { requestTimeout } from '../src/core/http/middleware/request-timeout.js'
import { ProblemSchema } from '../src/core/http/problem.js'
import { bundledData, describeTargets, TEST_CONFIG, type Fetch } from './support/targets.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return ProblemSchema.parse(await res.json())
}

const firstFactId = async (fetch: Fetch) => ((await (await fetch('/v1/facts?limit=1')).json()) as { facts: Array<{ id: string }> }).facts[0]!.id

describeTargets('service middleware', (fetch, target) => {
  it('sends a strong ETag and answers a matching If-None-Match with an empty 304', async () => {
    const path = `/v1/facts/${await firstFactId(fetch)}`
    const first = await fetch(path)
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/)
    const again = await fetch(path, { headers: { 'if-none-match': tag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(tag)
    expect(again.headers.get('cache-control')).toBe(DOCUMENT_CACHE)
    expect(again.headers.get('content-type')).toBeNull()
    expect(await again.text()).toBe('')
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(again.headers.get('x-request-id')).toMatch(UUID)
    expect((await fetch(path, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200)
    expect((await fetch(path, { headers: { 'if-none-match': `W/${tag}, "other"` } })).status).toBe(304)
    // HEAD describes the same representation as GET, in each coding.
    for (const encoding of ['identity', 'gzip']) {
      const headers = { 'accept-encoding': encoding }
      expect((await fetch(path, { method: 'HEAD', headers })).headers.get('etag')).toBe((await fetch(path, { headers })).headers.get('etag'))
    }
  })

  it('serves a repeated search from its response cache with the same body, a fresh request id and 304 on a match', async () => {
    const path = '/v1/search?q=waste%20diversion%20rate&limit=3'
    const first = await fetch(path, { headers: { 'x-request-id': 'first-asker' } })
    const second = await fetch(path, { headers: { 'x-request-id': 'second-asker' } })
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('x-request-id')).toBe('second-asker')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('access-control-allow-origin')).toBe('*')
    const again = await fetch(path, { headers: { 'if-none-match': first.headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // The same 304 as one made without the cache: no content headers for a body not sent.
    expect(again.headers.get('content-type')).toBeNull()
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
    // Content negotiation is part of the key: a gzip request gets gzip, not the cached identity body.
    const gz = await fetch(path, { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
  })

  it('sets Cache-Control by route: documents long, searches short, health and errors never', async () => {
    const id = await firstFactId(fetch)
    const cases: Array<[string, string]> = [
      [`/v1/facts/${id}`, DOCUMENT_CACHE],
      ['/v1/facts', DOCUMENT_CACHE],
      ['/v1/sources', DOCUMENT_CACHE],
      ['/openapi.json', DOCUMENT_CACHE],
      ['/llms.txt', DOCUMENT_CACHE],
      ['/sitemap.xml', DOCUMENT_CACHE],
      [`/facts/${id}`, DOCUMENT_CACHE],
      [`/facts/${id}.md`, DOCUMENT_CACHE],
      ['/v1/graph', DOCUMENT_CACHE],
      ['/search?q=emissions', SEARCH_CACHE],
      ['/v1/search?q=emissions', SEARCH_CACHE],
      ['/v1/answer?q=emissions', SEARCH_CACHE],
      ['/healthz', 'no-store'],
      ['/v1/facts/no-such-fact', 'no-store'],
      ['/v1/search?q=', 'no-store'],
    ]
    for (const [path, expected] of cases) expect([path, (await fetch(path)).headers.get('cache-control')]).toEqual([path, expected])
  })

  it('gzips when Accept-Encoding asks, and says it varies on it', async () => {
    const gz = await fetch('/v1/facts?limit=50', { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gz.headers.get('vary')).toMatch(/Accept-Encoding/i)
    const plain = await fetch('/v1/facts?limit=50', { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    // Different bytes, different strong validators, where the app compresses (on Workers the edge
    // does, and Cloudflare weakens the ETag it compresses under).
    if (target !== 'workerd') expect(gz.headers.get('etag')).not.toBe(plain.headers.get('etag'))
  })

  it('answers a CORS preflight with 204 for reads from any origin, and exposes our headers', async () => {
    const pre = await fetch('/v1/search?q=x', { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('*')
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS')
    expect(pre.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    const get = await fetch('/v1/search?q=emissions', { headers: { origin: 'https://example.org' } })
    expect(get.headers.get('access-control-allow-origin')).toBe('*')
    expect(get.headers.get('access-control-expose-headers')).toMatch(/ETag/)
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with a 405 problem and Allow', async (method) => {
    const res = await fetch('/v1/search?q=emissions', { method, body: method === 'DELETE' ? undefined : 'x' })
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect((await expectProblem(res, 405)).detail).toMatch(/read-only/)
  })

  it('serves HEAD wherever GET works, without a body', async () => {
    for (const path of ['/healthz', '/v1/search?q=emissions', `/v1/facts/${await firstFactId(fetch)}`, '/llms.txt', '/openapi.json']) {
      const res = await fetch(path, { method: 'HEAD' })
      expect([path, res.status]).toEqual([path, 200])
      expect(await res.text()).toBe('')
    }
  })

  it('refuses a URL over 2048 characters with a 414 problem that does not echo it', async () => {
    const long = 'x'.repeat(2100)
    const res = await fetch(`/v1/search?q=${long}`)
    // Made before any handler runs, it still carries the headers every response has.
    expect(res.headers.get('x-request-id')).toMatch(UUID)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = await expectProblem(res, 414)
    expect(body.detail).toMatch(/at most 2048/)
    expect(JSON.stringify(body)).not.toContain(long.slice(0, 100))
    expect((await fetch(`/v1/search?q=${'x'.repeat(400)}`)).status).toBe(200)
  })

  it('echoes a sane X-Request-Id and replaces anything else with a UUID', async () => {
    expect((await fetch('/healthz', { headers: { 'x-request-id': 'trace-42_A' } })).headers.get('x-request-id')).toBe('trace-42_A')
    for (const bad of ['a'.repeat(65), 'two words', '<script>', 'id;drop', 'a.b']) {
      expect((await fetch('/healthz', { headers: { 'x-request-id': bad } })).headers.get('x-request-id')).toMatch(UUID)
    }
    expect((await fetch('/healthz')).headers.get('x-request-id')).toMatch(UUID)
  })

  it('sends a strict CSP on pages, and on /docs one that runs scripts from our own origin only', async () => {
    const csp = (await fetch('/v1/sources')).headers.get('content-security-policy')!
    expect(csp).toMatch(/script-src 'none'/)
    expect(csp).toMatch(/default-src 'none'/)
    const docs = (await fetch('/docs')).headers.get('content-security-policy')!
    expect(docs).toMatch(/script-src 'self'(;|$)/)
    expect(docs).not.toMatch(/https?:|unsafe-inline|unsafe-eval/)
    expect((await fetch('/healthz')).headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers the health check with what a liveness probe needs: no CORS, and of the security headers only nosniff', async () => {
    const res = await fetch('/healthz')
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-request-id')).toMatch(UUID)
    for (const name of ['access-control-allow-origin', 'content-security-policy', 'x-frame-options', 'strict-transport-security']) expect([name, res.headers.get(name)]).toEqual([name, null])
  })

  it('answers a plain GET /healthz as its route does, which serves it with a query', async () => {
    // The plain request is answered before routing (health.lane.ts); one with a query takes the route.
    const headersOf = (res: Response) => [...res.headers].filter(([name]) => name !== 'x-request-id' && name !== 'date')
    const plain = await fetch('/healthz', { headers: { 'x-request-id': 'probe-1' } })
    const routed = await fetch('/healthz?from=probe', { headers: { 'x-request-id': 'probe-2' } })
    expect([plain.status, headersOf(plain), await plain.text()]).toEqual([routed.status, headersOf(routed), await routed.text()])
    expect([plain.headers.get('x-request-id'), routed.headers.get('x-request-id')]).toEqual(['probe-1', 'probe-2'])
  })
})

describe('content codings', () => {
  it('picks the accepted coding of highest quality, ours (br, gzip, deflate) breaking ties', () => {
    const all = ['br', 'gzip', 'deflate'] as const
    expect(selectCoding('gzip, deflate, br', all)).toBe('br')
    expect(selectCoding('gzip, deflate, br', ['gzip', 'deflate'])).toBe('gzip')
    expect(selectCoding('br;q=0.5, gzip', all)).toBe('gzip')
    expect(selectCoding('deflate', all)).toBe('deflate')
    expect(selectCoding('*', all)).toBe('br')
    expect(selectCoding('*, br;q=0', all)).toBe('gzip')
    expect(selectCoding('gzip;q=0, identity', all)).toBeUndefined()
    expect(selectCoding('identity', all)).toBeUndefined()
    expect(selectCoding(undefined, all)).toBeUndefined()
    expect(selectCoding('', all)).toBeUndefined()
  })

  describe('with the Brotli encoder the Node entry passes', () => {
    let app: ReturnType<typeof createApp>
    beforeAll(async () => {
      app = createApp(await bundledData(), { ...TEST_CONFIG, compressors: { br: async (body) => new Uint8Array(brotliCompressSync(body)) } })
    })
    const get = (encoding: string, path = '/v1/facts?limit=50', method = 'GET') => app.request(path, { method, headers: { 'accept-encoding': encoding } })

    it('sends br to a client that accepts it, the same bytes once decoded, with its own ETag', async () => {
      const br = await get('gzip, deflate, br')
      expect(br.headers.get('content-encoding')).toBe('br')
      expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i)
      const identity = await get('identity')
      const plain = await identity.text()
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain)
      expect(plain.length).toBeGreaterThan(1024)
      const gzip = await get('gzip')
      expect(gzip.headers.get('content-encoding')).toBe('gzip')
      expect(new Set([br.headers.get('etag'), gzip.headers.get('etag'), identity.headers.get('etag')]).size).toBe(3)
      const deflate = await get('deflate')
      expect(deflate.headers.get('content-encoding')).toBe('deflate')
      expect(inflateSync(Buffer.from(await deflate.arrayBuffer())).toString()).toBe(plain)
    })

    it('leaves small bodies alone, and gives HEAD the coding and ETag of its GET', async () => {
      const small = await get('br', '/healthz')
      expect(small.headers.get('content-encoding')).toBeNull()
      expect(await small.json()).toMatchObject({ status: 'ok' })
      const head = await get('br', '/v1/facts?limit=50', 'HEAD')
      const full = await get('br', '/v1/facts?limit=50')
      expect(head.headers.get('content-encoding')).toBe('br')
      expect(head.headers.get('etag')).toBe(full.headers.get('etag'))
      expect(head.headers.get('vary')).toMatch(/Accept-Encoding/i)
    })

    it('sends the body as it is when an encoder fails', async () => {
      const failing = createApp(await bundledData(), { ...TEST_CONFIG, compressors: { br: () => Promise.reject(new Error('encoder down')) } })
      const res = await failing.request('/v1/facts?limit=50', { headers: { 'accept-encoding': 'br' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(((await res.json()) as { facts: unknown[] }).facts).toHaveLength(50)
    })
  })
})

describe('ETags from the synchronous SHA-1 the Node entry passes', () => {
  it('are the tags Web Crypto gives, on a 200 and as the validator of a 304', async () => {
    const data = await bundledData()
    const native = createApp(data, { ...TEST_CONFIG, sha1Hex: (body) => createHash('sha1').update(body).digest('hex') })
    const web = createApp(data, TEST_CONFIG)
    for (const path of ['/v1/search?q=renewable%20energy', '/llms.txt', '/v1/facts?limit=5']) {
      const tag = (await native.request(path)).headers.get('etag')
      expect(tag).toMatch(/^"[0-9a-f]{40}"$/)
      expect(tag).toBe((await web.request(path)).headers.get('etag'))
      expect((await native.request(path, { headers: { 'if-none-match': tag! } })).status).toBe(304)
    }
  })
})

describe('rate limiting (in-process, enabled in config)', () => {
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    const config: AppConfig = { ...TEST_CONFIG, rateLimit: { limit: 3, windowSeconds: 60 }, clientKey: (c) => c.req.header('x-test-client') }
    app = createApp(await bundledData(), config)
  })
  const get = (client: string, headers: Record<string, string> = {}) => app.request('/healthz', { headers: { 'x-test-client': client, ...headers } })

  it('counts down in IETF RateLimit headers and answers the request over the limit with a 429 problem and Retry-After', async () => {
    const first = await get('a')
    expect(first.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60')
    expect(first.headers.get('ratelimit')).toMatch(/^"default";r=2;t=(60|59)$/)
    await get('a')
    expect((await get('a')).headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/)
    const over = await get('a')
    const body = await expectProblem(over, 429)
    expect(body.detail).toMatch(/More than 3 requests in 60 s/)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/)
    // Another client has its own budget.
    expect((await get('b')).status).toBe(200)
  })

  it('ignores X-Forwarded-For unless the proxy is trusted, and then keys on the entry the proxy added', async () => {
    // Untrusted: a client cannot mint fresh budgets by varying the header.
    for (let i = 0; i < 3; i++) await get('c', { 'x-forwarded-for': `10.0.0.${i}` })
    expect((await get('c', { 'x-forwarded-for': '10.0.0.9' })).status).toBe(429)

    const trusted = createApp(await bundledData(), { ...TEST_CONFIG, rateLimit: { limit: 1, windowSeconds: 60 }, trustProxy: true })
    const via = (xff: string) => trusted.request('/healthz', { headers: { 'x-forwarded-for': xff } })
    expect((await via('1.1.1.1, 203.0.113.7')).status).toBe(200)
    expect((await via('2.2.2.2, 203.0.113.7')).status).toBe(429)
    expect((await via('203.0.113.8')).status).toBe(200)
  })

  it('opens a new window once the old one has passed', async () => {
    let now = 0
    const app = new Hono().use(rateLimit(1, 10, () => 'k', () => now)).get('/', (c) => c.text('ok'))
    expect((await app.request('/')).status).toBe(200)
    now = 9_999
    expect((await app.request('/')).status).toBe(429)
    now = 10_000
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('ratelimit')).toBe('"default";r=0;t=10')
  })
})

describe('access log and request timeout (in-process)', () => {
  it('writes one JSON line per request with the request id, status, duration and a truncated query', async () => {
    const lines: string[] = []
    const app = createApp(await bundledData(), { ...TEST_CONFIG, log: (l) => lines.push(l) })
    const q = 'é'.repeat(450)
    const res = await app.request(`/v1/search?q=${encodeURIComponent(q)}`)
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(entry).toMatchObject({ level: 'info', method: 'GET', path: '/v1/search', status: res.status, id: res.headers.get('x-request-id') })
    expect(typeof entry.ms).toBe('number')
    expect(new Date(entry.time as string).getTime()).not.toBeNaN()
    expect(entry.query).toHaveLength(201)
    expect(entry.query).toMatch(/^q=%C3%A9.*…$/)

    await app.request('/healthz', { method: 'POST' })
    expect(JSON.parse(lines[1]!)).toMatchObject({ method: 'POST', status: 405, query: '' })
    // The health check answered before routing (health.lane.ts) is logged alike.
    const health = await app.request('/healthz')
    expect(JSON.parse(lines[2]!)).toMatchObject({ level: 'info', method: 'GET', path: '/healthz', status: 200, query: '', id: health.headers.get('x-request-id') })
  })

  it('answers a handler slower than the timeout with a 503 problem and Retry-After', async () => {
    const app = new Hono()
      .use(requestTimeout(20))
      .get('/slow', async (c) => {
        await new Promise((r) => setTimeout(r, 200))
        return c.text('late')
      })
      .get('/fast', (c) => c.text('ok'))
    const slow = await app.request('/slow')
    expect(slow.headers.get('retry-after')).toBe('1')
    expect((await expectProblem(slow, 503)).detail).toMatch(/longer than 20 ms/)
    expect((await app.request('/fast')).status).toBe(200)
  })
})
