import type { ClaimType, FigureKind, FigureRole } from '../facts/fact-schema.js'
import { isIdentifierPrefix, mayHoldFigure, parseValues } from '../facts/figures.js'
import { analyzeTerm, fold, queryTerms, tokenize } from '../index/analyzer.js'
import type { FactIndex } from '../index/fact-index.js'
import { valueToken } from '../index/fact-fields.js'
import { detectIntent, isChangeWord, isIntentWord, wantedClaimType, type Intent } from './intent.js'
import { isLegalForm, organisationsOf } from './organisations.js'
import { Glossary } from '../index/glossary.js'
import { VARIABLES } from '../facts/variables.js'
import { endingPattern, mayMatchWords, QUESTION_WORDS, unitClass, wordsPattern, type AskedCue, type QuestionWords, type UnitClass } from '../lang/question-words.js'

/**
 * What a year in a question is: the period asked about ("in 2024", "nel 2023"), a base ("since
 * 2019", "rispetto al 2019"), a deadline ("by 2030", "entro il 2030"), or, written bare ("R&D
 * investment 2024"), any of them.
 */
export type YearRole = 'period' | 'base' | 'target' | 'any'

/** A content word of a question (stopwords dropped), as search reads it. */
export interface QuestionWord {
  /** As written, or the corpus word spelling correction replaced it with. */
  token: string
  /** Its index forms under English and Italian analysis, and the value of a number it writes ("four" → n4). */
  forms: string[]
  /** For a year: what it is in the question. */
  yearRole?: YearRole
  /** Only says what kind of number is wanted ("share", "tasso", "target"), or that a change is ("improved", "riduzione"). */
  intentWord: boolean
  /** Capitalised or with inner capitals: "Samsung", "iPhone", "EU-DREAM" (question words are stopwords already). */
  nameLike: boolean
  /** Replaced by spelling correction. */
  corrected: boolean
  /** Neither any fact nor the glossary uses any of its forms. */
  unknown: boolean
  /** The glossary concepts whose terms it is part of, in either language ("gas" of "greenhouse gas"): what it means across languages. */
  concepts: string[]
  /** Those of them it is part of with other words of the question ("consumo" of "consumo di acqua"): a compound measure, named only as a whole. */
  compounds: string[]
  /** The variables of the vocabulary whose name or ways of asking it is part of ("research budget" → rnd-investment). */
  variables: string[]
  /** The number of a name ("3" of "Scope 3"): a figure whose words do not name it is of another thing. */
  identifier: boolean
}

/**
 * What the question asks for, as the answer matches it against each figure: what is measured,
 * in what unit, of which period, in which role.
 */
export interface Asked {
  /** The content words that name what is measured: the words left when cue, unit and time words, years and organisation names are taken out. */
  measure: QuestionWord[]
  /** The kind of figure asked for ("how many" → count, "by what year" → year). */
  kind?: FigureKind
  /** The kind of unit asked for: a named unit's ("tonnes" → mass) or a cue's ("how much did it cost" → money). */
  unit?: UnitClass
  /** The role asked for: "by what year", "target" → target; "compared with which year" → base. */
  role?: FigureRole
  /** Asks for the size of a change ("reduction", "by how much", "di quanto"). */
  change: boolean
  /** Asks for an amount or quantity, not a share ("how much water", "quanta acqua"). */
  amount: boolean
  /** The year asked about as a period ("in 2024", or written bare). */
  period?: number
  /** What the question leaves out ("fuori dall'Ue" → Ue): not what is measured, and a figure of it is not the answer. */
  outside: QuestionWord[]
}

/**
 * A question, parsed once (in the route handler) into everything search, ranking and the answer
 * read: nothing downstream tokenises, corrects or classifies the question again. What only an
 * answer reads (`units`, `counted`, `asked`) and what nothing reads yet (`concepts`) is worked out
 * when first read, once: a search needs none of it, and finding the cue and unit phrases was a
 * quarter of parsing a question.
 */
export interface ParsedQuestion {
  text: string
  /** The content words, spelling-corrected. */
  words: QuestionWord[]
  /** The index forms of every word as written, under both analyses (before correction, without values). */
  terms: string[]
  corrections: Array<{ from: string; to: string }>
  /** Every year the question writes, in order, ranges' ends included ("2020-2030"). */
  years: number[]
  /** The values of the numbers it writes, in digits or words, but years and dates. */
  numbers: number[]
  /** What kind of number it asks for. */
  intent?: Intent
  /** Whether it asks for a result or a goal, from its tense. */
  claimType?: ClaimType
  /** The vocabulary variables the question names, through their names or ways of asking, in either language. */
  variables: string[]
  /** Units it names ("how many tonnes…"). */
  readonly units: string[]
  /** "How many overseas markets…": the forms of what is counted. */
  readonly counted: ReadonlySet<string>
  /** Glossary concepts it names, in either language. */
  readonly concepts: ReadonlySet<string>
  /** Words naming an organisation of the corpus: conditions, not content. */
  named: QuestionWord[]
  /** Every word of the names of the organisations it names. */
  namedWords: ReadonlySet<string>
  /** Capitalised words neither any fact nor the glossary uses (Samsung, Volkswagen): the question may be about something the corpus lacks. */
  unknownNames: string[]
  /** What it asks for, to choose the figure that answers it. */
  readonly asked: Asked
}

/** A word spelling correction works on: letters only, three or more. */
const WORD = /^\p{L}[\p{L}'-]{2,}$/u
/** From this length a capitalised word may be corrected like any other ("Convenzione" → "convention"). */
const LONG_NAME = 9
const YEAR = /^(19|20)\d\d$/
/**
 * A number is a value or a year, not what is measured: its value's index form (fact-fields'
 * valueToken), or two digits or more ("2014/15"). A single digit may name something ("Scope 1").
 */
const VALUE_FORM = /^(?:n-?\d|\d{2,}$)/
const YEARS = /\b(?:19|20)\d\d\b/g

/** Both languages' question words at once: a question's language is not known. */
const ALL: QuestionWords[] = Object.values(QUESTION_WORDS)
const all = <T,>(pick: (w: QuestionWords) => T[]): T[] => ALL.flatMap(pick)

const YEAR_BEFORE = {
  base: endingPattern(all((w) => w.yearBefore.base)),
  target: endingPattern(all((w) => w.yearBefore.target)),
  period: endingPattern(all((w) => w.yearBefore.period)),
}
/** Unit words a question may name ("how many tonnes…"): the figure in that unit answers it. */
const UNIT_WORDS = all((w) => w.units).map(({ unit, words }) => ({ unit, re: wordsPattern(words, 'giu'), may: mayMatchWords(words) }))
const CUES = all((w) => w.cues).map(({ words, asks }) => ({ asks, re: wordsPattern(words, 'giu'), may: mayMatchWords(words) }))
const PER = endingPattern(all((w) => w.per))
const PERIOD_WORDS = { re: wordsPattern(all((w) => w.periodWords), 'giu'), may: mayMatchWords(all((w) => w.periodWords)) }
const OUTSIDE = { re: wordsPattern(all((w) => w.outside), 'giu'), may: mayMatchWords(all((w) => w.outside)) }
const PART_END = { re: wordsPattern(all((w) => w.partEnd), 'giu'), may: mayMatchWords(all((w) => w.partEnd)) }
/** The words a place left out ("outside the EU") may stand from its cue: an article or a preposition between. */
const OUTSIDE_GAP = 8
const COUNTED = new RegExp(`(?:${wordsPattern(all((w) => w.countedAfter)).source})\\s+((?:[\\p{L}\\p{N}&'-]+\\s*){1,2})`, 'iu')

/**
 * Where a pattern (global) of words matches in a text, as [start, end) ranges; `lower` is the text
 * lowercased, for the quick test `may` (see mayMatchWords). An exec loop, not matchAll: on a
 * prefiltered pattern (a RegExp subclass) matchAll builds a copy of it and leaves V8's fast path,
 * which made finding a question's cues twice as slow.
 */
function spans({ re, may }: { re: RegExp; may: (text: string, lower: string) => boolean }, text: string, lower: string): Array<[number, number]> {
  const at: Array<[number, number]> = []
  if (!may(text, lower)) return at
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) at.push([m.index, m.index + m[0].length])
  return at
}

/** Parses `text` against the vocabulary, glossary and organisations of `index`. */
export function parseQuestion(text: string, index: FactIndex): ParsedQuestion {
  // Numbers the question writes in words ("four", "sesto") also match as values.
  const values = mayHoldFigure(text) ? [...parseValues(text, 'en'), ...parseValues(text, 'it')] : []
  const terms: string[] = []
  const corrections: ParsedQuestion['corrections'] = []
  const words: PlacedWord[] = []
  let previous = ''
  for (const { token, start, end } of tokenize(text)) {
    const after = previous
    previous = token
    const written = queryTerms(token.toLowerCase())
    terms.push(...written)
    const forms = [...written, ...partsOf(token, written, index), ...new Set(values.filter((f) => f.start < end && f.end > start).map((f) => valueToken(f.value)))]
    if (forms.length === 0) continue
    const word: QuestionWord = {
      token,
      forms,
      intentWord: isIntentWord(token) || isChangeWord(token),
      nameLike: /\p{Lu}/u.test(token),
      corrected: false,
      unknown: !forms.some((f) => index.isKnown(f)),
      concepts: [],
      compounds: [],
      variables: [],
      identifier: /^\d+$/.test(token) && (isIdentifierPrefix(after, 'en') || isIdentifierPrefix(after, 'it')),
      ...(YEAR.test(token) ? { yearRole: yearRoleAt(text, start) } : {}),
    }
    words.push({ word: correct(word, index, corrections), start, end })
  }
  const read = words.map((w) => w.word)
  markConcepts(read, index)
  const orgs = organisationsOf(index)
  const named = read.filter((w) => w.forms.some((f) => orgs.distinctive.has(f)))
  const namedWords = orgs.wordsOfNamed(named.map((w) => w.forms))
  let asking: Asking | undefined
  let concepts: ReadonlySet<string> | undefined
  const askingOnce = () => (asking ??= askingOf(text, words, named, namedWords))
  return {
    text,
    words: read,
    terms,
    corrections,
    years: (text.match(YEARS) ?? []).map(Number),
    numbers: values.map((f) => f.value),
    intent: detectIntent(text),
    claimType: wantedClaimType(text),
    variables: [...new Set(read.flatMap((w) => w.variables))],
    named,
    namedWords,
    unknownNames: read.filter((w) => w.nameLike && w.unknown).map((w) => w.token),
    get units() {
      return askingOnce().units
    },
    get counted() {
      return askingOnce().counted
    },
    get asked() {
      return askingOnce().asked
    },
    get concepts() {
      return (concepts ??= new Set([...index.glossary.findConcepts(text, 'en'), ...index.glossary.findConcepts(text, 'it')].map((c) => c.id)))
    },
  }
}

/**
 * A hyphenated word no fact uses as a whole is the asker's own compound ("purchased-energy
 * emissions"): its parts, which the index has of every hyphenated word, are what the facts say.
 * One with capitals is a name ("EU-DREAM"): an unknown name stays unknown, and stops the answer.
 */
function partsOf(token: string, written: readonly string[], index: FactIndex): string[] {
  if (!token.includes('-') || /\p{Lu}/u.test(token) || written.some((f) => index.isKnown(f))) return []
  return [...new Set(token.split('-').flatMap((part) => (part ? queryTerms(part.toLowerCase()) : [])))].filter((f) => !written.includes(f))
}

/** A question word and where the question writes it. */
interface PlacedWord {
  word: QuestionWord
  start: number
  end: number
}

/** What only an answer reads of a question. */
type Asking = Pick<ParsedQuestion, 'units' | 'counted' | 'asked'>

/**
 * The units a question names, what it counts and what it asks for, from its cue phrases: the
 * measure is the content words left when the words of cues, units, time words and years' roles
 * ("since"), years and organisation names are taken out.
 */
function askingOf(text: string, words: readonly PlacedWord[], named: readonly QuestionWord[], namedWords: ReadonlySet<string>): Asking {
  // A unit the question writes with a number ("100% renewable") is the value's, not the one asked for.
  const withoutValues = text.replaceAll(/\p{N}+(?:[.,]\p{N}+)*%/gu, (m) => ' '.repeat(m.length))
  // The blanked values hold no word, so the text's words stand for those of withoutValues in the quick test.
  const lower = text.toLowerCase()
  const unitWords = UNIT_WORDS.map((u) => ({ unit: u.unit, at: spans(u, withoutValues, lower).filter(([start]) => !PER.test(text.slice(0, start))) })).filter((u) => u.at.length > 0)
  const units = unitWords.map((u) => u.unit)
  const cues = CUES.map((c) => ({ asks: c.asks, at: spans(c, text, lower) })).filter((c) => c.at.length > 0)
  const outsideAt = spans(OUTSIDE, text, lower)
  const outside = outsideAt.flatMap(([, end]) => leftOut(words, end))
  const cueSpans = [...cues.filter((c) => !c.asks.names).flatMap((c) => c.at), ...unitWords.flatMap((u) => u.at), ...spans(PERIOD_WORDS, text, lower), ...outsideAt]
  for (const m of text.matchAll(YEARS)) cueSpans.push(yearCueAt(text, m.index))
  const inCue = ({ start, end }: PlacedWord) => cueSpans.some(([from, to]) => start < to && end > from)
  // "How much of Acea's planned investment is tied to sustainability targets": the part asked is what
  // follows the whole, which the figure of the whole names too; the whole's unit may be the part's.
  const partAt = cues.find((c) => c.asks.part)?.at[0]
  const whole = partAt ? wholeAfter(text, lower, partAt[1]) : undefined
  const inWhole = ({ start, end }: PlacedWord) => whole !== undefined && start >= whole[0] && end <= whole[1]
  const wholeUnit = whole && cues.find((c) => c.asks.names && c.asks.unit && c.at.some(([from, to]) => from >= whole[0] && to <= whole[1]))?.asks.unit
  const measure = words
    .filter((p) => !inCue(p))
    .map((p) => p.word)
    .filter((w) => !w.yearRole && !named.includes(w) && !outside.includes(w) && !w.forms.some((f) => namedWords.has(f) || VALUE_FORM.test(f)) && !isLegalForm(w.token))
  const part = measure.filter((w) => !words.some((p) => p.word === w && inWhole(p)))
  return {
    units,
    counted: countedThing(text),
    asked: askedOf(
      part.length > 0 ? part : measure,
      cues.map((c) => c.asks),
      units,
      words.map((p) => p.word),
      outside,
      wholeUnit,
    ),
  }
}

/** The whole a part question names after its cue, up to the verb that begins saying which part ("…of the water it used *was* recycled"), as a span. */
function wholeAfter(text: string, lower: string, from: number): [number, number] | undefined {
  const end = spans(PART_END, text, lower).find(([start]) => start > from)
  return end ? [from, end[0]] : undefined
}

/** The place or part a cue ending at `end` leaves out: the word right after it, and the capitalised words that go on its name ("European Union"). */
function leftOut(words: readonly PlacedWord[], end: number): QuestionWord[] {
  const i = words.findIndex((p) => p.start >= end)
  if (i < 0 || words[i]!.start - end > OUTSIDE_GAP) return []
  const run = [words[i]!]
  while (words[run.length + i]?.word.nameLike && run[0]!.word.nameLike && words[run.length + i]!.start - run.at(-1)!.end <= 1) run.push(words[run.length + i]!)
  return run.map((p) => p.word)
}

/**
 * The variable vocabulary's names and ways of asking, in both languages, as phrases to find in a
 * question the way glossary terms are found (analysed, stopwords dropped).
 */
const VARIABLE_ASKS = Glossary.fromConcepts(VARIABLES.map((v) => ({ id: v.id, en: [v.names.en, ...v.asks.en], it: [v.names.it, ...v.asks.it] })))

/** Gives each word the glossary concepts and the variables it is part of, reading the question in each language. */
function markConcepts(words: QuestionWord[], index: FactIndex): void {
  for (const lang of ['en', 'it'] as const) {
    const read = words.flatMap((w) => {
      const term = analyzeTerm(w.token.toLowerCase(), lang)
      return term === null ? [] : [{ w, term }]
    })
    const terms = read.map((r) => r.term)
    for (const { id, at, length } of index.glossary.conceptsAt(terms, lang)) {
      for (const { w } of read.slice(at, at + length)) {
        if (!w.concepts.includes(id)) w.concepts.push(id)
        if (length > 1 && !w.compounds.includes(id)) w.compounds.push(id)
      }
    }
    for (const { id, at, length } of VARIABLE_ASKS.conceptsAt(terms, lang)) for (const { w } of read.slice(at, at + length)) if (!w.variables.includes(id)) w.variables.push(id)
  }
}

/**
 * What the question asks for, from its cues: they add up ("by what year" is a year and a target),
 * a named unit outranks a cue's kind of unit, and a change ("reduction", "di quanto") is asked as
 * a share unless a unit is named.
 */
function askedOf(measure: QuestionWord[], cues: AskedCue[], units: string[], words: QuestionWord[], outside: QuestionWord[], wholeUnit?: UnitClass): Asked {
  const kind = cues.find((c) => c.kind === 'year')?.kind ?? cues.find((c) => c.kind)?.kind
  const role = cues.find((c) => c.role === 'base')?.role ?? cues.find((c) => c.role)?.role
  const change = cues.some((c) => c.change)
  const named = units.map(unitClass).find((u) => u !== undefined)
  // "How many ships is it investing in" counts ships: a count has no unit, unless one is named ("how many tonnes").
  // A part of a whole in money ("how much of the investment") is a share of it or a sum of money: either answers.
  const partOf = cues.some((c) => c.part) && wholeUnit !== undefined && wholeUnit !== 'percent'
  const unit = named ?? cues.find((c) => c.outright)?.unit ?? (change ? 'percent' : kind === 'count' || partOf ? undefined : cues.find((c) => c.unit)?.unit)
  const period = words.find((w) => w.yearRole === 'period' || w.yearRole === 'any')?.token
  return {
    measure,
    ...(kind ? { kind } : {}),
    ...(unit && kind !== 'year' ? { unit } : {}),
    ...(role ? { role } : {}),
    change,
    amount: !change && unit !== 'percent' && !partOf && cues.some((c) => c.amount),
    ...(period ? { period: Number(period) } : {}),
    outside,
  }
}

/**
 * A word no fact uses, replaced by the closest word the corpus has ("renewabel" → "renewable"), if
 * one is near enough. A short capitalised word may be one edit off at most, so an unknown name
 * (Samsung) is not turned into a corpus word and still stops an answer. A glossary word is spelt
 * right even if no fact uses it ("meters"), and so is a cue word ("improved" in a corpus that only
 * says "reduced"): correcting it would invent a match.
 */
function correct(word: QuestionWord, index: FactIndex, corrections: ParsedQuestion['corrections']): QuestionWord {
  if (!word.unknown || word.intentWord || !WORD.test(word.token)) return word
  const to = index.correct(fold(word.token), word.nameLike && word.token.length < LONG_NAME ? 1 : undefined)
  if (!to) return word
  corrections.push({ from: word.token, to })
  const forms = queryTerms(to)
  return { ...word, token: to, forms, corrected: true, unknown: !forms.some((f) => index.isKnown(f)) }
}

/** What the words right before a year make of it, in a question or a fact's sentence. */
export function yearRoleAt(text: string, start: number): YearRole {
  const before = text.slice(Math.max(0, start - 24), start)
  if (YEAR_BEFORE.base.test(before)) return 'base'
  if (YEAR_BEFORE.target.test(before)) return 'target'
  return YEAR_BEFORE.period.test(before) ? 'period' : 'any'
}

/** The words before a year that give it its role ("compared with 2010"): a cue, not what is measured. */
function yearCueAt(text: string, start: number): [number, number] {
  const from = Math.max(0, start - 24)
  const before = text.slice(from, start)
  const m = YEAR_BEFORE.base.exec(before) ?? YEAR_BEFORE.target.exec(before) ?? YEAR_BEFORE.period.exec(before)
  return m ? [from + m.index, start] : [start, start]
}

/** "How many overseas markets…": the analysed words of what is counted, which directly follow its number in a fact. */
function countedThing(text: string): Set<string> {
  const m = COUNTED.exec(text)
  return new Set(m ? tokenize(m[1]!).flatMap(({ token }) => queryTerms(token.toLowerCase())) : [])
}
