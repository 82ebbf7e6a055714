import type { AppData } from '../../../pipeline.js'
import type { AccessLogger } from '../../middleware/access-log.js'
import { cachePolicy } from '../../middleware/cache-control.js'
import { requestIdFor } from '../../middleware/request-id.js'
import { pathStart } from '../../raw-url.js'
import { healthBody } from './health.handlers.js'
import { HEALTH_PATH } from './health.routes.js'

/**
 * The health check as a monitor or load balancer asks for it, a plain `GET /healthz`, answered
 * before the app routes it, with what the route (health.index.ts) and the middleware in front of
 * it would send: the same body, headers (`fixed`, the request id, `no-store`) and access-log line.
 * A route with middleware costs a chain of promises per request, and @hono/node-server then waits
 * for the response and watches the connection close; an answer returned as it is made skips all
 * of that, which was two thirds of the health check's server time. Anything else (HEAD, a query,
 * another method) is undefined here and takes the route, as does every request when a rate limit
 * is on: each must be counted.
 */
export function healthLane(data: AppData, fixed: Readonly<Record<string, string>>, logRequest: AccessLogger): (request: Request) => Response | undefined {
  const body = healthBody(data)
  // Made once, in the order the route's response has them.
  const head = { 'content-type': 'application/json', ...fixed }
  const cacheControl = cachePolicy(HEALTH_PATH)
  return (request) => {
    if (request.method !== 'GET') return undefined
    const { url } = request
    if (!url.endsWith(HEALTH_PATH) || pathStart(url) !== url.length - HEALTH_PATH.length) return undefined
    const started = performance.now()
    const id = requestIdFor(request.headers.get('x-request-id'))
    const res = new Response(body, { status: 200, headers: { ...head, 'x-request-id': id, 'cache-control': cacheControl } })
    logRequest(id, 'GET', url, 200, started)
    return res
  }
}
