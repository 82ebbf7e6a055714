import { expect, it } from 'vitest'
import { SourceWithTextSchema } from '../src/core/corpus/source-schema.js'
import { FactSchema } from '../src/core/facts/fact-schema.js'
import { FactListSchema, HealthSchema, SearchResponseSchema, SourceListSchema } from '../src/core/http/api-schemas.js'
import { ProblemSchema } from '../src/core/http/problem.js'
import { describeTargets, type Fetch } from './support/targets.js'

async function expectProblem(fetch: Fetch, path: string, status: number, detail: RegExp) {
  const res = await fetch(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = ProblemSchema.parse(await res.json())
  expect(body.status).toBe(status)
  expect(body.detail).toMatch(detail)
  return body
}

describeTargets('JSON API', (fetch) => {
  it('GET /healthz counts sources and facts', async () => {
    const res = await fetch('/healthz')
    expect(res.status).toBe(200)
    const body = HealthSchema.parse(await res.json())
    expect(body.sources).toBe(2)
    expect(body.facts).toBeGreaterThan(40)
  })

  it('GET /v1/search ranks the R&D investment sentence first, with highlights', async () => {
    const res = await fetch('/v1/search?q=' + encodeURIComponent('Xiaomi 2024 R&D investment'))
    expect(res.status).toBe(200)
    const body = SearchResponseSchema.parse(await res.json())
    expect(body.total).toBeGreaterThan(1)
    const top = body.results[0]!
    expect(top.text).toContain('24.1 billion RMB')
    expect(top.highlights.length).toBeGreaterThan(0)
    for (const h of top.highlights) expect(h.end).toBeGreaterThan(h.start)
    expect(body.results.map((r) => r.score)).toEqual([...body.results.map((r) => r.score)].sort((a, b) => b - a))
  })

  it('GET /v1/search pages with limit and offset, and filters by lang, source, topic and type', async () => {
    const all = SearchResponseSchema.parse(await (await fetch('/v1/search?q=Xiaomi&limit=100')).json())
    const page = SearchResponseSchema.parse(await (await fetch('/v1/search?q=Xiaomi&limit=2&offset=1')).json())
    expect(page.results.map((r) => r.id)).toEqual(all.results.slice(1, 3).map((r) => r.id))
    expect(page.total).toBe(all.total)

    const it_ = SearchResponseSchema.parse(await (await fetch('/v1/search?q=Xiaomi&lang=it&limit=100')).json())
    expect(it_.total).toBeGreaterThan(0)
    expect(it_.results.every((r) => r.lang === 'it')).toBe(true)
    const src = SearchResponseSchema.parse(await (await fetch('/v1/search?q=Xiaomi&source=trendaily-xiaomi-esg-2024&limit=100')).json())
    expect(src.results.every((r) => r.source.id === 'trendaily-xiaomi-esg-2024')).toBe(true)
    const targets = SearchResponseSchema.parse(await (await fetch('/v1/search?q=renewable&type=target&limit=100')).json())
    expect(targets.total).toBeGreaterThan(0)
    expect(targets.results.every((r) => r.type === 'target')).toBe(true)
    const waste = SearchResponseSchema.parse(await (await fetch('/v1/search?q=waste&topic=waste&limit=100')).json())
    expect(waste.total).toBeGreaterThan(0)
    expect(waste.results.every((r) => r.topics.includes('waste'))).toBe(true)
  })

  it.each([
    ['/v1/search', /q: required/],
    ['/v1/search?q=', /q: must not be empty/],
    ['/v1/search?q=%20%20', /q: must not be empty/],
    ['/v1/search?q=' + 'a'.repeat(501), /q: must be at most 500/],
    ['/v1/search?q=x&limit=0', /limit: must be at least 1/],
    ['/v1/search?q=x&limit=101', /limit: must be at most 100/],
    ['/v1/search?q=x&limit=ten', /limit: must be a whole number/],
    ['/v1/search?q=x&offset=-1', /offset: must be a whole number/],
    ['/v1/search?q=x&lang=fr', /lang: must be "en" or "it"/],
    ['/v1/search?q=x&source=nope', /source: unknown source "nope"/],
    ['/v1/search?q=x&topic=nope', /topic: unknown topic "nope"/],
    ['/v1/search?q=x&type=rumour', /type: must be/],
    ['/v1/search?q=a&q=b', /q: give this parameter once/],
    ['/v1/facts?limit=1000', /limit: must be at most 100/],
    ['/v1/answer', /q: required/],
  ])('GET %s is a 400 problem', async (path, detail) => {
    const body = await expectProblem(fetch, path, 400, detail)
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('GET /v1/facts lists facts in corpus order with filters', async () => {
    const body = FactListSchema.parse(await (await fetch('/v1/facts?limit=100')).json())
    expect(body.limit).toBe(100)
    expect(body.facts.length).toBe(Math.min(100, body.total))
    const def = FactListSchema.parse(await (await fetch('/v1/facts')).json())
    expect(def.facts).toHaveLength(20)
    const en = FactListSchema.parse(await (await fetch('/v1/facts?lang=en&limit=100')).json())
    expect(en.facts.every((f) => f.lang === 'en')).toBe(true)
    expect(en.total).toBeLessThan(body.total)
  })

  it('GET /v1/facts/:id returns the fact; an unknown id is a 404 problem', async () => {
    const list = FactListSchema.parse(await (await fetch('/v1/facts?limit=1')).json())
    const id = list.facts[0]!.id
    const res = await fetch(`/v1/facts/${id}`)
    expect(res.status).toBe(200)
    expect(FactSchema.parse(await res.json()).id).toBe(id)
    await expectProblem(fetch, '/v1/facts/no-such-fact', 404, /No fact has the id "no-such-fact"/)
    await expectProblem(fetch, '/v1/facts/..%2F..%2Fetc%2Fpasswd', 404, /No fact/)
  })

  it('GET /v1/sources and /v1/sources/:id serve the text the offsets index into', async () => {
    const { sources } = SourceListSchema.parse(await (await fetch('/v1/sources')).json())
    expect(sources.map((s) => s.lang).sort()).toEqual(['en', 'it'])
    expect(sources.every((s) => !('text' in s))).toBe(true)
    const facts = FactListSchema.parse(await (await fetch('/v1/facts?limit=100')).json()).facts
    for (const s of sources) {
      const full = SourceWithTextSchema.parse(await (await fetch(`/v1/sources/${s.id}`)).json())
      for (const f of facts.filter((x) => x.source.id === s.id)) {
        expect(full.text.slice(f.citation.start, f.citation.end)).toBe(f.citation.quote)
      }
    }
    await expectProblem(fetch, '/v1/sources/nope', 404, /No source has the id "nope"/)
  })

  it('GET /openapi.json is OpenAPI 3.1 generated from the schemas, and /docs serves a reference', async () => {
    const doc = (await (await fetch('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/v1/search', '/v1/answer', '/v1/facts', '/v1/facts/{id}', '/v1/sources', '/v1/sources/{id}']),
    )
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Fact', 'Figure', 'Problem', 'SearchResponse']))
    const docs = await fetch('/docs')
    expect(docs.status).toBe(200)
    expect(docs.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('an unknown path is a 404 problem', async () => {
    await expectProblem(fetch, '/v2/nothing', 404, /Nothing at \/v2\/nothing/)
  })
})
