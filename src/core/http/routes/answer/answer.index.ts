import { createRouter } from '../../create-router.js'
import * as handlers from './answer.handlers.js'
import * as routes from './answer.routes.js'

export const answerRouter = () => createRouter().openapi(routes.answer, handlers.answer)
