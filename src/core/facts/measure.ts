import { fold, isStopword, tokenize } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import type { ParsedFigure, Span } from './fact-schema.js'
import { isDating } from './figure-kinds.js'

/** A sentence with its offset in the source text; figures carry source-text offsets too. */
export interface Sentence {
  text: string
  start: number
}

interface Token {
  start: number
  end: number
  folded: string
  /** Index of the figure this token belongs to, or -1. */
  figure: number
}

interface WordSets {
  rightLink: ReadonlySet<string>
  leftLink: ReadonlySet<string>
  inner: ReadonlySet<string>
  and: ReadonlySet<string>
  boundary: ReadonlySet<string>
  generic: ReadonlySet<string>
  anaphora: ReadonlySet<string>
}

const SETS: Readonly<Record<Lang, WordSets>> = {
  en: wordSets('en'),
  it: wordSets('it'),
}

function wordSets(lang: Lang): WordSets {
  const w = MEASURE_WORDS[lang]
  const set = (list: readonly string[]) => new Set(list.map(fold))
  return {
    rightLink: set(w.rightLink),
    leftLink: set(w.leftLink),
    inner: set(w.inner),
    and: set(w.and),
    boundary: set(w.boundary),
    generic: set(w.generic),
    anaphora: set(w.anaphora),
  }
}

/** A phrase names at most this many content words: a measure is a noun phrase, not a clause. */
const MAX_WORDS = 4
/** "and" joins nouns only this early in a phrase ("research and development", not "women managers and energy"). */
const MAX_WORDS_BEFORE_AND = 2
// Punctuation between two words ends a phrase; parentheses are handled apart (an aside can sit inside one).
const BREAK = /[,;:.!?–—"“”«»[\]|/]|\s-\s/u
const OPEN = '('
const CLOSE = ')'

type Found = { from: number; to: number } | 'anaphora' | null

/**
 * What each figure of a sentence measures: the verbatim noun phrase naming it, with source-text
 * offsets. After the figure first ("81% of the workforce"), else before it ("automation rate of
 * 81%"); a year takes what it dates ("2019 base year") or its nearest figure's measure; a figure
 * whose phrase is generic ("the previous year") takes its neighbour's; "this target" takes the
 * measure of the sentence before (`previous`, the measures of its figures). `null` only when the
 * sentence names nothing.
 */
export function measureFigures(sentence: Sentence, figures: readonly ParsedFigure[], lang: Lang, previous: readonly (Span | null)[] = []): (Span | null)[] {
  const sets = SETS[lang]
  const tokens: Token[] = tokenize(sentence.text).map((t) => {
    const start = t.start + sentence.start
    const end = t.end + sentence.start
    return { start, end, folded: fold(t.token), figure: figures.findIndex((f) => f.start < end && start < f.end) }
  })
  const span = (found: { from: number; to: number }): Span => {
    const start = tokens[found.from]!.start
    const end = tokens[found.to]!.end
    return { text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end }
  }
  const gap = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start)
  const isGeneric = (found: { from: number; to: number }) =>
    tokens.slice(found.from, found.to + 1).every((t) => sets.generic.has(t.folded) || sets.inner.has(t.folded) || isStopword(t.folded, lang))
  const back = previous.find((m): m is Span => m !== null) ?? null

  const own = figures.map((figure, i): { found: Span | null; generic: Span | null } => {
    const first = tokens.findIndex((t) => t.figure === i)
    const last = tokens.findLastIndex((t) => t.figure === i)
    if (first < 0) return { found: null, generic: null }
    const walk = { tokens, sets, lang, gap }
    if (isDating(figure)) {
      // A year names what it dates when a word touches it: "2019 base year", "bilancio di sostenibilità 2023".
      const dated = phrase(walk, last + 1, +1, false) ?? phrase(walk, first - 1, -1, false)
      return { found: dated && dated !== 'anaphora' && !isGeneric(dated) ? span(dated) : null, generic: null }
    }
    const right = phrase(walk, last + 1, +1, true)
    if (right === 'anaphora') return { found: back, generic: null }
    if (right && !isGeneric(right)) return { found: span(right), generic: null }
    const left = phrase(walk, first - 1, -1, true)
    if (left === 'anaphora') return { found: back, generic: null }
    if (left && !isGeneric(left)) return { found: span(left), generic: null }
    const weak = right ?? left
    return { found: null, generic: weak ? span(weak) : null }
  })

  // A figure that names nothing of its own (a year, a comparison, "4.6 billion" after "revenue grew 18%")
  // takes the measure of its nearest measured neighbour in the sentence, the earlier one on a tie.
  return figures.map((figure, i) => {
    if (own[i]!.found) return own[i]!.found
    let best: Span | null = null
    let distance = Infinity
    figures.forEach((other, j) => {
      const m = own[j]!.found
      if (j === i || !m || isDating(other)) return
      const d = Math.abs(other.start - figure.start)
      if (d < distance) [best, distance] = [m, d]
    })
    if (best) return best
    if (own[i]!.generic) return own[i]!.generic
    if (!isDating(figure)) return null
    // A year with no measured neighbour dates the phrase around it ("carbon neutrality by 2050").
    const first = tokens.findIndex((t) => t.figure === i)
    const last = tokens.findLastIndex((t) => t.figure === i)
    const walk = { tokens, sets, lang, gap }
    const around = phrase(walk, last + 1, +1, true) ?? phrase(walk, first - 1, -1, true)
    if (around === 'anaphora') return back
    return around && !isGeneric(around) ? span(around) : null
  })
}

interface Walk {
  tokens: readonly Token[]
  sets: WordSets
  lang: Lang
  gap: (from: number, to: number) => string
}

/**
 * The noun phrase starting at token `at` and read in direction `dir` (+1 after a figure, -1 before
 * it): link words skipped first when `link`, then content words joined by inner words, until
 * punctuation, a figure, a clause word or MAX_WORDS. 'anaphora' when it starts with "this"/"questo".
 */
function phrase(walk: Walk, at: number, dir: 1 | -1, link: boolean): Found {
  const { tokens, sets, lang, gap } = walk
  // The gap between token `a` and the next token in reading direction, in text order.
  const between = (a: number, b: number) => (dir > 0 ? gap(tokens[a]!.end, tokens[b]!.start) : gap(tokens[b]!.end, tokens[a]!.start))
  // The next token in reading direction, past an aside in parentheses; null at punctuation or the end.
  const step = (j: number): number | null => {
    const next = j + dir
    if (!tokens[next]) return null
    const g = between(j, next)
    if (BREAK.test(g)) return null
    return hasParen(g) ? skipParen(walk, next, dir) : next
  }
  if (!tokens[at - dir]) return null
  let i: number | null = step(at - dir)
  if (i === null) return null
  const skip = dir > 0 ? sets.rightLink : sets.leftLink
  while (link && tokens[i]!.figure < 0 && skip.has(tokens[i]!.folded) && !sets.anaphora.has(tokens[i]!.folded)) {
    i = step(i)
    if (i === null) return null
  }
  if (tokens[i]!.figure >= 0) return null
  if (dir > 0 && sets.anaphora.has(tokens[i]!.folded)) return 'anaphora'
  const content: number[] = []
  for (let j: number | null = i; j !== null; j = step(j)) {
    const t = tokens[j]!
    if (t.figure >= 0 || sets.boundary.has(t.folded)) break
    if (sets.inner.has(t.folded)) {
      if (!content.length || (sets.and.has(t.folded) && content.length > MAX_WORDS_BEFORE_AND)) break
    } else if (isStopword(t.folded, lang) || (dir < 0 && sets.leftLink.has(t.folded))) {
      break
    } else {
      content.push(j)
      if (content.length >= MAX_WORDS) break
    }
  }
  if (!content.length) return null
  const ends = [content[0]!, content[content.length - 1]!]
  return { from: Math.min(...ends), to: Math.max(...ends) }
}

const hasParen = (gap: string) => gap.includes(OPEN) || gap.includes(CLOSE)

/** The token after the parenthesis that opens before token `at` (reading in `dir`), when plain words follow it. */
function skipParen(walk: Walk, at: number, dir: 1 | -1): number | null {
  const { tokens, gap } = walk
  const closing = dir > 0 ? CLOSE : OPEN
  for (let j = at; tokens[j] && tokens[j + dir]; j += dir) {
    const g = dir > 0 ? gap(tokens[j]!.end, tokens[j + 1]!.start) : gap(tokens[j - 1]!.end, tokens[j]!.start)
    if (g.includes(closing)) return BREAK.test(g.replace(closing, '')) ? null : j + dir
  }
  return null
}

/** The head of a measure: its words before the first inner preposition ("tasso" of "tasso di riciclo dei rifiuti"). */
export function measureHead(measure: string, lang: Lang): string {
  const sets = SETS[lang]
  const cut = tokenize(measure).find((t) => sets.inner.has(fold(t.token)) && !sets.and.has(fold(t.token)))
  return cut ? measure.slice(0, cut.start) : measure
}
