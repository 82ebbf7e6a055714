import type { MiddlewareHandler } from 'hono'
import { replaceResponse } from './replace-response.js'

/** The headers a 304 keeps from the 200 it stands for (RFC 9110 §15.4.5); the outer middleware adds its own. */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']

/**
 * Strong ETags on successful GET and HEAD responses: the SHA-1 of the bytes sent (mounted outside
 * compression, so gzip and identity get different tags), and an empty 304 for a matching
 * `If-None-Match` (compared weakly, as RFC 9110 asks for that header). hono's own etag clones the
 * response and reads the copy as a stream; here the body is read once and sent from that buffer.
 */
export function strongEtag(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200 || c.res.headers.has('etag')) return
    const body = new Uint8Array(await c.res.arrayBuffer())
    const tag = `"${hex(await crypto.subtle.digest('SHA-1', body))}"`
    const headers = new Headers(c.res.headers)
    headers.set('ETag', tag)
    if (notModified(c.req.header('if-none-match'), tag)) {
      for (const name of [...headers.keys()]) if (!KEPT_ON_304.includes(name)) headers.delete(name)
      replaceResponse(c, new Response(null, { status: 304, headers }))
    } else {
      replaceResponse(c, new Response(body, { status: 200, headers }))
    }
  }
}

/** Whether an `If-None-Match` value matches `tag`: `*`, or one of its tags, weak (W/) or not. */
export function notModified(ifNoneMatch: string | undefined, tag: string | null): boolean {
  if (ifNoneMatch === undefined || tag === null) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.match(/"[^"]*"/g)?.includes(tag) === true
}

const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
