import type { MiddlewareHandler } from 'hono'
import { bodyOf, replaceResponse, replaceWithBody } from './replace-response.js'

/** The headers a 304 keeps from the 200 it stands for (RFC 9110 §15.4.5); the outer middleware adds its own. */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']

/**
 * Strong ETags on successful GET and HEAD responses: the SHA-1 of the bytes sent (mounted outside
 * compression, so each coding gets its own tag), and an empty 304 for a matching
 * `If-None-Match` (compared weakly, as RFC 9110 asks for that header). hono's own etag clones the
 * response and reads the copy as a stream; here the body is read once and sent from that buffer.
 * A HEAD is compressed as its GET, so it gets the GET's tag. `sha1Hex` is the runtime's hash when
 * it has a synchronous one (see AppConfig.sha1Hex).
 */
export function strongEtag(sha1Hex: (body: Uint8Array<ArrayBuffer>) => string | Promise<string> = webSha1Hex): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200 || c.res.headers.has('etag')) return
    const body = await bodyOf(c.res)
    const headers = new Headers(c.res.headers)
    headers.set('ETag', `"${await sha1Hex(body)}"`)
    const unchanged = notModified(c.req.header('if-none-match'), headers)
    if (unchanged) replaceResponse(c, unchanged)
    else replaceWithBody(c, body, { status: 200, headers })
  }
}

/**
 * The empty 304 for a response with these headers when `ifNoneMatch` matches its ETag (`*`, or one
 * of its tags, weak or not), keeping the headers RFC 9110 §15.4.5 asks for; undefined otherwise.
 */
export function notModified(ifNoneMatch: string | undefined, headers: Headers): Response | undefined {
  const tag = headers.get('etag')
  if (ifNoneMatch === undefined || tag === null) return undefined
  if (ifNoneMatch.trim() !== '*' && ifNoneMatch.match(/"[^"]*"/g)?.includes(tag) !== true) return undefined
  const kept = new Headers()
  for (const [name, value] of headers) if (KEPT_ON_304.includes(name)) kept.set(name, value)
  return new Response(null, { status: 304, headers: kept })
}

const webSha1Hex = async (body: Uint8Array<ArrayBuffer>) => hex(await crypto.subtle.digest('SHA-1', body))
const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
