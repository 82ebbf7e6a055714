import { findSeries, seriesData } from '../../../query/series.js'
import type { AppRouteHandler } from '../../app-env.js'
import { badParameters } from '../../create-router.js'
import { seriesFilterErrors } from '../../filter-errors.js'
import type * as routes from './observations.routes.js'

export const observations: AppRouteHandler<typeof routes.observations> = (c) => {
  const { limit, offset, ...filter } = c.req.valid('query')
  const errors = seriesFilterErrors(c.get('data'), filter)
  if (errors.length) return badParameters(c, errors) as never
  const series = findSeries(seriesData(c.get('data').corpus), filter)
  return c.json({ total: series.length, limit, offset, series: series.slice(offset, offset + limit) }, 200)
}

export const variables: AppRouteHandler<typeof routes.variables> = (c) => c.json({ variables: [...seriesData(c.get('data').corpus).variables] }, 200)
