import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'

/** An incoming id we adopt: short and plain, so it is safe to echo in a header and a log line. */
const SANE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Gives every request an id, echoed in `X-Request-Id` and stored as `c.var.requestId`. A caller's
 * (or proxy's) id is kept when it is sane, so one id follows a request across services; anything
 * else is replaced by a random UUID rather than trusted into our logs.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id')
    const id = incoming && SANE_ID.test(incoming) ? incoming : crypto.randomUUID()
    c.set('requestId', id)
    await next()
    // On the finished response, so a response built without the context (a problem) has it too.
    c.res.headers.set('X-Request-Id', id)
  }
}
