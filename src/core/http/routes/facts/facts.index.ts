import { createRouter } from '../../create-router.js'
import * as handlers from './facts.handlers.js'
import * as routes from './facts.routes.js'

export const factsRouter = () => createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
