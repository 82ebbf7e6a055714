import { describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { ObservationsSchema, VariableListSchema, type Series } from '../src/core/query/series.js'
import { bundledData, TEST_CONFIG } from './support/targets.js'
import { BUNDLED_LABELS, seriesCorpusData, withVariables } from './support/variables.js'

const app = createApp(await seriesCorpusData(), TEST_CONFIG)
const get = async (path: string) => {
  const res = await app.request(path)
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> }
}
const observations = async (query: string) => {
  const { status, body } = await get(`/v1/observations${query}`)
  expect(status).toBe(200)
  return ObservationsSchema.parse(body)
}
const ORG = 'aurora-foods-s-p-a'
const pointsOf = (s: Series) => s.points.map((p) => [p.period, p.value, p.sources.map((src) => src.id)])

describe('GET /v1/observations', () => {
  it('groups a variable of one organisation across sources and languages, points by period, corroborating sources in one point', async () => {
    const { total, series } = await observations(`?variable=renewable-energy-share&role=reported`)
    expect(total).toBe(1)
    const [s] = series
    expect(s).toMatchObject({ variable: { id: 'renewable-energy-share', name: 'renewable energy share', gri: '302-1' }, organization: { id: ORG, name: 'Aurora Foods S.p.A.' }, unit: 'percent', role: null })
    expect(s!.conflict).toBeUndefined()
    expect(pointsOf(s!)).toEqual([
      ['2023', 62, ['aurora-bilancio-2023']],
      ['2024', 74, ['aurora-news-2024', 'aurora-report-2024']],
    ])
    const corroborated = s!.points[1]!
    expect(corroborated.sources.map((src) => src.citation.quote)).toEqual([
      'Aurora Foods said renewable sources covered 74% of its energy use in 2024.',
      'In 2024, renewable sources supplied 74% of the energy Aurora Foods used.',
    ])
    expect(corroborated.sources[0]!.citation.url).toMatch(/^https:\/\/example\.org\/business\/aurora-foods-renewables-2024#:~:text=/)
    expect(corroborated).toMatchObject({ text: '74%', qualifier: null, factId: corroborated.sources[0]!.factId })
  })

  it('keeps disagreeing values of one period apart and says conflict: true', async () => {
    const { series } = await observations('?variable=employees')
    expect(series).toHaveLength(1)
    expect(series[0]!.conflict).toBe(true)
    expect(pointsOf(series[0]!)).toEqual([
      ['2023', 1250, ['aurora-bilancio-2023']],
      ['2024', 1340, ['aurora-news-2024']],
      ['2024', 1310, ['aurora-report-2024']],
    ])
  })

  it('a target is a series of its own; role, period, lang and q narrow the series and their points', async () => {
    // A deadline is a target too: the Italian and English articles agree on 2040, one point with both.
    const targets = await observations('?role=target')
    expect(targets.series.map((s) => [s.variable.id, s.role, s.unit, pointsOf(s)])).toEqual([
      ['carbon-neutrality', 'target', null, [['2040', 2040, ['aurora-bilancio-2023', 'aurora-report-2024']]]],
      ['renewable-energy-share', 'target', 'percent', [['2030', 90, ['aurora-news-2024']]]],
    ])
    const in2024 = await observations('?period=2024')
    expect(in2024.series.map((s) => [s.variable.id, s.points.map((p) => p.value)])).toEqual([
      ['renewable-energy-share', [74]],
      ['employees', [1340, 1310]],
    ])
    // Italian sources only, and the names in Italian: the conflict was between English sources.
    const italian = await observations('?lang=it')
    expect(italian.series.map((s) => [s.variable.name, s.conflict, pointsOf(s)])).toEqual([
      ['quota di energia rinnovabile', undefined, [['2023', 62, ['aurora-bilancio-2023']]]],
      ['neutralità carbonica', undefined, [['2040', 2040, ['aurora-bilancio-2023']]]],
      ['dipendenti', undefined, [['2023', 1250, ['aurora-bilancio-2023']]]],
    ])
    // Words in either language find the variable by its names or its measures' words.
    for (const q of ['dipendenti', 'employees', 'Mitarbeiter renewable']) {
      const found = await observations(`?q=${encodeURIComponent(q)}`)
      expect([q, found.series.map((s) => s.variable.id)]).toEqual([q, q === 'Mitarbeiter renewable' ? [] : ['employees']])
    }
    expect((await observations(`?q=${encodeURIComponent('energia rinnovabile')}&organization=${ORG}`)).series.map((s) => s.role)).toEqual([null, 'target'])
  })

  it('pages with limit and offset; total counts every series', async () => {
    const all = await observations('')
    expect(all.total).toBe(4)
    const page = await observations('?limit=1&offset=1')
    expect(page).toMatchObject({ total: 4, limit: 1, offset: 1 })
    expect(page.series).toEqual([all.series[1]])
  })

  it('names every bad parameter in a 400 problem, unknown ids included', async () => {
    const { status, type, body } = await get('/v1/observations?variable=nope&organization=acme&period=last-year&role=guess&lang=fr&limit=0')
    expect(status).toBe(400)
    expect(type).toMatch(/^application\/problem\+json/)
    const errors = body.errors as Array<{ parameter: string; detail: string }>
    expect(errors.map((e) => e.parameter).sort()).toEqual(['lang', 'limit', 'organization', 'period', 'role', 'variable'])
    expect(errors.find((e) => e.parameter === 'organization')!.detail).toContain(`"${ORG}"`)
    const unknownOnly = await get('/v1/observations?variable=nope')
    expect(unknownOnly.status).toBe(400)
    expect(unknownOnly.body.errors).toEqual([{ parameter: 'variable', detail: 'unknown variable "nope"; the variables in use are listed at /v1/variables' }])
  })

  it('is empty, not an error, on a corpus whose figures have no variables yet', async () => {
    const plain = createApp(await bundledData(), TEST_CONFIG)
    expect(await (await plain.request('/v1/observations')).json()).toEqual({ total: 0, limit: 20, offset: 0, series: [] })
    expect(await (await plain.request('/v1/variables')).json()).toEqual({ variables: [] })
  })
})

describe('GET /v1/variables', () => {
  it('lists the variables in use with both names, codes and counts, most used first', async () => {
    const { status, body } = await get('/v1/variables')
    expect(status).toBe(200)
    expect(VariableListSchema.parse(body).variables).toEqual([
      { id: 'renewable-energy-share', name: 'renewable energy share', names: { en: 'renewable energy share', it: 'quota di energia rinnovabile' }, gri: '302-1', esrs: 'E1-5', figures: 4, series: 2, sources: 3 },
      { id: 'employees', name: 'employees', names: { en: 'employees', it: 'dipendenti' }, gri: '2-7', esrs: 'S1-6', figures: 3, series: 1, sources: 3 },
      { id: 'carbon-neutrality', name: 'carbon neutrality', names: { en: 'carbon neutrality', it: 'neutralità carbonica' }, esrs: 'E1-1', figures: 2, series: 1, sources: 2 },
    ])
  })

  it('both endpoints are in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).body as { paths: Record<string, { get: { operationId: string; parameters?: Array<{ name: string }> } }> }
    expect(doc.paths['/v1/observations']!.get.operationId).toBe('listObservations')
    expect(doc.paths['/v1/observations']!.get.parameters!.map((p) => p.name).sort()).toEqual(['lang', 'limit', 'offset', 'organization', 'period', 'q', 'role', 'variable'])
    expect(doc.paths['/v1/variables']!.get.operationId).toBe('listVariables')
  })
})

describe('series of the bundled corpus, its figures labelled as issue 11 reads them', () => {
  it('one variable across the Italian 2023 and English 2024 articles is one series of two points; grants and R&D investment stay apart', async () => {
    const labelled = createApp(withVariables(await bundledData(), BUNDLED_LABELS), TEST_CONFIG)
    const seriesOf = async (variable: string) => ObservationsSchema.parse(await (await labelled.request(`/v1/observations?variable=${variable}`)).json()).series
    const points = (s: Series[]) => s.map((x) => x.points.map((p) => [p.period, p.value, p.sources.map((src) => src.lang)]))
    expect(points(await seriesOf('lca-products'))).toEqual([[['2023', 5, ['it']], ['2024', 18, ['en']]]])
    expect(points(await seriesOf('report-edition'))).toEqual([[['2023', 6, ['it']], ['2024', 7, ['en']]]])
    expect(points(await seriesOf('research-grants'))).toEqual([[['2023', 60000000, ['it']]]])
    expect(points(await seriesOf('rnd-investment'))).toEqual([[['2024', 24100000000, ['en']]]])
    const org = ObservationsSchema.parse(await (await labelled.request('/v1/observations?organization=Q1636958')).json())
    expect(org.total).toBe(4)
    expect(org.series.every((s) => s.organization.name === 'Xiaomi Corporation')).toBe(true)
  })
})
