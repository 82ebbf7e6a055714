import { isStopword, tokenize } from '../index/analyzer.js'
import { CLAUSE_WORDS } from '../lang/clause-words-by-lang.js'
import { FIGURE_WORDS } from '../lang/figure-words.js'
import type { Lang } from '../lang/lang-tag.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import { VERB_WORDS } from '../lang/verb-words-by-lang.js'
import { clausesOf } from './clauses.js'
import type { ParsedFigure, Span } from './fact-schema.js'
import { isDating } from './figure-kinds.js'
import { inLocution, locutionsOf, type Sentence } from './measure.js'
import { sentenceTokens, tokensBefore } from './sentence-tokens.js'
import { VERB_FORMS, type VerbForms } from './verb-forms.js'

/**
 * What a year that only dates something measures: the event it dates, the predicate of its clause
 * ("In 2024, the company refurbished over 130,000 devices" → "refurbished over 130,000 devices",
 * "nel 2023 Xiaomi ha ottenuto la certificazione Gold" → "ha ottenuto la certificazione Gold").
 * And the verb whose object a count is ("refurbished over 130,000 devices" → "refurbished"), which
 * makes "devices refurbished" a variable of its own rather than any count of devices.
 */

interface Compiled {
  auxiliaries: ReadonlySet<string>
  forms: VerbForms
  needsAuxiliary: boolean
  adjectiveAfter: ReadonlySet<string>
  infinitive: ReadonlySet<string>
  objectEnds: ReadonlySet<string>
  dating: ReadonlySet<string>
  datingBeforeTime: ReadonlySet<string>
  /** One-word relative pronouns, which begin a clause of their own inside a clause ("…il progetto che permetterà…"). */
  relatives: ReadonlySet<string>
  /** Verbs that only link a measure to its figure ("reached 81%", "è salito al 61%"): no event of their own. */
  links: ReadonlySet<string>
  /** A qualifier ("over", "oltre") at the end of the text before a figure. */
  qualifier: RegExp
  /** Articles, which may stand before a year that opens a sentence ("Il 2022 ha rappresentato"). */
  articles: ReadonlySet<string>
  /** Words that name no measure, among them those that place a date in its year ("in late 2020", "a fine 2020"). */
  generic: ReadonlySet<string>
}

const lower = (word: string) => word.normalize('NFKC').toLowerCase()

const COMPILED: Readonly<Record<Lang, Compiled>> = { en: compile('en'), it: compile('it') }

function compile(lang: Lang): Compiled {
  const w = VERB_WORDS[lang]
  const m = MEASURE_WORDS[lang]
  const set = (list: readonly string[]) => new Set(list.map(lower))
  const qualifiers = FIGURE_WORDS[lang].qualifiers.flatMap((q) => q.phrases)
  return {
    auxiliaries: set(w.auxiliaries),
    forms: VERB_FORMS[lang],
    needsAuxiliary: w.participleNeedsAuxiliary,
    adjectiveAfter: set(w.adjectiveAfter),
    infinitive: set(w.infinitive),
    objectEnds: set(w.objectEnds),
    dating: set(w.dating),
    datingBeforeTime: set(w.datingBeforeTime),
    relatives: set(CLAUSE_WORDS[lang].relatives.filter((r) => !/\s/u.test(r))),
    links: set([...m.leftLink, ...m.rightLink]),
    articles: set(m.articles),
    generic: set(m.generic),
    qualifier: new RegExp(`(?<![\\p{L}\\p{N}])(?:${qualifiers.join('|')})\\s*$`, 'iu'),
  }
}

interface Token {
  /** Offsets into the sentence's text. */
  start: number
  end: number
  word: string
  /** Index of the figure the token belongs to, or -1. */
  figure: number
  /** Part of a preposition of several words ("a partire dal 2010"): never a verb. */
  locution: boolean
  /** The offset of the bracket the token stands inside, or -1. */
  bracket: number
}

/** A verb's object is at most this many words: a predicate, not the rest of the sentence. */
const MAX_OBJECT_WORDS = 8
// Punctuation between two words ends a predicate; commas and conjunctions are clause boundaries already.
const BREAK = /[.;:!?()[\]"“”«»|/–—]/u
/** Clauses read away from a year's own one for its predicate: "In 2024, in partnership with X, Y, the company launched…". */
const MAX_CLAUSES_AWAY = 3

const isPastForm = (c: Compiled, word: string): boolean => c.forms.isPast(word)
const isAdverb = (c: Compiled, word: string): boolean => c.forms.isAdverb(word)

/**
 * The verb group beginning at token `k`, as its last token, or -1: auxiliaries with the participle
 * after them ("has been", "è stata elaborata", "si è ulteriormente focalizzata"), or a past tense
 * alone where the language allows it and no article makes it an adjective ("an estimated").
 */
function verbGroupAt(c: Compiled, tokens: readonly Token[], k: number, from: number, to: number): number {
  const t = tokens[k]!
  if (t.figure >= 0 || t.locution) return -1
  if (c.auxiliaries.has(t.word)) {
    let j = k
    while (j + 1 < to && c.auxiliaries.has(tokens[j + 1]!.word)) j++
    let n = j + 1
    while (n < to && isAdverb(c, tokens[n]!.word)) n++
    return n < to && tokens[n]!.figure < 0 && isPastForm(c, tokens[n]!.word) ? n : j
  }
  // "che permetterà di valutare", "attestandosi": a form that is a verb by itself.
  if (c.forms.isNonFinite(t.word, tokens[k - 1]?.word)) return k
  if (c.needsAuxiliary || !isPastForm(c, t.word)) return -1
  // Only a word of the same clause can make it an adjective: "…, and obtained ISO 50001 certification".
  const before = k > from ? tokens[k - 1] : undefined
  return before && c.adjectiveAfter.has(before.word) ? -1 : k
}

// A hyphen with a space either side sets off an aside: "Il 2022 - ha commentato Battaini - ha rappresentato".
const HYPHEN = /\s-\s/u

/** Token `k`, or, when an aside set off by hyphens begins right before it, the token after the aside's closing hyphen. */
function pastAside(text: string, tokens: readonly Token[], k: number): number {
  const gap = (j: number) => text.slice(tokens[j - 1]!.end, tokens[j]!.start)
  if (!tokens[k] || k === 0 || !HYPHEN.test(gap(k))) return k
  for (let j = k + 1; j < tokens.length; j++) {
    if (HYPHEN.test(gap(j))) return j
    if (BREAK.test(gap(j))) return k
  }
  return k
}

function tokensOf(sentence: Sentence, figures: readonly ParsedFigure[], lang: Lang): Token[] {
  const locutions = locutionsOf(sentence.text, lang)
  const brackets = sentence.text.includes('(')
  return sentenceTokens(sentence.text).map((t) => {
    const start = t.start + sentence.start
    const end = t.end + sentence.start
    const locution = inLocution(locutions, t)
    const open = brackets ? sentence.text.lastIndexOf('(', t.start) : -1
    const bracket = open >= 0 && !sentence.text.slice(open, t.start).includes(')') ? open : -1
    return { start: t.start, end: t.end, word: lower(t.token), figure: figures.findIndex((f) => f.start < end && start < f.end), locution, bracket }
  })
}

/**
 * The predicate of the tokens [from, to): its first verb group, the infinitive it governs, and its
 * object up to a preposition or clause word ("annunciato la partnership" of "… con PADI"). An object
 * word that is a qualifier before an amount stays ("refurbished over 130,000 devices").
 */
function predicate(c: Compiled, tokens: readonly Token[], figures: readonly ParsedFigure[], text: string, from: number, to: number, lang: Lang, bracket: number): { from: number; to: number } | null {
  const gap = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]!.start)
  for (let k = from; k < to; k++) {
    // "nel 2021 Sanpellegrino (prima in Italia a lanciare, nel 2021, una bottiglia …) ha utilizzato": a year outside brackets
    // dates no verb inside them, and one inside them no verb outside.
    if (tokens[k]!.bracket !== bracket) continue
    let end = verbGroupAt(c, tokens, k, from, to)
    if (end < 0) continue
    if (end + 2 < to && c.infinitive.has(tokens[end + 1]!.word) && !BREAK.test(gap(end)) && tokens[end + 2]!.figure < 0) end += 2
    let last = end
    for (let j = end + 1, n = 0; j < to && n < MAX_OBJECT_WORDS && !BREAK.test(gap(j - 1)); j++, n++) {
      const t = tokens[j]!
      const next = tokens[j + 1]
      if (t.figure >= 0 && isDating(figures[t.figure]!)) break
      // "over 130,000 devices": a qualifier before an amount is part of the object; "by 3,378 tons" is not.
      const qualifies = next !== undefined && next.figure >= 0 && !isDating(figures[next.figure]!) && c.qualifier.test(text.slice(0, next.start))
      // "ha consolidato la quota avviata al recupero": a participle inside the object goes on to its own complement
      const complement = j > end + 1 && tokens[j - 1]!.figure < 0 && isPastForm(c, tokens[j - 1]!.word)
      if (c.objectEnds.has(t.word) && !qualifies && !complement) break
      last = j
    }
    // An object ends on a word that names something, not on an article or preposition.
    while (last > end && isStopword(tokens[last]!.word, lang) && tokens[last]!.figure < 0) last--
    return { from: k, to: last }
  }
  return null
}

/**
 * The event that a year or date only dates (no role, a dating word before it such as "in" or "nel
 * corso del", and no amount in its clause): the predicate of its clause, else of the nearest clause
 * with a verb, the following one first ("Nel corso del 2023, l'azienda ha annunciato…"). Null when
 * the figure is not such a year, or no clause near it has a verb this module recognises.
 */
export function datedEvent(sentence: Sentence, figures: readonly ParsedFigure[], i: number, lang: Lang): Span | null {
  const figure = figures[i]!
  if (!isDating(figure) || figure.role) return null
  const c = COMPILED[lang]
  const tokens = tokensOf(sentence, figures, lang)
  const span = (found: { from: number; to: number } | null): Span | null => {
    if (!found) return null
    const start = tokens[found.from]!.start
    const end = tokens[found.to]!.end
    return { text: sentence.text.slice(start, end), start: start + sentence.start, end: end + sentence.start }
  }
  const first = tokens.findIndex((t) => t.figure === i)
  const last = tokens.findLastIndex((t) => t.figure === i)
  if (first < 0) return null
  const before = tokens[first - 1]
  // "2023 has been another challenging year", "Il 2022 ha rappresentato un anno di risultati": a year that opens the sentence,
  // with its article where the language puts one, dates the verb right after it, or after an aside set off by hyphens
  // ("Il 2022 - ha commentato Battaini - ha rappresentato").
  const verbFrom = pastAside(sentence.text, tokens, last + 1)
  const opens = (!before || (first === 1 && c.articles.has(before.word))) && verbFrom < tokens.length && verbGroupAt(c, tokens, verbFrom, verbFrom, tokens.length) >= 0
  // "in late 2020, we began a journey": a word placing the date inside its year stands between the dating word and the year.
  const lead = before && c.generic.has(before.word) && first > 1 ? tokens[first - 2] : before
  if (!opens && !(before && (c.dating.has(before.word) || c.dating.has(lead!.word) || c.datingBeforeTime.has(lead!.word)))) return null
  const { breaks } = clausesOf(sentence.text, lang)
  const bounds = [0, ...breaks.map((b) => b.end)].map((start, n) => ({ start, end: breaks[n]?.start ?? sentence.text.length }))
  const own = bounds.findIndex((b) => tokens[first]!.start >= b.start && tokens[first]!.start < b.end)
  const inClause = (n: number) => {
    const b = bounds[n]!
    const from = tokens.findIndex((t) => t.start >= b.start)
    const to = tokens.findIndex((t) => t.start >= b.end)
    return { from: from < 0 ? tokens.length : from, to: to < 0 ? tokens.length : to }
  }
  const mine = inClause(own)
  // A year beside an amount in its own clause dates that amount, whose measure it takes (measure.ts).
  const amounts = (r: { from: number; to: number }) => tokens.slice(r.from, r.to).some((t) => t.figure >= 0 && t.figure !== i && !isDating(figures[t.figure]!))
  if (amounts(mine)) return null
  // "…il progetto X che permetterà di valutare a partire dal 2026": a year in a relative clause dates that clause's verb, or nothing we can name.
  const relative = tokens.slice(mine.from, first).findLastIndex((t) => c.relatives.has(t.word))
  if (relative >= 0) return span(predicate(c, tokens, figures, sentence.text, mine.from + relative + 1, mine.to, lang, tokens[first]!.bracket))
  const next = tokens.slice(last + 1, mine.to).findIndex((t) => c.relatives.has(t.word))
  const ownRange = { from: opens ? Math.max(mine.from, verbFrom) : mine.from, to: next < 0 ? mine.to : last + 1 + next }
  for (let away = 0; away <= MAX_CLAUSES_AWAY; away++)
    for (const n of away ? [own + away, own - away] : [own]) {
      if (n < 0 || n >= bounds.length) continue
      const range = away ? inClause(n) : ownRange
      const found = predicate(c, tokens, figures, sentence.text, range.from, range.to, lang, tokens[first]!.bracket)
      // "Nel 2021, considerando l'intero perimetro, i rifiuti prodotti sono stati …": a clause after the year's that a gerund
      // opens says how, not what the year dates.
      if (found && n > own && c.forms.isGerund(tokens[found.from]!.word)) continue
      // "In 2018, more than half of the brands (57%) took action": an amount before a clause's verb (outside a bracket the year
      // is not in) is what the clause tells of; the year dates that amount, whose measure it takes.
      if (found && away && tokens.slice(range.from, found.from).some((t) => t.bracket === tokens[first]!.bracket && t.figure >= 0 && !isDating(figures[t.figure]!))) return null
      if (found) return span(found)
      // A clause with an amount and no verb we know ("con oltre 700 aziende coinvolte, dal 2017"): the year dates that amount.
      if (amounts(range)) return null
    }
  return null
}

/**
 * The verb whose object a figure is, as written: the past tense or participle right before it or
 * its qualifier ("refurbished over 130,000 devices", "ha piantato oltre 10.000 alberi"), not a verb
 * that only links a measure to its value ("reached 81%"). Null otherwise.
 */
export function objectVerb(sentence: Sentence, figure: ParsedFigure, lang: Lang): string | null {
  const c = COMPILED[lang]
  const cut = figure.start - sentence.start
  const head = sentence.text.slice(0, cut).replace(c.qualifier, '')
  // with no qualifier taken off, the head's words are the sentence's up to the figure
  const words = head.length === cut ? tokensBefore(sentence.text, cut) : tokenize(head)
  const verb = words.at(-1)
  if (!verb || !/\s$/u.test(head.slice(verb.end)) || BREAK.test(head.slice(verb.end))) return null
  const word = lower(verb.token)
  if (c.links.has(word) || c.auxiliaries.has(word) || !isPastForm(c, word)) return null
  const before = words.at(-2)
  const prev = before ? lower(before.token) : undefined
  if (c.needsAuxiliary ? !prev || !c.auxiliaries.has(prev) : prev !== undefined && c.adjectiveAfter.has(prev)) return null
  return verb.token
}

/**
 * An event widened to the end of a figure's measure that it cuts ("increased the use of rail" of
 * "… rail and sea transport by 36%", where the clause splitter stops at "and"): the same thing,
 * named in full.
 */
export function widened(event: Span, measures: readonly (Span | null)[], sentence: Sentence): Span {
  const end = Math.max(event.end, ...measures.filter((m): m is Span => !!m && m.start >= event.start && m.start < event.end).map((m) => m.end))
  return end === event.end ? event : { text: sentence.text.slice(event.start - sentence.start, end - sentence.start), start: event.start, end }
}
