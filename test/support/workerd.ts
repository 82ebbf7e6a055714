import { Miniflare } from 'miniflare'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import type { Readable } from 'node:stream'
import { join } from 'node:path'
import { bundleWorker, COLUMNS_FILE, WORKER_FILE } from '../../src/adapter/worker/bundle.js'
import type { AppData } from '../../src/core/pipeline.js'
import type { LoopbackServer } from './targets.js'

/** The compatibility date wrangler.toml deploys with, so the tests run the runtime's behaviour as deployed. */
const COMPATIBILITY_DATE = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(readFileSync('wrangler.toml', 'utf8'))![1]!

/**
 * Builds the Worker for `data` as `npm run build:worker` does and runs it in workerd (Miniflare,
 * offline) on a free loopback port, with `vars` as its environment variables. Miniflare stands in
 * for Cloudflare's edge as well: the Worker sees `Accept-Encoding: br, gzip`, and the response is
 * re-encoded for what the client accepts.
 */
export async function serveWorker(data: AppData, vars: Record<string, string>): Promise<LoopbackServer> {
  const dir = await mkdtemp(join(tmpdir(), 'esg-facts-worker-'))
  await bundleWorker(data, dir)
  const mf = new Miniflare({
    modulesRoot: dir,
    modules: [
      { type: 'ESModule', path: join(dir, WORKER_FILE) },
      { type: 'Data', path: join(dir, COLUMNS_FILE) },
    ],
    compatibilityDate: COMPATIBILITY_DATE,
    bindings: vars,
    host: '127.0.0.1',
    port: 0,
    // The Worker's access log (console.log) would flood the test output; read and dropped, since a
    // full pipe would block workerd.
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      stdout.resume()
      stderr.resume()
    },
  })
  const url = await mf.ready
  return {
    base: url.origin,
    close: async () => {
      await mf.dispose()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
