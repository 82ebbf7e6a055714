import { describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { ProblemSchema } from '../src/core/http/problem.js'
import { checkLlmsTxt, parseLlmsTxt } from '../src/core/publish/llms-txt.js'
import { checkHtml, checkJsonLd, extractJsonLd, loadSchemaOrg, schemaOrgDir } from '../scripts/structured-data.js'
import { bundledData, PUBLIC_URL, TEST_CONFIG } from './support/targets.js'
import { BUNDLED_LABELS, seriesCorpusData, withVariables } from './support/variables.js'

/*
 * The variable and organisation pages, the StatisticalVariable nodes and the other published
 * views of variables, on the series fixture corpus with its figures labelled (test/support/variables.ts).
 */

const data = await seriesCorpusData()
const app = createApp(data, TEST_CONFIG)
const ORG = 'aurora-foods-s-p-a'
const schema = loadSchemaOrg()

async function get(path: string, type: RegExp = /^text\/html; charset=utf-8$/) {
  const res = await app.request(path)
  expect([path, res.status]).toEqual([path, 200])
  expect(res.headers.get('content-type')).toMatch(type)
  return res.text()
}
type Node = Record<string, unknown>
const graphOf = (html: string) => {
  const docs = extractJsonLd(html) as Array<{ '@graph': Node[] }>
  expect(docs).toHaveLength(1) // one JSON-LD graph per page
  return docs[0]!['@graph']
}
const factOf = (text: string) => data.corpus.facts.find((f) => f.text.includes(text))!

describe('/organizations/:id', () => {
  it("shows the organisation's series as a table by year, each value linking its fact, corroboration and disagreement said", async () => {
    const body = await get(`/organizations/${ORG}`)
    expect(body).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(body).toContain(`<link rel="canonical" href="${PUBLIC_URL}/organizations/${ORG}"/>`)
    expect(body).toContain('<h1>Aurora Foods S.p.A.</h1>')
    const head = body.match(/<thead><tr>(.*?)<\/tr><\/thead>/)![1]!
    expect([...head.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Variable', '2023', '2024', '2030', '2040'])
    const rows = [...body.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
    expect(rows).toEqual([
      'renewable energy share, percent6274 (2 sources)',
      'carbon neutrality (target)2040 (2 sources)', // a year, not "2,040"
      'employees (values disagree)1,2501,340 / 1,310',
      'renewable energy share (target), percent90',
    ])
    expect(body).toContain(`<a href="/facts/${factOf('contava 1.250').id}"><data value="1250">1,250</data></a>`)
    expect(body).toContain('<a href="/variables/renewable-energy-share">')
    for (const s of data.corpus.sources) expect(body).toContain(`href="/sources/${s.id}"`)
  })

  it('draws an accessible SVG chart for each series of two or more points, with no script', async () => {
    const body = await get(`/organizations/${ORG}`)
    const charts = [...body.matchAll(/<svg\b[^>]*>.*?<\/svg>/g)].map((m) => m[0])
    expect(charts).toHaveLength(2) // the target has one point: no chart
    const [share, employees] = charts
    expect(share).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-1-title chart-1-desc"/)
    expect(share).toContain('<title id="chart-1-title">renewable energy share, percent</title>')
    expect(share).toContain('<desc id="chart-1-desc">2023: 62; 2024: 74.</desc>')
    expect(share!.match(/<circle /g)).toHaveLength(2)
    expect(share).toContain('<polyline ')
    expect(employees).toContain('<desc id="chart-2-desc">Values disagree for some periods. 2023: 1,250; 2024: 1,340; 2024: 1,310.</desc>')
    expect(employees).not.toContain('<polyline ') // no one line through disagreeing values
    expect(employees).toMatch(/<text [^>]*>1,340 \/ 1,310<\/text>/) // one label for the period, not two overprinted
    // The only script is the JSON-LD.
    expect([...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="application/ld+json">'])
  })

  it('has a Markdown view with the same table, and is linked from the source pages and the home page', async () => {
    const md = await get(`/organizations/${ORG}.md`, /^text\/markdown; charset=utf-8$/)
    expect(md).toContain('| Variable | 2023 | 2024 | 2030 |')
    expect(md).toContain(`| [employees](${PUBLIC_URL}/variables/employees.md) (values disagree) | [1,250](${PUBLIC_URL}/facts/${factOf('contava 1.250').id}.md) |`)
    expect(md).toMatch(/\| \[74\]\([^)]+\) \(2 sources\) \|/)
    expect(await get('/sources/aurora-bilancio-2023')).toContain(`<a href="/organizations/${ORG}">Aurora Foods S.p.A.</a>`)
    expect(await get('/')).toContain(`<a href="/organizations/${ORG}">Aurora Foods S.p.A.</a>`)
    expect(await get('/index.md', /^text\/markdown/)).toContain(`[Aurora Foods S.p.A.](${PUBLIC_URL}/organizations/${ORG}.md)`)
  })

  it('exists for every organisation of the corpus, with or without series; an unknown id is a 404 problem', async () => {
    const plain = createApp(await bundledData(), TEST_CONFIG)
    const res = await plain.request('/organizations/Q1636958')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('No figure has a known variable yet.')
    for (const path of ['/organizations/nobody', '/organizations/nobody.md', '/variables/nothing', '/variables/nothing.md']) {
      const missing = await app.request(path)
      expect([path, missing.status]).toEqual([path, 404])
      expect(ProblemSchema.parse(await missing.json()).detail).toMatch(/^No (organisation|variable in use) has the id "nothing|nobody"/)
    }
  })
})

describe('/variables/:id', () => {
  it('names the variable in both languages with its codes, and shows each organisation by year', async () => {
    const body = await get('/variables/employees')
    expect(body).toContain('<h1>employees <small lang="it">(dipendenti)</small></h1>')
    expect(body).toContain('GRI 2-7, ESRS S1-6')
    expect(body).toContain(`<a href="/organizations/${ORG}">Aurora Foods S.p.A.</a> (values disagree)`)
    expect(body).toMatch(/<svg [^>]*role="img"/)
    const md = await get('/variables/employees.md', /^text\/markdown/)
    expect(md).toContain('# employees\n\n- Italian: dipendenti\n- Standards: GRI 2-7, ESRS S1-6')
    expect(md).toContain('| Organisation | 2023 | 2024 |')
  })
})

describe('fact pages', () => {
  it("name what each figure measures, linking its variable's page, only where figures say", async () => {
    const fact = factOf('contava 1.250')
    const body = await get(`/facts/${fact.id}`)
    expect(body).toContain('<th scope="col">Misura</th>')
    expect(body).toContain('<td data-label="Misura:"><a href="/variables/employees">dipendenti</a></td>')
    expect(await get(`/facts/${fact.id}.md`, /^text\/markdown/)).toContain(`| 1.250 | [dipendenti](${PUBLIC_URL}/variables/employees.md) | 1250 |`)
    const plain = await bundledData()
    const other = createApp(plain, TEST_CONFIG)
    const page = await (await other.request(`/facts/${plain.corpus.facts.find((f) => f.figures.length)!.id}`)).text()
    expect(page).not.toContain('data-label="Measures:"')
  })
})

describe('StatisticalVariable in the JSON-LD', () => {
  it("an Observation's variableMeasured refers to a StatisticalVariable node with both names and its GRI/ESRS codes", async () => {
    const fact = factOf('contava 1.250')
    const nodes = graphOf(await get(`/facts/${fact.id}`))
    const observation = nodes.find((n) => n['@type'] === 'Observation')!
    expect(observation.variableMeasured).toEqual({ '@id': `${PUBLIC_URL}/variables/employees#variable` })
    expect(nodes.find((n) => n['@type'] === 'StatisticalVariable')).toEqual({
      '@type': 'StatisticalVariable',
      '@id': `${PUBLIC_URL}/variables/employees#variable`,
      name: 'employees',
      alternateName: 'dipendenti',
      url: `${PUBLIC_URL}/variables/employees`,
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'GRI', value: '2-7' },
        { '@type': 'PropertyValue', propertyID: 'ESRS', value: 'S1-6' },
      ],
    })
    // A figure without a variable keeps the generic text.
    const plain = await bundledData()
    const other = createApp(plain, TEST_CONFIG)
    const withFigure = plain.corpus.facts.find((f) => f.figures.some((g) => g.kind === 'percent'))!
    const generic = graphOf(await (await other.request(`/facts/${withFigure.id}`)).text()).find((n) => n['@type'] === 'Observation')!
    expect(typeof generic.variableMeasured).toBe('string')
  })

  it('the variable page has the StatisticalVariable as main entity; the organisation page the Organization', async () => {
    const variable = graphOf(await get('/variables/employees'))
    expect(variable[0]).toMatchObject({ '@type': 'CollectionPage', mainEntity: { '@id': `${PUBLIC_URL}/variables/employees#variable` } })
    expect(variable.filter((n) => n['@type'] === 'Observation')).toHaveLength(3)
    const org = graphOf(await get(`/organizations/${ORG}`))
    expect(org[0]).toMatchObject({ mainEntity: { '@id': `${PUBLIC_URL}/#org-${ORG}` } })
  })

  it('every page with variables passes the schema.org validator with no error or warning', async () => {
    expect(schema, `the schema.org vocabulary is needed in ${schemaOrgDir()}`).toBeDefined()
    const pages = ['/', `/organizations/${ORG}`, '/variables/employees', '/variables/renewable-energy-share', ...data.corpus.facts.map((f) => `/facts/${f.id}`), ...data.corpus.sources.map((s) => `/sources/${s.id}`)]
    for (const path of pages) expect([path, await checkHtml(await get(path), schema!)]).toEqual([path, []])
    expect(await checkJsonLd([JSON.parse(await get('/v1/graph', /^application\/ld\+json/))], schema!)).toEqual([])
  })
})

describe('the bundled corpus with variables', () => {
  it('pages whose variables include ordinals (a report edition) stay one valid graph: the ordinal is an Observation of its variable', async () => {
    expect(schema, `the schema.org vocabulary is needed in ${schemaOrgDir()}`).toBeDefined()
    const labelled = withVariables(await bundledData(), BUNDLED_LABELS)
    const bundled = createApp(labelled, TEST_CONFIG)
    const facts = labelled.corpus.facts.filter((f) => f.figures.some((g) => g.variable))
    const pages = ['/organizations/Q1636958', '/variables/report-edition', '/variables/lca-products', ...facts.map((f) => `/facts/${f.id}`)]
    for (const path of pages) expect([path, await checkHtml(await (await bundled.request(path)).text(), schema!)]).toEqual([path, []])
    const edition = facts.find((f) => f.figures.some((g) => g.text === 'seventh'))!
    const nodes = graphOf(await (await bundled.request(`/facts/${edition.id}`)).text())
    expect(nodes.find((n) => n['@type'] === 'Observation' && n.name === 'seventh')).toMatchObject({ value: 7, variableMeasured: { '@id': `${PUBLIC_URL}/variables/report-edition#variable` } })
  })
})

describe('crawl views of variables', () => {
  it('the sitemap lists the organisation and variable pages; llms.txt links their Markdown views and the new endpoints', async () => {
    const sitemap = await get('/sitemap.xml', /^application\/xml/)
    for (const path of [`/organizations/${ORG}`, '/variables/renewable-energy-share', '/variables/employees']) expect(sitemap).toContain(`<loc>${PUBLIC_URL}${path}</loc>`)
    // Dated by its sources, as the other pages: one of them has no date, so the variable has no lastmod.
    expect(sitemap).toContain(`<url><loc>${PUBLIC_URL}/variables/employees</loc></url>`)
    const text = await get('/llms.txt', /^text\/plain/)
    expect(checkLlmsTxt(text)).toEqual([])
    const d = parseLlmsTxt(text)
    expect(d.sections.map((s) => s.name)).toEqual(['Sources', 'Organisations', 'Variables', 'Facts by topic', 'API and docs', 'Optional'])
    const links = d.sections.flatMap((s) => s.links.map((l) => l.url))
    for (const url of [`${PUBLIC_URL}/organizations/${ORG}.md`, `${PUBLIC_URL}/variables/employees.md`, `${PUBLIC_URL}/v1/observations`, `${PUBLIC_URL}/v1/variables`]) expect(links).toContain(url)
    for (const url of links.filter((u) => /\/(organizations|variables)\//.test(u))) await get(url.slice(PUBLIC_URL.length), /^text\/markdown/)
  })

  it('llms-full.txt writes each figure as "measure: value unit (period, role)"', async () => {
    const text = await get('/llms-full.txt', /^text\/plain/)
    expect(text).toContain('Figures: 2023 = 2023; quota di energia rinnovabile: 62 percent (2023), as written “62%”')
    expect(text).toContain('renewable energy: 90 percent (2030, target), as written “90%”')
    expect(text).toContain('employees: 1340 (2024), as written “1,340”')
    // A year that only dates the sentence measures nothing, whatever variable it was given.
    expect(text).toContain('Figures: 2024 = 2024 (2024); renewable sources: 74 percent (2024), as written “74%”')
  })
})
