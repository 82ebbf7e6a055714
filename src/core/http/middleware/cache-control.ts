/** Corpus documents change only on redeploy; a stale copy while revalidating is harmless and keeps caches warm. */
export const DOCUMENT_CACHE = 'public, max-age=300, stale-while-revalidate=86400'
/** Results depend on the ranking, which a deploy may change; short enough that nobody sees old rankings for long. */
export const SEARCH_CACHE = 'public, max-age=60'
const SEARCHES = /^\/(?:v1\/)?(?:search|answer)(?:\.md)?$/

/**
 * The `Cache-Control` of a response that has none (see responseHeaders): the policy of a
 * successful GET of `path`, or `no-store` for an error (a 404 today may be a fact tomorrow).
 */
export function cachePolicy(path: string, status = 200): string {
  if (status >= 400 || path === '/healthz') return 'no-store'
  return SEARCHES.test(path) ? SEARCH_CACHE : DOCUMENT_CACHE
}
