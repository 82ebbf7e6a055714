import type { MiddlewareHandler } from 'hono'

/** Entries kept: the hot questions and pages of a busy hour fit, and the memory stays a few tens of megabytes. */
export const DEFAULT_CACHE_ENTRIES = 1000
/** Larger responses are not kept: they are rare (a page of 100 facts) and would crowd out the rest. */
const MAX_BODY_BYTES = 256 * 1024

interface Entry {
  status: number
  headers: [string, string][]
  body: ArrayBuffer
}

/**
 * An in-memory LRU of finished GET responses for routes whose answer depends only on the URL and
 * the request's Accept and Accept-Encoding headers (all but the health check). The app's data
 * never changes while it runs, so an entry stays right for the app's life; a repeated question or
 * page then costs a map lookup instead of a search or a render, a serialisation and a digest. Mount it
 * inside the middleware that varies per request (request id, CORS, rate limit) and outside the
 * ones that work on the body (ETag, compression), whose output it stores.
 */
export function responseCache(paths: RegExp, entries = DEFAULT_CACHE_ENTRIES): MiddlewareHandler {
  const cache = new Map<string, Entry>()
  return async (c, next) => {
    if (c.req.method !== 'GET' || !paths.test(c.req.path)) return next()
    const key = `${c.req.url}\n${c.req.header('accept') ?? ''}\n${c.req.header('accept-encoding') ?? ''}`
    const hit = cache.get(key)
    if (hit) {
      // Re-insert to mark it most recently used.
      cache.delete(key)
      cache.set(key, hit)
      const headers = new Headers(hit.headers)
      const id = c.get('requestId') as string | undefined
      if (id) headers.set('X-Request-Id', id)
      // The ETag middleware stands behind us, so a matching validator is answered here.
      const validator = c.req.header('if-none-match')
      const notModified = validator !== undefined && validator.split(/\s*,\s*/).includes(headers.get('etag') ?? '')
      if (notModified) headers.delete('content-length')
      c.res = new Response(notModified ? null : hit.body, { status: notModified ? 304 : hit.status, headers })
      return
    }
    await next()
    if (c.res.status !== 200) return
    const body = await c.res.clone().arrayBuffer()
    if (body.byteLength > MAX_BODY_BYTES) return
    // The request id belongs to one request; everything else is the same for the next asker.
    const headers = [...c.res.headers].filter(([name]) => name !== 'x-request-id')
    cache.set(key, { status: c.res.status, headers, body })
    if (cache.size > entries) cache.delete(cache.keys().next().value!)
  }
}
