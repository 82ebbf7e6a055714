import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import { clip } from '../problem.js'
import { pathStart } from '../raw-url.js'

/** Longest query string (and path) written to a log line: enough to debug, too short to flood the log. */
export const LOGGED_TEXT_LENGTH = 200

/**
 * Writes the access-log line of one answered request: time, level, request id, method, path,
 * status, duration in ms since `started` (a `performance.now()`) and the query, the last two
 * bounded by {@link LOGGED_TEXT_LENGTH}. Level is `error` for 5xx and `info` otherwise, since 4xx
 * are the client's business.
 */
export type AccessLogger = (id: string, method: string, url: string, status: number, started: number) => void

/** The {@link AccessLogger} writing each line, as one JSON object, to `log`. */
export function accessLogger(log: (line: string) => void): AccessLogger {
  // The time stamp changes once a millisecond; a busy server writes several lines in each.
  let stampedAt = NaN
  let stamp = ''
  return (id, method, url, status, started) => {
    // Path and query as sent, cut from the raw URL.
    const path = pathStart(url)
    const query = url.indexOf('?', path)
    const now = Date.now()
    if (now !== stampedAt) stamp = new Date((stampedAt = now)).toISOString()
    // JSON.stringify of the same object, written out: only the strings a client sends need escaping,
    // and building then serialising an object per request cost twice as much.
    log(
      `{"time":"${stamp}","level":"${status >= 500 ? 'error' : 'info'}","id":${JSON.stringify(id)},"method":${JSON.stringify(method)},` +
        `"path":${JSON.stringify(clip(url.slice(path, query < 0 ? undefined : query), LOGGED_TEXT_LENGTH))},"status":${status},` +
        `"ms":${Math.round((performance.now() - started) * 10) / 10},"query":${JSON.stringify(query < 0 ? '' : clip(url.slice(query + 1), LOGGED_TEXT_LENGTH))}}`,
    )
  }
}

/**
 * One line per request through `logger`, once the response is ready. Mount it outside every
 * middleware that can answer early (405, 414, 429), so those are logged too.
 */
export function accessLog(logger: AccessLogger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    logger(c.get('requestId'), c.req.method, c.req.url, c.res.status, started)
  }
}
