import type { MiddlewareHandler } from 'hono'
import { parseAccept } from 'hono/utils/accept'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress'
import { bodyOf, replaceWithBody } from './replace-response.js'

/** Compresses a whole body. */
export type Encoder = (body: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>

/** Content codings, in our order of preference when a client accepts several equally: Brotli is the smallest. */
const PREFERENCE = ['br', 'gzip', 'deflate'] as const
export type Coding = (typeof PREFERENCE)[number]

/** Below this a compressed body saves less than its headers and the work cost (hono's own threshold). */
const THRESHOLD_BYTES = 1024
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i
const VARY_ACCEPT_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i

/** gzip and deflate through the Web-standard CompressionStream, which every runtime has. */
const streamEncoder =
  (format: 'gzip' | 'deflate'): Encoder =>
  async (body) =>
    new Uint8Array(await new Response(new Blob([body]).stream().pipeThrough(new CompressionStream(format))).arrayBuffer())

/**
 * The coding to send for an Accept-Encoding header: the one with the highest quality among those
 * we have, our preference breaking ties; `*` stands for any coding not named; none when the
 * header is absent (RFC 9110 §12.5.3: then any coding is acceptable, but a client that sends no
 * header is usually one that could not decode it).
 */
export function selectCoding(header: string | undefined, available: readonly Coding[]): Coding | undefined {
  if (header === undefined) return undefined
  const accepts = parseAccept(header)
  const wildcard = accepts.find((a) => a.type === '*')?.q ?? 0
  let best: { coding: Coding; q: number } | undefined
  for (const coding of PREFERENCE) {
    if (!available.includes(coding)) continue
    const q = accepts.find((a) => a.type.toLowerCase() === coding)?.q ?? wildcard
    if (q > 0 && (!best || q > best.q)) best = { coding, q }
  }
  return best?.coding
}

/**
 * Compresses text responses of 1 KB or more with the best coding the client accepts: gzip and
 * deflate on any runtime, Brotli (`br`) when the runtime's entry supplies an encoder for it
 * (Node's Web streams have none; src/adapter/node/server.ts passes node:zlib's). Replaces hono's compress,
 * which knows only gzip and deflate. Mounted inside the ETag middleware, so each coding's bytes
 * get their own strong ETag. HEAD is encoded as its GET would be (hono drops the body after us), so
 * its Content-Encoding, Content-Length and ETag are the GET's.
 */
export function compression(extra: Partial<Record<Coding, Encoder>> = {}): MiddlewareHandler {
  const encoders: Partial<Record<Coding, Encoder>> = { gzip: streamEncoder('gzip'), deflate: streamEncoder('deflate'), ...extra }
  const available = PREFERENCE.filter((coding) => encoders[coding])
  return async (c, next) => {
    await next()
    const res = c.res
    const type = res.headers.get('content-type')
    if (res.status !== 200 || !type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return
    if (res.headers.has('content-encoding') || NO_TRANSFORM.test(res.headers.get('cache-control') ?? '')) return
    const vary = res.headers.get('vary')
    if (vary !== '*' && !VARY_ACCEPT_ENCODING.test(vary ?? '')) res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    const coding = selectCoding(c.req.header('accept-encoding'), available)
    // The coding first: reading `res.body` makes @hono/node-server build a full Response.
    if (!coding || !res.body) return
    const body = await bodyOf(res)
    const headers = new Headers(res.headers)
    const encoded = body.byteLength < THRESHOLD_BYTES ? undefined : await encoders[coding]!(body).catch(() => undefined)
    // A body the encoder fails on goes out as it is: compression is an optimisation, never a 5xx.
    if (!encoded) return replaceWithBody(c, body, { status: 200, headers })
    headers.set('content-encoding', coding)
    headers.delete('content-length')
    replaceWithBody(c, encoded, { status: 200, headers })
  }
}
