import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe } from 'vitest'
import { buildFromCorpus } from '../../src/adapter/node/artifacts.js'
import { readDocsAssets } from '../../src/adapter/node/docs-assets.js'
import { AnswerResponseSchema } from '../../src/core/http/api-schemas.js'
import { createApp } from '../../src/core/http/app.js'
import type { AppConfig } from '../../src/core/http/app-env.js'
import type { AppData } from '../../src/core/pipeline.js'
import { serveWorker } from './workerd.js'

/** Sends a request to the service under test: a path (with query) and optional init. */
export type Fetch = (path: string, init?: RequestInit) => Promise<Response>

/**
 * Where the tests run. On `workerd` Cloudflare's edge (Miniflare stands in for it) compresses, not
 * the app: content codings and their ETags are the platform's there.
 */
export type Target = 'in-process' | 'loopback' | 'workerd'

export const PUBLIC_URL = 'http://esg-facts.test'
// Access logs off: tests that need them pass a collector.
export const TEST_CONFIG: AppConfig = { publicUrl: PUBLIC_URL, allowTrainingCrawlers: false, log: () => {}, docsAssets: readDocsAssets }

let bundled: Promise<AppData> | undefined
/** The bundled corpus, built once per test file. */
type App = ReturnType<typeof createApp>

/** `/v1/answer` for `q` on an in-process app, parsed by its response schema. */
export const askAnswer = async (app: Pick<App, 'request'>, q: string) =>
  AnswerResponseSchema.parse(await (await app.request(`/v1/answer?q=${encodeURIComponent(q)}`)).json())

export const bundledData = () => (bundled ??= buildFromCorpus('corpus/sources'))

/** An in-process app on the articles of `dir`, built before the tests of the describe block that calls it. */
export function corpusApp(dir: string): Pick<App, 'request'> {
  let app: App | undefined
  beforeAll(async () => {
    app = createApp(await buildFromCorpus(dir), TEST_CONFIG)
  })
  return { request: (...args: Parameters<App['request']>) => app!.request(...args) }
}

/**
 * Runs the same tests against the app in-process (`app.request`), through a real HTTP server on
 * loopback, and as the Worker in workerd (workerd.ts), so what passes in-process also passes over
 * the wire (headers, encoding, status) and on the other runtime.
 */
export function describeTargets(name: string, tests: (fetch: Fetch, target: Target) => void, data: () => Promise<AppData> = bundledData) {
  describe(`${name} (in-process)`, () => {
    let app: ReturnType<typeof createApp>
    beforeAll(async () => {
      app = createApp(await data(), TEST_CONFIG)
    })
    tests((path, init) => Promise.resolve(app.request(path, init)), 'in-process')
  })
  describe(`${name} (loopback server)`, () => {
    let server: LoopbackServer
    beforeAll(async () => {
      server = await serveOnLoopback(createApp(await data(), TEST_CONFIG))
    })
    afterAll(() => server.close())
    tests((path, init) => fetch(server.base + path, init), 'loopback')
  })
  describe(`${name} (workerd)`, () => {
    let server: LoopbackServer
    beforeAll(async () => {
      server = await serveWorker(await data(), { PUBLIC_URL })
    }, 60_000)
    afterAll(() => server.close())
    tests((path, init) => fetchResent(server.base + path, init), 'workerd')
  })
}

/**
 * `fetch`, sent once more if the connection closed before any response came. workerd now and then
 * closes a kept-alive connection just as the next request goes out on it (about 1 in 3,000 requests
 * under load, after a 204 or 405); that request never reached the Worker, and browsers resend it
 * alike. A request that fails twice still fails its test.
 */
export async function fetchResent(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET' || init?.signal?.aborted) throw error
    return fetch(url, init)
  }
}

export interface LoopbackServer {
  base: string
  close: () => Promise<void>
}

/** Serves an app on a free loopback port, as `npm start` would serve it. */
export function serveOnLoopback(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<LoopbackServer> {
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ base: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => server.close(() => done())) }),
    )
  })
}
