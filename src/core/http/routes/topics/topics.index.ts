import { createRouter } from '../../create-router.js'
import * as handlers from './topics.handlers.js'
import * as routes from './topics.routes.js'

export const topicsRouter = () => createRouter().openapi(routes.list, handlers.list)
