import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDist, startProduction, type ProductionServer } from './support/production-server.js'

/**
 * `npm start` runs `node dist/start.cjs`: the bundled server, compiled from a V8 code cache that
 * its first stop writes (see src/adapter/node/run-bundle.ts). These run it as a child process, as deployed.
 */
const SEARCH = '/v1/search?q=renewable%20energy'
const folders: string[] = []
const running: ProductionServer[] = []

afterEach(async () => {
  for (const s of running.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL')
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true })
})

async function freshDist(): Promise<string> {
  const dist = await buildDist()
  folders.push(dist)
  return dist
}

async function start(dist: string): Promise<ProductionServer> {
  const server = await startProduction(dist)
  running.push(server)
  return server
}

async function stop(server: ProductionServer): Promise<void> {
  server.child.kill('SIGTERM')
  expect(await server.exited).toBe(0)
}

const codeCacheState = (server: ProductionServer) => /"codeCache":"(\w+)"/.exec(server.output())?.[1]

describe('the production start', () => {
  it('serves from the bundle, writes its code cache as it stops, and starts from that cache the next time', async () => {
    const dist = await freshDist()
    const first = await start(dist)
    expect(codeCacheState(first)).toBe('absent')
    expect(first.output()).toContain('"data":"loaded from dist"')
    const before = await fetch(first.base + SEARCH)
    expect(before.status).toBe(200)
    const body = await before.text()
    expect(JSON.parse(body).results.length).toBeGreaterThan(0)
    await stop(first)

    const cache = await readFile(join(dist, 'server.cjs.cache'))
    const digest = createHash('sha1').update(await readFile(join(dist, 'server.cjs'))).digest()
    expect(cache.subarray(0, digest.length).equals(digest)).toBe(true)
    expect(cache.length).toBeGreaterThan(100_000)

    const second = await start(dist)
    expect(codeCacheState(second)).toBe('used')
    const after = await fetch(second.base + SEARCH)
    expect(after.status).toBe(200)
    expect(await after.text()).toBe(body)
    // The bundle keeps zod's English messages (its other locales are left out: bundle.ts).
    const bad = await fetch(second.base + '/v1/search?q=energy&limit=abc')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/^limit: .*number/i)
    await stop(second)
  }, 60_000)

  it('does not use a cache made from another bundle, and replaces it as it stops', async () => {
    const dist = await freshDist()
    const cacheFile = join(dist, 'server.cjs.cache')
    await stop(await start(dist))
    const made = await readFile(cacheFile)
    await writeFile(cacheFile, Buffer.concat([Buffer.from([made[0]! ^ 0xff]), made.subarray(1)])) // as if made from other code

    const server = await start(dist)
    expect(codeCacheState(server)).toBe('absent')
    expect((await fetch(server.base + SEARCH)).status).toBe(200)
    await stop(server)
    const sha1Length = 20 // the digest the cache starts with
    expect((await readFile(cacheFile)).subarray(0, sha1Length).equals(made.subarray(0, sha1Length))).toBe(true)
  }, 60_000)

  it('rebuilds the data when the bundle is newer than it', async () => {
    const dist = await freshDist()
    const later = new Date(Date.now() + 60_000)
    await utimes(join(dist, 'server.cjs'), later, later)
    const server = await start(dist)
    expect(server.output()).toContain('"data":"built from corpus"')
    expect((await fetch(server.base + SEARCH)).status).toBe(200)
    await stop(server)
  }, 60_000)
})

describe('npm start on a fresh checkout (the build it runs first, `--if-stale`)', () => {
  const run = promisify(execFile)
  const build = (dist: string) => run(process.execPath, ['--import', 'tsx', 'src/adapter/node/build.ts', '--if-stale'], { env: { ...process.env, DIST_DIR: dist } })

  it('builds data, bundle and code cache when dist/ is empty, and nothing when all is fresh', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'esg-facts-empty-'))
    folders.push(dist)
    const first = await build(dist)
    expect(first.stdout).toMatch(/built data and server bundle: \d+ facts/)
    const cache = await readFile(join(dist, 'server.cjs.cache'))
    expect(cache.length).toBeGreaterThan(100_000)

    const second = await build(dist)
    expect(second.stdout).toMatch(/built nothing \(all fresh\)/)
    const server = await start(dist)
    expect(codeCacheState(server)).toBe('used')
    expect(server.output()).toContain('"data":"loaded from dist"')
    await stop(server)
  }, 60_000)
})
