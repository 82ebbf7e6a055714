import type { MiddlewareHandler } from 'hono'

/**
 * Pages are server-rendered with inline CSS and no scripts: JSON-LD blocks are data, never executed,
 * so `script-src 'none'` does not affect them. Forms submit to our own search page.
 */
const PAGE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/**
 * Swagger UI runs scripts, all from our own origin (its bundle and the file that boots it), and
 * fetches /openapi.json. Its inline styles are set through the CSSOM, which style-src does not govern.
 */
const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"

/**
 * hono/secure-headers' defaults, except that the corpus is public and meant to be reused (other
 * sites may embed or fetch it: cross-origin resource policy) and that we are never framed.
 */
const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
]

/**
 * Security headers with a strict CSP for everything except `docsPath` and the files under it,
 * which may run our own copy of Swagger UI; the difference is confined to those paths, which have
 * no corpus content in them. The headers are fixed, so they are written once per process (hono's
 * secureHeaders rebuilds them on every request) and set on the finished response, so that a
 * problem built without the context carries them too.
 */
export function secureHeadersFor(docsPath: string): MiddlewareHandler {
  const pages = [...COMMON, ['Content-Security-Policy', PAGE_CSP] as const]
  const docs = [...COMMON, ['Content-Security-Policy', DOCS_CSP] as const]
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    const { path } = c.req
    for (const [name, value] of path === docsPath || path.startsWith(`${docsPath}/`) ? docs : pages) headers.set(name, value)
  }
}
