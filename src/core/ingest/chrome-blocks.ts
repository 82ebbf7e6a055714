import type { Lang } from '../lang/lang-tag.js'
import { blockFeatures, words, type BlockFeatures } from './block-features.js'

/** One block of an article body, as the corpus format writes it (`##` heading or paragraph). */
export interface ArticleBlock {
  readonly kind: 'heading' | 'paragraph'
  readonly text: string
}

/** A block as an HTML extractor gives it, with what the markup says about it. */
export interface ExtractedBlock extends ArticleBlock {
  /** Share of its characters that are link text: a teaser or a menu item is a link and nothing else. */
  readonly linkShare: number
  /** A picture came right before it, with no text between: a caption, when it is not a sentence. */
  readonly afterMedia: boolean
}

/** A page read apart: the headline, the article's blocks in order, and every block left out. */
export interface PageArticle {
  readonly title: string
  readonly blocks: readonly ArticleBlock[]
  readonly dropped: readonly string[]
}

/**
 * The thresholds, in one place. A paragraph of prose is at least ten words that end as a sentence
 * and carry function words (jusText's "good" block: furniture, teaser titles and date lines carry
 * few); a heading is short and unpunctuated; the article is the longest run of prose that no hard
 * break (a bar of links, a date line, a ranked list) interrupts and no more than two other blocks
 * (a heading, an inline teaser, an ad marker) interrupt in a row.
 */
const TUNING = {
  proseMinWords: 10,
  proseMinStopDensity: 0.1,
  maxGap: 2,
  headingMaxWords: 18,
  titleMinWords: 4,
  titleMaxWords: 30,
  standfirstMinWords: 8,
  /** A title whose words and the URL's slug agree this much (F1) is the headline, wherever it stands. */
  slugMatch: 0.6,
  /** Less than this in paragraphs is a page with no article (a home page, a list of teasers). */
  articleMinWords: 50,
  /** An extracted HTML block under this many words that does not end as a sentence is a caption or byline. */
  captionMaxWords: 8,
  /** A block this much link text is a link (a teaser headline, a menu item), not the article's text. */
  linkOnlyShare: 0.9,
} as const

function furniture(f: BlockFeatures): boolean {
  return f.chromeLabel || f.chromeWords || f.dateLine || f.byline || f.credit || f.shouting
}

function isProse(f: BlockFeatures): boolean {
  return (
    f.words >= TUNING.proseMinWords && f.terminal && f.stopDensity >= TUNING.proseMinStopDensity && !f.bar && !furniture(f)
  )
}

/**
 * Blocks that end an article's run: nothing inside an article looks like them. A label of two or
 * more furniture words ("Related news", "Most popular", "Articoli correlati") heads a list of
 * teasers; a single one ("Advertisement") marks an ad slot inside the text.
 */
function isHardBreak(f: BlockFeatures): boolean {
  return (
    f.bar ||
    (f.chromeWords && !f.chromeLabel && f.words >= 2 && !f.terminal) ||
    f.dateLine ||
    (f.hasDate && !f.terminal) ||
    (f.numbered && !f.terminal) ||
    (f.lines >= 2 && f.words / f.lines < TUNING.proseMinWords)
  )
}

function isHeadingLike(f: BlockFeatures): boolean {
  return f.words >= 1 && f.words <= TUNING.headingMaxWords && (!f.terminal || f.question) && f.separators === 0 && !furniture(f) && !f.hasDate
}

function isTitleLike(f: BlockFeatures): boolean {
  return (
    f.words >= TUNING.titleMinWords && f.words <= TUNING.titleMaxWords && (!f.terminal || f.question) && f.separators === 0 && !furniture(f) && !f.hasDate
  )
}

function isShortParagraph(f: BlockFeatures): boolean {
  return f.terminal && f.words >= 4 && !f.bar && !furniture(f)
}

function standfirstLike(f: BlockFeatures): boolean {
  return f.words >= TUNING.standfirstMinWords && isShortParagraph(f) && f.stopDensity >= TUNING.proseMinStopDensity
}

/** A block right after a headline that reads as a sentence of prose: the article's standfirst. */
export function isStandfirst(text: string, lang: Lang): boolean {
  return standfirstLike(blockFeatures(text, lang))
}

/** Folded, accent-free tokens, as a URL slug spells a headline. */
function slugTokens(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  )
}

function slugAgreement(title: string, slug: ReadonlySet<string>): number {
  const t = slugTokens(title)
  const common = [...t].filter((w) => slug.has(w)).length
  return common === 0 ? 0 : (2 * common) / (t.size + slug.size)
}

/** The words of a URL's path: a headline's slug, when the site made one. */
export function urlSlug(url: string | undefined): Set<string> {
  if (!url) return new Set()
  try {
    return slugTokens(decodeURIComponent(new URL(url).pathname))
  } catch {
    return new Set()
  }
}

interface Run {
  start: number
  end: number
  chars: number
}

function longestRun(feats: readonly BlockFeatures[], prose: readonly boolean[]): Run | null {
  let best: Run | null = null
  for (let i = 0; i < feats.length; ) {
    if (!prose[i]) {
      i++
      continue
    }
    const run: Run = { start: i, end: i, chars: feats[i]!.text.length }
    for (let j = i + 1, gap = 0; j < feats.length; j++) {
      if (prose[j]) {
        run.end = j
        run.chars += feats[j]!.text.length
        gap = 0
      } else if (isHardBreak(feats[j]!) || ++gap > TUNING.maxGap) break
    }
    if (!best || run.chars > best.chars) best = run
    i = run.end + 1
  }
  return best
}

/**
 * The headline: the title-like block nearest before the article (bylines, date and share lines
 * stand between them), unless another block before it matches the URL's slug, which sites derive
 * from the headline.
 */
function findTitle(feats: readonly BlockFeatures[], before: number, slug: ReadonlySet<string>): number {
  let nearest = -1
  let bySlug = -1
  let bestAgreement: number = TUNING.slugMatch
  for (let i = before - 1; i >= 0; i--) {
    if (!isTitleLike(feats[i]!)) continue
    if (nearest < 0) nearest = i
    const agreement = slugAgreement(feats[i]!.text, slug)
    if (agreement >= bestAgreement) {
      bestAgreement = agreement
      bySlug = i
    }
  }
  return bySlug >= 0 ? bySlug : nearest
}

/** The first words of a dropped block, so that a user can check what was left out. */
export function firstWords(text: string, n = 8): string {
  const ws = text.split(/\s+/u)
  return ws.length > n ? `${ws.slice(0, n).join(' ')} …` : text
}

/**
 * A plain-text page capture (one block per paragraph) read apart into its article and its chrome.
 * Returns null when no run of prose is long enough to be an article.
 */
export function captureArticle(blocks: readonly string[], lang: Lang, url?: string): PageArticle | null {
  const feats = blocks.map((b) => blockFeatures(b, lang))
  const prose = feats.map(isProse)
  const run = longestRun(feats, prose)
  if (!run) return null
  const titleAt = findTitle(feats, run.start, urlSlug(url))
  const kept = new Map<number, ArticleBlock>()
  for (let i = titleAt + 1; i < run.start; i++) {
    // A standfirst stands between the headline and the text, among bylines and share bars.
    if (titleAt >= 0 && standfirstLike(feats[i]!)) kept.set(i, { kind: 'paragraph', text: feats[i]!.text })
  }
  for (let i = run.start; i <= run.end; i++) {
    const f = feats[i]!
    if (prose[i] || isShortParagraph(f)) kept.set(i, { kind: 'paragraph', text: f.text })
    else if (isHeadingLike(f) && prose[i + 1]) kept.set(i, { kind: 'heading', text: f.text })
  }
  const body = [...kept.values()]
  if (paragraphWords(body) < TUNING.articleMinWords) return null
  const title = titleAt >= 0 ? feats[titleAt]!.text : ''
  const dropped = feats.filter((_, i) => i !== titleAt && !kept.has(i)).map((f) => f.text)
  return { title, blocks: body, dropped }
}

function paragraphWords(blocks: readonly ArticleBlock[]): number {
  return blocks.filter((b) => b.kind === 'paragraph').reduce((n, b) => n + words(b.text).length, 0)
}

/**
 * A line in capitals and nothing else against it, right before a paragraph of prose: a section
 * heading as wire stories write it ("WHO IS THE FRONT-RUNNER?"), where a call to action or a
 * teaser label ("DON'T MISS") stands before links and teasers.
 */
function capitalHeading(feats: readonly BlockFeatures[], i: number): boolean {
  const f = feats[i]!
  const next = feats[i + 1]
  return f.shouting && !f.bar && !f.chromeLabel && !f.chromeWords && !f.hasDate && f.words <= TUNING.headingMaxWords && !!next && isProse(next)
}

/**
 * Blocks an HTML extractor kept, cleaned of what it lets through: date and byline lines, captions
 * and credits, share and tag lines, lines in capitals, blocks the page repeats word for word (a
 * gallery's captions: an article does not repeat a paragraph), the headline repeated, and
 * headings with no text under them.
 * Returns null when too little prose is left to be an article.
 */
export function cleanExtracted(blocks: readonly ExtractedBlock[], lang: Lang, title: string): Omit<PageArticle, 'title'> | null {
  const feats = blocks.map((b) => blockFeatures(b.text, lang))
  const seen = new Map<string, number>()
  for (const b of blocks) seen.set(b.text, (seen.get(b.text) ?? 0) + 1)
  const capital = feats.map((_, i) => capitalHeading(feats, i))
  const keep = blocks.map((b, i) => {
    const f = feats[i]!
    if (b.linkShare >= TUNING.linkOnlyShare && !f.terminal) return false
    if (capital[i]) return true
    if (f.bar || furniture(f) || seen.get(b.text)! > 1) return false
    if (b.kind === 'paragraph' && b.afterMedia && !f.terminal) return false
    if (b.kind === 'heading') return f.text.toLowerCase() !== title.toLowerCase()
    return f.terminal || f.words >= TUNING.captionMaxWords
  })
  // A heading must have a paragraph under it before the next heading or the end.
  for (let i = blocks.length - 1, under = false; i >= 0; i--) {
    if (!keep[i]) continue
    if (blocks[i]!.kind === 'paragraph') under = true
    else if (!under) keep[i] = false
    else under = false
  }
  const body = blocks.flatMap(({ kind, text }, i) => (keep[i] ? [{ kind: capital[i] ? ('heading' as const) : kind, text }] : []))
  if (paragraphWords(body) < TUNING.articleMinWords) return null
  return { blocks: body, dropped: blocks.filter((_, i) => !keep[i]).map((b) => b.text) }
}
