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

/** The bytes of the responses made by {@link replaceWithBody}. */
const bodies = new WeakMap<Response, Uint8Array<ArrayBuffer>>()

/**
 * Makes a response of `body` the response and keeps its bytes, so that the middleware further out
 * (the ETag's, the response cache's) take them from {@link bodyOf} instead of reading the body
 * back from a stream: each response's body is read once.
 */
export function replaceWithBody(c: Context, body: Uint8Array<ArrayBuffer>, init: ResponseInit): void {
  replaceResponse(c, responseWithBody(body, init))
}

/** A response of `body` whose bytes {@link bodyOf} gives without reading it. */
export function responseWithBody(body: Uint8Array<ArrayBuffer>, init: ResponseInit): Response {
  const res = new Response(body, init)
  bodies.set(res, body)
  return res
}

/** The bytes of `res`: kept ones, or read (which uses its body up: the caller replaces it). */
export async function bodyOf(res: Response): Promise<Uint8Array<ArrayBuffer>> {
  return bodies.get(res) ?? new Uint8Array(await res.arrayBuffer())
}

/** The bytes of `res` when they are kept (see {@link responseWithBody}), without reading it. */
export const heldBody = (res: Response): Uint8Array<ArrayBuffer> | undefined => bodies.get(res)

/** Whether {@link bodyOf} has the bytes of `res` without reading it. */
export const holdsBody = (res: Response): boolean => bodies.has(res)
