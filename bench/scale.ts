/**
 * `npm run bench:scale`: the real pipeline (buildCorpus + FactIndex.build) on synthetic corpora of
 * 1k, 10k and 100k facts. Each size runs in a fresh child process (`--size N`), so one size's heap
 * never inflates the next one's RSS; the parent prints the tables and checks the targets.
 */
import { availableParallelism } from 'node:os'
import { gzipSync } from 'node:zlib'
import { buildCorpus } from '../src/facts/build-facts.js'
import { FactIndex } from '../src/index/fact-index.js'
import { machine, mean, percentile, runChild, table, verdict } from './bench-kit.js'
import { syntheticCorpus } from './synthetic-corpus.js'

const SIZES = [1_000, 10_000, 100_000]
/** Targets at 100k facts, from the issue "Production-grade: speed, scale and hostile input, measured". */
const TARGET = { buildMs: 20_000, rssBytes: 1024 ** 3, p50Ms: 5, p99Ms: 25, growthExponent: 1.1 }
const PASSES = 6

/**
 * The query mix: 1–5 words, English and Italian, exact, cross-lingual and misspelt (fuzzy), and
 * names of synthetic companies and programmes. 40 queries × 6 timed passes = 240 timed searches.
 */
const ENGLISH = [
  'emissions', 'scope 1 emissions', 'renewable electricity share', 'water withdrawal 2023', 'women in management',
  'training hours per employee', 'recycled plastic packaging target 2030', 'lost time injury rate', 'how much was invested in research and development', 'suppliers assessed esg criteria',
  'hazardous waste', 'independent directors board', 'community investment million euros', 'energy consumption MWh', 'ISO 14001 certified plants',
]
const ITALIAN = [
  'emissioni', 'quota energia rinnovabile', 'prelievo idrico', 'donne posizioni manageriali', 'ore di formazione per dipendente',
  'rifiuti avviati a riciclo 2024', 'investimenti ricerca sviluppo', 'consiglieri indipendenti', 'plastica riciclata imballaggi', 'indice di frequenza infortuni',
]
const MISSPELT = [
  'emisions', 'renewabel electricty', 'watr withdrawl', 'trainning hours employe', 'recyled plastik packagng',
  'emisioni scope', 'rinnovabbile', 'formazzione dipendenti', 'investimenti comunita', 'certificato ISO 45001',
]
const NAMES = [
  'Helios Energia emissions', 'Alpina Logistics women management', 'Tessera Steel water 2022', 'programme Valmor', 'Nordica Pharma Scope 3 emissions 2030',
]
const QUERIES = [...ENGLISH, ...ITALIAN, ...MISSPELT, ...NAMES]

interface SizeResult {
  size: number
  articles: number
  facts: number
  pipelineMs: number
  indexMs: number
  rss: number
  heapUsed: number
  jsonBytes: number
  gzBytes: number
  p50: number
  p99: number
  mean: number
  meanHits: number
}

/** Runs in the child: build, measure, search, print one JSON line. */
function measure(size: number): SizeResult {
  const docs = syntheticCorpus(size)
  const t0 = performance.now()
  const corpus = buildCorpus(docs)
  const t1 = performance.now()
  const index = FactIndex.build(corpus.facts, corpus.sources)
  const t2 = performance.now()
  const { rss, heapUsed } = process.memoryUsage()

  // Warm-up pass (JIT, analyser caches), then the timed passes.
  for (const q of QUERIES) index.search(q)
  const times: number[] = []
  let hits = 0
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of QUERIES) {
      const a = performance.now()
      // As /v1/search serves it: every match counted, the first page (20) ranked.
      hits += index.search(q, {}, 20).total
      times.push(performance.now() - a)
    }
  }

  const json = JSON.stringify(index)
  return {
    size,
    articles: docs.length,
    facts: corpus.facts.length,
    pipelineMs: t1 - t0,
    indexMs: t2 - t1,
    rss,
    heapUsed,
    jsonBytes: Buffer.byteLength(json),
    gzBytes: gzipSync(json).length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: mean(times),
    meanHits: hits / times.length,
  }
}

const mb = (b: number) => (b / 1024 ** 2).toFixed(1)
const ms = (n: number, d = 2) => n.toFixed(d)

async function main(): Promise<void> {
  console.log(`esg-facts scale benchmark — ${machine()}`)
  console.log(`Synthetic en/it corpora (seeded), real pipeline: buildCorpus + FactIndex.build; one fresh process per size.`)
  console.log(`Search: ${QUERIES.length} queries (1–5 words, en/it, ${MISSPELT.length} misspelt or unaccented) × ${PASSES} passes = ${QUERIES.length * PASSES} timed FactIndex.search calls after a warm-up pass.\n`)
  const results: SizeResult[] = []
  for (const size of SIZES) {
    const out = await runChild(['--import', 'tsx', 'bench/scale.ts', '--size', String(size)])
    results.push(JSON.parse(out.trim().split('\n').pop()!) as SizeResult)
  }

  console.log(
    table(
      ['facts', 'articles', 'pipeline ms', 'index ms', 'build ms', 'µs/fact', 'RSS MB', 'heap MB', 'index JSON MB', 'gz MB'],
      results.map((r) => {
        const build = r.pipelineMs + r.indexMs
        return [r.facts, r.articles, ms(r.pipelineMs, 0), ms(r.indexMs, 0), ms(build, 0), ms((build / r.facts) * 1000, 1), mb(r.rss), mb(r.heapUsed), mb(r.jsonBytes), mb(r.gzBytes)]
      }),
    ),
  )
  console.log()
  console.log(
    table(
      ['facts', 'search p50 ms', 'search p99 ms', 'mean ms', 'mean hits'],
      results.map((r) => [r.facts, ms(r.p50), ms(r.p99), ms(r.mean), ms(r.meanHits, 0)]),
    ),
  )

  console.log('\nGrowth between sizes (×10 facts each step; linear growth is 10×, exponent 1.0)')
  const growth = results.slice(1).map((r, i) => {
    const prev = results[i]!
    const f = r.facts / prev.facts
    const ratio = (x: SizeResult) => x.pipelineMs + x.indexMs
    const exp = (a: number, b: number) => Math.log(a / b) / Math.log(f)
    return {
      step: `${prev.facts} → ${r.facts}`,
      build: ratio(r) / ratio(prev),
      buildExp: exp(ratio(r), ratio(prev)),
      rss: r.rss / prev.rss,
      json: r.jsonBytes / prev.jsonBytes,
      p50: r.p50 / prev.p50,
      p50Exp: exp(r.p50, prev.p50),
    }
  })
  console.log(
    table(
      ['step', 'build ×', 'build exponent', 'RSS ×', 'index JSON ×', 'search p50 ×', 'search p50 exponent'],
      growth.map((g) => [g.step, ms(g.build, 1), ms(g.buildExp), ms(g.rss, 1), ms(g.json, 1), ms(g.p50, 1), ms(g.p50Exp)]),
    ),
  )

  const big = results.at(-1)!
  const last = growth.at(-1)!
  const checks: Array<[string, boolean]> = [
    [`build at ${big.facts} facts ≤ ${TARGET.buildMs / 1000} s (${ms((big.pipelineMs + big.indexMs) / 1000, 1)} s)`, big.pipelineMs + big.indexMs <= TARGET.buildMs],
    [`RSS at ${big.facts} facts ≤ 1 GB (${mb(big.rss)} MB)`, big.rss <= TARGET.rssBytes],
    [`search p50 at ${big.facts} facts ≤ ${TARGET.p50Ms} ms (${ms(big.p50)} ms)`, big.p50 <= TARGET.p50Ms],
    [`search p99 at ${big.facts} facts ≤ ${TARGET.p99Ms} ms (${ms(big.p99)} ms)`, big.p99 <= TARGET.p99Ms],
    [`build grows no faster than linearly, 10k → 100k (exponent ${ms(last.buildExp)} ≤ ${TARGET.growthExponent})`, last.buildExp <= TARGET.growthExponent],
  ]
  console.log('\nTargets (at the largest size)')
  console.log(table(['check', 'result'], checks.map(([name, ok]) => [name, verdict(ok)])))
  console.log(`\nOne core does the work here (${availableParallelism()} available): the build and search are single-threaded.`)
}

const sizeArg = process.argv.indexOf('--size')
if (sizeArg >= 0) console.log(JSON.stringify(measure(Number(process.argv[sizeArg + 1]))))
else await main()
