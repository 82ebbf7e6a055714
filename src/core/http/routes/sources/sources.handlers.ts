import type { AppRouteHandler } from '../../app-env.js'
import { clip, problem } from '../../problem.js'
import type * as routes from './sources.routes.js'

export const list: AppRouteHandler<typeof routes.list> = (c) =>
  c.json({ sources: c.get('data').corpus.sources.map(({ text: _text, ...source }) => source) }, 200)

export const get: AppRouteHandler<typeof routes.get> = (c) => {
  const { id } = c.req.valid('param')
  const source = c.get('data').corpus.sources.find((s) => s.id === id)
  if (!source) return problem(c, 404, `No source has the id "${clip(id)}". See /v1/sources.`) as never
  return c.json(source, 200)
}
