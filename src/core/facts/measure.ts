import { isStopword, tokenize } from '../index/analyzer.js'
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
  /** Lowercased, accents kept: Italian "è" (is) and "e" (and) are different words here. */
  word: string
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
  equals: ReadonlySet<string>
  cumulative: ReadonlySet<string>
}

// ASCII is unchanged by NFKC: most words skip it.
const lower = (word: string) => (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKC')).toLowerCase()

const SETS: Readonly<Record<Lang, WordSets>> = {
  en: wordSets('en'),
  it: wordSets('it'),
}

function wordSets(lang: Lang): WordSets {
  const w = MEASURE_WORDS[lang]
  const set = (list: readonly string[]) => new Set(list.map(lower))
  return {
    rightLink: set(w.rightLink),
    leftLink: set(w.leftLink),
    inner: set(w.inner),
    and: set(w.and),
    boundary: set(w.boundary),
    generic: set(w.generic),
    anaphora: set(w.anaphora),
    equals: set(w.equals),
    cumulative: set(w.cumulative),
  }
}

/** A phrase names at most this many content words: a measure is a noun phrase, not a clause. */
const MAX_WORDS = 4
/** "and" joins nouns only this early in a phrase ("research and development", not "women managers and energy"). */
const MAX_WORDS_BEFORE_AND = 2
// Punctuation between two words ends a phrase; parentheses are handled apart (an aside can sit inside one).
const BREAK = /[,;:.!?–—"“”«»[\]|/]|\s-\s/u
// A dash pair sets off an aside: "il MOL a valore condiviso – cioè … – è salito a 776 milioni".
const DASH = /\s[–—-]\s/u
const OPEN = '('
const CLOSE = ')'

type Found = { from: number; to: number } | 'anaphora' | 'equals' | null

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
    return { start, end, word: lower(t.token), figure: figures.findIndex((f) => f.start < end && start < f.end) }
  })
  const span = (found: { from: number; to: number }): Span => {
    const start = tokens[found.from]!.start
    const end = tokens[found.to]!.end
    return { text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end }
  }
  const gap = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start)
  const isGeneric = (found: { from: number; to: number }) =>
    tokens.slice(found.from, found.to + 1).every((t) => sets.generic.has(t.word) || sets.inner.has(t.word) || isStopword(t.word, lang))
  const back = previous.find((m): m is Span => m !== null) ?? null

  const walk = { tokens, sets, lang, gap }
  const ends = (i: number) => ({ first: tokens.findIndex((t) => t.figure === i), last: tokens.findLastIndex((t) => t.figure === i) })
  const usable = (found: Found): Span | null => (found && typeof found === 'object' && !isGeneric(found) ? span(found) : null)
  const clauseOf = (at: number) => sentence.text.slice(0, at - sentence.start).split(CLAUSE).length
  // The measure of the figure's nearest measured neighbour: in its clause first, then the one before it.
  const neighbour = (i: number, measured: readonly (Span | null)[], sameClause = false): Span | null => {
    const figure = figures[i]!
    let best: Span | null = null
    let rank = [Infinity, Infinity, Infinity]
    figures.forEach((other, j) => {
      const m = measured[j]
      const same = clauseOf(other.start) === clauseOf(figure.start)
      if (j === i || !m || isDating(other) || (sameClause && !same)) return
      const r = [same ? 0 : 1, same && other.start > figure.start ? 1 : 0, Math.abs(other.start - figure.start)]
      if (r[0]! < rank[0]! || (r[0] === rank[0] && (r[1]! < rank[1]! || (r[1] === rank[1] && r[2]! < rank[2]!)))) [best, rank] = [m, r]
    })
    return best
  }

  const own: (Span | null)[] = []
  const weak: (Span | null)[] = []
  const linkedOf: (Span | null)[] = []
  figures.forEach((figure, i) => {
    const { first, last } = ends(i)
    if (first < 0) return own.push(null), weak.push(null)
    if (isDating(figure)) {
      // A year names what it dates when a word touches it: "its 2019 base year" (not "in 2024 marks"),
      // "bilancio di sostenibilità 2023"; else its clause's figure's measure, or what it is linked to.
      const before = tokens[first - 1]?.word
      const modifies = before === undefined || !(sets.boundary.has(before) || sets.inner.has(before))
      const touching = (modifies ? usable(phrase(walk, last + 1, +1, false)) : null) ?? usable(phrase(walk, first - 1, -1, false))
      // Only leftwards: after "in 2024" comes the sentence's subject ("nel 2023 Xiaomi ha ottenuto…"), not what it dates.
      const linked = touching ? null : usable(phrase(walk, first - 1, -1, true))
      linkedOf[i] = linked
      return own.push(touching), weak.push(null)
    }
    const right = phrase(walk, last + 1, +1, true)
    const left = usable(right) ? null : phrase(walk, first - 1, -1, true)
    const found = right === 'anaphora' || left === 'anaphora' ? back : left === 'equals' ? neighbour(i, own) : (usable(right) ?? usable(left))
    own.push(found)
    const w = typeof right === 'object' && right ? right : typeof left === 'object' && left ? left : null
    weak.push(w ? span(w) : null)
  })
  // A figure that names nothing of its own (a year, a comparison, "4.6 billion" after "revenue grew 18%")
  // takes the measure of its nearest measured neighbour; failing one, its own generic words.
  return figures.map((_, i) => own[i] ?? neighbour(i, own, true) ?? linkedOf[i] ?? neighbour(i, own, false) ?? weak[i] ?? null)
}

// Clauses of a sentence, for choosing a neighbour: commas, semicolons, colons and dashes end one.
const CLAUSE = /[,;:–—]/u

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
    if (dir < 0 && DASH.test(g) && !BREAK.test(g.replace(DASH, ' '))) return skipDashes(walk, next)
    if (BREAK.test(g)) return null
    return hasParen(g) ? skipParen(walk, next, dir) : next
  }
  if (!tokens[at - dir]) return null
  let i: number | null = step(at - dir) ?? (dir > 0 && link ? pastApposition(walk, at) : null)
  if (i === null) return null
  const skip = dir > 0 ? sets.rightLink : sets.leftLink
  while (link && tokens[i]!.figure < 0 && (skip.has(tokens[i]!.word) || (dir < 0 && sets.equals.has(tokens[i]!.word))) && !sets.anaphora.has(tokens[i]!.word)) {
    // "2.3 billion, equal to 71%": the figure restates the one before; "value was equal to 143.7 million" does not.
    const before = step(i)
    if (dir < 0 && sets.equals.has(tokens[i]!.word) && (before === null || tokens[before]!.figure >= 0)) return 'equals'
    i = before
    if (i === null) return null
  }
  if (tokens[i]!.figure >= 0) return null
  if (dir > 0 && sets.anaphora.has(tokens[i]!.word)) return 'anaphora'
  const content: number[] = []
  for (let j: number | null = i; j !== null; j = step(j)) {
    const t = tokens[j]!
    // "reduction in its absolute … footprint": a change word alone reads on through its link words.
    if (dir > 0 && content.length && content.every((c) => sets.generic.has(tokens[c]!.word)) && sets.rightLink.has(t.word)) continue
    if (t.figure >= 0 || sets.boundary.has(t.word)) break
    if (sets.inner.has(t.word)) {
      if (!content.length || (sets.and.has(t.word) && content.length > MAX_WORDS_BEFORE_AND)) break
    } else if (isStopword(t.word, lang) || (dir < 0 && sets.leftLink.has(t.word))) {
      break
    } else {
      content.push(j)
      if (content.filter((c) => !sets.generic.has(tokens[c]!.word)).length >= MAX_WORDS) break
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

/**
 * The head of a measure: its words before the first inner word, generic qualifiers left out
 * ("emissioni" of "emissioni assolute di CO2", "products" of "representative products").
 */
export function measureHead(measure: string, lang: Lang): string {
  const sets = SETS[lang]
  const words = tokenize(measure)
  const cut = words.findIndex((t) => sets.inner.has(lower(t.token)))
  return (cut < 0 ? words : words.slice(0, cut))
    .filter((t) => !sets.generic.has(lower(t.token)))
    .map((t) => t.token)
    .join(' ')
}

/** A measure's own words, without generic ones ("electric vehicles per year" → "electric vehicles"), for a derived variable id. */
export function measureCore(measure: string, lang: Lang): string {
  const sets = SETS[lang]
  return tokenize(measure)
    .filter((t) => !sets.generic.has(lower(t.token)) && !sets.inner.has(lower(t.token)))
    .map((t) => t.token)
    .join(' ')
}

/** Reading leftwards from inside a dash aside (token `at`, just before its closing dash): the token before the opening dash. */
function skipDashes(walk: Walk, at: number): number | null {
  const { tokens, gap } = walk
  for (let j = at; j > 0; j--) {
    const g = gap(tokens[j - 1]!.end, tokens[j]!.start)
    if (DASH.test(g)) return BREAK.test(g.replace(DASH, ' ')) ? null : j - 1
  }
  return null
}

/**
 * "230 million, equal to 4.9% of revenue, went to innovation": after a figure and its apposition
 * (a comma, an equals word, a second comma), the token the sentence goes on with.
 */
function pastApposition(walk: Walk, at: number): number | null {
  const { tokens, sets, gap } = walk
  if (!tokens[at] || !sets.equals.has(tokens[at]!.word) || !/^\s*,\s*$/u.test(gap(tokens[at - 1]!.end, tokens[at]!.start))) return null
  for (let j = at; tokens[j + 1]; j++) {
    const g = gap(tokens[j]!.end, tokens[j + 1]!.start)
    if (/^\s*,\s*$/u.test(g)) return j + 1
    if (BREAK.test(g)) return null
  }
  return null
}

/** Words just before a figure that can qualify it: "a cumulative 38,000 tons". */
const QUALIFYING_WORDS = 3

/** Whether a figure is a running total: its measure or the words just before it say "cumulative". */
export function isCumulative(sentence: Sentence, figure: { start: number }, measure: Span | null, lang: Lang): boolean {
  const sets = SETS[lang]
  const before = tokenize(sentence.text.slice(0, figure.start - sentence.start)).slice(-QUALIFYING_WORDS)
  return [...before, ...tokenize(measure?.text ?? '')].some((t) => sets.cumulative.has(lower(t.token)))
}
