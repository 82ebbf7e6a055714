import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import { clip } from '../problem.js'

/** Longest query string (and path) written to a log line: enough to debug, too short to flood the log. */
export const LOGGED_TEXT_LENGTH = 200

/**
 * One structured JSON line per request, written after the response is ready: time, level, request
 * id, method, path, status, duration in ms and the query, the last two bounded by
 * {@link LOGGED_TEXT_LENGTH}. Level is `error` for 5xx and `info` otherwise, since 4xx are the
 * client's business. Mount it outside every middleware that can answer early (405, 414, 429), so
 * those are logged too.
 */
export function accessLog(log: (line: string) => void): MiddlewareHandler<AppEnv> {
  // The time stamp changes once a millisecond; a busy server writes several lines in each.
  let stampedAt = NaN
  let stamp = ''
  return async (c, next) => {
    const started = performance.now()
    await next()
    // Path and query as sent, cut from the raw URL: parsing a URL per request cost more than the rest of the line.
    const { url } = c.req
    const path = url.indexOf('/', url.indexOf('//') + 2)
    const query = url.indexOf('?', path)
    const { status } = c.res
    const now = Date.now()
    if (now !== stampedAt) stamp = new Date((stampedAt = now)).toISOString()
    // JSON.stringify of the same object, written out: only the strings a client sends need escaping,
    // and building then serialising an object per request cost twice as much.
    log(
      `{"time":"${stamp}","level":"${status >= 500 ? 'error' : 'info'}","id":${JSON.stringify(c.get('requestId'))},"method":${JSON.stringify(c.req.method)},` +
        `"path":${JSON.stringify(clip(url.slice(path, query < 0 ? undefined : query), LOGGED_TEXT_LENGTH))},"status":${status},` +
        `"ms":${Math.round((performance.now() - started) * 10) / 10},"query":${JSON.stringify(query < 0 ? '' : clip(url.slice(query + 1), LOGGED_TEXT_LENGTH))}}`,
    )
  }
}
