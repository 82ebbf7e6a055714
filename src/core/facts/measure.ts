import { isStopword, tokenize } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { CLAUSE_WORDS } from '../lang/clause-words-by-lang.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import { wordsPattern } from '../lang/question-words.js'
import { isAscii } from '../lang/words.js'
import { clauseIndex, clausesOf } from './clauses.js'
import type { ParsedFigure, Span } from './fact-schema.js'
import { isDating, isMeasured } from './figure-kinds.js'
import { memoiseRecent } from '../index/memoise.js'
import { sentenceTokens, tokensBefore } from './sentence-tokens.js'
import { VERB_FORMS } from './verb-forms.js'
import { VERB_WORDS } from '../lang/verb-words-by-lang.js'

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
  /** Part of a preposition of several words ("a fronte di", "in a bid to"): it ends a phrase like a boundary word. */
  locution: boolean
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
  totals: ReadonlySet<string>
  cumulative: ReadonlySet<string>
  of: ReadonlySet<string>
  perUnit: ReadonlySet<string>
  articles: ReadonlySet<string>
  attach: ReadonlySet<string>
  timeAttach: ReadonlySet<string>
  relatives: ReadonlySet<string>
  partitive: ReadonlySet<string>
  wholes: ReadonlySet<string>
  changeBy: ReadonlySet<string>
  changeVerbs: readonly string[]
  spendVerbs: readonly string[]
  moneyNouns: ReadonlySet<string>
  sourceVerbs: ReadonlySet<string>
  sourceLinks: ReadonlySet<string>
  unitQualifiers: ReadonlySet<string>
  negations: ReadonlySet<string>
  purpose: ReadonlySet<string>
  goalNouns: ReadonlySet<string>
  auxiliaries: ReadonlySet<string>
  finiteAfter: ReadonlySet<string>
  finite: ReadonlySet<string>
  infinitive: ReadonlySet<string>
  participleNeedsAuxiliary: boolean
  yearClosesName: boolean
}

/** Each language's prepositions of several words, as one pattern, compiled once. */
const LOCUTIONS: Readonly<Record<Lang, RegExp>> = {
  en: wordsPattern(MEASURE_WORDS.en.locutions, 'giu'),
  it: wordsPattern(MEASURE_WORDS.it.locutions, 'giu'),
}

/** Whether a token (offsets into its sentence) lies inside one of the sentence's multi-word prepositions ({@link locutionsOf}). */
export const inLocution = (locutions: ReadonlyArray<readonly [number, number]>, t: { start: number; end: number }): boolean =>
  locutions.length > 0 && locutions.some(([from, to]) => from <= t.start && t.end <= to)

/** The spans of a sentence's multi-word prepositions, as offsets into the sentence; most sentences have none. */
export function locutionsOf(text: string, lang: Lang): Array<[number, number]> {
  const pattern = LOCUTIONS[lang]
  const spans: Array<[number, number]> = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/** Each language's names of a climate goal, as one pattern, compiled once. */
const GOALS: Readonly<Record<Lang, RegExp>> = {
  en: wordsPattern(MEASURE_WORDS.en.goalNames, 'giu'),
  it: wordsPattern(MEASURE_WORDS.it.goalNames, 'giu'),
}

/** Each language's words that introduce the parts of a total, as one pattern, compiled once. */
const PARTS: Readonly<Record<Lang, RegExp>> = {
  en: wordsPattern(MEASURE_WORDS.en.parts, 'giu'),
  it: wordsPattern(MEASURE_WORDS.it.parts, 'giu'),
}

// ASCII is unchanged by NFKC: most words skip it.
const lower = (word: string) => (isAscii(word) ? word : word.normalize('NFKC')).toLowerCase()

/** Generic words this long or longer are read with one letter dropped too: "an earlier taget of 30%" names nothing either. */
const MIN_MISSPELT = 6

/** A word and, when long, its spellings with one letter missing. */
function misspelt(word: string): string[] {
  if (word.length < MIN_MISSPELT) return [word]
  return [word, ...Array.from(word, (_, k) => word.slice(0, k) + word.slice(k + 1))]
}

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
    generic: new Set(w.generic.map(lower).flatMap(misspelt)),
    anaphora: set(w.anaphora),
    equals: set(w.equals),
    totals: set(w.totals),
    cumulative: set(w.cumulative),
    of: set(w.of),
    perUnit: set(w.perUnit),
    articles: set(w.articles),
    attach: set(w.attach),
    timeAttach: set(w.timeAttach),
    // One-word relative pronouns: a token is one word.
    relatives: set(CLAUSE_WORDS[lang].relatives.filter((r) => !/\s/u.test(r))),
    partitive: set(w.partitive),
    wholes: set(w.wholes),
    changeBy: set(w.changeBy),
    changeVerbs: w.changeVerbs.map(lower),
    spendVerbs: w.spendVerbs.map(lower),
    moneyNouns: set(w.moneyNouns),
    sourceVerbs: set(w.sourceVerbs),
    sourceLinks: set(w.sourceLinks),
    unitQualifiers: set(w.unitQualifiers),
    negations: set(w.negations),
    purpose: set(w.purpose),
    goalNouns: set(w.goalNouns),
    auxiliaries: set(VERB_WORDS[lang].auxiliaries),
    finiteAfter: set(VERB_WORDS[lang].finiteAfter),
    finite: set(VERB_WORDS[lang].finite),
    infinitive: set(VERB_WORDS[lang].infinitive),
    participleNeedsAuxiliary: VERB_WORDS[lang].participleNeedsAuxiliary,
    yearClosesName: w.yearClosesName,
  }
}

/** Letters a change verb's ending adds to its stem: "reduc-ed", "ridu-rre", "aument-ato", not "miglior-amento". */
const MAX_VERB_ENDING = 5

/** Tokens read back from a change amount to the verb whose object it changes: "increased its … target …, to 42%". */
const MAX_CHANGE_REACH = 24

/** A phrase names at most this many content words: a measure is a noun phrase, not a clause. */
const MAX_WORDS = 4
/** "and" joins nouns only this early in a phrase ("research and development", not "women managers and energy"). */
const MAX_WORDS_BEFORE_AND = 2
// Punctuation between two words ends a phrase; parentheses are handled apart (an aside can sit inside one).
const BREAK = /[,;:.!?–—"“”«»[\]|/]|\s-\s/u
// A dash pair sets off an aside: "il MOL a valore condiviso – cioè … – è salito a 776 milioni".
const DASH = /\s[–—-]\s/u
const HYPHEN = /\s-\s/gu
// A bare number inside a phrase ("scope 1, 2 and 3"): not a figure, and naming nothing alone.
const NUMBER = /^\p{N}+$/u
// A comma alone between two words.
const COMMA = /^\s*,\s*$/u
// A closing parenthesis and a comma: "… da energia elettrica), attestandosi".
const CLOSE_COMMA = /^\s*\)\s*,\s*$/u
// Quotation marks that say which way they face: a name quoted inside a phrase ("le emissioni «Scope 1 e 2»") does not end it.
const QUOTE = /[«»“”]/u
const QUOTES = /[«»“”]/gu
const OPEN_QUOTE = /[«“]/u
const CLOSE_QUOTE = /[»”]/u
/** Tokens a quoted name inside a phrase runs to at most. */
const MAX_QUOTED = 5
const OPEN = '('
const CLOSE = ')'

/** Content words past MAX_WORDS that a phrase read rightwards may run on to reach its head noun. */
const HEAD_REACH = 2

/** Whether the token after `j` goes on with the noun phrase: a content word with only a space between, ending the phrase. */
function headFollows(walk: Walk, j: number): boolean {
  return nounFollows(walk, j) && endsAt(walk, j + 1)
}

/** Tokens before a bracket that a figure there may restate ("0,218 euro per azione (0,161 euro …)"). */
const BRACKET_REACH = 3

/** A phrase: its first and last token, and the link words skipped between it and the figure (nearest the figure first). */
/** `subject`: the phrase is the antecedent of the relative clause whose verb the figure completes ("Dipendenti che hanno raggiunto quota 1.749"). */
type Phrase = { from: number; to: number; skipped: readonly number[]; subject?: boolean }
type Found = Phrase | 'anaphora' | 'equals' | null

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
  const locutions = locutionsOf(sentence.text, lang)
  const tokens: Token[] = sentenceTokens(sentence.text).map((t) => {
    const start = t.start + sentence.start
    const end = t.end + sentence.start
    const locution = inLocution(locutions, t)
    return { start, end, word: lower(t.token), figure: figures.findIndex((f) => f.start < end && start < f.end), locution }
  })
  const span = (found: { from: number; to: number }): Span => {
    let start = tokens[found.from]!.start
    let end = tokens[found.to]!.end
    // "emissioni «Scope 1 e 2»", "“Scope 3” emissions": a phrase ending or beginning inside the name it quotes takes the name's other mark.
    const text = sentence.text.slice(start - sentence.start, end - sentence.start)
    if (OPEN_QUOTE.test(text) && !CLOSE_QUOTE.test(text) && CLOSE_QUOTE.test(sentence.text.charAt(end - sentence.start))) end++
    if (CLOSE_QUOTE.test(text) && !OPEN_QUOTE.test(text) && OPEN_QUOTE.test(sentence.text.charAt(start - sentence.start - 1))) start--
    return { text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end }
  }
  const gap = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start)
  // "As of year-end 2023": a word hyphenated from generic ones names nothing either.
  const generic = (word: string) => sets.generic.has(word) || (word.includes('-') && word.split('-').every((part) => sets.generic.has(part)))
  const isGeneric = (found: { from: number; to: number }) =>
    tokens.slice(found.from, found.to + 1).every((t) => generic(t.word) || sets.inner.has(t.word) || isStopword(t.word, lang) || NUMBER.test(t.word))
  // "2 and 3" of "scope 1, 2 and 3" names nothing, not even as a last resort.
  const namesNothing = (found: { from: number; to: number }) =>
    tokens.slice(found.from, found.to + 1).every((t) => sets.inner.has(t.word) || isStopword(t.word, lang) || NUMBER.test(t.word))
  const back = previous.find((m): m is Span => m !== null) ?? null

  const forms = VERB_FORMS[lang]
  // A verb is never what is measured: a present form that is no noun ("grows", "deriva"), an infinitive or gerund ("saputo ridurre", "attestandosi"), a participle after an auxiliary
  // ("ha saputo"), or the word a relative pronoun opens its clause with ("che prevede una riduzione del 43%") unless it is a name.
  const verbAt = (j: number) => {
    const word = tokens[j]!.word
    const before = tokens[j - 1]?.word
    return (
      sets.finite.has(word) ||
      forms.isNonFinite(word, before) ||
      (forms.isPast(word) && before !== undefined && sets.auxiliaries.has(before)) ||
      (before !== undefined && sets.finiteAfter.has(before) && !isStopword(word, lang) && !CAPITAL.test(sentence.text.charAt(tokens[j]!.start - sentence.start)))
    )
  }
  const walk = { tokens, sets, lang, gap, dating: figures.map(isDating), verbAt, pastAt: (j: number) => forms.isPast(tokens[j]!.word), adverbAt: (j: number) => forms.isAdverb(tokens[j]!.word), gerundAt: (j: number) => forms.isGerund(tokens[j]!.word), percent: figures.map((f) => f.unit === 'percent'), amount: figures.map((f) => f.kind === 'amount'), duration: figures.map((f) => f.unit === 'year' || f.kind === 'year-range') }
  const ends = (i: number) => ({ first: tokens.findIndex((t) => t.figure === i), last: tokens.findLastIndex((t) => t.figure === i) })
  const usable = (found: Found): Span | null => (found && typeof found === 'object' && !isGeneric(found) ? span(found) : null)
  const clauses = clausesOf(sentence.text, lang)
  // "a 1.5C pathway - first announced in 2015 - by more than a decade": a spaced hyphen sets off an aside, whose figures are
  // neighbours to each other first (clauses.ts cuts at true dashes only: a figure's role reads past a hyphen).
  const hyphens = sentence.text.includes(' - ') ? [...sentence.text.matchAll(HYPHEN)].map((m) => m.index + sentence.start) : []
  const clauseOf = (at: number) => clauseIndex(clauses, at - sentence.start) + hyphens.filter((h) => h < at).length
  // Each figure's clause, read once: neighbours compare every pair of figures, several times.
  const clauseAt = figures.map((f) => clauseOf(f.start))
  // The measures of the figure's nearest neighbours with one, in its clause first, then the ones before it: of any figure but a
  // year (`any`), and of a measured one, not a rank (`measured`). One pass over the figures: a sentence's figures each ask.
  const neighbours = (i: number, measures: readonly (Span | null)[], sameClause: boolean, only?: (f: ParsedFigure) => boolean): { any: Span | null; measured: Span | null } => {
    const at = figures[i]!.start
    let any: Span | null = null
    let anyKey = Infinity
    let anyDistance = Infinity
    let measured: Span | null = null
    let measuredKey = Infinity
    let measuredDistance = Infinity
    for (let j = 0; j < figures.length; j++) {
      const m = measures[j]
      const other = figures[j]!
      if (j === i || !m || isDating(other) || (only && !only(other))) continue
      const same = clauseAt[j] === clauseAt[i]
      if (sameClause && !same) continue
      const key = same ? (other.start > at ? 1 : 0) : 2
      const distance = Math.abs(other.start - at)
      if (key < anyKey || (key === anyKey && distance < anyDistance)) (any = m), (anyKey = key), (anyDistance = distance)
      if (isMeasured(other) && (key < measuredKey || (key === measuredKey && distance < measuredDistance))) (measured = m), (measuredKey = key), (measuredDistance = distance)
    }
    return { any, measured }
  }

  const own: (Span | null)[] = []
  const weak: (Span | null)[] = []
  const linkedOf: (Span | null)[] = []
  const aimedOf: (Span | null)[] = []
  figures.forEach((figure, i) => {
    const { first, last } = ends(i)
    if (first < 0) return own.push(null), weak.push(null)
    if (isDating(figure)) {
      const place = dateline(walk, first, last)
      if (place) return own.push(span(place)), weak.push(null)
      // A year names what it dates when a word touches it: "its 2019 base year" (not "in 2024 marks"),
      // "bilancio di sostenibilità 2023"; else its clause's figure's measure, or what it is linked to.
      const before = tokens[first - 1]?.word
      const modifies = before === undefined || !(sets.boundary.has(before) || sets.inner.has(before))
      // A year stated with its preposition ("per azione nel 2021") touches no word: the preposition stands between.
      const lead = tokens[first]!.word
      const placed = sets.boundary.has(lead) || sets.inner.has(lead)
      const right = goalAfter(walk, last) ?? (placed || !modifies ? null : phrase(walk, last + 1, +1, false))
      // "Il Report di Sostenibilità 2022 riflette", "nylon utilizzato nelle collezioni 2023 costituito da": in a language that
      // puts a year after the noun it dates, the year closes that name; the word after it begins the predicate.
      const closes = sets.yearClosesName && nounBefore(walk, first)
      const near = closes ? null : usable(right)
      const touching = near ?? (placed ? null : usable(phrase(walk, first - 1, -1, false))) ?? (closes ? usable(right) : null)
      // Only leftwards: after "in 2024" comes the sentence's subject ("nel 2023 Xiaomi ha ottenuto…"), not what it dates.
      // Not past a verb to its subject: "Il Gruppo ha archiviato il 2020 con un fatturato…" dates the turnover, not the group;
      // but "the framework, which was launched in 2006" dates the noun its relative clause tells of.
      const back = touching ? null : phrase(walk, first - 1, -1, true)
      const linked = typeof back === 'object' && back !== null && !back.subject && back.skipped.some((k) => perfectAt(walk, k)) ? null : usable(back)
      linkedOf[i] = linked
      // "Entro il 2030 utilizzerà solo energie rinnovabili": a deadline that opens its clause measures what the verb after it aims at.
      aimedOf[i] = !touching && figure.role === 'target' ? aimedAt(walk, first, last, usable) : null
      // "far sooner than its initial 2050 target": failing all else, the generic noun the year modifies; not a time word
      // before it, which only says when ("a fine 2020", "January to December 2023").
      const w = typeof right === 'object' && right !== null && !namesNothing(right) ? right : null
      return own.push(touching), weak.push(w ? span(w) : null)
    }
    // "Negli ultimi quattro anni il Gruppo ha investito 40 milioni": a length of time after a time word only says when; the words
    // after it begin its clause, and it takes the measure of the clause's figure.
    if (walk.duration[i] && first > 0 && sets.generic.has(tokens[first - 1]!.word) && !usable(phrase(walk, first - 1, -1, true))) return own.push(null), weak.push(null)
    const after = phrase(walk, last + 1, +1, true)
    // "Scope 1 emissions equalled 1.17 megatons of carbon dioxide equivalent", "below 1.5° Celsius": words that qualify a unit;
    // or, after an amount of money, say only that it is money ("expects to invest £10 billion of assets").
    const qualifiers = figure.kind === 'amount' ? (t: Token) => sets.unitQualifiers.has(t.word) || sets.moneyNouns.has(t.word) : (t: Token) => sets.unitQualifiers.has(t.word)
    const weighs = typeof after === 'object' && after !== null && tokens.slice(after.from, after.to + 1).every((t) => qualifiers(t) || sets.inner.has(t.word))
    const right = weighs ? null : after
    const before = phrase(walk, first - 1, -1, true)
    // "un dividendo di 0,218 euro per azione": the phrase joined by "of" names the figure; what follows is a rate's denominator or a purpose.
    // Not a rank: "del primo White Paper" names what follows it; nor a bare count: "dispone di 18 cantieri" counts the noun after it.
    const named = isMeasured(figure) && (figure.unit !== undefined || !usable(right)) && typeof before === 'object' && before && before.skipped.length === 1 && sets.of.has(tokens[before.skipped[0]!]!.word) ? usable(before) : null
    // "Dipendenti che hanno raggiunto quota 1.749 tra tutte le aziende": the subject of the verb the figure completes wins
    // over what a preposition adds after it, not over the verb's object ("che ha saputo ridurre del 10% le emissioni").
    const adjunct = typeof right === 'object' && right !== null && right.skipped.some((j) => !sets.articles.has(tokens[j]!.word))
    const subject = typeof before === 'object' && before?.subject && (adjunct || !usable(right)) ? usable(before) : null
    // "recycled materials comprising 29.5% of the total mix": a share "of the total X" names the whole after it, the part before
    // it; not "del totale degli scarti", where what follows "totale" is what the share counts.
    const ofWhole = figure.unit === 'percent' && typeof right === 'object' && right !== null && sets.wholes.has(tokens[right.skipped.at(-1) ?? -1]?.word ?? '') ? usable(before) : null
    // "la formazione … per un totale di 25.845 ore erogate allo scopo di …": a participle right after a quantity says what was
    // done with it; a phrase before the figure, when there is one, names what it measures.
    const participial = figure.kind === 'quantity' && typeof right === 'object' && right !== null && !right.skipped.length && walk.pastAt(right.from) && !nounFollows(walk, right.from) && usable(before) !== null
    const after1 = participial ? null : usable(right)
    const left = after1 && !named && !subject && !ofWhole ? null : before
    // "Prysmian investirà 500 milioni", "it will invest $1bn": an amount that a spending verb governs measures the spending, not the spender.
    const spent = typeof left === 'string' ? null : spendingVerb(walk, first)
    const read = right === 'anaphora' || left === 'anaphora' ? back : left === 'equals' ? neighbours(i, own, false).any : (named ?? subject ?? ofWhole ?? after1 ?? spent ?? usable(left))
    // "increasing solar capacity at its offices around the world by 72%": a change amount measures the object of its verb,
    // unless the phrase read already begins with it ("reduced the carbon emissions of its plants … by 77%").
    const changed = read === back && back ? null : changedObject(walk, first, usable)
    const object = changed && !changed.verb ? changed.span : null
    // "il Trieste Airport continua a crescere, nel 2024 del 41%": a change verb that ends its clause is what the amount measures.
    const found = object && !(read && read.start === object.start) ? object : (read ?? changed?.span ?? null)
    // "il 93% della produzione deriva da acciaio riciclato": a share of a whole whose source follows measures the part from that source.
    const source = figure.unit === 'percent' && found && typeof right === 'object' && right !== null && found.end === tokens[right.to]!.end ? sourceOf(walk, right.to) : -1
    own.push(source > 0 ? { text: gap(found!.start, tokens[source]!.end), start: found!.start, end: tokens[source]!.end } : found)
    const w = [right, left].find((x): x is Phrase => typeof x === 'object' && x !== null && !namesNothing(x))
    weak.push(w ? span(w) : null)
  })
  // A figure that names nothing of its own (a year, a comparison, "4.6 billion" after "revenue grew 18%")
  // takes the measure of its nearest measured neighbour; failing one, its own generic words.
  // A bracket's figure read back into another figure's measure ("171.000 le ore di formazione specialistica in materia di
  // salute e sicurezza (+15% rispetto al 2017)") restates that figure: it takes that measure whole.
  const restated = (i: number): Span | undefined => {
    const m = own[i]
    if (!m || m.end > figures[i]!.start || !gap(m.end, figures[i]!.start).includes(OPEN)) return undefined
    return own.find((o, j): o is Span => j !== i && o !== null && o !== m && o.start < m.start && m.start < o.end)
  }
  // "8,7 miliardi di euro per finanziamenti a green e circular economy (più che triplicati rispetto al 2020: +213%)": a bracket
  // right after a figure's measure, or the figure, tells of that figure; a figure in it that names nothing takes that measure.
  const bracketed = (i: number): Span | null => {
    const at = figures[i]!.start - sentence.start
    const open = sentence.text.lastIndexOf(OPEN, at)
    if (open < 0 || sentence.text.slice(open, at).includes(CLOSE)) return null
    const j = figures.findLastIndex((g) => isMeasured(g) && g.end - sentence.start <= open)
    const m = own[j]
    if (j < 0 || !m) return null
    const end = Math.max(m.end, figures[j]!.end) - sentence.start
    return end <= open && /^\s*$/u.test(sentence.text.slice(end, open)) ? m : null
  }
  // "to achieve net zero Scope 1 and 2 GHG emissions from global operations by 2050": a deadline's measure that a goal's name
  // opens, with no figure or punctuation between (an aside in brackets aside), begins with that name.
  let goals: Array<{ start: number; end: number }> | null = null
  const withGoal = (m: Span): Span => {
    goals ??= [...sentence.text.matchAll(GOALS[lang])].map((g) => ({ start: g.index + sentence.start, end: g.index + g[0].length + sentence.start }))
    // The name may end inside the measure ("zero Scope 1 and 2 …" of "net zero Scope 1 and 2 …").
    const goal = goals.findLast((g) => g.start < m.start && g.end <= m.end)
    if (!goal) return m
    const { start } = goal
    const end = Math.min(goal.end, m.start)
    if (figures.some((f) => f.start >= end && f.end <= m.start) || BREAK.test(gap(end, m.start).replace(/[()]/gu, ' '))) return m
    return { text: gap(start, m.end), start, end: m.end }
  }
  // "cut carbon emissions by 50% at 15 breweries by 2025": a deadline is a goal's of its clause before any other figure's.
  const goalOf = (i: number, measures: readonly (Span | null)[]): Span | null =>
    figures[i]!.role === 'target' && isDating(figures[i]!) ? neighbours(i, measures, true, (f) => f.role === 'target').measured : null
  const restatedOf = figures.map((_, i) => restated(i))
  const read = figures.map((_, i) => {
    const found = restatedOf[i] ?? own[i] ?? bracketed(i)
    if (found) return found
    const near = neighbours(i, own, true)
    return goalOf(i, own) ?? near.measured ?? aimedOf[i] ?? linkedOf[i] ?? near.any ?? neighbours(i, own, false).any ?? weak[i] ?? null
  })
  // "utile netto di 435,9 milioni, in crescita del 35,5% rispetto al 2021": a year that names nothing dates a figure of its
  // clause, which may have taken its measure from a neighbour in turn: the year takes what that figure was given.
  const final = read.map((m, i) => (isDating(figures[i]!) && !restatedOf[i] && !own[i] && !aimedOf[i] && !linkedOf[i] ? (goalOf(i, read) ?? neighbours(i, read, true).any ?? m) : m))
  return final.map((m, i) => (m && isDating(figures[i]!) && figures[i]!.role === 'target' ? withGoal(m) : m))
}

/**
 * The object of the change verb that a change amount right after "by"/"to" ("del", "al") completes: "increased its
 * greenhouse gas (GHG) reduction target for direct emissions, …, to 42%" → "greenhouse gas (GHG) reduction target";
 * or the verb itself (`verb`) when it has no object and a comma ends its clause ("continua a crescere, nel 2024 del 41%").
 * A change verb is one of the language's change stems with a short ending, and not a generic noun ("an increase in")
 * unless a determiner follows it ("raise the"). Null when no such verb stands between the figure and the figure or clause before.
 */
function changedObject(walk: Walk, first: number, usable: (found: Found) => Span | null): { span: Span; verb: boolean } | null {
  const { tokens, sets, lang, gap } = walk
  const link = tokens[first - 1]
  if (!link || !sets.changeBy.has(link.word) || BREAK.test(gap(link.end, tokens[first]!.start))) return null
  for (let k = first - 2, n = 0; k >= 0 && n < MAX_CHANGE_REACH; k--, n++) {
    const t = tokens[k]!
    if ((t.figure >= 0 && !walk.dating[t.figure]) || /[;:.!?]/u.test(gap(t.end, tokens[k + 1]!.start))) return null
    if (!sets.changeVerbs.some((stem) => t.word.startsWith(stem) && t.word.length <= stem.length + MAX_VERB_ENDING)) continue
    const next = tokens[k + 1]!
    if (sets.generic.has(t.word) && !(isStopword(next.word, lang) && !sets.boundary.has(next.word) && !sets.inner.has(next.word))) continue
    const object = usable(phrase(walk, k + 1, +1, true))
    if (object) return { span: object, verb: false }
    // No object: the verb alone, when it is one by its form and a comma ends its clause ("continua a crescere, … del 41%").
    return walk.verbAt(k) && COMMA.test(gap(t.end, next.start)) ? { span: { text: gap(t.start, t.end), start: t.start, end: t.end }, verb: true } : null
  }
  return null
}

/** Tokens read on from a deadline that opens its clause to the verb whose object it dates: "entro il 2025, per esempio, l'azienda conta di rendere". */
const MAX_AIM_REACH = 8

/**
 * What a deadline year that opens its clause ("Safilo, entro il 2030 utilizzerà solo energie rinnovabili", "Entro il 2030, quindi,
 * si completerà il processo", "By 2030 the mill will cut its water use") aims at: the object of the first verb after it, past the
 * sentence's subject. Null when words other than its preposition stand before it in its clause, or no such verb or object follows.
 */
function aimedAt(walk: Walk, first: number, last: number, usable: (found: Found) => Span | null): Span | null {
  const { tokens, sets, lang, gap } = walk
  for (let k = first - 1; k >= 0; k--) {
    const w = tokens[k]!.word
    if (tokens[k]!.figure >= 0 || !(sets.leftLink.has(w) || sets.boundary.has(w) || sets.generic.has(w) || isStopword(w, lang) || walk.adverbAt(k))) return null
    if (k === 0 || BREAK.test(gap(tokens[k - 1]!.end, tokens[k]!.start))) break
  }
  for (let k = last + 1, n = 0; tokens[k] && n < MAX_AIM_REACH; k++, n++) {
    if (tokens[k]!.figure >= 0 || /[;:.!?()]/u.test(gap(tokens[k - 1]!.end, tokens[k]!.start))) return null
    if (!walk.verbAt(k)) continue
    // "will be cut", "è stato ridotto": the object follows the verb group's last verb.
    let v = k
    while (tokens[v + 1] && (walk.verbAt(v + 1) || perfectAt(walk, v + 1)) && /^\s+$/u.test(gap(tokens[v]!.end, tokens[v + 1]!.start))) v++
    // "l'azienda conta di rendere il portfolio …": a verb whose object is another verb aims at that verb's object.
    const object = usable(phrase(walk, v + 1, +1, true))
    if (object) return object
    k = v
  }
  return null
}

/** Words a dateline's place and agency run to at most before its date: "(ANSA) - MILANO, 28 SET -", "HONG KONG, April 29, 2019 /PRNewswire/". */
const MAX_DATELINE = 4
// After a dateline's date: the dash or slash that opens the story or names the agency.
const DATELINE_END = /^\s*(?:[-–—]|\/)/u

/**
 * The place of a news dateline whose date runs from token `first` to `last` ("(ANSA) - MILANO, 28 SET - La sostenibilità…"): the
 * capitalised words that open the sentence right before a comma and the date, with a dash or slash after the date. The date tells
 * when the news was filed there, so the place is what it dates. Null for any other date.
 */
function dateline(walk: Walk, first: number, last: number): { from: number; to: number } | null {
  const { tokens, gap } = walk
  if (first === 0 || first > MAX_DATELINE || !tokens[last + 1] || !COMMA.test(gap(tokens[first - 1]!.end, tokens[first]!.start))) return null
  if (!DATELINE_END.test(gap(tokens[last]!.end, tokens[last + 1]!.start))) return null
  const capital = (k: number) => CAPITAL.test(gap(tokens[k]!.start, tokens[k]!.end))
  if (!tokens.slice(0, first).every((_, k) => capital(k))) return null
  let from = first - 1
  while (from > 0 && /^\s+$/u.test(gap(tokens[from - 1]!.end, tokens[from]!.start))) from--
  return { from, to: first - 1 }
}

/** Auxiliaries and adverbs read past between a share's phrase and its source verb: "is now sourced from". */
const MAX_SOURCE_GAP = 3

/**
 * The last token of the source that a share's phrase ending at token `to` goes on to name ("della produzione deriva da acciaio
 * riciclato", "of electricity is now sourced from renewable energy"): a source verb, its link and the noun phrase after them; or -1.
 */
function sourceOf(walk: Walk, to: number): number {
  const { tokens, sets, gap } = walk
  let k = to + 1
  for (let n = 0; tokens[k] && n < MAX_SOURCE_GAP && (sets.auxiliaries.has(tokens[k]!.word) || walk.adverbAt(k)); n++) k++
  const verb = tokens[k]
  const link = tokens[k + 1]
  if (!verb || !link || !sets.sourceVerbs.has(verb.word) || !sets.sourceLinks.has(link.word)) return -1
  if (BREAK.test(gap(tokens[to]!.end, link.end))) return -1
  const source = phrase(walk, k + 2, +1, false)
  return typeof source === 'object' && source !== null && source.from === k + 2 ? source.to : -1
}

/** Link words read back from an amount to the verb that spends it: "will invest", "ha investito oltre". */
const MAX_SPEND_REACH = 4

/** The spending verb ("invest", "to invest", "investirà", "stanziato") among the link words right before the figure's first token, as a span. */
function spendingVerb(walk: Walk, first: number): Span | null {
  const { tokens, sets, gap } = walk
  for (let k = first - 1, n = 0; k >= 0 && n < MAX_SPEND_REACH; k--, n++) {
    const t = tokens[k]!
    if (t.figure >= 0 || BREAK.test(gap(t.end, tokens[k + 1]!.start))) return null
    if (sets.spendVerbs.some((stem) => t.word.startsWith(stem) && t.word.length <= stem.length + MAX_VERB_ENDING) && (walk.verbAt(k) || sets.leftLink.has(t.word) || sets.infinitive.has(tokens[k - 1]?.word ?? ''))) {
      return { text: gap(t.start, t.end), start: t.start, end: t.end }
    }
    if (!(sets.leftLink.has(t.word) || sets.auxiliaries.has(t.word) || walk.adverbAt(k) || walk.verbAt(k))) return null
  }
  return null
}

interface Walk {
  tokens: readonly Token[]
  sets: WordSets
  lang: Lang
  gap: (from: number, to: number) => string
  /** Per figure of the sentence: whether it is a year or date. */
  dating: readonly boolean[]
  /** Whether token `j` is a verb by its form (verb-forms.ts). */
  verbAt: (j: number) => boolean
  /** Whether token `j` has a past tense's or participle's form. */
  pastAt: (j: number) => boolean
  /** Whether token `j` is an adverb (verb-forms.ts). */
  adverbAt: (j: number) => boolean
  /** Whether token `j` has the form of a gerund that may be a noun too (verb-forms.ts). */
  gerundAt: (j: number) => boolean
  /** Per figure of the sentence: whether it is a percentage. */
  percent: readonly boolean[]
  /** Per figure of the sentence: whether it is an amount of money. */
  amount: readonly boolean[]
  /** Per figure of the sentence: whether it is a length of time ("three years", "triennio") or a span of years ("2020-2024"). */
  duration: readonly boolean[]
}

/**
 * The noun phrase starting at token `at` and read in direction `dir` (+1 after a figure, -1 before
 * it): link words skipped first when `link`, then content words joined by inner words, until
 * punctuation, a figure, a clause word or MAX_WORDS. 'anaphora' when it starts with "this"/"questo".
 * `acrossPunctuation`: begin at token `at` even though punctuation stands between it and the token before it in reading order.
 */
function phrase(walk: Walk, at: number, dir: 1 | -1, link: boolean, acrossPunctuation = false): Found {
  const { tokens, sets, lang, gap } = walk
  if (!tokens[at - dir]) return null
  let i: number | null = acrossPunctuation ? at : (stepFrom(walk, at - dir, dir) ?? (dir > 0 && link ? pastApposition(walk, at) : null))
  if (i === null) return null
  const skip = dir > 0 ? sets.rightLink : sets.leftLink
  const skipped: number[] = []
  // An adverb never names what is measured: "were significantly reduced to seven", "Sarà invece del 28%", "(approx USD 30bn)".
  // A gerund governing the figure is its verb ("comprising 29.5%", "accounting for about 80%"), not through "of" ("funding of 5 million").
  while (link && tokens[i]!.figure < 0 && (skip.has(tokens[i]!.word) || walk.adverbAt(i) || (dir < 0 && (sets.equals.has(tokens[i]!.word) || totalAt(walk, i) || sets.auxiliaries.has(tokens[i]!.word) || walk.verbAt(i) || (walk.gerundAt(i) && !skipped.some((k) => sets.of.has(tokens[k]!.word)))))) && !sets.anaphora.has(tokens[i]!.word)) {
    // "2.3 billion, equal to 71%": the figure restates the one before; "value was equal to 143.7 million" does not.
    const before = stepFrom(walk, i, dir)
    if (dir < 0 && sets.equals.has(tokens[i]!.word) && (before === null || tokens[before]!.figure >= 0)) return 'equals'
    skipped.push(i)
    if (before === null) {
      // "l'indice di frequenza degli infortuni, sceso del 4,5%": a verb after a comma tells of the noun before it,
      // past an aside that closes before the comma ("le emissioni di CO2 (… da energia elettrica), attestandosi a …").
      const comma = tokens[i - 1] ? gap(tokens[i - 1]!.end, tokens[i]!.start) : ''
      const aside = CLOSE_COMMA.test(comma) ? skipParen(walk, i - 1, -1) : null
      if (!pastVerb(walk, dir, skipped) || !tokens[i - 1] || !(COMMA.test(comma) || aside !== null)) return null
      i = aside ?? i - 1
      break
    }
    i = before
  }
  // "alternative fuels use, which increased by 52%": a relative clause tells of the noun before it.
  const relative = pastVerb(walk, dir, skipped) && sets.relatives.has(tokens[i]!.word) && tokens[i - 1] && !BREAK.test(gap(tokens[i - 1]!.end, tokens[i]!.start).replace(',', ' '))
  if (relative) i = i - 1
  // "il 94% dei quali assunti a tempo indeterminato", "94% of whom work part-time": what is said of those a relative
  // pronoun after "of" refers to is what the share counts.
  if (dir > 0 && skipped.length && sets.of.has(tokens[skipped.at(-1)!]!.word) && sets.partitive.has(tokens[i]!.word)) {
    let next = stepFrom(walk, i, dir)
    while (next !== null && skip.has(tokens[next]!.word)) next = stepFrom(walk, next, dir)
    if (next === null) return null
    i = next
  }
  if (tokens[i]!.figure >= 0) return null
  if (dir > 0 && sets.anaphora.has(tokens[i]!.word)) return 'anaphora'
  // "il target del -40% previsto entro fine anno": a participle right after a percentage tells of the noun before it,
  // unless a noun follows it, which it qualifies ("its 30% recycled content goal").
  // Not after an article, which makes the word the head noun of the figure's phrase: "a 50% cut in emissions", "the 20% set aside".
  if (dir > 0 && !skipped.length && walk.percent[tokens[at - dir]!.figure] && walk.pastAt(i) && !nounFollows(walk, i) && !afterArticle(walk, at - dir)) return null
  // "oltre 460 milioni di euro impiegati per il credito a imprese sociali": a participle right after an amount of money
  // says how it was spent, and the noun after its preposition on what: the phrase runs from the participle to that noun.
  let participle: number | null = null
  if (dir > 0 && !skipped.length && walk.amount[tokens[at - dir]!.figure] && walk.pastAt(i) && !nounFollows(walk, i)) {
    let next = stepFrom(walk, i, dir)
    const links: number[] = []
    while (next !== null && tokens[next]!.figure < 0 && skip.has(tokens[next]!.word)) links.push(next), (next = stepFrom(walk, next, dir))
    if (next !== null && links.length && tokens[next]!.figure < 0) [participle, i] = [i, next]
  }
  // "0,161 euro per azione nel 2021": a bare noun after "per" is what the amount is divided by.
  if (dir > 0 && skipped.length === 1 && sets.perUnit.has(tokens[skipped[0]!]!.word) && endsAt(walk, i)) return null
  // "recording a 56% drop", "superando il miliardo": a word right before an article is a verb or preposition.
  if (dir < 0 && skipped.length && sets.articles.has(tokens[skipped.at(-1)!]!.word)) return null
  const content: number[] = []
  let stop: number | null = null
  const ofLink = skipped.some((k) => sets.of.has(tokens[k]!.word))
  // The capitalised word after a lowercase one inside a name ("All" of "Sharing Beauty with All"): content, even if a stopword.
  let name = -1
  for (let j: number | null = i; j !== null; j = stepFrom(walk, j, dir)) {
    const t = tokens[j]!
    // "reduction in its absolute … footprint": a change word alone reads on through its link words.
    if (dir > 0 && content.length && content.every((c) => sets.generic.has(tokens[c]!.word)) && sets.rightLink.has(t.word)) continue
    // "7-10 percent of the estimated 240–340TWh": words right before another amount are that amount's.
    if (t.figure >= 0 && dir > 0 && content.at(-1) === j - dir && !walk.dating[t.figure]) return null
    stop = j
    // "15.5 million tons of material for beneficial use": what a quantity is made of goes on with what it is for.
    if (dir > 0 && content.length && ofLink && !t.locution && sets.purpose.has(t.word) && purposeFollows(walk, j)) continue
    // "its 2018 Sharing Beauty with All programme", "Alliance for Water Stewardship": a lowercase word between two capitalised ones is inside a name.
    if (content.at(-1) === j - dir && t.figure < 0 && !t.locution && (sets.boundary.has(t.word) || isStopword(t.word, lang)) && insideName(walk, j)) {
      name = j + dir
      continue
    }
    if (t.figure >= 0 || t.locution || sets.boundary.has(t.word)) break
    if (sets.inner.has(t.word)) {
      // "Scope 1 and 2 GHG emissions": an "and" between two bare numbers lists them inside the name.
      const listed = NUMBER.test(tokens[j - 1]?.word ?? '') && NUMBER.test(tokens[j + 1]?.word ?? '')
      if (!content.length || (sets.and.has(t.word) && content.length > MAX_WORDS_BEFORE_AND && !listed)) break
    } else if (sets.negations.has(t.word) && content.length && negatesAdjective(walk, j, dir)) {
      // "Dichiarazione Non Finanziaria 2023": a negation between two content words is part of the name.
      continue
    } else if (j !== name && (isStopword(t.word, lang) || (dir < 0 && sets.leftLink.has(t.word)) || walk.verbAt(j) || (dir > 0 && (takesArticle(walk, j) || (content.length > 0 && pastTakesObject(walk, j)))))) {
      break
    } else {
      content.push(j)
      stop = null
      const named = content.filter((c) => !sets.generic.has(tokens[c]!.word) && !NUMBER.test(tokens[c]!.word)).length
      // Rightwards a noun phrase runs on to its head noun: "16 Aboriginal and Torres Strait Islander businesses".
      if (named >= MAX_WORDS && !(dir > 0 && named < MAX_WORDS + HEAD_REACH && headFollows(walk, j))) {
        // Leftwards, a full phrase may still be attached to the noun before it: "Water usage at the group's data centers and offices".
        const beyond = dir < 0 ? stepFrom(walk, j, dir) : null
        if (beyond !== null && (sets.attach.has(tokens[beyond]!.word) || isStopword(tokens[beyond]!.word, lang))) stop = beyond
        break
      }
    }
  }
  if (!content.length) return null
  const ends = [content[0]!, content[content.length - 1]!]
  // The antecedent of a relative clause is the subject of a verb the figure completes: "X, which increased by 52%".
  const subject = relative && skipped.some((j) => walk.pastAt(j) || walk.verbAt(j))
  // "129.388 tonnellate di CO2 non emesse": a negation right before what follows the figure turns its meaning, so it stays
  const negated = dir > 0 && participle === null && skipped.at(-1) === content[0]! - 1 && sets.negations.has(tokens[content[0]! - 1]!.word)
  const found = { from: participle ?? (negated ? content[0]! - 1 : Math.min(...ends)), to: Math.max(...ends), skipped, ...(subject ? { subject } : {}) }
  if (dir > 0) return found
  if (stop === null) return appositive(walk, found) ?? found
  return (content.every((c) => sets.generic.has(tokens[c]!.word)) ? antecedent(walk, found, stop) : null) ?? attached(walk, found, stop)
}

/**
 * The goal a year names the deadline of, when a goal's noun heads the phrase after it, past the other years of a list ("toward
 * the company's 2025 and 2038 sustainability goals", "Toward 2025 Serve 360 Goals", "the strategy and 2030 goals"): the phrase up
 * it heads, or null.
 */
function goalAfter(walk: Walk, last: number): Phrase | null {
  const { tokens, sets, gap } = walk
  const year = (j: number) => tokens[j] !== undefined && tokens[j]!.figure >= 0 && walk.dating[tokens[j]!.figure] === true
  const yearEnd = (j: number) => tokens.findLastIndex((t) => t.figure === tokens[j]!.figure)
  let k = last
  for (;;) {
    if (tokens[k + 1] && sets.and.has(tokens[k + 1]!.word) && year(k + 2)) k = yearEnd(k + 2)
    else if (year(k + 1) && COMMA.test(gap(tokens[k]!.end, tokens[k + 1]!.start))) k = yearEnd(k + 1)
    else break
  }
  const found = phrase(walk, k + 1, +1, false)
  if (typeof found !== 'object' || !found) return null
  let head = -1
  for (let j = found.from; j <= found.to; j++) if (sets.goalNouns.has(tokens[j]!.word)) head = j
  if (head < 0) return null
  // The phrase ends at the goal's noun ("2025 Serve 360 Goals"), unless only generic words lead to it: then what follows names
  // the goal ("2030 Goal to Decarbonize Supply Chain"), except an adverb, which begins the predicate ("2030 goals initially cover"),
  // or another noun joined on ("water goals and new awards").
  const plain = tokens.slice(found.from, head + 1).every((t) => sets.generic.has(t.word) || sets.inner.has(t.word) || isStopword(t.word, walk.lang))
  const next = tokens[head + 1]?.word ?? ''
  return head === found.to || !plain || walk.adverbAt(head + 1) || sets.and.has(next) ? { ...found, to: head } : found
}

/**
 * "all'assemblea degli azionisti, posticipata al 29 giugno", "the plant, opened in 2019": a participle alone after a comma, read
 * leftwards, tells of the noun phrase before the comma, which names what the figure measures. Null for anything else.
 */
function appositive(walk: Walk, found: Phrase): Phrase | null {
  const { tokens, gap } = walk
  const k = found.from
  if (k !== found.to || k === 0 || !walk.pastAt(k) || !COMMA.test(gap(tokens[k - 1]!.end, tokens[k]!.start))) return null
  const noun = phrase(walk, k - 1, -1, false, true)
  if (typeof noun !== 'object' || noun === null) return null
  // Only a phrase read to its start: "la Dichiarazione consolidata volontaria di carattere non finanziario, pubblicata" is cut before its head.
  const before = tokens[noun.from - 1]
  const whole = !before || BREAK.test(gap(before.end, tokens[noun.from]!.start)) || isStopword(before.word, walk.lang) || walk.sets.boundary.has(before.word) || walk.verbAt(noun.from - 1)
  return whole ? { ...noun, skipped: found.skipped } : null
}

/** Whether the phrase goes on past the negation at `j` (reading in `dir`) with a content word, not a verb: it then negates a word inside a noun phrase. */
function negatesAdjective(walk: Walk, j: number, dir: 1 | -1): boolean {
  const next = stepFrom(walk, j, dir)
  if (next === null) return false
  const t = walk.tokens[next]!
  return t.figure < 0 && !isStopword(t.word, walk.lang) && !walk.sets.boundary.has(t.word) && !walk.sets.inner.has(t.word) && !walk.verbAt(next)
}

/** Whether an article stands right before the figure that token `j` belongs to: "a 50% cut". */
function afterArticle(walk: Walk, j: number): boolean {
  const first = walk.tokens.findIndex((t) => t.figure === walk.tokens[j]!.figure)
  return first > 0 && walk.sets.articles.has(walk.tokens[first - 1]!.word)
}

/** Whether a content word, not a verb, follows token `j` with only a space between: `j` qualifies it. */
function nounFollows(walk: Walk, j: number): boolean {
  const { tokens, sets, lang, gap } = walk
  const next = tokens[j + 1]
  if (!next || next.figure >= 0 || next.locution || !/^\s+$/u.test(gap(tokens[j]!.end, next.start))) return false
  const w = next.word
  return !sets.inner.has(w) && !sets.boundary.has(w) && !isStopword(w, lang) && !sets.rightLink.has(w) && !walk.pastAt(j + 1) && !walk.verbAt(j + 1)
}

/** Whether token `j` is the noun of "un totale di" / "a total of" (after an article), which restates what comes before it. */
function totalAt(walk: Walk, j: number): boolean {
  return walk.sets.totals.has(walk.tokens[j]!.word) && walk.sets.articles.has(walk.tokens[j - 1]?.word ?? '')
}

/** Whether a bare noun that names something follows the preposition of purpose at `j`: "material for beneficial use", not "for recycling it". */
function purposeFollows(walk: Walk, j: number): boolean {
  const next = walk.tokens[j + 1]
  return nounFollows(walk, j) && !walk.sets.generic.has(next!.word) && !walk.gerundAt(j + 1)
}

const CAPITAL = /^\p{Lu}/u

/** Whether the lowercase token `j` stands between two capitalised words with only spaces between: "Sharing Beauty with All". */
function insideName(walk: Walk, j: number): boolean {
  const { tokens, gap } = walk
  const [before, t, after] = [tokens[j - 1], tokens[j]!, tokens[j + 1]]
  if (!before || !after || after.figure >= 0 || !/^\s+$/u.test(gap(before.end, t.start)) || !/^\s+$/u.test(gap(t.end, after.start))) return false
  const initial = (k: { start: number; end: number }) => gap(k.start, k.end)
  return CAPITAL.test(initial(before)) && CAPITAL.test(initial(after)) && !CAPITAL.test(initial(t))
}

/** Whether token `k` is a past participle after an auxiliary: "ha archiviato", "has closed". */
function perfectAt(walk: Walk, k: number): boolean {
  return walk.pastAt(k) && walk.sets.auxiliaries.has(walk.tokens[k - 1]?.word ?? '')
}

/**
 * "54% of the stores hosted repair workshops", "took part": where a past tense stands alone, one after a noun with an object after it
 * is the verb of that noun, not a participle qualifying it ("waste generated by the mills", "emissions avoided annually").
 */
function pastTakesObject(walk: Walk, j: number): boolean {
  // "dual-fuelled vessels": a compound participle qualifies the noun after it
  if (walk.sets.participleNeedsAuxiliary || !walk.pastAt(j) || walk.tokens[j]!.word.includes('-')) return false
  const next = walk.tokens[j + 1]
  return next !== undefined && /^\s+$/u.test(walk.gap(walk.tokens[j]!.end, next.start)) && (walk.sets.articles.has(next.word) || (nounFollows(walk, j) && !walk.adverbAt(j + 1)))
}

/** "$1bn in achieving the goals": a gerund with an article after it governs an object, so it is a verb, not a noun ("in recycling infrastructure"). */
function takesArticle(walk: Walk, j: number): boolean {
  const next = walk.tokens[j + 1]
  return next !== undefined && walk.sets.articles.has(next.word) && walk.gerundAt(j) && /^\s+$/u.test(walk.gap(walk.tokens[j]!.end, next.start))
}

/** Whether a content word, not a verb or link word, stands right before token `j` with only a space between: `j` ends its phrase. */
function nounBefore(walk: Walk, j: number): boolean {
  const { tokens, sets, lang, gap } = walk
  const prev = tokens[j - 1]
  if (!prev || prev.figure >= 0 || prev.locution || !/^\s+$/u.test(gap(prev.end, tokens[j]!.start))) return false
  const w = prev.word
  return !sets.inner.has(w) && !sets.boundary.has(w) && !isStopword(w, lang) && !sets.leftLink.has(w) && !sets.generic.has(w) && !walk.verbAt(j - 1) && !walk.pastAt(j - 1)
}

/** Reading leftwards past a verb ("sceso", "increased"), not just function words. */
const pastVerb = (walk: Walk, dir: 1 | -1, skipped: readonly number[]): boolean => dir < 0 && skipped.some((j) => !isStopword(walk.tokens[j]!.word, walk.lang))

/** The next token after `j` in reading direction `dir`, past an aside in parentheses; null at punctuation or the end. */
function stepFrom(walk: Walk, j: number, dir: 1 | -1): number | null {
  const { tokens, gap } = walk
  const next = j + dir
  if (!tokens[next]) return null
  // The gap between the two tokens, in text order.
  const g = dir > 0 ? gap(tokens[j]!.end, tokens[next]!.start) : gap(tokens[next]!.end, tokens[j]!.start)
  if (dir < 0 && DASH.test(g) && !BREAK.test(g.replace(DASH, ' '))) return skipDashes(walk, next)
  // "scope 1, 2 and 3": a comma in a list of bare numbers.
  if (COMMA.test(g) && NUMBER.test(tokens[j]!.word) && NUMBER.test(tokens[next]!.word) && tokens[next]!.figure < 0) return next
  if (QUOTE.test(g) && !BREAK.test(g.replace(QUOTES, ' '))) return quotedName(walk, next, dir, g) ? next : null
  if (BREAK.test(g)) return null
  // Leaving, leftwards, the brackets a figure opens ("consumo delle risorse idriche (-8% rispetto al 2017)"): the bracket tells
  // of the phrase before it, unless a figure stands just before ("0,218 euro per azione (0,161 euro …)"): it restates that one.
  if (dir < 0 && g.includes(OPEN) && !g.includes(CLOSE)) return tokens.slice(Math.max(0, next - BRACKET_REACH + 1), next + 1).some((t) => t.figure >= 0) ? null : next
  return hasParen(g) ? skipParen(walk, next, dir) : next
}

/**
 * Whether the quotation mark in gap `g`, stepping to token `next` in `dir`, encloses a short name inside the phrase ("le emissioni
 * «Scope 1 e 2» saranno ridotte"): its other mark comes within MAX_QUOTED tokens with no other punctuation between.
 */
function quotedName(walk: Walk, next: number, dir: 1 | -1, g: string): boolean {
  const { tokens, gap } = walk
  // Entering, look ahead for the closing mark; leaving, look back for the opening one, over a name without a figure of its own
  // (a year inside a quoted title, "“Dichiarazione non finanziaria 2021” emerge", dates the title, not what follows).
  const entering = dir > 0 ? OPEN_QUOTE.test(g) : CLOSE_QUOTE.test(g)
  const step = entering ? dir : -dir
  const other = step > 0 ? CLOSE_QUOTE : OPEN_QUOTE
  for (let j = entering ? next : next - dir, n = 0; n < MAX_QUOTED && tokens[j] && (tokens[j + step] || step > 0); j += step, n++) {
    if (!entering && tokens[j]!.figure >= 0) return false
    // The closing mark may end the sentence: "… di quelli «indiretti»."
    const between = step > 0 ? gap(tokens[j]!.end, tokens[j + 1]?.start ?? Infinity) : gap(tokens[j - 1]!.end, tokens[j]!.start)
    if (other.test(between)) return true
    if (BREAK.test(between)) return false
  }
  return false
}

/** Words read past, leftwards from a change word, to the relative pronoun before it: "che registrano un calo". */
const MAX_RELATIVE_GAP = 3

/**
 * A change word alone in a relative clause ("le emissioni … che registrano un calo del 14%")
 * tells of the noun the clause refers to: that noun's phrase, or null.
 */
function antecedent(walk: Walk, found: Phrase, stop: number): Phrase | null {
  const { tokens, sets, gap } = walk
  for (let k = stop, n = 0; k > 0 && n <= MAX_RELATIVE_GAP; k--, n++) {
    if (tokens[k]!.figure >= 0) return null
    if (sets.relatives.has(tokens[k]!.word)) {
      const noun = phrase(walk, k - 1, -1, false)
      return typeof noun === 'object' && noun ? { ...noun, skipped: found.skipped, subject: true } : null
    }
    if (BREAK.test(gap(tokens[k - 1]!.end, tokens[k]!.start))) return null
  }
  return null
}

/** Whether the phrase can end at token `i`: punctuation, a figure, a boundary word or the end follows it. */
function endsAt(walk: Walk, i: number): boolean {
  const { tokens, sets, gap } = walk
  const after = tokens[i + 1]
  return !after || /\p{P}/u.test(gap(tokens[i]!.end, after.start)) || after.figure >= 0 || sets.boundary.has(after.word)
}

/** Whether `word` attaches a phrase to the noun before it; `during`: the phrase says when, for a length of time. */
const attaches = (sets: WordSets, word: string, during: boolean): boolean => sets.attach.has(word) || (during && sets.timeAttach.has(word))

/** Determiners read past between a phrase and the preposition attaching it ("from its global operations"). */
const MAX_DETERMINERS = 2

/**
 * A phrase read leftwards that a preposition attaches to the noun before it ("CO2 emissions from its
 * global operations", "absolute emissions across scope 1, 2 and 3"), widened to that noun: the
 * phrase names where, the noun what. `stop` is the token the phrase stopped at.
 */
function attached(walk: Walk, found: Phrase, stop: number): Phrase {
  const { tokens, sets, lang, gap } = walk
  const plain = (p: { from: number; to: number }) => tokens.slice(p.from, p.to + 1).every((t) => sets.generic.has(t.word) || NUMBER.test(t.word))
  // "capital expenditures over the next three years": a duration's time phrase attaches to the noun before it.
  const next = tokens[found.to + 1]?.figure ?? -1
  const during = next >= 0 && walk.duration[next] === true && plain(found)
  let k = stop
  for (let n = 0; n < MAX_DETERMINERS && !attaches(sets, tokens[k]!.word, during) && isStopword(tokens[k]!.word, lang) && tokens[k - 1]; n++) {
    if (BREAK.test(gap(tokens[k - 1]!.end, tokens[k]!.start))) return found
    k--
  }
  // "il tasso di nuove assunzioni lo scorso anno pari al 14,1%", "emissions in November": a phrase that names nothing
  // says when, not where; the noun before it (after its preposition or article) says what.
  if (plain(found)) {
    // "in November 2024": a month before a year is part of the date, whose event is elsewhere.
    if (next >= 0 && walk.dating[next] && !during) return found
    const before = tokens[stop - 1]
    const afterNoun = k === stop - 1 && sets.articles.has(tokens[stop]!.word) && before!.figure < 0 && !isStopword(before!.word, lang) && !sets.boundary.has(before!.word)
    const at = attaches(sets, tokens[k]!.word, during) ? k - 1 : afterNoun ? k : -1
    const noun = at >= 0 ? phrase(walk, at, -1, false) : null
    return typeof noun === 'object' && noun && !plain(noun) ? { ...noun, skipped: found.skipped } : found
  }
  if (!sets.attach.has(tokens[k]!.word) || k === 0) return found
  const noun = phrase(walk, k - 1, -1, false)
  if (typeof noun !== 'object' || !noun) return found
  // A phrase running back into a figure joins clauses with its "and": "… from a 2019 base year and emissions from its operations" begins at "emissions".
  const intoFigure = (tokens[noun.from - 1]?.figure ?? -1) >= 0
  const and = intoFigure ? tokens.findLastIndex((t, j) => j >= noun.from && j <= noun.to && sets.and.has(t.word)) : -1
  const from = and >= 0 ? and + 1 : noun.from
  if (from > noun.to || plain({ from, to: noun.to })) return found
  return { ...found, from }
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

// A figure's measure is read by its head, core, unit and running-total rules, and figures share measures: its words are cut once.
const measureWords = memoiseRecent((measure: string): ReadonlyArray<{ token: string; word: string }> => tokenize(measure).map((t) => ({ token: t.token, word: lower(t.token) })))

/**
 * The head of a measure: its words before the first inner word or attaching preposition, generic qualifiers left out
 * ("emissioni" of "emissioni assolute di CO2", "products" of "representative products").
 */
export function measureHead(measure: string, lang: Lang): string {
  const sets = SETS[lang]
  const words = measureWords(measure)
  // "net zero emissions across Scopes 1": what a preposition attaches names where, not what.
  const cut = words.findIndex((t, k) => sets.inner.has(t.word) || (k > 0 && sets.attach.has(t.word)))
  return (cut < 0 ? words : words.slice(0, cut))
    .filter((t) => !sets.generic.has(t.word))
    .map((t) => t.token)
    .join(' ')
}

/**
 * A measure's head noun and the words that qualify it, numbers and generic words left out: "intensity" and ["carbon"] of
 * "carbon intensity", "intensità" and ["carbonica"] of "intensità carbonica". Undefined for a measure of one word.
 */
export function headAndModifiers(measure: string, lang: Lang): { head: string; modifiers: string[] } | undefined {
  const words = measureWords(measureHead(measure, lang)).map((t) => t.word).filter((w) => !NUMBER.test(w))
  if (words.length < 2) return undefined
  const head = MEASURE_WORDS[lang].headFirst ? words[0]! : words.at(-1)!
  return { head, modifiers: words.filter((w) => w !== head) }
}

const UNIT_NOUNS: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  en: new Map(MEASURE_WORDS.en.unitNouns.flatMap((u) => u.words.map((w) => [lower(w), u.unit] as const))),
  it: new Map(MEASURE_WORDS.it.unitNouns.flatMap((u) => u.words.map((w) => [lower(w), u.unit] as const))),
}

/** The unit that a measure's head noun gives a bare count ("ore di formazione", "training hours" → h), if any. */
export function unitOfMeasure(measure: string, lang: Lang): string | undefined {
  const units = UNIT_NOUNS[lang]
  for (const t of measureWords(measureHead(measure, lang))) {
    const unit = units.get(t.word)
    if (unit) return unit
  }
  return undefined
}

/** A measure's own words, without generic ones ("electric vehicles per year" → "electric vehicles"), for a derived variable id. */
export function measureCore(measure: string, lang: Lang): string {
  const sets = SETS[lang]
  return measureWords(measure)
    .filter((t) => !sets.generic.has(t.word) && !sets.inner.has(t.word))
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
  const before = tokensBefore(sentence.text, figure.start - sentence.start).slice(-QUALIFYING_WORDS)
  return before.some((t) => sets.cumulative.has(lower(t.token))) || measureWords(measure?.text ?? '').some((t) => sets.cumulative.has(t.word))
}

/**
 * For each figure, the index of the total it is a part of, or -1: "18 products, including 13
 * smartphones and tablets, one wearable device" — 13 and "one" are parts of 18, the measured
 * figure last stated before the word that introduces them.
 */
export function partsOf(sentence: Sentence, figures: readonly ParsedFigure[], lang: Lang): number[] {
  const intros = [...sentence.text.matchAll(PARTS[lang])].map((m) => ({ start: m.index + sentence.start, end: m.index + m[0].length + sentence.start }))
  return figures.map((figure) => {
    const intro = intros.findLast((m) => m.end <= figure.start)
    if (!intro || !isMeasured(figure)) return -1
    return figures.findLastIndex((g) => isMeasured(g) && g.end <= intro.start)
  })
}
