import type { AppRouteHandler } from '../../app-env.js'
import { badParameters } from '../../create-router.js'
import { filterErrors } from '../../filter-errors.js'
import { negotiate } from '../../negotiate.js'
import { clip, problem } from '../../problem.js'
import { list as listFacts } from '../../../query/rank.js'
import type * as routes from './facts.routes.js'

export const list: AppRouteHandler<typeof routes.list> = (c) => {
  const { limit, offset, ...filters } = c.req.valid('query')
  const errors = filterErrors(c.get('data'), filters)
  if (errors.length) return badParameters(c, errors) as never
  const facts = listFacts(c.get('data').index, filters)
  return c.json({ total: facts.length, limit, offset, facts: facts.slice(offset, offset + limit) }, 200)
}

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { id } = c.req.valid('param')
  const fact = c.get('data').index.get(id)
  if (!fact) return problem(c, 404, `No fact has the id "${clip(id)}". Find ids with /v1/search or /v1/facts.`) as never
  c.header('vary', 'Accept')
  if (negotiate(c.req.header('accept'), 'application/json', ['application/ld+json']) === 'application/ld+json') {
    // Loaded on first use, like the pages' JSON-LD: most callers want the JSON.
    const { factGraph } = await import('../../../publish/json-ld.js')
    const graph = factGraph({ corpus: c.get('data').corpus, publicUrl: c.get('config').publicUrl }, fact)
    return c.body(JSON.stringify(graph), 200, { 'content-type': 'application/ld+json' }) as never
  }
  return c.json(fact, 200)
}
