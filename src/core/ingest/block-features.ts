import type { Lang } from '../lang/lang-tag.js'
import { en } from '../lang/page/en.js'
import { it } from '../lang/page/it.js'
import type { PageWords } from '../lang/page/page-words.js'

/**
 * What can be measured on one block of page text, in one language. Every decision about chrome is
 * made from these numbers and their position on the page, never from a site's own phrases.
 */
export interface BlockFeatures {
  readonly text: string
  /** Lines the block had before whitespace was collapsed. */
  readonly lines: number
  readonly words: number
  /** Share of the words that are function words (jusText's stop-word density). */
  readonly stopDensity: number
  /** Ends as a sentence does: . ! ? … : ; or a closing quote, perhaps inside brackets. */
  readonly terminal: boolean
  /** Ends with ? or !, which a heading may. */
  readonly question: boolean
  /** Bar separators: pipes, and spaced / > · • between items. */
  readonly separators: number
  /** Items of a few words between separators: a menu, breadcrumb, share or tag bar. */
  readonly bar: boolean
  /** The block is a date or time line and little else. */
  readonly dateLine: boolean
  /** The block holds a date or a clock time somewhere. */
  readonly hasDate: boolean
  /** Starts with a list number ("1 ", "2. "): a ranked teaser list. */
  readonly numbered: boolean
  /** A label before a colon made of furniture words: "Read more:", "Tags:", "Condividi:". */
  readonly chromeLabel: boolean
  /** Only furniture words, or dense with them: "Advertisement", a cookie box, "Most popular". */
  readonly chromeWords: boolean
  /** Written in capitals throughout: calls to action and teaser headlines ("READ MORE BY CLICKING HERE"). */
  readonly shouting: boolean
  /** A few words opened by a byline word: "By Fruitnet staff", "Di Mario Rossi". */
  readonly byline: boolean
  /**
   * Names and the words that credit them, with a date or a credit word and no other word in lower
   * case: "By Justine Coleman - 11/18/19 11:04 PM EST", "Reporting by …; Editing by …".
   */
  readonly credit: boolean
}

export const PAGE_WORDS: Readonly<Record<Lang, PageWords>> = { en, it }

interface WordSets {
  stop: ReadonlySet<string>
  chrome: ReadonlySet<string>
  months: ReadonlySet<string>
  byline: ReadonlySet<string>
  credit: ReadonlySet<string>
}

const SETS: Readonly<Record<Lang, WordSets>> = {
  en: wordSets(en),
  it: wordSets(it),
}

function wordSets(w: PageWords): WordSets {
  return { stop: new Set(w.stopwords), chrome: new Set(w.chrome), months: new Set([...w.months, ...w.weekdays]), byline: new Set(w.byline), credit: new Set(w.credit) }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.,-]*/gu
const TERMINAL = /[.!?…:;]["'”’»)\]]*$|["”»]$/u
const QUESTION = /[?!]["'”’»)\]]*$/u
const SEPARATOR = /\||(?<=\s)[/>·•»](?=\s)|^[•·]\s/gu
const CLOCK = /(?<![\p{L}\p{N}])\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?![\p{L}\p{N}])/giu
const NUMERIC_DATE = /(?<![\p{L}\p{N}])(?:\d{4}-\d{2}-\d{2}(?:T[\d:+.-]*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?![\p{N}])/gu
/** Items of a bar are a few words long; prose between two pipes or slashes is longer. */
const BAR_ITEM_WORDS = 5
const NUMBERED = /^\d{1,2}[.)]?\s+\p{L}/u
/** A credit line is a few names long; longer is prose about people. */
const CREDIT_MAX_WORDS = 40

/** Words as the block shows them: letters and digits, with inner apostrophes, dots and hyphens. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[.,]+$/u, ''))
}

/** Lowercased, with an elided article or a possessive cut ("l’azienda" → "azienda", "Xiaomi's" → "xiaomi"). */
export function bare(word: string): string {
  return word.toLowerCase().replace(/^[\p{L}]{1,3}['’](?=\p{L}{2})/u, '').replace(/['’]s$/u, '')
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

function isDateOrStop(word: string, sets: WordSets): boolean {
  return sets.stop.has(word) || sets.chrome.has(word) || sets.months.has(word) || sets.byline.has(word) || /^\p{N}/u.test(word) || /^[ap]\.?m\.?$/u.test(word)
}

export function blockFeatures(raw: string, lang: Lang): BlockFeatures {
  const sets = SETS[lang]
  const text = collapse(raw)
  const lines = raw.split('\n').filter((l) => l.trim()).length
  const ws = words(text)
  const lower = ws.map(bare)
  const stops = lower.filter((w) => sets.stop.has(w)).length
  const content = lower.filter((w) => !sets.stop.has(w) && !/^\p{N}/u.test(w))
  const chromeHits = content.filter((w) => sets.chrome.has(w)).length
  const dateless = text.replace(CLOCK, ' ').replace(NUMERIC_DATE, ' ')
  const datelessWords = words(dateless).map(bare)
  const monthWords = datelessWords.filter((w) => sets.months.has(w)).length
  const hasDate = dateless !== text || (monthWords > 0 && /\p{N}/u.test(text))
  // "Published 4:00 am CST, Wednesday, November 20, 2019": furniture words and a zone may stand beside a date.
  const otherWords = datelessWords.filter((w) => !sets.months.has(w) && !sets.chrome.has(w) && !/^\p{N}+$/u.test(w) && !/^[ap]m$/.test(w))
  // Words in lower case that are neither function, furniture, credit nor date words: a sentence has them, a line of names does not.
  const datelessRaw = words(dateless)
  const prose = datelessRaw.filter((w, i) => /^\p{Ll}/u.test(w) && !isDateOrStop(datelessWords[i]!, sets) && !sets.credit.has(datelessWords[i]!))
  // Credit words as credit lines write them, in lower case ("Reporting by", "contributed"); a headline in title case is not one.
  const creditWords = datelessRaw.filter((w, i) => (sets.credit.has(datelessWords[i]!) || sets.byline.has(datelessWords[i]!)) && (i === 0 || /^\p{Ll}/u.test(w)))
  const names = datelessRaw.filter((w) => /^\p{Lu}/u.test(w)).length
  const separators = (text.match(SEPARATOR) ?? []).length
  const colon = text.indexOf(':')
  const label = colon > 0 ? words(text.slice(0, colon)).map(bare) : []
  return {
    text,
    lines,
    words: ws.length,
    stopDensity: ws.length ? stops / ws.length : 0,
    terminal: TERMINAL.test(text),
    question: QUESTION.test(text),
    separators,
    bar: separators >= 2 && ws.length / (separators + 1) < BAR_ITEM_WORDS,
    dateLine: hasDate && otherWords.length <= 2,
    hasDate,
    numbered: NUMBERED.test(text),
    chromeLabel:
      label.length > 0 && label.length <= 4 && label.every((w) => sets.chrome.has(w) || sets.stop.has(w)) && label.some((w) => sets.chrome.has(w)),
    chromeWords: content.length > 0 && (chromeHits === content.length || (chromeHits >= 2 && chromeHits / content.length >= 0.3)),
    shouting: ws.length >= 3 && /\p{L}/u.test(text) && text === text.toUpperCase(),
    byline: ws.length <= 5 && sets.byline.has(lower[0] ?? '') && !TERMINAL.test(text),
    credit:
      ws.length <= CREDIT_MAX_WORDS && creditWords.length > 0 && names >= 2 && prose.length === 0 && (hasDate || creditWords.some((w) => sets.credit.has(bare(w)))),
  }
}
