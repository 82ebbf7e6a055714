import type { MiddlewareHandler } from 'hono'

/**
 * HEAD answers with the headers its GET would send, Content-Length included (RFC 9110 §9.3.2).
 * Hono runs the GET handler for a HEAD and drops the body, and the body's length is otherwise only
 * set by the server as it writes a GET: so it is measured here, where the body still exists.
 */
export function headLength(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (c.req.method !== 'HEAD' || c.res.headers.has('content-length') || !c.res.body) return
    const bytes = await c.res.clone().arrayBuffer()
    c.res.headers.set('content-length', String(bytes.byteLength))
  }
}
