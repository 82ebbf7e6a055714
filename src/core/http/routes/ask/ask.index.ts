import { bodyLimit } from 'hono/body-limit'
import { createRouter } from '../../create-router.js'
import { problem } from '../../problem.js'
import * as handlers from './ask.handlers.js'
import * as routes from './ask.routes.js'

/** Largest POST body read: the parameters of one question. */
export const ASK_MAX_BODY_BYTES = 16 * 1024

export function askRouter() {
  const router = createRouter()
  // Before validation reads the body: a declared or streamed body over the limit is a 413.
  router.use(routes.ASK_PATH, bodyLimit({ maxSize: ASK_MAX_BODY_BYTES, onError: (c) => problem(c, 413, `The request body is over ${ASK_MAX_BODY_BYTES} bytes.`) }))
  return router.openapi(routes.get, handlers.get).openapi(routes.post, handlers.post)
}
