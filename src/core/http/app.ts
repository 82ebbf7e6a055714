import { OpenAPIHono } from '@hono/zod-openapi'
import { swaggerUI } from '@hono/swagger-ui'
import { HTTPException } from 'hono/http-exception'
import type { AppData } from '../pipeline.js'
import type { AppConfig, AppEnv } from './app-env.js'
import { accessLog } from './middleware/access-log.js'
import { cacheControl } from './middleware/cache-control.js'
import { compression } from './middleware/compression.js'
import { strongEtag } from './middleware/etag.js'
import { corsForReads } from './middleware/cors.js'
import { clientKeyOf, rateLimit } from './middleware/rate-limit.js'
import { requestId } from './middleware/request-id.js'
import { requestLimits } from './middleware/request-limits.js'
import { requestTimeout } from './middleware/request-timeout.js'
import { responseCache } from './middleware/response-cache.js'
import { secureHeadersFor } from './middleware/secure-headers.js'
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

  const log = config.log ?? console.log
  app.use(async (c, next) => {
    c.set('data', data)
    c.set('config', config)
    await next()
  })
  // Outermost first: everything below is logged, secured and CORS-enabled, even an early 405/414/429.
  app.use(requestId(), accessLog(log), secureHeadersFor('/docs'), corsForReads(), requestLimits(config.maxUrlLength ?? 2048))
  if (config.rateLimit?.limit) app.use(rateLimit(config.rateLimit.limit, config.rateLimit.windowSeconds, clientKeyOf(config)))
  app.use(cacheControl())
  // The health check answers here, before the middleware it has no use for: it is never cached
  // (no-store), its body is tiny (no compression, no ETag) and it never awaits (no timeout). A
  // route's handler ends the chain, so middleware registered after it does not run for it.
  app.openapi(routes.healthRoute, api.health)
  // Every other response depends only on the URL and content negotiation (the data never changes
  // while the app runs): kept, with its ETag, once made.
  if (config.responseCacheEntries !== 0) app.use(responseCache(config.responseCacheEntries))
  // etag outside compression, so the strong ETag is the digest of the bytes sent: each coding gets its own tag.
  app.use(strongEtag(), compression(config.compressors))
  const timeoutMs = config.requestTimeoutMs ?? 5000
  if (timeoutMs > 0) app.use(requestTimeout(timeoutMs))

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
    // Deliberate HTTP errors (the request timeout) carry their own problem response.
    if (err instanceof HTTPException) return err.getResponse()
    // Never a stack trace on the wire; the message goes to the log for us.
    log(JSON.stringify({ time: new Date().toISOString(), level: 'error', id: c.var.requestId, msg: err.message, path: new URL(c.req.url).pathname }))
    return problemResponse(500, 'The server failed to handle this request.')
  })
  return app
}
