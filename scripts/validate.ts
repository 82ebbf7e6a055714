/**
 * `npm run validate [base-url]`: checks a running deployment the way answer engines and search
 * crawlers will read it. Fetches the home page and every page in /sitemap.xml (or, without a
 * sitemap, every fact and source from the API and every topic), runs the structured-data checks of
 * scripts/structured-data.ts on each, and checks /llms.txt. Prints what is wrong per page and exits
 * non-zero on any problem; warnings count, as the test suite holds pages to zero warnings too.
 *
 * base-url defaults to http://localhost:3000 (or $BASE_URL). The schema.org files come from
 * $SCHEMAORG_DIR, else ../shared/schemaorg; without them the structured-data checks are skipped
 * (and said to be), the rest still runs.
 */
import { checkLlmsTxt } from '../src/core/publish/llms-txt.js'
import { checkHtml, extractJsonLd, loadSchemaOrg, schemaOrgDir, type Issue } from './structured-data.js'

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
const schema = loadSchemaOrg()
let failed = 0

function report(what: string, issues: readonly Issue[], note = ''): void {
  if (issues.length === 0) {
    console.log(`ok    ${what}${note ? `  (${note})` : ''}`)
    return
  }
  failed++
  console.log(`FAIL  ${what}`)
  for (const i of issues) console.log(`      ${i.severity}: ${i.message}`)
}

async function get(path: string, accept?: string): Promise<Response> {
  return fetch(base + path, { headers: accept ? { accept } : {}, redirect: 'manual' })
}

/** Page paths from the sitemap; its `loc`s carry the public URL, which may not be `base`. */
async function sitemapPaths(): Promise<string[] | undefined> {
  const res = await get('/sitemap.xml')
  if (!res.ok) return undefined
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
  return locs.map((loc) => {
    const url = new URL(loc)
    return url.pathname + url.search
  })
}

/** Without a sitemap: every fact (paged), source and topic the API lists. */
async function apiPaths(): Promise<string[]> {
  const paths = ['/']
  for (let offset = 0; ; offset += 100) {
    const page = (await (await get(`/v1/facts?limit=100&offset=${offset}`)).json()) as { total: number; facts: Array<{ id: string }> }
    paths.push(...page.facts.map((f) => `/facts/${f.id}`))
    if (offset + 100 >= page.total) break
  }
  const { sources } = (await (await get('/v1/sources')).json()) as { sources: Array<{ id: string }> }
  const { topics } = (await (await get('/v1/topics')).json()) as { topics: Array<{ id: string }> }
  return [...paths, ...sources.map((s) => `/sources/${s.id}`), ...topics.map((t) => `/topics/${t.id}`)]
}

async function checkPage(path: string): Promise<void> {
  const res = await get(path, 'text/html')
  const type = res.headers.get('content-type') ?? ''
  if (res.status !== 200 || !type.startsWith('text/html')) {
    report(path, [{ severity: 'ERROR', message: `expected 200 text/html, got ${res.status} ${type}` }])
    return
  }
  const html = await res.text()
  if (!schema) {
    report(path, [], 'fetched; structured-data checks skipped')
    return
  }
  const issues = await checkHtml(html, schema)
  const nodes = issues.length ? 0 : extractJsonLd(html).reduce<number>((n, d) => n + ((d as { '@graph'?: unknown[] })['@graph']?.length ?? 1), 0)
  report(path, issues, `${nodes} JSON-LD nodes, 0 errors, 0 warnings`)
}

async function checkLlms(): Promise<void> {
  const res = await get('/llms.txt')
  const type = res.headers.get('content-type') ?? ''
  if (res.status !== 200 || !type.startsWith('text/')) {
    report('/llms.txt', [{ severity: 'ERROR', message: `expected 200 text, got ${res.status} ${type}` }])
    return
  }
  report('/llms.txt', checkLlmsTxt(await res.text()).map((message) => ({ severity: 'ERROR' as const, message })))
}

try {
  if (!schema) console.log(`schema.org files not found in ${schemaOrgDir()} (set SCHEMAORG_DIR): skipping the structured-data checks`)
  const fromSitemap = await sitemapPaths()
  if (!fromSitemap) console.log('no /sitemap.xml: taking the pages from /v1/facts, /v1/sources and /v1/topics')
  const paths = [...new Set(['/', ...(fromSitemap ?? (await apiPaths()))])]
  console.log(`validating ${paths.length} pages and /llms.txt at ${base}`)
  for (const path of paths) await checkPage(path)
  await checkLlms()
} catch (err) {
  console.log(`FAIL  cannot reach ${base}: ${(err as Error).message}`)
  failed++
}
console.log(failed ? `${failed} failing` : 'all ok')
process.exitCode = failed ? 1 : 0
