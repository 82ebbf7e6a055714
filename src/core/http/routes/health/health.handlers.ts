import type { AppRouteHandler } from '../../app-env.js'
import type * as routes from './health.routes.js'

export const health: AppRouteHandler<typeof routes.health> = (c) => {
  const { corpus } = c.var.data
  return c.json({ status: 'ok' as const, sources: corpus.sources.length, facts: corpus.facts.length }, 200)
}
