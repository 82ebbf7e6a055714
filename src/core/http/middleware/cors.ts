import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { ALLOWED_METHODS } from './request-limits.js'

/** Our own headers, exposed so browser code can read validators, request ids and rate-limit state. */
const EXPOSED = ['ETag', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Link']

/**
 * What every response but a preflight's carries for browser callers from any origin (the data is
 * public and needs no credentials); set on the finished response with the other fixed headers
 * (see responseHeaders): hono's cors sets them before the handler runs, which makes hono re-wrap
 * every response body in a stream (see replaceResponse).
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED.join(',') }

/**
 * Every OPTIONS request, preflight or not, is answered here with 204 and `Allow`, by hono's cors;
 * the endpoints that take POST (see requestLimits) say so to preflights too.
 */
export function corsPreflight(postPaths: readonly string[] = []): MiddlewareHandler {
  const allow = ALLOWED_METHODS.join(', ')
  const preflight = cors({ origin: '*', allowMethods: [...ALLOWED_METHODS], exposeHeaders: EXPOSED, maxAge: 86_400 })
  const posts = new Set(postPaths)
  const postPreflight = cors({ origin: '*', allowMethods: [...ALLOWED_METHODS, 'POST'], exposeHeaders: EXPOSED, maxAge: 86_400 })
  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return next()
    const withPost = posts.has(c.req.path)
    c.header('Allow', withPost ? `${allow}, POST` : allow)
    return (withPost ? postPreflight : preflight)(c, next)
  }
}
