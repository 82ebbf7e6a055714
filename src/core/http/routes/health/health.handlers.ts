import type { z } from '@hono/zod-openapi'
import type { AppData } from '../../../pipeline.js'
import type { HealthSchema } from '../../api-schemas.js'
import type { AppRouteHandler } from '../../app-env.js'
import { jsonBody } from '../../json-body.js'
import type * as routes from './health.routes.js'

type Health = z.infer<typeof HealthSchema>

/**
 * The body's bytes per data set: the data never changes while the app runs, so neither do they,
 * and the health check is the route a monitor or load balancer asks most often. Sending the same
 * bytes again is safe: nothing writes into a response body once it is made.
 */
const bodies = new WeakMap<AppData, Uint8Array<ArrayBuffer>>()

/** The health check's body for `data`: its JSON's bytes, made once. */
export function healthBody(data: AppData): Uint8Array<ArrayBuffer> {
  let body = bodies.get(data)
  if (!body) {
    const json: Health = { status: 'ok', sources: data.corpus.sources.length, facts: data.corpus.facts.length }
    body = new TextEncoder().encode(JSON.stringify(json)) as Uint8Array<ArrayBuffer>
    bodies.set(data, body)
  }
  return body
}

// Its bytes held, so the headers every response gets are added without a Web Headers (see responseHeaders).
export const health: AppRouteHandler<typeof routes.health> = (c) => jsonBody<Health>(healthBody(c.get('data')))
