import type { MiddlewareHandler } from 'hono'

/** Corpus documents change only on redeploy; a stale copy while revalidating is harmless and keeps caches warm. */
export const DOCUMENT_CACHE = 'public, max-age=300, stale-while-revalidate=86400'
/** Results depend on the ranking, which a deploy may change; short enough that nobody sees old rankings for long. */
export const SEARCH_CACHE = 'public, max-age=60'
const SEARCHES = /^\/(?:v1\/)?(?:search|answer)(?:\.md)?$/

/** The Cache-Control policy of a successful GET of `path`. */
export function cachePolicy(path: string): string {
  if (path === '/healthz') return 'no-store'
  return SEARCHES.test(path) ? SEARCH_CACHE : DOCUMENT_CACHE
}

/**
 * Sets `Cache-Control` on responses that have none: {@link cachePolicy} for successes, `no-store`
 * for errors (a 404 today may be a fact tomorrow). A route that sets its own header keeps it.
 */
export function cacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (c.res.headers.has('cache-control')) return
    c.res.headers.set('Cache-Control', c.res.status < 400 ? cachePolicy(c.req.path) : 'no-store')
  }
}
