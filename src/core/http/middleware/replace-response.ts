import type { Context } from 'hono'

/**
 * Makes `res` the response, as it is. Hono's `c.res` setter merges the previous response's
 * headers into a new one by re-wrapping its body as a stream, which @hono/node-server then writes
 * chunk by chunk instead of in one call; the callers here have put every header on `res` already.
 */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined
  c.res = res
}

/**
 * A response's bytes and headers as made by {@link responseWithBody}: header names in lower case,
 * the record the response was made from. The middleware never reads or changes such a response's
 * `headers` but through these (it makes a new held response instead): a Web `Headers` checks
 * every name and value on the way in and sorts them on the way out, and making one per
 * middleware cost more than the middleware's own work.
 */
export interface Held {
  status: number
  body: Uint8Array<ArrayBuffer>
  headers: Readonly<Record<string, string>>
}

const held = new WeakMap<Response, Held>()

/**
 * Makes a response of `body` the response and keeps its bytes and headers, so that the middleware
 * further out (the ETag's, the response cache's) take them from {@link heldOf} instead of reading
 * the body back from a stream: each response's body is read once.
 */
export function replaceWithBody(c: Context, body: Uint8Array<ArrayBuffer>, status: number, headers: Record<string, string>): void {
  replaceResponse(c, responseWithBody(body, status, headers))
}

/** A response of `body` with these headers (names in lower case), which {@link heldOf} gives without reading it. */
export function responseWithBody(body: Uint8Array<ArrayBuffer>, status: number, headers: Record<string, string>): Response {
  const res = new Response(body, { status, headers })
  held.set(res, { status, body, headers })
  return res
}

/** The bytes and headers of `res` when they are kept (see {@link responseWithBody}), without reading it. */
export const heldOf = (res: Response): Held | undefined => held.get(res)

/** `res` held, as it is: its bytes read (which uses its body up: the caller replaces it) and its headers copied. */
export async function hold(res: Response): Promise<Held> {
  const kept = held.get(res)
  if (kept) return kept
  const headers: Record<string, string> = {}
  res.headers.forEach((value, name) => (headers[name] = value))
  return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), headers }
}

/** The headers in the order a Web `Headers` gives them (by name), as a response's headers were written before they were held. */
export function sortedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const sorted: Record<string, string> = {}
  for (const name of Object.keys(headers).sort()) sorted[name] = headers[name]!
  return sorted
}
