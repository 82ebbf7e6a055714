/**
 * The Node entry: loads (or builds) the data, creates the app and serves it. Everything
 * Node-specific lives here and in artifacts.ts; the app itself is runtime-neutral.
 *
 * Environment: PORT (3000), HOST, PUBLIC_URL, ALLOW_TRAINING_CRAWLERS ('true'), RATE_LIMIT
 * (requests per minute per client; 0, the default, turns it off: behind a CDN without
 * TRUST_PROXY every client would share the CDN's budget), TRUST_PROXY ('true' when a proxy
 * appends the client to X-Forwarded-For), REQUEST_TIMEOUT_MS (5000; 0 = off), RESPONSE_CACHE_ENTRIES
 * (1000 responses kept in memory; 0 = off) and
 * SHUTDOWN_GRACE_MS (10000: how long SIGTERM waits for in-flight requests).
 */
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createHash } from 'node:crypto'
import type { Server } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants } from 'node:zlib'
import sonicBoom from 'sonic-boom'
import { loadOrBuild } from './artifacts.js'
import { CorpusError } from '../../core/corpus/corpus-error.js'
import { createApp } from '../../core/http/app.js'
import { configFromEnv } from '../../core/http/config-from-env.js'
import { readDocsAssets } from './docs-assets.js'

const env = process.env
const port = Number(env.PORT ?? 3000)
const graceMs = Number(env.SHUTDOWN_GRACE_MS ?? 10_000)
/**
 * Brotli from node:zlib (Node's CompressionStream has no 'br'). Quality 5 of 11: a little smaller
 * than gzip at a small multiple of its cost; the top qualities take tens of milliseconds per response.
 */
const brotliAsync = promisify(brotliCompress)
const brotli = async (body: Uint8Array<ArrayBuffer>) =>
  new Uint8Array(await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }))
/**
 * The access log goes through sonic-boom, pino's asynchronous destination (`pino.destination()`
 * is one), without the rest of pino, whose loading cost the cold start: written to stdout in
 * batches, where console.log makes one blocking write per request (on a pipe, Node's stdout is
 * synchronous). Lines are gathered here into batches of some 12 KB (some sixty lines; sonic-boom
 * writes at most 16 KB at once), each handed to sonic-boom in one call: each write is a system
 * call, which cost a tenth of the health check's time at 4 KB, and sonic-boom measures the byte
 * length of its whole pending buffer on every call, which cost the health check as much again
 * when it was given line by line. Flushed every second too, so a quiet server's lines are not
 * held back. Start and stop lines are flushed at once.
 */
const accessLog = new sonicBoom.SonicBoom({ fd: 1, sync: false })
const BATCH_CHARS = 12 * 1024
let batch = ''
const flushBatch = () => {
  if (batch === '') return
  accessLog.write(batch)
  batch = ''
}
setInterval(flushBatch, 1000).unref()
const writeLine = (line: string) => {
  batch += `${line}\n`
  if (batch.length >= BATCH_CHARS) flushBatch()
}
/** Start and stop lines are written at once: whoever watches the process waits for them. */
function log(level: string, msg: string, extra: object = {}): void {
  writeLine(JSON.stringify({ time: new Date().toISOString(), level, msg, ...extra }))
  flushBatch()
  accessLog.flushSync()
}

// Not top-level await: the production bundle (bundle.ts) is CommonJS, which has none.
main().catch((err: unknown) => {
  if (!(err instanceof CorpusError)) throw err
  console.error(err.message)
  process.exit(1)
})

async function main(): Promise<void> {
  const { data, rebuilt, refused } = await loadOrBuild()
  if (refused) log('warn', 'esg-facts rebuilt the data: the built files could not be used', { reason: refused })
  const app = createApp(data, {
    ...configFromEnv(env, `http://localhost:${port}`),
    clientKey: (c) => getConnInfo(c).remote.address,
    compressors: { br: brotli },
    sha1Hex: (body) => createHash('sha1').update(body).digest('hex'),
    log: writeLine,
    docsAssets: readDocsAssets,
  })
  const server = serve({ fetch: app.fetch, port, hostname: env.HOST }, (info) => {
    log('info', `esg-facts listening on http://localhost:${info.port}`, { facts: data.corpus.facts.length, data: rebuilt ? 'built from corpus' : 'loaded from dist' })
  }) as Server
  // A client that trickles its request in holds a socket; Node answers 408 past these (its defaults are 60 s and 300 s).
  server.headersTimeout = 10_000
  server.requestTimeout = 10_000
  // Requests Node rejects before the app sees them (a head over 16 KB, malformed HTTP) get problem+json too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy()
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
    const title = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status]
    const body = JSON.stringify({ type: 'about:blank', title, status, detail: `The request could not be read as HTTP: ${title.toLowerCase()}.` })
    socket.end(`HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
  })
  process.once('SIGTERM', () => shutdown(server))
  process.once('SIGINT', () => shutdown(server))
}

/**
 * Graceful stop: refuse new connections, let requests in flight finish, then exit 0. Keep-alive
 * connections are closed as soon as they fall idle (close() only closes those idle at the time);
 * whatever is still busy after SHUTDOWN_GRACE_MS is cut off and the exit code is 1.
 */
function shutdown(server: Server): void {
  log('info', 'esg-facts shutting down: draining requests in flight', { graceMs })
  const idle = setInterval(() => server.closeIdleConnections(), 100)
  const deadline = setTimeout(() => {
    log('error', 'esg-facts shutdown deadline passed: closing busy connections')
    server.closeAllConnections()
    process.exit(1)
  }, graceMs)
  server.close(() => {
    clearInterval(idle)
    clearTimeout(deadline)
    log('info', 'esg-facts stopped')
    process.exit(0)
  })
}
