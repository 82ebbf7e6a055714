import type { AppRouteHandler } from '../../app-env.js'
import { jsonBody } from '../../json-body.js'
import type * as routes from './health.routes.js'

export const health: AppRouteHandler<typeof routes.health> = (c) => {
  const { corpus } = c.get('data')
  const body = { status: 'ok' as const, sources: corpus.sources.length, facts: corpus.facts.length }
  // Its bytes held, so the headers every response gets are added without a Web Headers (see responseHeaders).
  return jsonBody<typeof body>(JSON.stringify(body))
}
