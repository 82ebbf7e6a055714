import type { MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { timeout } from 'hono/timeout'
import { problemResponse } from '../problem.js'

/**
 * hono/timeout answering a slow handler with a 503 problem and `Retry-After: 1`. 503, not 408 (the
 * client was not slow to send) nor 504 (we are not a gateway): the server is briefly too busy,
 * which 503 says, and well-behaved clients retry after the pause. The app's onError turns the
 * HTTPException into that response. JavaScript cannot pre-empt synchronous work, so this bounds
 * handlers that await (I/O, streaming), not one long synchronous search.
 */
export function requestTimeout(ms: number): MiddlewareHandler {
  return timeout(
    ms,
    () =>
      new HTTPException(503, {
        res: problemResponse(503, `The request took longer than ${ms} ms and was abandoned. Retry shortly.`, {}, { 'Retry-After': '1' }),
      }),
  )
}
