import { Hono, type Context } from 'hono'
import { llmsFullTxt, llmsTxt } from '../../publish/llms-txt.js'
import { robotsTxt } from '../../publish/robots.js'
import type { Site } from '../../publish/site.js'
import { sitemapXml } from '../../publish/sitemap.js'
import type { AppEnv } from '../app-env.js'

/**
 * /llms.txt, /llms-full.txt, /robots.txt and /sitemap.xml. Each depends only on the app's data and
 * config, so it is rendered on its first request and then served from memory: call this once per
 * app (createApp does), as the cache lives in the returned router.
 *
 * llms.txt and llms-full.txt are Markdown by content but served as `text/plain; charset=utf-8`,
 * as llmstxt.org serves its own: every client treats a `.txt` URL as text, and browsers show it
 * instead of offering a download. The `.md` page views carry `text/markdown`.
 */
export function crawlRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const TEXT = 'text/plain; charset=utf-8'
  serve(app, '/llms.txt', TEXT, llmsTxt)
  serve(app, '/llms-full.txt', TEXT, llmsFullTxt)
  serve(app, '/robots.txt', TEXT, (site, c) => robotsTxt(site, c.get('config').allowTrainingCrawlers))
  serve(app, '/sitemap.xml', 'application/xml; charset=utf-8', sitemapXml)
  return app
}

/** Serves a document rendered once, on the first request to this router. */
function serve(app: Hono<AppEnv>, path: string, contentType: string, render: (site: Site, c: Context<AppEnv>) => string): void {
  let body: string | undefined
  app.get(path, (c) => {
    body ??= render({ corpus: c.get('data').corpus, publicUrl: c.get('config').publicUrl }, c)
    return c.body(body, 200, { 'content-type': contentType })
  })
}
