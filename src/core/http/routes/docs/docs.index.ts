import { Hono, type Context } from 'hono'
import type { AppEnv, DocsAssets } from '../../app-env.js'
import { problem } from '../../problem.js'

/** Where the reference UI's files are served from; secure-headers gives every path under it the docs CSP. */
export const DOCS_PATH = '/docs'
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Boots Swagger UI on our document. A file, not an inline script, so the CSP needs no 'unsafe-inline'. */
const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, presets: [SwaggerUIBundle.presets.apis] })\n`

/**
 * `/docs`: the API reference (Swagger UI), every file from our own origin, so it works offline and
 * under a CSP with no CDN in it. The UI's files come from the runtime (see AppConfig.docsAssets):
 * the app cannot read node_modules itself on every runtime. Asset URLs carry the UI's version, so
 * they are cached for good.
 */
export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  let assets: Promise<DocsAssets> | undefined
  const load = (c: Context<AppEnv>) => {
    const supply = c.get('config').docsAssets
    if (!supply) return undefined
    assets ??= supply().catch((err: unknown) => {
      assets = undefined
      throw err
    })
    return assets
  }
  const unavailable = (c: Parameters<typeof problem>[0]) => problem(c, 404, 'The API reference UI is not installed in this deployment; the API is described at /openapi.json.')

  app.get(DOCS_PATH, async (c) => {
    const pending = load(c)
    if (!pending) return unavailable(c)
    const { version } = await pending
    const base = `${DOCS_PATH}/assets/${version}`
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>esg-facts API reference</title><link rel="stylesheet" href="${base}/swagger-ui.css"></head>` +
        `<body><div id="swagger-ui"></div><script src="${base}/swagger-ui-bundle.js"></script><script src="${base}/init.js"></script></body></html>`,
    )
  })
  app.get(`${DOCS_PATH}/assets/:version/:file`, async (c) => {
    const pending = load(c)
    if (!pending) return unavailable(c)
    const { version, script, css } = await pending
    const file = c.req.param('file')
    if (c.req.param('version') !== version) return problem(c, 404, `This deployment serves the reference UI ${version}.`)
    const headers = { 'cache-control': IMMUTABLE }
    if (file === 'swagger-ui-bundle.js') return c.body(script, 200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' })
    if (file === 'init.js') return c.body(INIT_JS, 200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' })
    if (file === 'swagger-ui.css') return c.body(css, 200, { ...headers, 'content-type': 'text/css; charset=utf-8' })
    return problem(c, 404, `No file ${file} in the reference UI.`)
  })
  return app
}
