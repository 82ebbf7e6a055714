import { Hono, type Context } from 'hono'
import { factMarkdown, homeMarkdown, markdownPath, organizationMarkdown, searchMarkdown, sourceMarkdown, topicMarkdown, variableMarkdown } from '../../publish/markdown-views.js'
import { paths, SERVER_CARD_PATH, type Site } from '../../publish/site.js'
import { TOPICS } from '../../facts/topics.js'
import { MAX_QUERY_LENGTH } from '../../query/limits.js'
import { parseQuestion } from '../../query/parse-question.js'
import { search as searchFacts } from '../../query/rank.js'
import { seriesData } from '../../query/series.js'
import type { AppEnv } from '../app-env.js'
import { negotiate } from '../negotiate.js'
import { clip, problem } from '../problem.js'

/** Hits shown on one search page, as the API's default page size. */
const SEARCH_PAGE_SIZE = 20
/**
 * The HTML templates (hono/jsx) and the JSON-LD builder load on the first page request, not at
 * start: they were a tenth of the time from start to the first search answered.
 */
const templates = () => import('../../publish/html/pages.js')
const jsonLd = () => import('../../publish/json-ld.js')

const HTML = 'text/html; charset=utf-8'
const MARKDOWN = 'text/markdown; charset=utf-8'

/** A page in both formats. */
interface Page {
  path: string
  html: () => Promise<string>
  markdown: () => string
  /** Further `Link` header entries, in either format. */
  links?: string[]
}

/**
 * The human (and crawler) side of the service:
 *
 * - `GET /`, `/facts/{id}`, `/sources/{id}`, `/topics/{id}`, `/variables/{id}`,
 *   `/organizations/{id}`, `/search?q=`: server-rendered HTML
 *   with schema.org JSON-LD, a canonical link and a Markdown alternate.
 * - The same path plus `.md` (the home page: `/index.md`), or the page URL requested with
 *   `Accept: text/markdown`: the Markdown view (`Vary: Accept` on negotiated URLs).
 * - `GET /v1/graph`: the whole corpus as one schema.org JSON-LD graph (`application/ld+json`).
 *
 * Pages other than search depend only on the app's data and config, so each is rendered on its
 * first request and then served from memory: call this once per app (createApp does), as the
 * cache lives in the returned router. Unknown ids are 404 problems, as in the JSON API.
 */
export function pageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  let site: Site | undefined
  const siteOf = (c: Context<AppEnv>) => (site ??= { corpus: c.get('data').corpus, publicUrl: c.get('config').publicUrl })
  const rendered = new Map<string, Promise<string> | string>()
  const memo = <T extends Promise<string> | string>(key: string, render: () => T): T => {
    if (!rendered.has(key)) {
      const page = render()
      rendered.set(key, page)
      // A render that failed is tried again on the next request rather than kept as a failure.
      if (page instanceof Promise) page.catch(() => rendered.delete(key))
    }
    return rendered.get(key) as T
  }

  /** Serves a page: `.md` URLs as Markdown, others by the Accept header. */
  const send = async (c: Context<AppEnv>, page: Page, asMarkdown: boolean, cached: boolean) => {
    const s = siteOf(c)
    const negotiated = !asMarkdown
    const md = asMarkdown || negotiate(c.req.header('accept'), 'text/html', ['text/markdown']) === 'text/markdown'
    const headers: Record<string, string> = {}
    if (negotiated) headers.vary = 'Accept'
    if (page.links) headers.link = page.links.join(', ')
    if (md) {
      return c.body(cached ? memo(`${page.path}.md`, page.markdown) : page.markdown(), 200, { ...headers, 'content-type': MARKDOWN })
    }
    headers.link = [`<${s.publicUrl}/llms.txt>; rel="describedby"; type="text/plain"`, `<${s.publicUrl}${markdownPath(page.path)}>; rel="alternate"; type="text/markdown"`, ...(page.links ?? [])].join(', ')
    return c.body(await (cached ? memo(page.path, page.html) : page.html()), 200, { ...headers, 'content-type': HTML })
  }

  /** `/facts/x.md` → ["x", true]; `/facts/x` → ["x", false]. */
  const idParam = (c: Context<AppEnv>): [string, boolean] => {
    const raw = c.req.param('id') ?? ''
    return raw.endsWith('.md') ? [raw.slice(0, -3), true] : [raw, false]
  }

  // The home page points machines at the API (RFC 8631 service-desc/service-doc) and the MCP server card.
  const serviceLinks = (base: string) => [
    `<${base}${SERVER_CARD_PATH}>; rel="mcp-server-card"; type="application/json"`,
    `<${base}/openapi.json>; rel="service-desc"; type="application/openapi+json"`,
    `<${base}/docs>; rel="service-doc"; type="text/html"`,
  ]
  const home = (c: Context<AppEnv>): Page => ({
    path: paths.home(),
    html: async () => (await templates()).homeHtml(siteOf(c)),
    markdown: () => homeMarkdown(siteOf(c)),
    links: serviceLinks(c.get('config').publicUrl),
  })
  app.get('/', (c) => send(c, home(c), false, true))
  app.get('/index.md', (c) => send(c, home(c), true, true))

  const search = (asMarkdown: boolean) => (c: Context<AppEnv>) => {
    const q = (c.req.query('q') ?? '').trim()
    if (q.length > MAX_QUERY_LENGTH) {
      const detail = `must be at most ${MAX_QUERY_LENGTH} characters`
      return problem(c, 400, `q: ${detail}`, { errors: [{ parameter: 'q', detail }] })
    }
    const { index } = c.get('data')
    const hits = q ? searchFacts(index, parseQuestion(q, index), {}, SEARCH_PAGE_SIZE).hits : []
    const s = siteOf(c)
    return send(c, { path: q ? paths.search(q) : '/search', html: async () => (await templates()).searchHtml(s, q, hits), markdown: () => searchMarkdown(s, q, hits) }, asMarkdown, false)
  }
  app.get('/search', search(false))
  app.get('/search.md', search(true))

  app.get('/facts/:id', (c) => {
    const [id, asMarkdown] = idParam(c)
    const fact = c.get('data').index.get(id)
    if (!fact) return problem(c, 404, `No fact has the id "${clip(id)}". Find ids with /search or /v1/search.`)
    const s = siteOf(c)
    return send(c, { path: paths.fact(id), html: async () => (await templates()).factHtml(s, fact), markdown: () => factMarkdown(s, fact) }, asMarkdown, true)
  })

  app.get('/sources/:id', (c) => {
    const [id, asMarkdown] = idParam(c)
    if (!c.get('data').corpus.sources.some((s) => s.id === id)) return problem(c, 404, `No source has the id "${clip(id)}". The sources are listed at / and /v1/sources.`)
    const s = siteOf(c)
    return send(c, { path: paths.source(id), html: async () => (await templates()).sourceHtml(s, id)!, markdown: () => sourceMarkdown(s, id) }, asMarkdown, true)
  })

  app.get('/topics/:id', (c) => {
    const [id, asMarkdown] = idParam(c)
    if (!TOPICS.some((t) => t.id === id)) return problem(c, 404, `No topic has the id "${clip(id)}". The topics are listed at / and /v1/topics.`)
    const s = siteOf(c)
    return send(c, { path: paths.topic(id), html: async () => (await templates()).topicHtml(s, id)!, markdown: () => topicMarkdown(s, id) }, asMarkdown, true)
  })

  app.get('/variables/:id', (c) => {
    const [id, asMarkdown] = idParam(c)
    if (!seriesData(c.get('data').corpus).variables.some((v) => v.id === id)) return problem(c, 404, `No variable in use has the id "${clip(id)}". The variables are listed at /v1/variables.`)
    const s = siteOf(c)
    return send(c, { path: paths.variable(id), html: async () => (await templates()).variableHtml(s, id)!, markdown: () => variableMarkdown(s, id) }, asMarkdown, true)
  })

  app.get('/organizations/:id', (c) => {
    const [id, asMarkdown] = idParam(c)
    if (!seriesData(c.get('data').corpus).organizations.has(id)) return problem(c, 404, `No organisation has the id "${clip(id)}". Organisations are named by Wikidata item or name slug, as on each source page.`)
    const s = siteOf(c)
    return send(c, { path: paths.organization(id), html: async () => (await templates()).organizationHtml(s, id)!, markdown: () => organizationMarkdown(s, id) }, asMarkdown, true)
  })

  app.get('/v1/graph', async (c) =>
    c.body(await memo('/v1/graph', async () => JSON.stringify((await jsonLd()).fullGraph(siteOf(c)))), 200, { 'content-type': 'application/ld+json' }),
  )
  return app
}
