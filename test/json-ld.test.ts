import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import type { Fact } from '../src/core/facts/fact-schema.js'
import { TOPICS } from '../src/core/facts/topics.js'
import { createApp } from '../src/core/http/app.js'
import { factGraph, fullGraph, homeGraph, jsonLdScript } from '../src/core/publish/json-ld.js'
import type { Site } from '../src/core/publish/site.js'
import { checkHtml, checkJsonLd, extractJsonLd, loadSchemaOrg, schemaOrgDir } from '../scripts/structured-data.js'
import { bundledData, PUBLIC_URL, TEST_CONFIG } from './support/targets.js'

const schema = loadSchemaOrg()
if (!schema) console.warn(`json-ld.test: schema.org files not found in ${schemaOrgDir()}; skipping the validator and expansion checks`)

const data = await bundledData()
const site: Site = { corpus: data.corpus, publicUrl: PUBLIC_URL }
const app = createApp(data, TEST_CONFIG)
const page = async (path: string) => (await app.request(path)).text()
type Node = Record<string, unknown>
const nodes = (g: { '@graph': readonly unknown[] }) => g['@graph'] as Node[]
const factBy = (prefix: string): Fact => {
  const fact = data.corpus.facts.find((f) => f.id.startsWith(prefix))
  if (!fact) throw new Error(`no fact ${prefix}`)
  return fact
}

const PAGES = [
  '/',
  '/search?q=' + encodeURIComponent('Xiaomi R&D investment'),
  '/search?q=nothing-matches-this',
  '/search',
  ...data.corpus.facts.map((f) => `/facts/${f.id}`),
  ...data.corpus.sources.map((s) => `/sources/${s.id}`),
  ...TOPICS.map((t) => `/topics/${t.id}`),
]

describe('JSON-LD in every page passes the schema.org validator and expands losslessly', () => {
  it.skipIf(!schema).each(PAGES)('%s', async (path) => {
    expect(await checkHtml(await page(path), schema!)).toEqual([])
  })

  it.skipIf(!schema)('/v1/graph and /v1/facts/{id} as application/ld+json pass too', async () => {
    const full = await app.request('/v1/graph')
    expect(await checkJsonLd([await full.json()], schema!)).toEqual([])
    const one = await app.request(`/v1/facts/${data.corpus.facts[0]!.id}`, { headers: { accept: 'application/ld+json' } })
    expect(await checkJsonLd([await one.json()], schema!)).toEqual([])
  })

  it.skipIf(!schema)('the checks catch what they are for (so a pass means something)', async () => {
    const g = structuredClone(factGraph(site, factBy('in-2024-xiaomi-invested'))) as unknown as { '@graph': Node[] }
    g['@graph'][1]!.measuredValue = 1 // not a schema.org property
    g['@graph'][2]!['@type'] = 'Figure' // not a schema.org type
    g['@graph'].push({ '@type': 'Organization', '@id': `${PUBLIC_URL}/#lonely`, name: 'Lonely' }) // connected to nothing
    g['@graph'].push({ '@type': 'Organization', name: 'Nameless' }) // no @id
    const issues = (await checkJsonLd([g], schema!)).map((i) => `${i.severity} ${i.message}`)
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^WARNING Property "measuredValue" for type "Claim"/),
        expect.stringMatching(/^ERROR Type "Figure" is not a valid schema.org type/),
        expect.stringMatching(/^ERROR the graph falls apart/),
        expect.stringMatching(/^ERROR a Organization node has no @id/),
      ]),
    )
    const ds = structuredClone(homeGraph(site)) as unknown as { '@graph': Node[] }
    const dataset = ds['@graph'].find((n) => n['@type'] === 'Dataset')!
    dataset.description = 'Too short.'
    delete dataset.license
    expect((await checkJsonLd([ds], schema!)).map((i) => i.message)).toEqual([
      'Dataset: description must be 50–5000 characters (has 10)',
      'Dataset: recommended field "license" is missing',
    ])
    // A term mapped to nothing is dropped by expansion, so no consumer would ever see it.
    const lossy = { '@context': ['https://schema.org', { internal: null }], '@type': 'Thing', '@id': `${PUBLIC_URL}/#x`, name: 'x', internal: 1 }
    expect((await checkJsonLd([lossy], schema!)).map((i) => i.message)).toContain('JSON-LD expansion drops "internal"')
  })
})

describe('graph content', () => {
  const byType = (g: { '@graph': readonly unknown[] }, type: string) => nodes(g).filter((n) => n['@type'] === type)

  it('a fact graph links Claim → NewsArticle → Report → Organization, with one Observation per measured figure', () => {
    const fact = factBy('in-2024-xiaomi-invested')
    const g = factGraph(site, fact)
    const [claim] = byType(g, 'Claim')
    expect(claim).toMatchObject({ '@id': `${PUBLIC_URL}/facts/${fact.id}#claim`, text: fact.text, inLanguage: 'en', url: `${PUBLIC_URL}/facts/${fact.id}` })
    expect(claim!.appearance).toEqual({ '@id': `${PUBLIC_URL}/sources/${fact.source.id}#article` })
    const [article] = byType(g, 'NewsArticle')
    expect(article).toMatchObject({ url: fact.source.url, headline: fact.source.title, inLanguage: 'en' })
    expect(article).not.toHaveProperty('datePublished') // the corpus states no date: none is invented
    const [report] = byType(g, 'Report')
    expect(report).toMatchObject({ '@id': `${PUBLIC_URL}/#report-xiaomi-2024-esg-report`, temporalCoverage: '2024' })
    expect(byType(g, 'Organization').find((o) => o['@id'] === `${PUBLIC_URL}/#org-Q1636958`)).toMatchObject({
      name: 'Xiaomi Corporation',
      sameAs: 'https://www.wikidata.org/wiki/Q1636958',
    })
    const obs = byType(g, 'Observation')
    expect(obs).toHaveLength(1) // the year 2024 places the fact; it is not a measurement
    expect(obs[0]).toMatchObject({ value: 24100000000, unitText: 'CNY', observationDate: '2024', observationAbout: { '@id': `${PUBLIC_URL}/#org-Q1636958` } })
  })

  it('units map to UN/CEFACT codes, bounds to min/max values, intervals to a date and a period', () => {
    const g = factGraph(site, factBy('this-commitment-resulted-in-over-42-000'))
    const obs = byType(g, 'Observation')
    expect(obs.map((o) => [o.value, o.unitCode, o.minValue])).toEqual([
      [42000, undefined, 42000],
      [21190, undefined, undefined],
      [48.5, 'P1', undefined],
    ])
    const tonnes = byType(factGraph(site, factBy('the-program-aims-to-recycle')), 'Observation')[0]
    expect(tonnes).toMatchObject({ value: 38000, unitCode: 'TNE', observationDate: '2026', observationPeriod: 'P5Y' })
    expect(tonnes!.variableMeasured).toEqual({ '@id': expect.stringMatching(/\/variables\/[a-z0-9-]+#variable$/) })
  })

  it('an Italian fact is an Italian claim; every page has exactly one Dataset, on the home page', async () => {
    const it_ = data.corpus.facts.find((f) => f.lang === 'it')!
    expect(byType(factGraph(site, it_), 'Claim')[0]!.inLanguage).toBe('it')
    const home = byType(homeGraph(site), 'Dataset')[0]!
    expect(home).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', isAccessibleForFree: true, temporalCoverage: '2023/2024' })
    expect((home.distribution as Node[]).map((d) => d.contentUrl)).toEqual([`${PUBLIC_URL}/v1/facts`, `${PUBLIC_URL}/llms-full.txt`])
    expect(extractJsonLd(await page(`/facts/${it_.id}`)).flatMap((d) => nodes(d as never)).some((n) => n['@type'] === 'Dataset')).toBe(false)
  })

  it("each distribution's encodingFormat is the Content-Type its URL is served with", async () => {
    const home = byType(homeGraph(site), 'Dataset')[0]!
    for (const d of home.distribution as Node[]) {
      const res = await app.request(String(d.contentUrl).slice(PUBLIC_URL.length))
      expect(res.headers.get('content-type')?.split(';')[0]).toBe(d.encodingFormat)
    }
  })

  it('no @id of ours names a page that is not served: each is a fragment of a page that answers 200', async () => {
    const pagesOf = new Set(nodes(fullGraph(site)).flatMap((n) => (typeof n['@id'] === 'string' && n['@id'].startsWith(PUBLIC_URL) ? [n['@id'].slice(PUBLIC_URL.length).split('#')[0]!] : [])))
    expect(pagesOf.size).toBeGreaterThan(3)
    const missing: string[] = []
    for (const path of pagesOf) if ((await app.request(path || '/')).status !== 200) missing.push(path)
    expect(missing).toEqual([])
  })

  it('@ids are stable across two builds of the same corpus', async () => {
    const again = await buildFromCorpus('corpus/sources')
    const ids = (s: Site) => nodes(fullGraph(s)).map((n) => n['@id'])
    expect(ids({ corpus: again.corpus, publicUrl: PUBLIC_URL })).toEqual(ids(site))
    expect(fullGraph({ corpus: again.corpus, publicUrl: PUBLIC_URL })).toEqual(fullGraph(site))
  })

  it('jsonLdScript cannot end the script element or open a comment, and parses back to the same graph', () => {
    const g = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: '</script><!-- & \u2028' }] } as const
    const text = jsonLdScript(g as never)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(g)
  })
})
