import type { TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import { responseWithBody } from './middleware/replace-response.js'

const encoder = new TextEncoder()

/**
 * What `c.json(value, 200)` sends for a `value` of type T, from its JSON (text, or its UTF-8
 * bytes), with the bytes handed to the ETag and cache middleware as they are. A response from
 * `c.json` has a string body, which they could only read back through a Web stream: on
 * @hono/node-server that turns its light response into a full one, which under a load of
 * questions never asked before cost more than the hashing.
 */
export function jsonBody<T>(json: string | Uint8Array<ArrayBuffer>): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  // encode() always returns a fresh, unshared buffer.
  const bytes = typeof json === 'string' ? (encoder.encode(json) as Uint8Array<ArrayBuffer>) : json
  return responseWithBody(bytes, { status: 200, headers: { 'content-type': 'application/json' } }) as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>
}
