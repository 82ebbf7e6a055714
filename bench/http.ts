/**
 * `npm run bench`: throughput and latency of the real server under autocannon, and its cold start
 * against a bare Hono hello-world. The load generator runs in its own process (the autocannon CLI),
 * so the server's event loop is measured, not the generator's; both share this machine's cores.
 *
 * Steps: build a temporary dist folder as `npm run build` does (data, server bundle, code cache)
 * and the hello-world's bundle beside it, measure cold starts, start the server as `npm start` does
 * (`node <dist>/start.cjs`) on a free loopback port, warm every route up, then run the routes in
 * alternating rounds so that drift (thermal, other load) hits every route alike. The load runs
 * twice: with the response cache (the default, which serves a repeated URL from memory) and without
 * it, so the work behind each route is measured too. Each load has the bare Hono app running beside
 * ours (the ceiling of /healthz), and search and answer asked a different question on every request
 * (bench/distinct-cannon.ts), so that they miss the response cache as questions never asked before do.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleServer } from '../src/adapter/node/bundle.js'
import { distinctQuestions } from './questions.js'
import { buildDist, cv, freePort, launchBundle, machine, mean, median, ROOT, runChild, stop, table, verdict, waitFor200 } from './bench-kit.js'

const CONNECTIONS = 50
const WARMUP_SECONDS = 2
/** BENCH_ROUNDS, BENCH_ROUND_SECONDS and BENCH_COLD_RUNS shorten a run while working; the defaults are what figures are reported from. */
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15)
const AUTOCANNON = join(ROOT, 'node_modules/autocannon/autocannon.js')
const COLD_QUERY = '/v1/search?q=renewable%20energy'

const DISTINCT_CANNON = join(ROOT, 'bench/distinct-cannon.ts')

/**
 * Targets from the issues "Production-grade: speed, scale and hostile input, measured" (repeated
 * URLs, cold start) and "One portable core…" (the bare-Hono ceiling, questions never asked before).
 */
const TARGET = { dynamicRatio: 0.6, staticRatio: 0.9, p99Ms: 25, coldRatio: 2, healthzCeilingRatio: 0.5, distinctSearchRatio: 0.5, distinctAnswerRatio: 0.6 }

interface Route {
  name: string
  /** The URL's path, or for a distinct-question load the route whose `q` changes on every request. */
  path: string
  /** Minimum req/s as a share of /healthz; undefined for the floor itself. */
  minRatio?: number
  /** Every request asks another question (bench/questions.ts), so none is a response-cache hit. */
  distinct?: boolean
  /** The bare Hono app, the ceiling our /healthz is measured against. */
  ceiling?: boolean
}

interface Sample {
  rps: number
  p50: number
  p99: number
  /** Non-2xx responses plus connection errors and timeouts. */
  bad: number
}

/** A load of `seconds` on one URL, or with `organisations` on a route asked a different question each time. */
async function cannon(url: string, seconds: number, organisations?: readonly string[]): Promise<Sample> {
  const args = organisations
    ? ['--import', 'tsx', DISTINCT_CANNON, new URL(url).origin, new URL(url).pathname, String(CONNECTIONS), String(seconds), ...organisations]
    : [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(seconds), '-j', url]
  const r = JSON.parse(await runChild(args)) as {
    duration: number
    non2xx: number
    errors: number
    timeouts: number
    requests: { total: number }
    latency: { p50: number; p99: number }
  }
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts }
}

/** Spawn-to-first-200 on `path`, in ms, for one launch of the bundled server in `dist`. */
async function coldStart(dist: string, env: Record<string, string>, path: string): Promise<{ ms: number; output: string }> {
  const port = await freePort()
  const t0 = performance.now()
  const server = launchBundle(dist, { ...env, PORT: String(port), HOST: '127.0.0.1' })
  try {
    const t1 = await waitFor200(`http://127.0.0.1:${port}${path}`, server.child)
    return { ms: t1 - t0, output: server.output() }
  } finally {
    await stop(server.child)
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits)

async function main(): Promise<void> {
  console.log(`esg-facts HTTP benchmark — ${machine()}`)
  console.log(
    `NOTE: the server and the load generator (autocannon, a separate process) share these ${availableParallelism()} cores, ` +
      'so absolute req/s understate a dedicated server; the ratios to /healthz are the comparable figures.\n',
  )

  const folder = await mkdtemp(join(tmpdir(), 'esg-facts-bench-'))
  try {
    const t0 = performance.now()
    const dist = join(folder, 'esg-facts')
    const hello = join(folder, 'hello-world')
    const data = await buildDist(dist)
    await bundleServer('bench/hello-server.ts', hello)
    console.log(`dist: ${data.corpus.facts.length} facts from ${data.corpus.sources.length} sources and the server bundle, built into ${dist} in ${fmt(performance.now() - t0)} ms\n`)
    const env = { DIST_DIR: dist }

    await coldStarts(env, [
      { name: 'esg-facts (src/adapter/node/server.ts)', dist },
      { name: 'Hono hello-world (bench/hello-server.ts)', dist: hello },
    ])
    // Each route repeats one URL, so with the response cache (the default) every request after the
    // first is a cache hit; the second pass measures the work itself.
    await load(dist, hello, env, 'with the response cache (default: each route but the distinct-question ones repeats one URL, so after the first request it is served from memory)')
    await load(dist, hello, { ...env, RESPONSE_CACHE_ENTRIES: '0' }, 'without the response cache (RESPONSE_CACHE_ENTRIES=0: every request is searched or rendered, serialised and hashed)')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Both apps bundled and started alike (bundle.ts, run-bundle.ts), so the ratio compares the apps, not how they are launched. */
async function coldStarts(env: Record<string, string>, apps: Array<{ name: string; dist: string }>): Promise<void> {
  // One unmeasured launch each; the hello-world's stop writes its code cache (ours comes with its dist/).
  for (const app of apps) await coldStart(app.dist, env, COLD_QUERY)
  const times = apps.map(() => [] as number[])
  let rebuilt = 0
  let uncached = 0
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const [k, app] of apps.entries()) {
      const run = await coldStart(app.dist, env, COLD_QUERY)
      times[k]!.push(run.ms)
      if (run.output.includes('built from corpus')) rebuilt++
      if (!run.output.includes('"codeCache":"used"')) uncached++
    }
  }
  console.log(
    `Cold start: process spawn → first 200 on GET ${COLD_QUERY}; both bundled and launched as \`node <dist>/start.cjs\` (npm start), ` +
      `${COLD_RUNS} runs each (alternating) after one warm-up launch`,
  )
  console.log(
    table(
      ['app', 'median ms', 'min ms', 'max ms', 'runs (ms)'],
      apps.map((a, k) => [a.name, fmt(median(times[k]!)), fmt(Math.min(...times[k]!)), fmt(Math.max(...times[k]!)), times[k]!.map((t) => fmt(t)).join(' ')]),
    ),
  )
  const ratio = median(times[0]!) / median(times[1]!)
  console.log(`ratio esg-facts / hello-world (medians): ${fmt(ratio, 2)}×  target ≤ ${TARGET.coldRatio}×  ${verdict(ratio <= TARGET.coldRatio)}`)
  if (uncached > 0) console.log(`WARNING: ${uncached} measured start(s) compiled without their code cache`)
  if (rebuilt > 0) console.log(`WARNING: ${rebuilt} esg-facts start(s) rebuilt from the corpus instead of loading dist (sources changed during the run?)`)
  console.log()
}

/**
 * The routes under load in alternating rounds, with the bare Hono app of the cold start (the same
 * node-server from our node_modules, bundled and launched as ours is) running beside ours as the
 * ceiling of /healthz.
 */
async function load(dist: string, hello: string, env: Record<string, string>, title: string): Promise<void> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = launchBundle(dist, { ...env, PORT: String(port), HOST: '127.0.0.1' })
  const helloPort = await freePort()
  const helloBase = `http://127.0.0.1:${helloPort}`
  const bare = launchBundle(hello, { PORT: String(helloPort), HOST: '127.0.0.1' })
  try {
    await waitFor200(`${base}/healthz`, server.child)
    await waitFor200(`${helloBase}/healthz`, bare.child)
    const listed = (await (await fetch(`${base}/v1/facts?limit=1`)).json()) as { facts: Array<{ id: string }> }
    const factId = listed.facts[0]?.id ?? 'none'
    // The distinct questions sometimes name the corpus's organisations, as users do.
    const { sources } = (await (await fetch(`${base}/v1/sources`)).json()) as { sources: Array<{ about: { organization: { name: string } } }> }
    const organisations = [...new Set(sources.map((s) => s.about.organization.name))]
    const routes: Route[] = [
      { name: 'healthz (floor)', path: '/healthz' },
      { name: 'bare Hono /healthz (ceiling)', path: '/healthz', ceiling: true },
      { name: 'search, 1 term', path: '/v1/search?q=emissions', minRatio: TARGET.dynamicRatio },
      { name: 'search, 3 terms', path: '/v1/search?q=renewable%20energy%20target', minRatio: TARGET.dynamicRatio },
      { name: 'search, typo', path: '/v1/search?q=renewabel%20enrgy', minRatio: TARGET.dynamicRatio },
      { name: 'answer', path: '/v1/answer?q=how%20much%20was%20invested%20in%20research%20and%20development', minRatio: TARGET.dynamicRatio },
      { name: 'llms.txt', path: '/llms.txt', minRatio: TARGET.staticRatio },
      { name: 'fact page (HTML)', path: `/facts/${factId}`, minRatio: TARGET.staticRatio },
      { name: 'search, distinct questions', path: '/v1/search', distinct: true, minRatio: TARGET.distinctSearchRatio },
      { name: 'answer, distinct questions', path: '/v1/answer', distinct: true, minRatio: TARGET.distinctAnswerRatio },
    ]
    const urlOf = (r: Route) => (r.ceiling ? helloBase : base) + (r.distinct ? `${r.path}?q=${encodeURIComponent('how much energy was renewable in 2024')}` : r.path)
    const run = (r: Route, seconds: number) => cannon(urlOf(r), seconds, r.distinct ? organisations : undefined)

    console.log(`Load ${title}`)
    console.log(`${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up per route, then ${ROUNDS} rounds × ${ROUND_SECONDS} s per route, routes alternating within each round`)
    for (const r of routes) {
      const res = await fetch(urlOf(r))
      const body = await res.text()
      console.log(`  ${r.ceiling ? 'bare Hono ' : ''}${r.distinct ? `${r.path}?q=<${distinctQuestions(organisations).length} distinct questions, en and it>` : r.path} → ${res.status} ${res.headers.get('content-type') ?? ''} (${body.length} chars)`)
    }
    for (const r of routes) await run(r, WARMUP_SECONDS)
    const samples = routes.map(() => [] as Sample[])
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, r] of routes.entries()) samples[k]!.push(await run(r, ROUND_SECONDS))
    }

    const floor = mean(samples[0]!.map((s) => s.rps))
    const ceiling = mean(samples[1]!.map((s) => s.rps))
    const rows = routes.map((r, k) => {
      const s = samples[k]!
      const rps = s.map((x) => x.rps)
      return {
        route: r,
        rps: mean(rps),
        ratio: mean(rps) / floor,
        p50: median(s.map((x) => x.p50)),
        p99: Math.max(...s.map((x) => x.p99)),
        bad: s.reduce((n, x) => n + x.bad, 0),
        spread: `${fmt(Math.min(...rps))}–${fmt(Math.max(...rps))}`,
        cv: cv(rps),
      }
    })
    console.log('\nreq/s is the mean over rounds; p50 the median of the rounds\' p50; p99 the worst round\'s p99 (autocannon resolves latency to 1 ms)')
    console.log(
      table(
        ['route', 'req/s', '× healthz', 'p50 ms', 'p99 ms', 'non-2xx', 'req/s min–max', 'CV %'],
        rows.map((x) => [x.route.name, fmt(x.rps), fmt(x.ratio, 2), x.p50, x.p99, x.bad, x.spread, fmt(x.cv * 100, 1)]),
      ),
    )

    console.log('\nTargets')
    const checks: Array<[string, boolean]> = []
    const healthz = floor / ceiling
    checks.push([`healthz: req/s ≥ ${TARGET.healthzCeilingRatio}× the bare Hono app's (${fmt(healthz, 2)}×)`, healthz >= TARGET.healthzCeilingRatio])
    for (const x of rows) {
      if (x.route.ceiling) continue
      if (x.route.minRatio !== undefined) checks.push([`${x.route.name}: req/s ≥ ${x.route.minRatio}× healthz (${fmt(x.ratio, 2)}×)`, x.ratio >= x.route.minRatio])
      checks.push([`${x.route.name}: p99 ≤ ${TARGET.p99Ms} ms (${x.p99} ms)`, x.p99 <= TARGET.p99Ms])
      checks.push([`${x.route.name}: zero non-2xx (${x.bad})`, x.bad === 0])
    }
    console.log(table(['check', 'result'], checks.map(([name, ok]) => [name, verdict(ok)])))
    const failed = checks.filter(([, ok]) => !ok).length
    console.log(`\n${checks.length - failed}/${checks.length} load checks pass\n`)
  } finally {
    await stop(server.child)
    await stop(bare.child)
  }
}

await main()
