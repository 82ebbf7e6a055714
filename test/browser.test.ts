import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { bundledData, serveOnLoopback, TEST_CONFIG, type LoopbackServer } from './support/targets.js'
import { seriesCorpusData } from './support/variables.js'

/**
 * A real browser with JavaScript disabled reads a fact page from a loopback server: the page must
 * work as plain HTML, as crawlers that do not run scripts see it. Debian's chromium is used as
 * installed (no browser download); CI must have it (.ci/run installs it), a laptop may skip.
 */
const CHROMIUM = '/usr/bin/chromium'
/** Where the screenshots go, to be looked at (not compared: fonts differ between machines). */
const SCREENSHOTS = 'node_modules/.cache/browser-test'
const haveChromium = existsSync(CHROMIUM)
if (!haveChromium && process.env.CI) throw new Error(`esg-facts: ${CHROMIUM} is missing on CI; install Debian's chromium (see .ci/run)`)
if (!haveChromium) console.warn(`browser.test: ${CHROMIUM} not found; skipping (apt-get install -y chromium to run it)`)

/** The page's scroll width and the elements that reach past the viewport's right edge. */
async function widthsOf(page: Page): Promise<{ page: number; overflowing: string[] }> {
  // Run in the page (a string, as this file is compiled without the DOM's types).
  return (await page.evaluate(`({
    page: document.documentElement.scrollWidth,
    overflowing: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => el.tagName),
  })`)) as { page: number; overflowing: string[] }
}

describe.skipIf(!haveChromium)('a fact page in Chromium without JavaScript', () => {
  let server: LoopbackServer | undefined
  let browser: Browser

  beforeAll(async () => {
    server = await serveOnLoopback(createApp(await bundledData(), TEST_CONFIG))
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows the figure and the quote, and carries a parsable JSON-LD graph', async () => {
    const { corpus } = await bundledData()
    const fact = corpus.facts.find((f) => f.figures.some((g) => g.kind === 'amount'))!
    const figure = fact.figures.find((g) => g.kind === 'amount')!
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const res = await page.goto(`${server!.base}/facts/${fact.id}`)
      expect(res?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe(fact.lang)
      expect(await page.locator('table th[scope=row]', { hasText: figure.text }).count()).toBe(1)
      expect(await page.locator('blockquote').innerText()).toBe(fact.citation.quote)
      expect(await page.locator('blockquote').getAttribute('cite')).toBe(fact.citation.url)
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(scripts).toHaveLength(1)
      const graph = JSON.parse(scripts[0]!) as { '@graph': Array<Record<string, unknown>> }
      expect(graph['@graph'].find((n) => n['@type'] === 'Claim')!.text).toBe(fact.text)
      expect(graph['@graph'].find((n) => n['@type'] === 'Observation' && n.name === figure.text)!.value).toBe(figure.value)
      // The search form works without scripts: submitting it is a plain GET navigation.
      await page.fill('header input[name=q]', 'Xiaomi')
      await Promise.all([page.waitForURL(/\/search\?q=Xiaomi$/), page.click('header button[type=submit]')])
      expect(await page.locator('main ol li').count()).toBeGreaterThan(0)
    } finally {
      await context.close()
    }
  })

  it('is usable 390 px wide: nothing wider than the screen, the figures table readable within it', async () => {
    const { corpus } = await bundledData()
    // The fact with the most figures has the widest table.
    const fact = [...corpus.facts].sort((a, b) => b.figures.length - a.figures.length)[0]!
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
    try {
      const page = await context.newPage()
      await page.goto(`${server!.base}/facts/${fact.id}`)
      const widths = await widthsOf(page)
      expect(widths.page).toBeLessThanOrEqual(390)
      expect(widths.overflowing).toEqual([])
      const table = page.locator('table').first()
      expect((await table.boundingBox())!.width).toBeLessThanOrEqual(390)
      // Each row stacks as a card: every value is labelled, as the hidden column headers would.
      const label = await page.evaluate(`getComputedStyle(document.querySelector('td[data-label]'), '::before').content`)
      expect(label).toMatch(/^".+:"$/)
      mkdirSync(SCREENSHOTS, { recursive: true })
      const shot = await page.screenshot({ path: join(SCREENSHOTS, 'fact-390.png'), fullPage: true })
      // A PNG of the page as drawn at that width.
      expect(shot.subarray(1, 4).toString()).toBe('PNG')
      expect(shot.readUInt32BE(16)).toBe(390)
    } finally {
      await context.close()
    }
  })

  it("draws an organisation's charts without scripts, within 390 px", async () => {
    const series = await serveOnLoopback(createApp(await seriesCorpusData(), TEST_CONFIG))
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
    try {
      const page = await context.newPage()
      await page.goto(`${series.base}/organizations/aurora-foods-s-p-a`)
      const charts = page.locator('svg[role=img]')
      expect(await charts.count()).toBe(2)
      const box = (await charts.first().boundingBox())!
      expect([box.width, box.height]).toEqual([320, 150])
      expect(await page.locator('svg[role=img] circle').count()).toBe(5)
      const widths = await widthsOf(page)
      expect(widths).toEqual({ page: 390, overflowing: [] })
      mkdirSync(SCREENSHOTS, { recursive: true })
      await page.screenshot({ path: join(SCREENSHOTS, 'organization-390.png'), fullPage: true })
    } finally {
      await context.close()
      await series.close()
    }
  })
})
