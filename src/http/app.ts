import { OpenAPIHono } from '@hono/zod-openapi'
import { swaggerUI } from '@hono/swagger-ui'
import type { AppConfig, AppData, AppEnv } from './app-env.js'
import { problem, problemResponse } from './problem.js'
import * as api from './routes/api-handlers.js'
import * as routes from './routes/api-routes.js'
import { crawlRoutes } from './routes/crawl-routes.js'
import { pageRoutes } from './routes/page-routes.js'

export const API_VERSION = '1.0.0'

/**
 * The whole service as a Hono app, built from data (corpus and index) and config only. It imports
 * nothing Node-specific, so the same app runs on Node, workerd, Deno or Bun.
 */
export function createApp(data: AppData, config: AppConfig): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Every validation failure becomes one RFC 9457 problem naming each bad parameter.
    defaultHook: (result, c) => {
      if (result.success) return
      const errors = result.error.issues.map((i) => ({ parameter: String(i.path[0] ?? 'request'), detail: i.message }))
      const detail = errors.map((e) => `${e.parameter}: ${e.detail}`).join('; ')
      return problem(c, 400, detail, { errors })
    },
  })

  app.use(async (c, next) => {
    c.set('data', data)
    c.set('config', config)
    await next()
  })

  app.openapi(routes.healthRoute, api.health)
  app.openapi(routes.searchRoute, api.search)
  app.openapi(routes.answerRoute, api.getAnswer)
  app.openapi(routes.listFactsRoute, api.listFacts)
  app.openapi(routes.getFactRoute, api.getFact)
  app.openapi(routes.listSourcesRoute, api.listSources)
  app.openapi(routes.getSourceRoute, api.getSource)
  app.openapi(routes.listTopicsRoute, api.listTopics)

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'esg-facts API',
      version: API_VERSION,
      description: 'Cited ESG facts from company-report articles: every figure with its verbatim source quote, offsets and deep link.',
    },
    servers: [{ url: config.publicUrl }],
  })
  app.get('/docs', swaggerUI({ url: '/openapi.json', title: 'esg-facts API reference' }))

  app.route('/', crawlRoutes())
  app.route('/', pageRoutes())

  app.notFound((c) => problem(c, 404, `Nothing at ${new URL(c.req.url).pathname}. The API is described at /openapi.json.`))
  app.onError((err, c) => {
    // Never a stack trace on the wire; the message goes to the log for us.
    console.error(JSON.stringify({ level: 'error', msg: err.message, path: new URL(c.req.url).pathname }))
    return problemResponse(500, 'The server failed to handle this request.')
  })
  return app
}
