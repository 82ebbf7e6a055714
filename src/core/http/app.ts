import type { OpenAPIHono } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'
import type { AppData } from '../pipeline.js'
import type { AppConfig, AppEnv } from './app-env.js'
import { accessLog, accessLogger } from './middleware/access-log.js'
import { compression } from './middleware/compression.js'
import { strongEtag } from './middleware/etag.js'
import { corsPreflight } from './middleware/cors.js'
import { clientKeyOf, rateLimit } from './middleware/rate-limit.js'
import { requestId } from './middleware/request-id.js'
import { requestLimits } from './middleware/request-limits.js'
import { requestTimeout } from './middleware/request-timeout.js'
import { responseCache } from './middleware/response-cache.js'
import { fixedHeaders, responseHeaders } from './middleware/response-headers.js'
import { headLength } from './middleware/head-length.js'
import { queryEncoding } from './middleware/query-encoding.js'
import { createRouter } from './create-router.js'
import { problem, problemResponse } from './problem.js'
import { answerRouter } from './routes/answer/answer.index.js'
import { askRouter } from './routes/ask/ask.index.js'
import { ASK_PATH } from './routes/ask/ask.routes.js'
import { crawlRoutes } from './routes/crawl-routes.js'
import { DOCS_PATH, docsRoutes } from './routes/docs/docs.index.js'
import { MCP_PATH, mcpRoutes } from './routes/mcp/mcp.index.js'
import { factsRouter } from './routes/facts/facts.index.js'
import { healthRouter } from './routes/health/health.index.js'
import { healthLane } from './routes/health/health.lane.js'
import { HEALTH_PATH } from './routes/health/health.routes.js'
import { observationsRouter } from './routes/observations/observations.index.js'
import { pageRoutes } from './routes/page-routes.js'
import { searchRouter } from './routes/search/search.index.js'
import { sourcesRouter } from './routes/sources/sources.index.js'
import { topicsRouter } from './routes/topics/topics.index.js'
import { DATA_LICENSE } from '../publish/site.js'
import { API_VERSION } from './version.js'

export { API_VERSION }

/**
 * The whole service as a Hono app, built from data (corpus and index) and config only. It imports
 * nothing Node-specific, so the same app runs on Node, workerd, Deno or Bun.
 */
export function createApp(data: AppData, config: AppConfig): OpenAPIHono<AppEnv> {
  const app = createRouter()

  const log = config.log ?? console.log
  const logRequest = accessLogger(log)
  app.use(async (c, next) => {
    c.set('data', data)
    c.set('config', config)
    await next()
  })
  // Outermost first: everything below is logged, secured and CORS-enabled, even an early 405/414/429.
  // MCP and NLWeb's /ask take POST bodies; everything else is read-only.
  const postPaths = [MCP_PATH, ASK_PATH]
  app.use(requestId(), accessLog(logRequest), responseHeaders(DOCS_PATH, HEALTH_PATH), corsPreflight(postPaths), requestLimits(config.maxUrlLength ?? 2048, postPaths))
  if (config.rateLimit?.limit) app.use(rateLimit(config.rateLimit.limit, config.rateLimit.windowSeconds, clientKeyOf(config)))
  app.use(headLength())
  // The health check answers here, before the middleware it has no use for: it is never cached
  // (no-store), its body is tiny (no compression, no ETag) and it never awaits (no timeout). A
  // route's handler ends the chain, so middleware registered after it does not run for it.
  app.route('/', healthRouter())
  // Every other response depends only on the URL and content negotiation (the data never changes
  // while the app runs): kept, with its ETag, once made.
  if (config.responseCacheEntries !== 0) app.use(responseCache(config.responseCacheEntries))
  // etag outside compression, so the strong ETag is the digest of the bytes sent: each coding gets its own tag.
  app.use(strongEtag(config.sha1Hex), compression(config.compressors), queryEncoding())
  const timeoutMs = config.requestTimeoutMs ?? 5000
  if (timeoutMs > 0) app.use(requestTimeout(timeoutMs))

  for (const router of [searchRouter(), answerRouter(), factsRouter(), sourcesRouter(), topicsRouter(), observationsRouter(), askRouter()]) app.route('/', router)

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'esg-facts API',
      version: API_VERSION,
      description: 'Cited ESG facts from company-report articles: every figure with its verbatim source quote, offsets and deep link.',
      // The facts data (ids, figures, topics); the quoted sentences stay their publishers'.
      license: { name: 'CC BY 4.0', url: DATA_LICENSE },
      contact: { name: 'esg-facts', url: `${config.publicUrl}/` },
    },
    servers: [{ url: config.publicUrl }],
    // The API is open: no operation needs credentials.
    security: [],
    tags: [
      { name: 'Facts', description: 'Search, answers and single facts, each with its verbatim quote and citation.' },
      { name: 'Observations', description: 'Figures as series of one variable over time, corroborated across sources and languages.' },
      { name: 'Sources', description: 'The articles the facts are quoted from.' },
      { name: 'Topics', description: 'The ESG topic taxonomy.' },
      { name: 'NLWeb', description: "NLWeb's /ask: natural-language queries answered with schema.org objects." },
      { name: 'Service', description: 'Health of the running service.' },
    ],
  })

  app.route('/', mcpRoutes())
  app.route('/', docsRoutes())
  app.route('/', crawlRoutes())
  app.route('/', pageRoutes())

  app.notFound((c) => problem(c, 404, `Nothing at ${new URL(c.req.url).pathname}. The API is described at /openapi.json.`))
  app.onError((err, c) => {
    // Deliberate HTTP errors (the request timeout) carry their own problem response.
    if (err instanceof HTTPException) return err.getResponse()
    // Never a stack trace on the wire; the message goes to the log for us.
    log(JSON.stringify({ time: new Date().toISOString(), level: 'error', id: c.get('requestId'), msg: err.message, path: new URL(c.req.url).pathname }))
    return problemResponse(500, 'The server failed to handle this request.')
  })
  // A plain GET /healthz is answered before all of the above (see health.lane.ts), unless a rate
  // limit must count it.
  if (!config.rateLimit?.limit) {
    const lane = healthLane(data, fixedHeaders(DOCS_PATH, HEALTH_PATH)(HEALTH_PATH, false), logRequest)
    const route = app.fetch
    app.fetch = (request, env, executionCtx) => lane(request) ?? route(request, env, executionCtx)
  }
  return app
}
