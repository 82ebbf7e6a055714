import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Pages are server-rendered with inline CSS and no scripts: JSON-LD blocks are data, never executed,
 * so `script-src 'none'` does not affect them. Forms submit to our own search page.
 */
const PAGE_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  scriptSrc: ["'none'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

/**
 * Swagger UI runs scripts, all from our own origin (its bundle and the file that boots it), and
 * fetches /openapi.json. Its inline styles are set through the CSSOM, which style-src does not govern.
 */
const DOCS_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

// The corpus is public and meant to be reused: other sites may embed or fetch it.
const common = { crossOriginResourcePolicy: 'cross-origin', xFrameOptions: 'DENY' } as const

/**
 * hono/secure-headers with a strict CSP for everything except `docsPath` and the files under it,
 * which may run our own copy of Swagger UI. The difference is confined to those paths, which have
 * no corpus content in them.
 */
export function secureHeadersFor(docsPath: string): MiddlewareHandler {
  const pages = secureHeaders({ ...common, contentSecurityPolicy: PAGE_CSP })
  const docs = secureHeaders({ ...common, contentSecurityPolicy: DOCS_CSP })
  return (c, next) => (c.req.path === docsPath || c.req.path.startsWith(`${docsPath}/`) ? docs : pages)(c, next)
}
