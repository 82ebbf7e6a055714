import { captureArticle as readCapture } from '../../../core/ingest/chrome-blocks.js'
import { IngestError } from './ingest-error.js'
import { resolveLang } from './page-language.js'
import type { StatedArticle } from './page-metadata.js'

/** A plain-text capture's blocks: paragraphs are separated by blank lines. */
export function captureBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
}

/** A plain-text page capture's article; it states nothing, and its language is read from its text. */
export function captureArticle(text: string, url: string | undefined): StatedArticle {
  const { lang } = resolveLang(undefined, text)
  const article = readCapture(captureBlocks(text), lang, url)
  if (!article) throw new IngestError('no article found in the capture (no run of prose long enough)')
  if (!article.title) throw new IngestError('no headline found before the article')
  return { ...article, meta: {}, langTag: lang, lang }
}
