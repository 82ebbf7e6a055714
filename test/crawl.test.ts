import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { SEARCH_AGENTS, TRAINING_AGENTS, USER_AGENTS } from '../src/core/publish/robots.js'
import { bundledData, describeTargets, PUBLIC_URL, TEST_CONFIG } from './support/targets.js'

/**
 * Whether robots.txt lets `agent` fetch `path`, as RFC 9309 decides it: the group naming the
 * agent (else `*`), then the longest matching rule, Allow winning a tie; no rule means allowed.
 */
function robotsAllows(robots: string, agent: string, path: string): boolean {
  const groups: { agents: string[]; rules: { allow: boolean; path: string }[] }[] = []
  let open = false
  for (const raw of robots.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!m) continue
    const key = m[1]!.toLowerCase()
    const value = m[2]!
    if (key === 'user-agent') {
      if (!open) groups.push({ agents: [], rules: [] })
      groups.at(-1)!.agents.push(value.toLowerCase())
      open = true
    } else if (key === 'allow' || key === 'disallow') {
      open = false
      if (value) groups.at(-1)!.rules.push({ allow: key === 'allow', path: value })
    }
  }
  const named = groups.filter((g) => g.agents.includes(agent.toLowerCase()))
  const rules = (named.length ? named : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules)
  const best = rules
    .filter((r) => path.startsWith(r.path))
    .sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow))[0]
  return best?.allow ?? true
}

const PAGES = ['/', '/llms.txt', '/facts/some-fact', '/sources/some-source.md', '/v1/search?q=waste', '/v1/answer?q=waste', '/sitemap.xml']

describeTargets('/robots.txt', (fetch) => {
  it('lets search and user agents crawl pages, llms.txt and /v1/, and keeps training crawlers out by default', async () => {
    const res = await fetch('/robots.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const robots = await res.text()
    for (const agent of [...SEARCH_AGENTS, ...USER_AGENTS, 'SomeOtherBot']) {
      for (const path of PAGES) expect(robotsAllows(robots, agent, path), `${agent} ${path}`).toBe(true)
    }
    for (const agent of TRAINING_AGENTS) expect(robotsAllows(robots, agent, '/'), agent).toBe(false)
    for (const agent of ['OAI-SearchBot', 'Googlebot', 'SomeOtherBot']) expect(robotsAllows(robots, agent, '/search?q=x')).toBe(false)
    expect(robotsAllows(robots, 'ChatGPT-User', '/search?q=x')).toBe(true)
    expect(robots).toMatch(new RegExp(`^Sitemap: ${PUBLIC_URL}/sitemap\\.xml$`, 'm'))
  })
})

describe('/robots.txt with ALLOW_TRAINING_CRAWLERS', () => {
  it('lets training crawlers in when configured', async () => {
    const app = createApp(await bundledData(), { ...TEST_CONFIG, allowTrainingCrawlers: true })
    const robots = await (await app.request('/robots.txt')).text()
    for (const agent of TRAINING_AGENTS) for (const path of PAGES) expect(robotsAllows(robots, agent, path), `${agent} ${path}`).toBe(true)
  })
})

/** Each <url> of a sitemap, after checking the document is the well-formed shape we publish. */
function sitemapUrls(xml: string): { loc: string; lastmod?: string }[] {
  expect(xml).toMatch(
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n(\s*<url><loc>[^<]+<\/loc>(<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>)?<\/url>\n)*<\/urlset>\n$/,
  )
  // Text content must be escaped: no bare "&", no raw quotes in an element.
  expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/)
  return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({
    loc: m[1]!,
    ...(m[2] ? { lastmod: m[2] } : {}),
  }))
}

describeTargets('/sitemap.xml (bundled corpus)', (fetch) => {
  it('is well-formed XML listing every page with an absolute URL, and no lastmod where dates are unknown', async () => {
    const res = await fetch('/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/)
    const urls = sitemapUrls(await res.text())
    const locs = urls.map((u) => u.loc)
    const { corpus } = await bundledData()
    expect(locs).toContain(`${PUBLIC_URL}/`)
    for (const s of corpus.sources) expect(locs).toContain(`${PUBLIC_URL}/sources/${s.id}`)
    for (const f of corpus.facts) expect(locs).toContain(`${PUBLIC_URL}/facts/${f.id}`)
    expect(locs.filter((l) => l.startsWith(`${PUBLIC_URL}/topics/`)).length).toBeGreaterThan(0)
    expect(new Set(locs).size).toBe(locs.length)
    expect(corpus.sources.every((s) => !s.published && !s.retrieved)).toBe(true)
    expect(urls.filter((u) => u.lastmod)).toEqual([])
  })
})

const extraData = () => buildFromCorpus('test/fixtures/extra-corpus')

describeTargets(
  '/sitemap.xml (a source with a publication date)',
  (fetch) => {
    it('dates the pages of a dated source with its published date, and no page that mixes in an undated one', async () => {
      const urls = sitemapUrls(await (await fetch('/sitemap.xml')).text())
      const { corpus } = await extraData()
      const dated = corpus.sources.find((s) => s.published)!
      const undated = corpus.sources.find((s) => !s.published && !s.retrieved)!
      expect(corpus.facts.filter((x) => x.source.id === dated.id).length).toBeGreaterThan(0)
      expect(corpus.facts.filter((x) => x.source.id === undated.id).length).toBeGreaterThan(0)
      const lastmod = (path: string) => urls.find((u) => u.loc === PUBLIC_URL + path)?.lastmod
      expect(lastmod(`/sources/${dated.id}`)).toBe(dated.published)
      for (const f of corpus.facts.filter((x) => x.source.id === dated.id)) expect(lastmod(`/facts/${f.id}`)).toBe(dated.published)
      expect(lastmod(`/sources/${undated.id}`)).toBeUndefined()
      for (const f of corpus.facts.filter((x) => x.source.id === undated.id)) expect(lastmod(`/facts/${f.id}`)).toBeUndefined()
      expect(urls.find((u) => u.loc === `${PUBLIC_URL}/`)).toEqual({ loc: `${PUBLIC_URL}/` })
    })
  },
  extraData,
)
