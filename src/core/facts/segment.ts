/**
 * Sentence segmentation for English and Italian ESG prose.
 *
 * A hand-written scanner rather than `Intl.Segmenter`: fact ids and citation offsets depend on
 * sentence boundaries, and ICU's rules differ between runtime versions, so the same article must
 * split the same way everywhere. One left-to-right pass; every look-back is bounded, so the whole
 * thing is linear in the length of the text.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the segmented text. */
export interface Span {
  start: number
  end: number
}

const TERMINATORS = '.!?…'
/** Closing quotes and brackets after a full stop belong to the sentence that ends. */
const CLOSERS = `"'”’»)]`
/** A sentence may open with a quote (or a bracket) instead of a capital letter. */
const OPENERS = `"'“‘«(`
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/
const SPACE = /\s/
const UPPER_OR_DIGIT = /^[\p{Lu}\p{Lt}0-9]$/u

/**
 * Abbreviations (lowercase, without the final dot) that never end a sentence: titles, company
 * suffixes and Latin/Italian shorthands are almost always followed by a name or a noun.
 * "etc."/"ecc." are deliberately absent: they often do end a sentence, and mid-sentence they are
 * followed by a lowercase word, which never splits anyway.
 */
const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'gov', 'capt', 'lt',
  'inc', 'ltd', 'co', 'corp', 'plc', 'bros', 'approx', 'vs', 'cf', 'ca', 'dept', 'incl', 'excl', 'resp',
  // Italian
  'sig', 'sigg', 'dott', 'dott.ssa', 'ing', 'avv', 'geom', 'rag', 'es', 'cfr',
])

/**
 * Abbreviations that are ordinary words too ("No.", "art.", "par."), so they hold only before a
 * number: "No. 1", "art. 5", "pag. 12".
 */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'num', 'nn', 'art', 'artt', 'pag', 'pagg', 'pp', 'fig', 'figs', 'vol',
  'cap', 'par', 'sez', 'sec', 'ch', 'tab', 'eq',
])

/** "U.S", "e.g", "S.p.A", "S.r.l": short letter groups joined by dots (the final dot is not in the token). */
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u
const SINGLE_LETTER = /^\p{L}$/u
const DIGITS = /^\d+$/

/** Longest token inspected behind a full stop; abbreviations are far shorter, and it keeps the scan linear. */
const MAX_TOKEN = 24

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch)
}

function isLineBreak(ch: string | undefined): boolean {
  return ch !== undefined && LINE_BREAK.test(ch)
}

/** Whether the word at the start of a sentence (at `at`) opens one: capital letter, digit or opening quote. */
function opensSentence(text: string, at: number): boolean {
  const cp = text.codePointAt(at)
  if (cp === undefined) return false
  const ch = String.fromCodePoint(cp)
  return UPPER_OR_DIGIT.test(ch) || OPENERS.includes(ch)
}

/**
 * Whether the full stop at `dot` belongs to an abbreviation, an initial or a list number rather than
 * ending the sentence that started at `sentenceStart`. `next` is the first character after the gap.
 */
function isAbbreviationDot(text: string, dot: number, sentenceStart: number, next: string | undefined): boolean {
  let from = dot
  while (from > sentenceStart && !isSpace(text[from - 1])) {
    if (dot - from >= MAX_TOKEN) return false
    from--
  }
  let token = text.slice(from, dot)
  let lead = 0
  while (lead < token.length && (OPENERS + CLOSERS).includes(token[lead] as string)) lead++
  // Italian elision: "dell'art. 5" is the abbreviation "art".
  const elided = Math.max(token.lastIndexOf("'"), token.lastIndexOf('’'))
  if (elided > lead) lead = elided + 1
  token = token.slice(lead).toLowerCase()
  if (token === '') return false
  if (SINGLE_LETTER.test(token) || DOTTED.test(token) || ABBREVIATIONS.has(token)) return true
  if (NUMBER_ABBREVIATIONS.has(token)) return next !== undefined && /[0-9]/.test(next)
  // "1. Introduction": a list number opening the sentence.
  return DIGITS.test(token) && from + lead === sentenceStart
}

/**
 * Splits a paragraph into sentences.
 *
 * A sentence ends at a line break, or after ".", "!", "?" or "…" (any run of them, plus closing
 * quotes/brackets, which stay with the sentence that ends) when whitespace and then a capital
 * letter, a digit or an opening quote follow. A full stop does not end a sentence after an
 * abbreviation ("Mr.", "approx.", "Inc.", "dott.", "art.", "U.S.", "S.p.A.", "e.g."), an initial
 * ("J. R. Smith"), "No."/"n." before a number, or a list number ("1.") opening the sentence.
 * Decimals ("24.1", "99,35%") and punctuation followed by a lowercase word ('He said "Done." and
 * left', "wait… and") never split.
 *
 * `lang` is a BCP 47 tag; the rules cover English and Italian together, since either language's
 * abbreviations turn up in the other's ESG prose.
 *
 * @returns spans into `text`, trimmed of whitespace, non-empty, in order and non-overlapping. Never throws.
 */
export function splitSentences(text: string, lang: string): Span[] {
  const spans: Span[] = []
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++
    while (to > from && isSpace(text[to - 1])) to--
    if (from < to) spans.push({ start: from, end: to })
  }
  const skipSpace = (at: number) => {
    while (at < text.length && isSpace(text[at])) at++
    return at
  }
  // Start of the current sentence, past leading whitespace (isAbbreviationDot needs the first word).
  let start = skipSpace(0)
  let i = start
  while (i < text.length) {
    const ch = text[i] as string
    if (isLineBreak(ch)) {
      push(start, i)
      start = skipSpace(i + 1)
      i = start
      continue
    }
    if (!TERMINATORS.includes(ch)) {
      i++
      continue
    }
    let end = i
    while (end < text.length && TERMINATORS.includes(text[end] as string)) end++
    const singleDot = ch === '.' && end - i === 1
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++
    const next = skipSpace(end)
    const breaks =
      next > end &&
      next < text.length &&
      opensSentence(text, next) &&
      !(singleDot && isAbbreviationDot(text, i, start, text[next]))
    if (breaks) {
      push(start, end)
      start = next
    }
    i = end
  }
  push(start, text.length)
  return spans
}
