import type { MiddlewareHandler } from 'hono'
import { notModified } from './etag.js'
import { bodyOf, holdsBody, replaceResponse, replaceWithBody } from './replace-response.js'

/** Entries kept: the hot questions and pages of a busy hour fit, and the memory stays a few tens of megabytes. */
export const DEFAULT_CACHE_ENTRIES = 1000
/** Larger responses are not kept: they are rare (a page of 100 facts) and would crowd out the rest. */
const MAX_BODY_BYTES = 256 * 1024

interface Entry {
  status: number
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer>
}

/**
 * An in-memory LRU of finished GET responses for routes whose answer depends only on the URL and
 * the request's Accept and Accept-Encoding headers (all it is mounted for: not the health check). The app's data
 * never changes while it runs, so an entry stays right for the app's life; a repeated question or
 * page then costs a map lookup instead of a search or a render, a serialisation and a digest. Mount it
 * inside the middleware that varies per request (request id, CORS, rate limit) and outside the
 * ones that work on the body (ETag, compression), whose output it stores.
 */
export function responseCache(entries = DEFAULT_CACHE_ENTRIES): MiddlewareHandler {
  const cache = new Map<string, Entry>()
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const key = `${c.req.url}\n${c.req.header('accept') ?? ''}\n${c.req.header('accept-encoding') ?? ''}`
    const hit = cache.get(key)
    if (hit) {
      // Re-insert to mark it most recently used.
      cache.delete(key)
      cache.set(key, hit)
      const headers = new Headers(hit.headers)
      // The ETag middleware stands behind us, so a matching validator is answered here.
      replaceResponse(c, notModified(c.req.header('if-none-match'), headers) ?? new Response(hit.body, { status: hit.status, headers }))
      return
    }
    await next()
    if (c.res.status !== 200) return
    // The bytes the ETag middleware sent on; read (once, and sent from the same buffer) only when it did not run.
    const held = holdsBody(c.res)
    const body = await bodyOf(c.res)
    const headers = [...c.res.headers]
    if (!held) replaceWithBody(c, body, { status: 200, headers })
    if (body.byteLength > MAX_BODY_BYTES) return
    cache.set(key, { status: 200, headers, body })
    if (cache.size > entries) cache.delete(cache.keys().next().value!)
  }
}
