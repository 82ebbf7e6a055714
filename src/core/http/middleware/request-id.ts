import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'

/** An incoming id we adopt: short and plain, so it is safe to echo in a header and a log line. */
const SANE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The id of a request that came with `incoming` as its `X-Request-Id`: a caller's (or proxy's) id
 * is kept when it is sane, so one id follows a request across services; anything else is replaced
 * by a random UUID rather than trusted into our logs.
 */
export const requestIdFor = (incoming: string | null | undefined): string => (incoming && SANE_ID.test(incoming) ? incoming : crypto.randomUUID())

/**
 * Gives every request an id ({@link requestIdFor}), stored as `c.get('requestId')` and echoed in
 * `X-Request-Id` (by responseHeaders, with the other headers every response carries).
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('requestId', requestIdFor(c.req.header('x-request-id')))
    await next()
  }
}
