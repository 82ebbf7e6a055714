import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import { cachePolicy } from './cache-control.js'
import { CORS_HEADERS } from './cors.js'
import { heldBody, replaceResponse, responseWithBody } from './replace-response.js'
import { DOCS_SECURITY_HEADERS, HEALTH_SECURITY_HEADERS, SECURITY_HEADERS } from './secure-headers.js'

/**
 * The headers every response carries, put on the finished response in one step: the security
 * headers and CORS (see fixedHeaders; a preflight's CORS headers are hono's cors's own),
 * `X-Request-Id`, and `Cache-Control` (see cachePolicy) unless the response has its own. Set on the finished response, a problem built without the context
 * carries them too. They are fixed but for the id and the cache policy, so the sets are made once
 * per process. A response whose bytes are held (replace-response.ts) is remade with one plain
 * header record, which @hono/node-server writes as it is: setting some twenty headers one by one
 * on a Web `Headers` (each checked, then sorted as the server reads them) cost a fifth of the
 * health check's time.
 */
export function responseHeaders(docsPath: string, healthPath: string): MiddlewareHandler<AppEnv> {
  const fixedFor = fixedHeaders(docsPath, healthPath)
  return async (c, next) => {
    await next()
    const { path } = c.req
    const preflight = c.req.method === 'OPTIONS'
    const fixed = fixedFor(path, preflight)
    const res = c.res
    const body = heldBody(res)
    if (body === undefined) {
      const { headers } = res
      for (const name in fixed) headers.set(name, fixed[name]!)
      headers.set('x-request-id', c.get('requestId'))
      if (!preflight && !headers.has('cache-control')) headers.set('cache-control', cachePolicy(path, res.status))
      return
    }
    const headers: Record<string, string> = {}
    res.headers.forEach((value, name) => (headers[name] = value))
    Object.assign(headers, fixed)
    headers['x-request-id'] = c.get('requestId')
    if (!preflight) headers['cache-control'] ??= cachePolicy(path, res.status)
    replaceResponse(c, responseWithBody(body, { status: res.status, headers }))
  }
}

/**
 * The fixed headers (security and CORS) of a response to `path`, a preflight's or not: the
 * reference UI's under `docsPath`, and the health check's at `healthPath`, which has no CORS (a
 * liveness probe is no browser's business) and one security header (HEALTH_SECURITY_HEADERS). The
 * records are made once per process.
 */
export function fixedHeaders(docsPath: string, healthPath: string): (path: string, preflight: boolean) => Readonly<Record<string, string>> {
  const sets = {
    pages: { ...SECURITY_HEADERS, ...CORS_HEADERS },
    docs: { ...DOCS_SECURITY_HEADERS, ...CORS_HEADERS },
    pagesPreflight: SECURITY_HEADERS,
    docsPreflight: DOCS_SECURITY_HEADERS,
  }
  return (path, preflight) => {
    if (path === healthPath) return HEALTH_SECURITY_HEADERS
    const docs = path === docsPath || path.startsWith(`${docsPath}/`)
    return docs ? (preflight ? sets.docsPreflight : sets.docs) : preflight ? sets.pagesPreflight : sets.pages
  }
}
