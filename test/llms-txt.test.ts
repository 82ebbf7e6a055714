import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { checkLlmsTxt, llmsFullTxt, parseLlmsTxt } from '../src/core/publish/llms-txt.js'
import { bundledData, describeTargets, PUBLIC_URL, TEST_CONFIG, type Fetch } from './support/targets.js'

/** The Content-Type a published link must answer with, from the kind of URL. */
function expectedType(path: string): RegExp {
  const page = path.split('?')[0]!
  if (page.endsWith('.md')) return /^text\/markdown; charset=utf-8$/
  if (page.endsWith('.txt')) return /^text\/plain; charset=utf-8$/
  if (page.endsWith('.xml')) return /^application\/xml/
  if (page === '/v1/graph') return /^application\/ld\+json/
  if (page === '/openapi.json' || page === '/ask' || page.startsWith('/v1/') || page.startsWith('/.well-known/')) return /^application\/json/
  return /^text\/html/
}

/** Our absolute links, as paths for the target (the test base URL is not where the app listens). */
function toPath(url: string): string {
  expect(url.startsWith(PUBLIC_URL + '/')).toBe(true)
  return url.slice(PUBLIC_URL.length)
}

async function expectLinksServe(fetch: Fetch, urls: readonly string[]) {
  const failures: string[] = []
  for (const url of urls) {
    const path = toPath(url)
    const res = await fetch(path)
    const type = res.headers.get('content-type') ?? ''
    if (res.status !== 200 || !expectedType(path).test(type)) failures.push(`${path}: ${res.status} ${type}`)
    await res.arrayBuffer()
  }
  expect(failures).toEqual([])
}

describe('the llms.txt parser follows the reference rules', () => {
  it('reads title, summary, info and sections as the reference tests do', () => {
    const d = parseLlmsTxt(
      '# Title\n\n> Optional description goes here\n\nOptional details go here\n\n## Section name\n\n- [Link title](https://link_url): Optional link details\n\n## Optional\n\n- [Link title](https://link_url)\n',
    )
    expect(d).toEqual({
      title: 'Title',
      summary: 'Optional description goes here',
      info: 'Optional details go here',
      sections: [
        { name: 'Section name', links: [{ title: 'Link title', url: 'https://link_url', desc: 'Optional link details' }] },
        { name: 'Optional', links: [{ title: 'Link title', url: 'https://link_url' }] },
      ],
    })
    const bare = parseLlmsTxt('# Only Title\n\nOnly details here\n\n## Section\n\n- [Item](https://example.com)\n')
    expect(bare.summary).toBeUndefined()
    expect(bare.info).toBe('Only details here')
  })

  it('loses a summary followed directly by an H2, and rejects a non-link section line, as the reference does', () => {
    const lost = parseLlmsTxt('# T\n\n> Summary\n\n## Links\n\n- [a](https://a.example)\n')
    expect(lost.summary).toBeUndefined()
    expect(lost.info).toBe('> Summary')
    expect(() => parseLlmsTxt('# T\n\n> S\n\nInfo\n\n## Links\n\nSee below.\n- [a](https://a.example)\n')).toThrow(/^esg-facts: llms.txt line 9 .*not a link/)
    expect(() => parseLlmsTxt('No title here\n')).toThrow(/^esg-facts: /)
  })

  it('checkLlmsTxt flags broken files', () => {
    const good = '# T\n\n> S\n\nInfo.\n\n## Links\n\n- [a](https://a.example): note\n'
    expect(checkLlmsTxt(good)).toEqual([])
    expect(checkLlmsTxt(good + 'A paragraph in a section.\n')).toEqual([expect.stringMatching(/^line 10: not a "- \[title\]\(url\): note" link line/)])
    expect(checkLlmsTxt('# T\n\n> S\n\n## Links\n\n- [a](https://a.example)\n')).toEqual([expect.stringMatching(/summary.*followed directly by an H2/)])
    expect(checkLlmsTxt(good.replace('https://a.example', '/a'))).toEqual([expect.stringMatching(/relative link "\/a"/)])
    expect(checkLlmsTxt(good.replace('> S\n\n', ''))).toEqual([expect.stringMatching(/no "> summary"/)])
    expect(checkLlmsTxt(good + '\n### Deeper\n\n- [b](https://b.example)\n')).toEqual([expect.stringMatching(/deeper than H2/)])
    expect(checkLlmsTxt('## Links\n\n- [a](https://a.example)\n').length).toBeGreaterThanOrEqual(2)
  })
})

describeTargets('/llms.txt', (fetch) => {
  it('is text/plain and parses under the reference rules, with link-only sections ending in "Optional"', async () => {
    const res = await fetch('/llms.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const text = await res.text()
    expect(checkLlmsTxt(text)).toEqual([])
    const d = parseLlmsTxt(text)
    expect(d.title).toBe('esg-facts')
    expect(d.summary).toMatch(/verbatim/)
    expect(d.info).toMatch(/cite/i)
    expect(d.sections.map((s) => s.name)).toEqual(['Sources', 'Organisations', 'Facts by topic', 'API and docs', 'Optional'])
    for (const s of d.sections) expect(s.links.length).toBeGreaterThan(0)
    const { corpus } = await bundledData()
    expect(d.sections[0]!.links.map((l) => l.url)).toEqual(corpus.sources.map((s) => `${PUBLIC_URL}/sources/${s.id}.md`))
  })

  it('links only to URLs that answer 200 with the right Content-Type', async () => {
    const d = parseLlmsTxt(await (await fetch('/llms.txt')).text())
    await expectLinksServe(fetch, d.sections.flatMap((s) => s.links.map((l) => l.url)))
  })

  it('every page in sitemap.xml answers 200 with HTML', async () => {
    const xml = await (await fetch('/sitemap.xml')).text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    expect(locs.length).toBeGreaterThan(3)
    await expectLinksServe(fetch, locs)
  })

  it('/llms-full.txt holds every fact quote and citation URL', async () => {
    const res = await fetch('/llms-full.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const text = await res.text()
    const { corpus } = await bundledData()
    for (const f of corpus.facts) {
      expect(text).toContain(f.citation.quote)
      expect(text).toContain(f.citation.url)
    }
    for (const s of corpus.sources) expect(text).toContain(`## ${s.title}`)
  })
})

describe('/llms-full.txt', () => {
  it('is the same across two builds of the corpus, in corpus order', async () => {
    const [a, b] = await Promise.all([buildFromCorpus('corpus/sources'), buildFromCorpus('corpus/sources')])
    const full = llmsFullTxt({ corpus: a.corpus, publicUrl: PUBLIC_URL })
    expect(llmsFullTxt({ corpus: b.corpus, publicUrl: PUBLIC_URL })).toBe(full)
    const at = a.corpus.facts.map((f) => full.indexOf(f.citation.url))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect(at).toEqual([...at].sort((x, y) => x - y))
  })

  it('is rendered once per app, not per request', async () => {
    const data = await buildFromCorpus('corpus/sources')
    const facts = [...data.corpus.facts]
    const app = createApp({ ...data, corpus: { ...data.corpus, facts } }, TEST_CONFIG)
    const first = await (await app.request('/llms-full.txt')).text()
    facts.pop() // the data an app serves never changes; if it did, the rendered document would not
    expect(await (await app.request('/llms-full.txt')).text()).toBe(first)
    expect(llmsFullTxt({ corpus: { ...data.corpus, facts }, publicUrl: PUBLIC_URL })).not.toBe(first)
  })
})
