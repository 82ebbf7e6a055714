import { beforeAll, expect, it } from 'vitest'
import questions from './eval/bundled-questions.json' with { type: 'json' }
import { SearchQuerySchema } from '../src/core/http/api-schemas.js'
import { createApp } from '../src/core/http/app.js'
import { searchFacts } from '../src/core/http/routes/search/search.service.js'
import type { AppData } from '../src/core/pipeline.js'
import { bundledData, TEST_CONFIG } from './support/targets.js'

let data: AppData
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  data = await bundledData()
  // Without the response cache, so that every request is serialised afresh.
  app = createApp(data, { ...TEST_CONFIG, responseCacheEntries: 0 })
})

it('/v1/search sends JSON.stringify of its results, byte for byte, for every page and filter', async () => {
  const cases: Array<Record<string, string>> = [
    ...questions.map(({ q }) => ({ q })),
    { q: 'emissions', limit: '3', offset: '2' },
    { q: 'emissioni', lang: 'it', limit: '100' },
    { q: 'Xiaomi', type: 'target', offset: '5' },
    { q: 'renewabel enrgy' },
    { q: 'emissions', offset: '1000' },
    { q: 'zzzz qqqq' },
    { q: '"quoted" \\ back\u2028slash ü 😀' },
  ]
  for (const params of cases) {
    const res = await app.request(`/v1/search?${new URLSearchParams(params)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(await res.text()).toBe(JSON.stringify(searchFacts(data, SearchQuerySchema.parse(params))))
  }
  // The cases include pages with results and pages without.
  const totals = await Promise.all(cases.map(async (p) => ((await (await app.request(`/v1/search?${new URLSearchParams(p)}`)).json()) as { results: unknown[] }).results.length))
  expect(totals).toContain(0)
  expect(Math.max(...totals)).toBeGreaterThan(10)
})
