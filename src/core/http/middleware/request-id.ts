import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'

/** An incoming id we adopt: short and plain, so it is safe to echo in a header and a log line. */
const SANE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Gives every request an id, stored as `c.get('requestId')` and echoed in `X-Request-Id` (by
 * responseHeaders, with the other headers every response carries). A caller's (or proxy's) id is
 * kept when it is sane, so one id follows a request across services; anything else is replaced
 * by a random UUID rather than trusted into our logs.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id')
    c.set('requestId', incoming && SANE_ID.test(incoming) ? incoming : crypto.randomUUID())
    await next()
  }
}
