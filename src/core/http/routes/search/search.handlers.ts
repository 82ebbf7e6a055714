import type { AppRouteHandler } from '../../app-env.js'
import { badParameters } from '../../create-router.js'
import { filterErrors } from '../../filter-errors.js'
import { jsonBody } from '../../json-body.js'
import type * as routes from './search.routes.js'
import { searchJson, searchPage, type SearchResponse } from './search.service.js'

export const search: AppRouteHandler<typeof routes.search> = (c) => {
  const query = c.req.valid('query')
  const errors = filterErrors(c.get('data'), query)
  if (errors.length) return badParameters(c, errors) as never
  return jsonBody<SearchResponse>(searchJson(searchPage(c.get('data'), query)))
}
