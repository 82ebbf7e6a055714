/**
 * `npm run bench:scale`: the real pipeline (buildCorpus + FactIndex.build) on synthetic corpora of
 * 1k, 10k and 100k facts. For each size one fresh process builds and writes the artifacts (as
 * `npm run build` does), and another loads them and searches (as `npm start` does), so the
 * serving RSS is that of a server, not of the build's heap. The parent prints the tables and
 * checks the targets.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadArtifacts, writeArtifacts } from '../src/adapter/node/artifacts.js'
import { buildCorpus } from '../src/core/facts/build-facts.js'
import { BUNDLED_GLOSSARY } from '../src/core/index/bundled-glossary.js'
import { FactIndex } from '../src/core/index/fact-index.js'
import { machine, mean, percentile, runChild, table, verdict } from './bench-kit.js'
import { syntheticCorpus } from './synthetic-corpus.js'
import { searchText } from '../src/core/query/rank.js'

const SIZES = [1_000, 10_000, 100_000]
/** Targets at 100k facts, from the issue "Production-grade: speed, scale and hostile input, measured". */
const TARGET = { buildMs: 20_000, rssBytes: 1024 ** 3, p50Ms: 5, p99Ms: 25, growthExponent: 1.1 }
const PASSES = 6
/**
 * The Node flags `npm run build` runs with (package.json): a young generation of 32 MB semi-spaces,
 * not 16, because a build keeps every fact it makes and the default young generation copies them over
 * and over (at 100k facts the larger one saved about a sixth of the build's CPU). The build child runs
 * with them, as the build does.
 */
const BUILD_NODE_FLAGS = ['--max-semi-space-size=32']

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

interface Built {
  articles: number
  facts: number
  pipelineMs: number
  indexMs: number
  /** Serialising and writing dist/ (corpus.json, index.json, index.bin), as `npm run build` ends. */
  writeMs: number
  /** Resident set size when the build is done, with the whole index being built in memory. */
  buildRss: number
  indexBytes: number
  indexGzBytes: number
}

interface Served {
  loadMs: number
  /** After loading and every timed search. */
  rss: number
  heapUsed: number
  p50: number
  p99: number
  mean: number
  meanHits: number
}

type SizeResult = Built & Served & { size: number }

/** Runs in a child: build as `npm run build` does and write the artifacts to `dir`. */
async function build(size: number, dir: string): Promise<Built> {
  const docs = syntheticCorpus(size)
  const t0 = performance.now()
  const corpus = buildCorpus(docs)
  const t1 = performance.now()
  const index = FactIndex.build(corpus.facts, corpus.sources, BUNDLED_GLOSSARY)
  const t2 = performance.now()
  const buildRss = process.memoryUsage().rss
  await writeArtifacts({ corpus, index }, dir)
  const t3 = performance.now()
  // The index is index.json (terms, ids, glossary) and index.bin (the postings' numbers).
  const files = await Promise.all(['index.json', 'index.bin'].map((name) => readFile(join(dir, name))))
  return {
    articles: docs.length,
    facts: corpus.facts.length,
    pipelineMs: t1 - t0,
    indexMs: t2 - t1,
    writeMs: t3 - t2,
    buildRss,
    indexBytes: files.reduce((n, f) => n + f.length, 0),
    indexGzBytes: files.reduce((n, f) => n + gzipSync(f).length, 0),
  }
}

/** Runs in a child: load the artifacts as `npm start` does, then search. */
async function serve(dir: string): Promise<Served> {
  const t0 = performance.now()
  const { index } = await loadArtifacts(dir)
  const loadMs = performance.now() - t0
  // Warm-up pass (JIT, analyser caches), then the timed passes.
  for (const q of QUERIES) searchText(index, q)
  const times: number[] = []
  let hits = 0
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of QUERIES) {
      const a = performance.now()
      // As /v1/search serves it: every match counted, the first page (20) ranked.
      hits += searchText(index, q, {}, 20).total
      times.push(performance.now() - a)
    }
  }
  const { rss, heapUsed } = process.memoryUsage()
  return { loadMs, rss, heapUsed, p50: percentile(times, 50), p99: percentile(times, 99), mean: mean(times), meanHits: hits / times.length }
}

/** What `npm run build` does for a corpus already read: facts, index, and the files written. */
const buildMs = (r: Built) => r.pipelineMs + r.indexMs + r.writeMs
const mb = (b: number) => (b / 1024 ** 2).toFixed(1)
const ms = (n: number, d = 2) => n.toFixed(d)

async function main(): Promise<void> {
  console.log(`esg-facts scale benchmark — ${machine()}`)
  console.log(`Synthetic en/it corpora (seeded), real pipeline: buildCorpus + FactIndex.build + writeArtifacts (build ms is the three); per size one fresh process builds and writes the artifacts, another loads them and searches.`)
  console.log(`Search: ${QUERIES.length} queries (1–5 words, en/it, ${MISSPELT.length} misspelt or unaccented) × ${PASSES} passes = ${QUERIES.length * PASSES} timed FactIndex.search calls after a warm-up pass.\n`)
  const results: SizeResult[] = []
  const lastLine = (out: string) => JSON.parse(out.trim().split('\n').pop()!) as unknown
  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'esg-facts-scale-'))
    try {
      const built = lastLine(await runChild([...BUILD_NODE_FLAGS, '--import', 'tsx', 'bench/scale.ts', '--build', String(size), dir])) as Built
      const served = lastLine(await runChild(['--import', 'tsx', 'bench/scale.ts', '--serve', dir])) as Served
      results.push({ size, ...built, ...served })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  console.log(
    table(
      ['facts', 'articles', 'pipeline ms', 'index ms', 'write ms', 'build ms', 'µs/fact', 'build RSS MB', 'index on disk MB', 'gz MB'],
      results.map((r) => {
        const build = buildMs(r)
        return [r.facts, r.articles, ms(r.pipelineMs, 0), ms(r.indexMs, 0), ms(r.writeMs, 0), ms(build, 0), ms((build / r.facts) * 1000, 1), mb(r.buildRss), mb(r.indexBytes), mb(r.indexGzBytes)]
      }),
    ),
  )
  console.log()
  console.log(
    table(
      ['facts', 'load ms', 'serving RSS MB', 'heap MB', 'search p50 ms', 'search p99 ms', 'mean ms', 'mean hits'],
      results.map((r) => [r.facts, ms(r.loadMs, 0), mb(r.rss), mb(r.heapUsed), ms(r.p50), ms(r.p99), ms(r.mean), ms(r.meanHits, 0)]),
    ),
  )

  console.log('\nGrowth between sizes (×10 facts each step; linear growth is 10×, exponent 1.0)')
  const growth = results.slice(1).map((r, i) => {
    const prev = results[i]!
    const f = r.facts / prev.facts
    const ratio = buildMs
    const exp = (a: number, b: number) => Math.log(a / b) / Math.log(f)
    return {
      step: `${prev.facts} → ${r.facts}`,
      build: ratio(r) / ratio(prev),
      buildExp: exp(ratio(r), ratio(prev)),
      rss: r.rss / prev.rss,
      disk: r.indexBytes / prev.indexBytes,
      p50: r.p50 / prev.p50,
      p50Exp: exp(r.p50, prev.p50),
    }
  })
  console.log(
    table(
      ['step', 'build ×', 'build exponent', 'serving RSS ×', 'index on disk ×', 'search p50 ×', 'search p50 exponent'],
      growth.map((g) => [g.step, ms(g.build, 1), ms(g.buildExp), ms(g.rss, 1), ms(g.disk, 1), ms(g.p50, 1), ms(g.p50Exp)]),
    ),
  )

  const big = results.at(-1)!
  const last = growth.at(-1)!
  const checks: Array<[string, boolean]> = [
    [`build at ${big.facts} facts ≤ ${TARGET.buildMs / 1000} s (${ms(buildMs(big) / 1000, 1)} s)`, buildMs(big) <= TARGET.buildMs],
    [`serving RSS at ${big.facts} facts ≤ 1 GB (${mb(big.rss)} MB; the build's was ${mb(big.buildRss)} MB)`, big.rss <= TARGET.rssBytes],
    [`search p50 at ${big.facts} facts ≤ ${TARGET.p50Ms} ms (${ms(big.p50)} ms)`, big.p50 <= TARGET.p50Ms],
    [`search p99 at ${big.facts} facts ≤ ${TARGET.p99Ms} ms (${ms(big.p99)} ms)`, big.p99 <= TARGET.p99Ms],
    [`build grows no faster than linearly, 10k → 100k (exponent ${ms(last.buildExp)} ≤ ${TARGET.growthExponent})`, last.buildExp <= TARGET.growthExponent],
  ]
  console.log('\nTargets (at the largest size)')
  console.log(table(['check', 'result'], checks.map(([name, ok]) => [name, verdict(ok)])))
  console.log(`\nOne core does the work here (${availableParallelism()} available): the build and search are single-threaded.`)
}

const [mode, arg, dir] = process.argv.slice(2)
if (mode === '--build') console.log(JSON.stringify(await build(Number(arg), dir!)))
else if (mode === '--serve') console.log(JSON.stringify(await serve(arg!)))
else await main()
