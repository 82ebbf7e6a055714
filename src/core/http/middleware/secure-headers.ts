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

/** Swagger UI loads its bundle and stylesheet from jsDelivr and boots with one inline script. */
const DOCS_CDN = 'https://cdn.jsdelivr.net'
const DOCS_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: [DOCS_CDN, "'unsafe-inline'"],
  styleSrc: [DOCS_CDN, "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', DOCS_CDN],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

// The corpus is public and meant to be reused: other sites may embed or fetch it.
const common = { crossOriginResourcePolicy: 'cross-origin', xFrameOptions: 'DENY' } as const

/**
 * hono/secure-headers with a strict CSP for everything except `docsPath`, which gets the relaxed
 * policy Swagger UI needs. The relaxation is confined to that one page, which has no corpus
 * content in it.
 */
export function secureHeadersFor(docsPath: string): MiddlewareHandler {
  const pages = secureHeaders({ ...common, contentSecurityPolicy: PAGE_CSP })
  const docs = secureHeaders({ ...common, contentSecurityPolicy: DOCS_CSP })
  return (c, next) => (c.req.path === docsPath ? docs : pages)(c, next)
}
