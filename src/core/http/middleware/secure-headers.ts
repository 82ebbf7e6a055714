import type { MiddlewareHandler } from 'hono'

/**
 * Pages are server-rendered with inline CSS and no scripts: JSON-LD blocks are data, never executed,
 * so `script-src 'none'` does not affect them. Forms submit to our own search page.
 */
const PAGE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/** Swagger UI loads its bundle and stylesheet from jsDelivr and boots with one inline script. */
const DOCS_CDN = 'https://cdn.jsdelivr.net'
const DOCS_CSP = `default-src 'none'; script-src ${DOCS_CDN} 'unsafe-inline'; style-src ${DOCS_CDN} 'unsafe-inline'; img-src 'self' data: ${DOCS_CDN}; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'`

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
 * Security headers with a strict CSP for everything except `docsPath`, which gets the relaxed
 * policy Swagger UI needs; the relaxation is confined to that one page, which has no corpus
 * content in it. The headers are fixed, so they are written once per process (hono's
 * secureHeaders rebuilds them on every request) and set on the finished response, so that a
 * problem built without the context carries them too.
 */
export function secureHeadersFor(docsPath: string): MiddlewareHandler {
  const pages = [...COMMON, ['Content-Security-Policy', PAGE_CSP] as const]
  const docs = [...COMMON, ['Content-Security-Policy', DOCS_CSP] as const]
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    for (const [name, value] of c.req.path === docsPath ? docs : pages) headers.set(name, value)
  }
}
