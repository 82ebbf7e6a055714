import { createRouter } from '../../create-router.js'
import * as handlers from './sources.handlers.js'
import * as routes from './sources.routes.js'

export const sourcesRouter = () => createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
