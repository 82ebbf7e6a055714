import { expect, it } from 'vitest'
import { negotiate } from '../src/core/http/negotiate.js'
import { ProblemSchema } from '../src/core/http/problem.js'
import { extractJsonLd } from '../scripts/structured-data.js'
import { bundledData, describeTargets, PUBLIC_URL, type Fetch } from './support/targets.js'

const { corpus } = await bundledData()
const enFact = corpus.facts.find((f) => f.lang === 'en' && f.figures.some((g) => g.kind === 'amount'))!
const itFact = corpus.facts.find((f) => f.lang === 'it' && f.figures.some((g) => g.kind === 'amount'))!
const enSource = corpus.sources.find((s) => s.lang === 'en')!
const itSource = corpus.sources.find((s) => s.lang === 'it')!
const topicId = enFact.topics[0]!

/** The first value of an attribute on the first tag matching `tag` that has `where` in it. */
function attr(html: string, tag: string, where: string, name: string): string | undefined {
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    if (m[0].includes(where)) return m[0].match(new RegExp(`\\b${name}="([^"]*)"`))?.[1]
  }
  return undefined
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

async function html(fetch: Fetch, path: string) {
  const res = await fetch(path)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
  return { res, body: await res.text() }
}

async function expectProblem(fetch: Fetch, path: string, status: number, detail: RegExp) {
  const res = await fetch(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(ProblemSchema.parse(await res.json()).detail).toMatch(detail)
}

it('negotiate prefers the default unless an alternative is named at least as highly', () => {
  const md = (accept?: string) => negotiate(accept, 'text/html', ['text/markdown'])
  expect(md(undefined)).toBe('text/html')
  expect(md('*/*')).toBe('text/html')
  expect(md('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('text/html')
  expect(md('text/markdown')).toBe('text/markdown')
  expect(md('text/markdown, */*;q=0.1')).toBe('text/markdown')
  expect(md('text/html, text/markdown;q=0.5')).toBe('text/html')
  expect(md('text/markdown;q=0, */*')).toBe('text/html')
})

describeTargets('HTML pages', (fetch) => {
  it('the home page describes the service, searches by GET and lists sources and topics', async () => {
    const { body } = await html(fetch, '/')
    expect(body.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true)
    expect(attr(body, 'form', 'role="search"', 'action')).toBe('/search')
    expect(attr(body, 'form', 'role="search"', 'method')).toBe('get')
    for (const s of corpus.sources) expect(body).toContain(`href="/sources/${s.id}"`)
    expect(body).toContain(`href="/topics/${topicId}"`)
    expect(attr(body, 'link', 'rel="canonical"', 'href')).toBe(`${PUBLIC_URL}/`)
    expect(attr(body, 'link', 'type="text/markdown"', 'href')).toBe(`${PUBLIC_URL}/index.md`)
  })

  it.each([
    ['English', enFact],
    ['Italian', itFact],
  ])('a fact page (%s) has its language, canonical URL, figure in the description and the cited quote', async (_, fact) => {
    const { body } = await html(fetch, `/facts/${fact.id}`)
    expect(body).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${fact.lang}">`))
    expect(attr(body, 'link', 'rel="canonical"', 'href')).toBe(`${PUBLIC_URL}/facts/${fact.id}`)
    expect(attr(body, 'link', 'rel="alternate"', 'href')).toBe(`${PUBLIC_URL}/facts/${fact.id}.md`)
    const amount = fact.figures.find((g) => g.kind === 'amount')!
    expect(unescape(attr(body, 'meta', 'name="description"', 'content')!)).toContain(amount.text)
    expect(unescape(attr(body, 'blockquote', 'cite=', 'cite')!)).toBe(fact.citation.url)
    expect(body).toMatch(/<\/blockquote><figcaption>— <cite><a href="[^"]+">/)
    expect(body).toContain(`<th scope="row">${amount.text}</th>`)
    expect(body).toContain(`href="/sources/${fact.source.id}"`)
    const [graph] = extractJsonLd(body) as Array<{ '@graph': Array<Record<string, unknown>> }>
    expect(graph!['@graph'].find((n) => n['@type'] === 'Claim')).toMatchObject({ text: fact.text, inLanguage: fact.lang })
  })

  it('a source page groups its facts under the section headings, in the article language', async () => {
    const { body } = await html(fetch, `/sources/${enSource.id}`)
    expect(body).toMatch(/^<!DOCTYPE html><html lang="en">/)
    const withHeading = corpus.facts.find((f) => f.source.id === enSource.id && f.citation.heading)!
    const at = body.indexOf(`<h2>${escape(withHeading.citation.heading!)}</h2>`)
    expect(at).toBeGreaterThan(0)
    expect(body.indexOf(`href="/facts/${withHeading.id}"`)).toBeGreaterThan(at)
    expect(await html(fetch, `/sources/${itSource.id}`).then((r) => r.body)).toMatch(/^<!DOCTYPE html><html lang="it">/)
  })

  it('a topic page lists its facts grouped by source, each in its own language', async () => {
    const { body } = await html(fetch, `/topics/${topicId}`)
    const facts = corpus.facts.filter((f) => f.topics.includes(topicId))
    for (const f of facts) expect(body).toContain(`<li lang="${f.lang}"><a href="/facts/${f.id}">`)
    expect(attr(body, 'link', 'rel="canonical"', 'href')).toBe(`${PUBLIC_URL}/topics/${topicId}`)
  })

  it('search shows the form, and for a query its results; a too-long query is a 400 problem', async () => {
    const empty = (await html(fetch, '/search')).body
    expect(empty).toContain('name="q"')
    expect(empty).not.toContain('<ol>')
    const { body } = await html(fetch, '/search?q=' + encodeURIComponent('Xiaomi R&D investment'))
    expect(body).toContain(`href="/facts/${enFact.id}"`)
    expect(attr(body, 'meta', 'name="robots"', 'content')).toBe('noindex, follow')
    expect(body).toContain(`name="q" value="${escape('Xiaomi R&D investment')}"`)
    await expectProblem(fetch, '/search?q=' + 'a'.repeat(501), 400, /q: must be at most 500/)
  })

  it.each(['/facts/nope', '/facts/nope.md', '/sources/nope', '/topics/nope', '/topics/nope.md'])('%s is a 404 problem', async (path) => {
    await expectProblem(fetch, path, 404, /No (fact|source|topic) has the id "nope"/)
  })

  it('HTML responses vary on Accept and link llms.txt and the Markdown alternate', async () => {
    const { res } = await html(fetch, `/facts/${enFact.id}`)
    expect(res.headers.get('vary')).toMatch(/Accept/i)
    const link = res.headers.get('link')!
    expect(link).toContain(`<${PUBLIC_URL}/llms.txt>; rel="describedby"; type="text/plain"`)
    expect(link).toContain(`<${PUBLIC_URL}/facts/${enFact.id}.md>; rel="alternate"; type="text/markdown"`)
  })

  it.each([
    ['/', '/index.md'],
    [`/facts/${enFact.id}`, `/facts/${enFact.id}.md`],
    [`/sources/${itSource.id}`, `/sources/${itSource.id}.md`],
    [`/topics/${topicId}`, `/topics/${topicId}.md`],
    ['/search?q=waste', '/search.md?q=waste'],
  ])('%s is Markdown when asked by Accept, the same as %s', async (path, mdPath) => {
    const negotiated = await fetch(path, { headers: { accept: 'text/markdown' } })
    expect(negotiated.status).toBe(200)
    expect(negotiated.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(negotiated.headers.get('vary')).toMatch(/Accept/i)
    const direct = await fetch(mdPath)
    expect(direct.status).toBe(200)
    expect(direct.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const text = await direct.text()
    expect(text).toMatch(/^# /)
    expect(await negotiated.text()).toBe(text)
    const browser = await fetch(path, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
    expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('GET /v1/facts/{id} is JSON by default and a schema.org graph for Accept: application/ld+json', async () => {
    const json = await fetch(`/v1/facts/${enFact.id}`)
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    expect(json.headers.get('vary')).toMatch(/Accept/i)
    const ld = await fetch(`/v1/facts/${enFact.id}`, { headers: { accept: 'application/ld+json' } })
    expect(ld.status).toBe(200)
    expect(ld.headers.get('content-type')).toBe('application/ld+json')
    const graph = (await ld.json()) as { '@context': string; '@graph': Array<Record<string, unknown>> }
    expect(graph['@context']).toBe('https://schema.org')
    expect(graph['@graph'].find((n) => n['@type'] === 'Claim')!['@id']).toBe(`${PUBLIC_URL}/facts/${enFact.id}#claim`)
  })

  it('GET /v1/graph is the whole corpus as one JSON-LD graph', async () => {
    const res = await fetch('/v1/graph')
    expect(res.headers.get('content-type')).toBe('application/ld+json')
    const graph = (await res.json()) as { '@graph': Array<Record<string, unknown>> }
    expect(graph['@graph'].filter((n) => n['@type'] === 'Claim')).toHaveLength(corpus.facts.length)
    expect(graph['@graph'].filter((n) => n['@type'] === 'Dataset')).toHaveLength(1)
  })
})
