import { expect, it } from 'vitest'
import { ProblemSchema } from '../src/core/http/problem.js'
import { SearchResponseSchema } from '../src/core/http/api-schemas.js'
import { homeHtml } from '../src/core/publish/html/pages.js'
import { homeMarkdown } from '../src/core/publish/markdown-views.js'
import { bundledData, describeTargets, PUBLIC_URL, type Fetch } from './support/targets.js'

const problemOf = async (fetch: Fetch, path: string) => {
  const res = await fetch(path)
  expect(res.status, path).toBe(400)
  return ProblemSchema.parse(await res.json())
}

describeTargets('API fixes from a new user\'s try', (fetch) => {
  it('names every bad parameter in `errors`, the corpus-checked ones (source, topic) with the schema-checked ones', async () => {
    for (const [path, named] of [
      ['/v1/facts?lang=fr&type=bogus&topic=nope&source=zz', ['lang', 'source', 'topic', 'type']],
      ['/v1/search?q=x&lang=fr&type=bogus&topic=nope&source=zz', ['lang', 'source', 'topic', 'type']],
      ['/v1/search?lang=fr&topic=nope&limit=0', ['lang', 'limit', 'q', 'topic']],
    ] as const) {
      const { errors } = await problemOf(fetch, path)
      expect(errors!.map((e) => e.parameter).sort(), path).toEqual(named)
    }
    // Both corpus checks at once, when the schema finds nothing wrong.
    expect((await problemOf(fetch, '/v1/facts?topic=nope&source=zz')).errors!.map((e) => e.parameter)).toEqual(['source', 'topic'])
  })

  it('highlights and matched are the words as they stand in the fact, not index stems', async () => {
    const body = SearchResponseSchema.parse(await (await fetch('/v1/search?q=renewable%20energy%20waste%20diversity&limit=20')).json())
    expect(body.results.length).toBeGreaterThan(0)
    let seen = 0
    for (const r of body.results) {
      for (const h of r.highlights) {
        expect(h.term).toBe(r.text.slice(h.start, h.end))
        seen++
      }
      for (const word of r.matched) expect(r.text).toContain(word)
      expect(r.matched).toEqual([...new Set(r.highlights.map((h) => h.term))].filter((w, i, all) => all.findIndex((x) => x.toLowerCase() === w.toLowerCase()) === i))
    }
    expect(seen).toBeGreaterThan(0)
    const stems = body.results.flatMap((r) => r.matched).filter((w) => ['renew', 'wast', 'divers', 'energi'].includes(w))
    expect(stems).toEqual([])
  })

  it('refuses malformed percent-encoding or invalid UTF-8 with a 400 naming the parameter', async () => {
    for (const [path, parameter] of [
      ['/v1/search?q=%ff', 'q'],
      ['/v1/search?q=%ED%A0%80', 'q'],
      ['/v1/search?q=ok&lang=%e2%82', 'lang'],
      ['/v1/answer?q=%', 'q'],
      ['/search?q=%c0%ae', 'q'],
    ] as const) {
      const { errors } = await problemOf(fetch, path)
      expect(errors!.map((e) => e.parameter), path).toEqual([parameter])
    }
    // Well-formed escapes, "+" for space and a literal "%25" still search.
    expect((await fetch('/v1/search?q=100%25+renewable')).status).toBe(200)
  })

  it('sends on HEAD the Content-Length its GET sends, whatever the coding', async () => {
    for (const path of ['/', '/v1/search?q=emissions', '/llms.txt', '/openapi.json', '/.well-known/mcp/server-card.json']) {
      for (const encoding of ['identity', 'gzip']) {
        const headers = { 'accept-encoding': encoding }
        const get = await fetch(path, { headers })
        const bytes = (await get.arrayBuffer()).byteLength
        const head = await fetch(path, { method: 'HEAD', headers })
        expect(head.status).toBe(200)
        // Over the wire the GET's own header is checked; fetch decodes bodies, so in-process the bytes are.
        const expected = get.headers.get('content-encoding') ? get.headers.get('content-length') : String(bytes)
        expect(head.headers.get('content-length'), `${path} ${encoding}`).toBe(expected ?? String(bytes))
      }
    }
  })
})

it('says "1 fact", not "1 facts", on the home page and its Markdown', async () => {
  const data = await bundledData()
  const source = data.corpus.sources[0]!
  const fact = data.corpus.facts.find((f) => f.source.id === source.id)!
  const site = { corpus: { ...data.corpus, sources: [{ ...source, facts: 1 }], facts: [fact] }, publicUrl: PUBLIC_URL }
  for (const page of [await homeHtml(site), homeMarkdown(site)]) {
    expect(page).toMatch(/\b1 fact\b/)
    expect(page).not.toMatch(/\b1 (facts|articles)\b/)
  }
})
