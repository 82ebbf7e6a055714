import type { Context, MiddlewareHandler } from 'hono'
import type { AppConfig } from '../app-env.js'
import { problem } from '../problem.js'

/** Clients tracked at once; past this the oldest window is forgotten, so memory stays bounded under a flood of addresses. */
const MAX_CLIENTS = 100_000

interface Window {
  count: number
  resetAt: number
}

/**
 * Who a request counts against. With `trustProxy`, the last `X-Forwarded-For` entry, which our own
 * proxy appended (earlier entries are whatever the client sent, so keying on them would let anyone
 * mint fresh budgets); otherwise `config.clientKey` (the connection's address); failing both, one
 * shared key.
 */
export function clientKeyOf(config: Pick<AppConfig, 'trustProxy' | 'clientKey'>): (c: Context) => string {
  return (c) => {
    if (config.trustProxy) {
      const last = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
      if (last) return last
    }
    return config.clientKey?.(c) ?? 'unknown'
  }
}

/**
 * Fixed-window rate limiting in memory, per client key: `limit` requests per `windowSeconds`,
 * the window starting at a client's first request. Every response carries the IETF
 * draft-ietf-httpapi-ratelimit-headers fields, `RateLimit-Policy: "default";q=600;w=60` and
 * `RateLimit: "default";r=599;t=42` (r: requests left, t: seconds until the window resets);
 * over the limit is a 429 problem with `Retry-After`. In memory means per process: run one
 * instance per client population or put the limit in the proxy.
 */
export function rateLimit(limit: number, windowSeconds: number, keyOf: (c: Context) => string, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, Window>()
  const windowMs = windowSeconds * 1000
  const policy = `"default";q=${limit};w=${windowSeconds}`
  let sweepAt = 0

  return async (c, next) => {
    const t = now()
    if (t >= sweepAt) {
      for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key)
      sweepAt = t + windowMs
    }
    const key = keyOf(c)
    let w = windows.get(key)
    if (!w || w.resetAt <= t) {
      if (windows.size >= MAX_CLIENTS) windows.delete(windows.keys().next().value!)
      w = { count: 0, resetAt: t + windowMs }
      windows.delete(key)
      windows.set(key, w)
    }
    w.count++
    const reset = Math.max(1, Math.ceil((w.resetAt - t) / 1000))
    const headers = { 'RateLimit-Policy': policy, RateLimit: `"default";r=${Math.max(0, limit - w.count)};t=${reset}` }
    if (w.count > limit) {
      const res = problem(c, 429, `More than ${limit} requests in ${windowSeconds} s from this client. Retry in ${reset} s.`)
      for (const [name, value] of Object.entries({ ...headers, 'Retry-After': String(reset) })) res.headers.set(name, value)
      return res
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}
