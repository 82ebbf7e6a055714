// npm run ingest:figures [-- --html-dir DIR]: how much of each known article the ingest command
// keeps and how much chrome it lets through, over the test captures, the test HTML pages, the real
// news pages of a public extraction suite (test/fixtures/ingest/pages), the bundled captures in
// ../shared/sources and, with --html-dir, any folder of <name>.html pages with
// their article text in <name>.expected.txt (paragraphs separated by blank lines, as content-
// extraction benchmarks give it). A paragraph counts as kept only when it comes out verbatim.
import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readArticle } from '../src/adapter/node/ingest/ingest-file.js'
import { IngestError } from '../src/adapter/node/ingest/ingest-error.js'
import { BUNDLED_CAPTURES, SHARED_SOURCES } from '../test/support/bundled-captures.js'
import { bodyBlocks, paragraphs, score, suitePages, type Score } from '../test/support/extraction-score.js'

interface Case {
  set: string
  page: string
  /** The article's blocks after the headline, headings without their `##`. */
  expected: string[]
  title?: string
  url?: string
}

const root = fileURLToPath(new URL('..', import.meta.url))

function frontMatterUrl(markdown: string): string | undefined {
  return /^url: (.+)$/m.exec(markdown)?.[1]
}

async function cases(htmlDir: string | undefined): Promise<Case[]> {
  const out: Case[] = []
  const captures = join(root, 'test/fixtures/ingest/captures')
  const heldOut = join(root, 'test/fixtures/held-out/sources')
  for (const name of (await readdir(captures)).filter((n) => n.endsWith('.txt')).sort()) {
    const id = basename(name, '.txt')
    const { title, blocks } = bodyBlocks(await readFile(join(captures, `${id}.expected.md`), 'utf8'))
    out.push({ set: 'test captures', page: join(captures, name), expected: blocks, title, url: frontMatterUrl(await readFile(join(heldOut, `${id}.md`), 'utf8')) })
  }
  const html = join(root, 'test/fixtures/ingest/html')
  for (const name of (await readdir(html)).filter((n) => n.endsWith('.html')).sort()) {
    const { title, blocks } = bodyBlocks(await readFile(join(heldOut, `${basename(name, '.html')}.md`), 'utf8'))
    out.push({ set: 'test HTML pages', page: join(html, name), expected: blocks, title })
  }
  for (const p of await suitePages()) out.push({ set: 'suite pages', page: p.source, expected: p.expected, url: p.url })
  for (const [file, id] of Object.entries(BUNDLED_CAPTURES)) {
    const corpusFile = await readFile(join(root, 'corpus/sources', `${id}.md`), 'utf8')
    const { title, blocks } = bodyBlocks(corpusFile)
    out.push({ set: 'bundled captures', page: fileURLToPath(new URL(file, SHARED_SOURCES)), expected: blocks, title, url: frontMatterUrl(corpusFile) })
  }
  if (htmlDir) {
    for (const name of (await readdir(htmlDir)).filter((n) => n.endsWith('.html')).sort()) {
      const text = await readFile(join(htmlDir, `${basename(name, '.html')}.expected.txt`), 'utf8')
      out.push({ set: `--html-dir`, page: join(htmlDir, name), expected: paragraphs(text) })
    }
  }
  return out
}

interface Totals extends Pick<Score, 'kept' | 'spaced' | 'lost' | 'chrome'> {
  pages: number
  titles: number
  failed: number
}

/** A suite page is its folder's name (every page there is `source.html`). */
function pageName(path: string): string {
  return basename(path) === 'source.html' ? basename(dirname(path)) : basename(path)
}

const { values } = parseArgs({ options: { 'html-dir': { type: 'string' } } })
const totals = new Map<string, Totals>()
console.log('set\tpage\tkept\tkept, spaced differently\tlost\tchrome kept\theadline')
for (const c of await cases(values['html-dir'])) {
  const total = totals.get(c.set) ?? { pages: 0, kept: 0, spaced: 0, lost: 0, chrome: 0, titles: 0, failed: 0 }
  totals.set(c.set, total)
  total.pages++
  try {
    const article = await readArticle(c.page, c.url)
    const { kept, spaced, lost, chrome } = score(c.expected, article.blocks.map((b) => b.text))
    const title = c.title === undefined ? '' : article.title === c.title ? 'right' : `wrong: ${article.title}`
    total.kept += kept
    total.spaced += spaced
    total.lost += lost
    total.chrome += chrome
    if (title === 'right') total.titles++
    console.log(`${c.set}\t${pageName(c.page)}\t${kept}\t${spaced}\t${lost}\t${chrome}\t${title}`)
  } catch (err) {
    if (!(err instanceof IngestError)) throw err
    total.failed++
    total.lost += c.expected.length
    console.log(`${c.set}\t${pageName(c.page)}\t0\t0\t${c.expected.length}\t0\terror: ${err.message}`)
  }
}
console.log('\nset\tpages\tparagraphs kept\tkept, spaced differently\tparagraphs lost\tchrome blocks kept\theadlines right\tpages refused')
for (const [set, t] of totals) console.log(`${set}\t${t.pages}\t${t.kept}\t${t.spaced}\t${t.lost}\t${t.chrome}\t${t.titles}\t${t.failed}`)
