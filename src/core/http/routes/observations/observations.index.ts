import { createRouter } from '../../create-router.js'
import { seriesFilterErrors } from '../../filter-errors.js'
import * as handlers from './observations.handlers.js'
import * as routes from './observations.routes.js'

export const observationsRouter = () => createRouter(seriesFilterErrors).openapi(routes.observations, handlers.observations).openapi(routes.variables, handlers.variables)
