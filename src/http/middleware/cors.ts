import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { ALLOWED_METHODS } from './request-limits.js'

/**
 * CORS for browser callers from any origin (the data is public and needs no credentials). Every
 * OPTIONS request, preflight or not, is answered here with 204 and `Allow`. Our own headers are
 * exposed so browser code can read validators, request ids and rate-limit state.
 */
export function corsForReads(): MiddlewareHandler {
  const allow = ALLOWED_METHODS.join(', ')
  const handler = cors({
    origin: '*',
    allowMethods: [...ALLOWED_METHODS],
    exposeHeaders: ['ETag', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Link'],
    maxAge: 86_400,
  })
  return (c, next) => {
    if (c.req.method === 'OPTIONS') c.header('Allow', allow)
    return handler(c, next)
  }
}
