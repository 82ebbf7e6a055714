import { access, mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import matter from 'gray-matter'
import { CorpusError } from '../../../core/corpus/corpus-error.js'
import { formatSource } from '../../../core/corpus/format-source.js'
import { parseSource } from '../../../core/corpus/parse-source.js'
import type { SourceMeta } from '../../../core/corpus/source-schema.js'
import type { ArticleBlock } from '../../../core/ingest/chrome-blocks.js'
import { defaultId, organisationInTitle, reportInText } from '../../../core/ingest/infer-about.js'
import { captureArticle } from './capture-article.js'
import { htmlArticle } from './html-article.js'
import type { StatedArticle } from './page-metadata.js'
import { IngestError } from './ingest-error.js'
import { readPage } from './read-page.js'

/** The command's flags: what the page does not state, and where to write. */
export interface IngestOptions {
  url?: string
  publisher?: string
  organization?: string
  wikidata?: string
  reportName?: string
  reportYear?: string
  section?: string
  id?: string
  out?: string
  force?: boolean
}

export interface IngestResult {
  path: string
  meta: SourceMeta
  /** The corpus file's body, as written. */
  body: string
  blocks: readonly ArticleBlock[]
  /** Every block left out, in page order. */
  dropped: readonly string[]
}

export const DEFAULT_OUT = 'corpus/sources'

/** The corpus format's body: the headline as `#`, section headings as `##`, paragraphs. */
export function articleBody(title: string, blocks: readonly ArticleBlock[]): string {
  return [`# ${title}`, ...blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text))].join('\n\n') + '\n'
}

/** A relative canonical link cannot be resolved without the page's own address. */
function absoluteUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined
}

/** A page or capture's article, with what the page states; `url` helps find a capture's headline. */
export async function readArticle(file: string, url?: string): Promise<StatedArticle> {
  const page = await readPage(file)
  return page.kind === 'html' ? htmlArticle(page.text) : captureArticle(page.text, url)
}

/**
 * Reads a page or capture, keeps its article and writes it as a corpus file. What the page does
 * not state comes from the options, or from the text where it makes it plain; otherwise this
 * throws naming every flag that is missing. The file is checked with the corpus schema before it
 * is written, and an existing file is replaced only with `force`. Nothing is written on error.
 */
export async function ingestFile(file: string, o: IngestOptions = {}): Promise<IngestResult> {
  const article = await readArticle(file, o.url)
  const stated = article.meta
  const text = article.blocks.map((b) => b.text).join('\n\n')
  const organisation = o.organization ?? organisationInTitle(article.title, text, article.lang)
  const named = reportInText(article.title, text, article.lang)
  const reportYear = o.reportYear ?? (named ? String(named.year) : undefined)
  const reportName = o.reportName ?? (organisation && named ? `${organisation} ${named.phrase.charAt(0).toUpperCase()}${named.phrase.slice(1)}` : undefined)
  const url = o.url ?? absoluteUrl(stated.canonical)
  const publisher = o.publisher ?? stated.publisher
  const missing = [
    [url, '--url URL (the page states no canonical URL)'],
    [publisher, '--publisher NAME (the page does not name its publisher)'],
    [organisation, '--organization NAME (the headline names no organisation plainly)'],
    [reportName, '--report-name NAME (the text names no report with its year)'],
    [reportYear, '--report-year YYYY (the text names no report with its year)'],
  ].filter(([value]) => !value)
  if (missing.length) throw new IngestError(`missing ${missing.map(([, flag]) => flag).join(', ')}`)
  const year = Number(reportYear)
  const id = o.id ?? defaultId(publisher!, organisation!, article.title, year, article.lang)
  const draft = {
    id,
    title: article.title,
    publisher,
    section: o.section ?? stated.section,
    url,
    lang: article.langTag,
    about: {
      organization: { name: organisation, wikidata: o.wikidata },
      report: { name: reportName, reportingYear: Number.isInteger(year) ? year : reportYear },
    },
    published: stated.published,
  }
  const body = articleBody(article.title, article.blocks)
  const path = join(o.out ?? DEFAULT_OUT, `${id}.md`)
  const source = checked(path, formatSource(draft as SourceMeta, body))
  if (!o.force && (await exists(path))) throw new IngestError(`${path} already exists: pass --force to overwrite it`)
  await mkdir(o.out ?? DEFAULT_OUT, { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, source)
  await rename(temporary, path)
  return { path, meta: parseBack(path, source), body, blocks: article.blocks, dropped: article.dropped }
}

/** The file as the build will read it: parsed with gray-matter and validated by the corpus schema. */
function parseBack(path: string, source: string): SourceMeta {
  const { data, content } = matter(source, {})
  return parseSource(path, data, content).meta
}

function checked(path: string, source: string): string {
  try {
    parseBack(path, source)
    return source
  } catch (err) {
    if (err instanceof CorpusError) throw new IngestError(`the file would not be valid: ${err.message.slice(`esg-facts: ${err.file}: `.length)}`)
    throw err
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}
