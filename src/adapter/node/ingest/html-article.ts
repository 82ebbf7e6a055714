// linkedom gives Web-standard DOM objects; their types are the DOM lib's (Node-side code only).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { cleanExtracted, isStandfirst, type ArticleBlock, type ExtractedBlock } from '../../../core/ingest/chrome-blocks.js'
import { collapse } from '../../../core/ingest/block-features.js'
import { IngestError } from './ingest-error.js'
import { pageMetadata, type PageMetadata, type StatedArticle } from './page-metadata.js'
import { resolveLang } from './page-language.js'

/** Elements whose content is laid out as blocks; anything else is inline and joins its neighbours. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
)
/** Captions and credits are about the picture, not the article. */
const SKIPPED_TAGS = new Set(['FIGCAPTION', 'PICTURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT'])

/** What the page shows between two line breaks that keeps them from reading as a paragraph break. */
const MEDIA_TAGS = new Set(['IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'INPUT'])

/**
 * The extracted article's blocks in order: headings as headings, and every other run of text
 * (paragraphs, list items, quotes, table cells, runs split by two `<br>` with nothing shown
 * between them) as a paragraph of its own, its text as the page shows it (entities decoded by
 * the parser, whitespace collapsed, no markup). Inline elements are read through, so that a block
 * or a `<br><br>` inside a `<span>` still breaks the text where the page does. Each block also
 * says how much of it is link text and whether a picture came right before it.
 */
function articleBlocks(root: Element, skipped: string[]): ExtractedBlock[] {
  const out: ExtractedBlock[] = []
  // Set by a picture, cleared by the next text shown: that text is the picture's caption, if any.
  let afterMedia = false
  const walk = (el: Element, kind: ArticleBlock['kind']): void => {
    let part = { text: '', linked: 0, afterMedia: false }
    let afterBreak = false
    const end = () => {
      const text = collapse(part.text)
      if (text) out.push({ kind, text, linkShare: Math.min(1, part.linked / text.length), afterMedia: part.afterMedia })
      part = { text: '', linked: 0, afterMedia: false }
    }
    const read = (parent: Element, inLink: boolean): void => {
      for (const node of parent.childNodes) {
        if (node.nodeType === 3) {
          // The source's own newlines are whitespace; only <br><br> breaks a paragraph.
          const text = (node.textContent ?? '').replace(/[\r\n]/g, ' ')
          if (text.trim()) {
            if (!part.text.trim()) part.afterMedia = afterMedia
            afterBreak = afterMedia = false
            if (inLink) part.linked += collapse(text).length
          }
          part.text += text
        } else if (node.nodeType !== 1) continue
        else {
          const child = node as Element
          if (SKIPPED_TAGS.has(child.tagName)) {
            const text = spacedText(child)
            if (text) {
              skipped.push(text)
              afterBreak = false
            }
          } else if (MEDIA_TAGS.has(child.tagName.toUpperCase())) {
            afterBreak = false
            afterMedia = true
          } else if (child.tagName === 'BR') {
            if (afterBreak) end()
            else part.text += ' '
            afterBreak = true
          } else if (BLOCK_TAGS.has(child.tagName)) {
            end()
            walk(child, /^H[1-6]$/.test(child.tagName) || boldParagraph(child) ? 'heading' : 'paragraph')
          } else read(child, inLink || child.tagName === 'A')
        }
      }
    }
    read(el, false)
    end()
  }
  walk(root, 'paragraph')
  return out
}

/** An element's text with its blocks and line breaks kept apart ("Jane Doe Jane has…", not "Jane DoeJane has…"). */
function spacedText(el: Element): string {
  const parts: string[] = []
  const visit = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '')
    else if (node.nodeType === 1) {
      const block = BLOCK_TAGS.has((node as Element).tagName) || (node as Element).tagName === 'BR'
      if (block) parts.push(' ')
      node.childNodes.forEach(visit)
      if (block) parts.push(' ')
    }
  }
  visit(el)
  return collapse(parts.join(''))
}

/** A paragraph that is all bold (`<p><strong>Domestic industry</strong></p>`) is a heading by another name. */
function boldParagraph(el: Element): boolean {
  const bold = el.tagName === 'P' && el.children.length === 1 ? el.children[0]! : undefined
  return !!bold && /^(?:STRONG|B)$/.test(bold.tagName) && collapse(bold.textContent ?? '') === collapse(el.textContent ?? '')
}

/**
 * The paragraph right after the page's `<h1>`, which extractors tend to leave in the header with
 * the headline: kept when it reads as prose and the extracted text lacks it.
 */
function paragraphAfterHeadline(doc: Document): string | undefined {
  let next = doc.querySelector('h1')?.nextElementSibling
  while (next && !collapse(next.textContent ?? '')) next = next.nextElementSibling
  return next?.tagName === 'P' ? collapse(next.textContent ?? '') : undefined
}

/**
 * The headline as the page shows it: its first `<h1>` when the page's stated title contains it
 * (stated titles often carry " | Site" or " - Site"), else the stated title without such a tail.
 */
function headline(doc: Document, meta: PageMetadata): string | undefined {
  const h1 = collapse(doc.querySelector('h1')?.textContent ?? '')
  const stated = meta.title
  if (h1 && (!stated || stated.toLowerCase().includes(h1.toLowerCase()))) return h1
  if (!stated) return undefined
  const tail = /\s+[|\-–—]\s+([^|\-–—]+)$/u.exec(stated)
  return tail && meta.publisher && tail[1]!.toLowerCase().includes(meta.publisher.toLowerCase().split(/\s+/)[0]!) ? stated.slice(0, tail.index) : stated
}

/** Class and id words by which pages' markup names a picture's caption or credit, or an author's bio. */
const CAPTION_NAMES = new Set(['caption', 'captions', 'credit', 'credits', 'bio'])
/** A caption or a bio is a few sentences; an element this long so named is something else (a wrapper "has-caption"). */
const CAPTION_MAX_WORDS = 80

/**
 * Marks as `<figcaption>` the short elements whose class or id names them a caption, a credit or
 * a bio (`wp-caption-text`, `featured-image-caption`, `entry-author-bio`): what the markup says
 * is about the picture or the writer, not the article, though the extractor keeps it.
 */
function markCaptions(doc: Document): void {
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/[^a-z]+/)
    if (!names.some((n) => CAPTION_NAMES.has(n)) || el.closest('figcaption')) continue
    if (collapse(el.textContent ?? '').split(' ').length > CAPTION_MAX_WORDS) continue
    const caption = doc.createElement('figcaption')
    caption.append(...el.childNodes)
    el.replaceWith(caption)
  }
}

/**
 * An HTML page's article: Mozilla Readability (Firefox's Reader View) on linkedom picks the
 * content, then the same block signals as for captures drop what it lets through.
 */
export function htmlArticle(html: string): StatedArticle {
  const { document } = parseHTML(html)
  const meta = pageMetadata(document)
  const title = headline(document, meta)
  const standfirst = paragraphAfterHeadline(document)
  markCaptions(document)
  const parsed = new Readability(document).parse()
  if (!parsed?.content) throw new IngestError('no article found in the page')
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`)
  const skipped: string[] = []
  const blocks = articleBlocks(content.body, skipped)
  const { tag, lang } = resolveLang(meta.lang, blocks.map((b) => b.text).join('\n'))
  if (standfirst && isStandfirst(standfirst, lang) && !blocks.some((b) => b.text === standfirst)) blocks.unshift({ kind: 'paragraph', text: standfirst, linkShare: 0, afterMedia: false })
  const cleaned = cleanExtracted(blocks, lang, title ?? '')
  if (!cleaned) throw new IngestError('no article found in the page (too little prose)')
  return { title: title ?? '', blocks: cleaned.blocks, dropped: [...skipped, ...cleaned.dropped], meta, langTag: tag, lang }
}
