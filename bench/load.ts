/**
 * `npm run load`: a soak test of the real server. Starts it as its own process, as `npm start` does
 * (the bundle, from a temporary dist/), fires mixed traffic (API in both languages, pages, Markdown,
 * crawl files; some gzipped) at it with autocannon from this process for LOAD_SECONDS (60) over
 * LOAD_CONNECTIONS (100), and samples the server's RSS from /proc every few seconds. Passes with no
 * errors, timeouts or non-2xx responses and RSS growing less than 10 % after warm-up; exits 1
 * otherwise. Linux only (/proc). No HEAD in the mix: autocannon waits for a HEAD response's body
 * and stalls the connection.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildDist, freePort, launchBundle, machine, stop, table, verdict, waitFor200 } from './bench-kit.js'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100)
const WARMUP_SECONDS = Math.min(10, Math.floor(SECONDS / 4))
const SAMPLE_SECONDS = 5
const MAX_GROWTH = 0.1

/** The slice of autocannon's API used here (it ships no types). */
interface AutocannonResult {
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
  requests: { total: number; average: number }
  latency: { p50: number; p90: number; p99: number; max: number }
  throughput: { average: number }
}
type Autocannon = (opts: {
  url: string
  connections: number
  duration: number
  requests: Array<{ method: 'GET'; path: string; headers?: Record<string, string> }>
}) => Promise<AutocannonResult>

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS is in kB). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  if (!kb) throw new Error(`esg-facts: no VmRSS for process ${pid}`)
  return Number(kb) / 1024
}

async function main(): Promise<void> {
  const autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const dist = await mkdtemp(join(tmpdir(), 'esg-facts-load-'))
  await buildDist(dist)
  const server = launchBundle(dist, { PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT: '0' })
  const pid = server.child.pid!
  try {
    await waitFor200(`${base}/healthz`, server.child)
    const { facts } = (await (await fetch(`${base}/v1/facts?limit=100`)).json()) as { facts: Array<{ id: string; source: { id: string }; topics: string[] }> }
    const fact = facts[Math.floor(facts.length / 2)]!
    const gzip = { 'accept-encoding': 'gzip' }
    const browser = { 'accept-encoding': 'gzip, deflate, br' }
    const requests = [
      { method: 'GET', path: '/v1/search?q=renewable%20energy%20target' },
      { method: 'GET', path: '/v1/search?q=emissioni%20di%20CO2&lang=it', headers: gzip },
      { method: 'GET', path: '/v1/search?q=renewabel%20enrgy&limit=5' },
      { method: 'GET', path: '/v1/answer?q=how%20much%20was%20invested%20in%20research%20and%20development' },
      { method: 'GET', path: '/v1/answer?q=quanta%20energia%20rinnovabile', headers: gzip },
      { method: 'GET', path: '/v1/facts?limit=20&offset=10', headers: browser },
      { method: 'GET', path: `/v1/facts/${fact.id}` },
      { method: 'GET', path: `/v1/sources/${fact.source.id}`, headers: gzip },
      { method: 'GET', path: '/v1/topics' },
      { method: 'GET', path: '/healthz' },
      { method: 'GET', path: '/' },
      { method: 'GET', path: `/facts/${fact.id}`, headers: gzip },
      { method: 'GET', path: `/facts/${fact.id}.md` },
      { method: 'GET', path: `/topics/${fact.topics[0] ?? 'emissions'}` },
      { method: 'GET', path: '/search?q=waste%20recycling' },
      { method: 'GET', path: '/llms.txt', headers: browser },
      { method: 'GET', path: '/llms-full.txt', headers: gzip },
      { method: 'GET', path: '/sitemap.xml' },
      { method: 'GET', path: '/openapi.json', headers: gzip },
    ] as const
    for (const r of requests) {
      const res = await fetch(base + r.path, { method: r.method })
      if (res.status !== 200) throw new Error(`esg-facts: ${r.method} ${r.path} is ${res.status} before the load starts`)
    }

    console.log(`esg-facts soak test — ${machine()}`)
    console.log(`${SECONDS} s, ${CONNECTIONS} connections, ${requests.length} request kinds in rotation, server pid ${pid}, RSS every ${SAMPLE_SECONDS} s\n`)
    const samples: Array<[number, number]> = [[0, rssMb(pid)]]
    const started = performance.now()
    const sampler = setInterval(() => samples.push([Math.round((performance.now() - started) / 1000), rssMb(pid)]), SAMPLE_SECONDS * 1000)
    const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: requests.map((r) => ({ ...r })) })
    clearInterval(sampler)
    samples.push([Math.round((performance.now() - started) / 1000), rssMb(pid)])

    console.log(table(['t (s)', 'RSS (MB)'], samples.map(([t, mb]) => [t, mb.toFixed(1)])))
    const afterWarmup = samples.find(([t]) => t >= WARMUP_SECONDS)![1]
    const last = samples.at(-1)![1]
    const growth = (last - afterWarmup) / afterWarmup
    const bad = result.errors + result.timeouts + result.non2xx
    console.log()
    console.log(`requests: ${result.requests.total} in ${result.duration.toFixed(1)} s (${Math.round(result.requests.average)} req/s), ${(result.throughput.average / 1e6).toFixed(1)} MB/s`)
    console.log(`latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
    console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}  target 0  ${verdict(bad === 0)}`)
    console.log(
      `RSS: ${samples[0]![1].toFixed(1)} MB idle, ${afterWarmup.toFixed(1)} MB after ${WARMUP_SECONDS} s warm-up, ${last.toFixed(1)} MB at the end: ` +
        `growth ${(growth * 100).toFixed(1)} %  target < ${MAX_GROWTH * 100} %  ${verdict(growth < MAX_GROWTH)}`,
    )
    if (bad > 0 || growth >= MAX_GROWTH) process.exitCode = 1
  } finally {
    await stop(server.child)
    await rm(dist, { recursive: true, force: true })
  }
}

await main()
