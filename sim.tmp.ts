import { readFileSync } from 'node:fs'
import { buildFromCorpus } from './src/adapter/node/artifacts.js'
import { createApp } from './src/core/http/app.js'
import { slugify } from './src/core/facts/citation.js'
import { FactIndex } from './src/core/index/fact-index.js'
import { BUNDLED_GLOSSARY } from './src/core/index/bundled-glossary.js'
import { ObservationLabelFileSchema, scoreObservations } from './scripts/observations.js'
import { checkHtml, loadSchemaOrg } from './scripts/structured-data.js'
import { TEST_CONFIG } from './test/support/targets.js'
const [dir, labelsFile, ...paths] = process.argv.slice(2)
const d = await buildFromCorpus(dir)
const labels = ObservationLabelFileSchema.parse(JSON.parse(readFileSync(labelsFile!, 'utf8')))
const corpus = structuredClone(d.corpus)
const report = scoreObservations(corpus, labels)
for (const r of report.results) {
  if (!r.figure) continue
  const f = r.figure as any
  f.variable = { id: slugify(r.label.variable), name: r.label.variable, names: { en: r.label.variable, it: r.label.variable + ' (it)' } }
  f.period = r.label.period ?? undefined
  if (r.label.role === 'actual' || r.label.role === 'date') delete f.role; else f.role = r.label.role
}
const app = createApp({ corpus, index: FactIndex.build(corpus.facts, corpus.sources, BUNDLED_GLOSSARY) }, TEST_CONFIG)
const schema = loadSchemaOrg()!
const sitemap = await (await app.request('/sitemap.xml')).text()
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace('http://esg-facts.test', '') || '/')
let bad = 0
for (const p of pages) { const issues = await checkHtml(await (await app.request(p)).text(), schema); if (issues.length) { bad++; console.log(p, issues.slice(0,3)) } }
console.log('pages', pages.length, 'with issues', bad, 'variables', (await (await app.request('/v1/variables')).json() as any).variables.length)
for (const p of paths) { const r = await app.request(p); console.log('==', p, r.status); console.log((await r.text()).slice(0, 6000)) }
