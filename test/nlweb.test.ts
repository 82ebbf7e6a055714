import { expect, it } from 'vitest'
import { AskResponseSchema } from '../src/core/http/api-schemas.js'
import { describeTargets, PUBLIC_URL, type Fetch } from './support/targets.js'

/** Reads an SSE body as NLWeb's clients do: each `data:` line is one JSON message. */
async function events(res: Response): Promise<Array<Record<string, unknown> & { message_type: string }>> {
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
  const text = await res.text()
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      expect(block).toMatch(/^data: /)
      return JSON.parse(block.slice('data: '.length)) as Record<string, unknown> & { message_type: string }
    })
}

const ask = (fetch: Fetch, query: string) => fetch(`/ask?${query}`)

describeTargets("NLWeb's /ask", (fetch) => {
  it('streams by default: begin, a result batch of schema.org objects, end and complete', async () => {
    const msgs = await events(await ask(fetch, 'query=renewable%20energy'))
    expect(msgs.map((m) => m.message_type)).toEqual(['begin-nlweb-response', 'result_batch', 'end-nlweb-response', 'complete'])
    const { results } = AskResponseSchema.pick({ results: true }).parse(msgs[1])
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) {
      expect(r.url.startsWith(`${PUBLIC_URL}/facts/`)).toBe(true)
      expect(r.schema_object[0]!['@type']).toBe('Claim')
      expect(r.schema_object[0]!.text).toBe(r.description)
      expect(r.schema_object.slice(1).every((o) => o['@type'] === 'Observation')).toBe(true)
    }
    expect(new Set(msgs.map((m) => m.query_id)).size).toBe(1)
  })

  it('answers streaming=false with one JSON object, and mode=summarize adds the citation as the summary, streamed or not', async () => {
    const res = await ask(fetch, 'query=How%20much%20did%20Xiaomi%20invest%20in%20R%26D%20in%202024%3F&mode=summarize&streaming=false')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = AskResponseSchema.parse(await res.json())
    expect(body.results.length).toBeGreaterThan(0)
    const answer = (await (await fetch('/v1/answer?q=How%20much%20did%20Xiaomi%20invest%20in%20R%26D%20in%202024%3F')).json()) as { citation: { text: string } }
    expect(body.summary).toBe(answer.citation.text)
    const msgs = await events(await ask(fetch, 'query=How%20much%20did%20Xiaomi%20invest%20in%20R%26D%20in%202024%3F&mode=summarize'))
    expect(msgs.find((m) => m.message_type === 'summary')?.message).toBe(answer.citation.text)
    // The same query gets the same id, streamed or not: nothing in it is random.
    expect(msgs[0]!.query_id).toBe(body.query_id)
    const list = AskResponseSchema.parse(await (await ask(fetch, 'query=waste&streaming=false&mode=list')).json())
    expect(list.summary).toBeUndefined()
  })

  it('takes POST with a JSON body as GET with a query string', async () => {
    const get = AskResponseSchema.parse(await (await ask(fetch, 'query=water%20recycling&streaming=false&prev=emissions&site=any')).json())
    const post = await fetch('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'water recycling', streaming: false, prev: ['emissions'] }) })
    expect(post.status).toBe(200)
    expect(AskResponseSchema.parse(await post.json())).toEqual(get)
    const streamed = await fetch('/ask?streaming=true', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'water recycling' }) })
    expect((await events(streamed))[1]!.results).toEqual(get.results)
  })

  it('names every bad parameter in a 400 problem, for GET and POST', async () => {
    const res = await ask(fetch, 'mode=generate&streaming=maybe')
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: Array<{ parameter: string }> }
    expect(problem.errors.map((e) => e.parameter).sort()).toEqual(['mode', 'query', 'streaming'])
    const post = await fetch('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 42}' })
    expect(post.status).toBe(400)
    expect(((await post.json()) as { errors: Array<{ parameter: string }> }).errors[0]!.parameter).toBe('query')
    const notJson = await fetch('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' })
    expect(notJson.status).toBe(400)
    const big = await fetch('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'x', prev: 'y'.repeat(20_000) }) })
    expect(big.status).toBe(413)
  })
})
