/**
 * `npm run bench:search`: in-process micro-benchmark of one five-word fuzzy query (every word
 * misspelt or long enough for typo tolerance) over the bundled corpus, as `/v1/search` runs it.
 */
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { machine, mean, percentile, table, verdict } from './bench-kit.js'
import { searchText } from '../src/core/query/rank.js'

const QUERY = 'renewabel electricty emisions reduktion suppliers'
const WARMUP = 2_000
const ITERATIONS = 20_000
/** "Well under 1 ms": the 99th percentile within half of it. */
const LIMIT_US = 500

const data = await buildFromCorpus('corpus/sources')
const { index } = data
for (let i = 0; i < WARMUP; i++) searchText(index, QUERY)

const total: number[] = []
for (let i = 0; i < ITERATIONS; i++) {
  const a = performance.now()
  searchText(index, QUERY, {}, 20)
  total.push((performance.now() - a) * 1000)
}

const hits = searchText(index, QUERY).total
console.log(`esg-facts search micro-benchmark — ${machine()}`)
console.log(`corpus: ${data.corpus.facts.length} facts from ${data.corpus.sources.length} sources (corpus/sources)`)
console.log(`query: "${QUERY}" (5 words, fuzzy + prefix) → ${hits} hits; ${WARMUP} warm-up then ${ITERATIONS} timed iterations\n`)
const row = (name: string, xs: number[]) => [name, mean(xs).toFixed(1), percentile(xs, 50).toFixed(1), percentile(xs, 99).toFixed(1), Math.max(...xs).toFixed(1)]
console.log(table(['', 'mean µs', 'p50 µs', 'p99 µs', 'max µs'], [row('FactIndex.search (as /v1/search)', total)]))
const p99 = percentile(total, 99)
console.log(`\nwell under 1 ms (p99 ≤ ${LIMIT_US} µs): ${p99.toFixed(1)} µs  ${verdict(p99 <= LIMIT_US)}`)
