import type { Context } from 'hono'

/**
 * Makes `res` the response, as it is. Hono's `c.res` setter merges the previous response's
 * headers into a new one by re-wrapping its body as a stream, which @hono/node-server then writes
 * chunk by chunk instead of in one call; the callers here have put every header on `res` already.
 */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined
  c.res = res
}
