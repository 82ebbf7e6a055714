import type { MiddlewareHandler } from 'hono'
import { problem, problemResponse } from '../problem.js'
import { pathStart } from '../raw-url.js'

/** Every resource is read-only: the methods the whole service answers, as sent in `Allow`. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const
const ALLOW = ALLOWED_METHODS.join(', ')

/**
 * Refuses what no route could serve before routing and validation spend time on it: methods other
 * than GET, HEAD and OPTIONS (405 with `Allow`, as RFC 9110 requires), except POST to `postPaths`
 * (protocol endpoints whose requests are bodies: MCP, NLWeb's /ask), and URLs longer than
 * `maxUrlLength` characters (414). Those endpoints answer other methods themselves.
 */
export function requestLimits(maxUrlLength: number, postPaths: readonly string[] = []): MiddlewareHandler {
  const posts = new Set(postPaths)
  return async (c, next) => {
    if (!(ALLOWED_METHODS as readonly string[]).includes(c.req.method) && !posts.has(c.req.path)) {
      const res = problem(c, 405, `This service is read-only: use ${ALLOW}.`)
      res.headers.set('Allow', ALLOW)
      return res
    }
    // Measured as sent (percent-encoded), which is what proxies and CDNs limit: the request URL
    // from the path on (its origin is ours), without parsing it.
    const { url } = c.req
    const length = url.length - pathStart(url)
    if (length > maxUrlLength) {
      // No `instance`: echoing the over-long path is what we refuse to do.
      return problemResponse(414, `The URL is ${length} characters long; at most ${maxUrlLength} are accepted. Shorten the query.`)
    }
    await next()
  }
}
