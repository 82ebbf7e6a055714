import type { ClaimType } from '../facts/fact-schema.js'
import { mayHoldFigure, parseFigures } from '../facts/figures.js'
import { fold, queryTerms, tokenize } from '../index/analyzer.js'
import type { FactIndex } from '../index/fact-index.js'
import { valueToken } from '../index/fact-fields.js'
import { isDating } from '../facts/figure-kinds.js'
import { detectIntent, isIntentWord, wantedClaimType, type Intent } from './intent.js'
import { organisationsOf } from './organisations.js'

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
  /** Only says what kind of number is wanted ("share", "tasso", "target"). */
  intentWord: boolean
  /** Capitalised or with inner capitals: "Samsung", "iPhone", "EU-DREAM" (question words are stopwords already). */
  nameLike: boolean
  /** Replaced by spelling correction. */
  corrected: boolean
  /** Neither any fact nor the glossary uses any of its forms. */
  unknown: boolean
}

/**
 * A question, parsed once (in the route handler) into everything search, ranking and the answer
 * read: nothing downstream tokenises, corrects or classifies the question again.
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
  /** Units it names ("how many tonnes…"). */
  units: string[]
  /** "How many overseas markets…": the forms of what is counted. */
  counted: ReadonlySet<string>
  /** Glossary concepts it names, in either language. */
  concepts: ReadonlySet<string>
  /** Words naming an organisation of the corpus: conditions, not content. */
  named: QuestionWord[]
  /** Every word of the names of the organisations it names. */
  namedWords: ReadonlySet<string>
  /** Capitalised words neither any fact nor the glossary uses (Samsung, Volkswagen): the question may be about something the corpus lacks. */
  unknownNames: string[]
}

/** A word spelling correction works on: letters only, three or more. */
const WORD = /^\p{L}[\p{L}'-]{2,}$/u
/** From this length a capitalised word may be corrected like any other ("Convenzione" → "convention"). */
const LONG_NAME = 9
const YEAR = /^(19|20)\d\d$/
const YEARS = /\b(?:19|20)\d\d\b/g

const BASE_BEFORE = /(?:since|from|compared (?:with|to)|versus|vs\.?|against|relative to|base(?: year)?|rispetto (?:al|a)|dal|anno base)\s*$/i
const TARGET_BEFORE = /(?:by|until|target|goal|deadline|entro(?: il| l'|l')?|obiettivo|traguardo)\s*$/i
const PERIOD_BEFORE = /(?:in|during|for|of|fiscal|year|nel|del|durante|per|anno|esercizio)\s*$/i

/** Unit words a question may name ("how many tonnes…"): the figure in that unit answers it. */
const UNIT_WORDS: Array<[RegExp, string]> = [
  [/\b(tonnes?|tons?|tonnellate|tCO2e?)\b/i, 't'],
  [/\b(euros?|€)|\beur\b/i, 'EUR'],
  [/\b(dollars?|dollari|usd)\b|\$/i, 'USD'],
  [/\b(yuan|renminbi|rmb|cny)\b/i, 'CNY'],
  [/\b(pounds sterling|sterline|gbp)\b|£/i, 'GBP'],
  [/\b(percent|per cent|percentage|per cento|percentuale)\b|%/i, 'percent'],
  [/\bkwh\b/i, 'kWh'],
  [/\bmwh\b/i, 'MWh'],
  [/\bgwh\b/i, 'GWh'],
  [/\b(megawatts?|mw)\b/i, 'MW'],
  [/\b(gigawatts?|gw)\b/i, 'GW'],
  [/\b(hectares?|ettari)\b/i, 'ha'],
  [/\b(litres?|liters?|litri)\b/i, 'L'],
  [/\b(cubic met(?:er|re)s?|metri cubi|m3)\b/i, 'm3'],
]

/** Parses `text` against the vocabulary, glossary and organisations of `index`. */
export function parseQuestion(text: string, index: FactIndex): ParsedQuestion {
  // Numbers the question writes in words ("four", "sesto") also match as values.
  const values = mayHoldFigure(text) ? [...parseFigures(text, 'en'), ...parseFigures(text, 'it')].filter((f) => !isDating(f)) : []
  const terms: string[] = []
  const corrections: ParsedQuestion['corrections'] = []
  const words: QuestionWord[] = []
  for (const { token, start, end } of tokenize(text)) {
    const written = queryTerms(token.toLowerCase())
    terms.push(...written)
    const forms = [...written, ...new Set(values.filter((f) => f.start < end && f.end > start).map((f) => valueToken(f.value)))]
    if (forms.length === 0) continue
    const word: QuestionWord = {
      token,
      forms,
      intentWord: isIntentWord(token),
      nameLike: /\p{Lu}/u.test(token),
      corrected: false,
      unknown: !forms.some((f) => index.isKnown(f)),
      ...(YEAR.test(token) ? { yearRole: yearRoleAt(text, start) } : {}),
    }
    words.push(correct(word, index, corrections))
  }
  const orgs = organisationsOf(index)
  const named = words.filter((w) => w.forms.some((f) => orgs.distinctive.has(f)))
  return {
    text,
    words,
    terms,
    corrections,
    years: (text.match(YEARS) ?? []).map(Number),
    numbers: values.map((f) => f.value),
    intent: detectIntent(text),
    claimType: wantedClaimType(text),
    units: UNIT_WORDS.filter(([re]) => re.test(text)).map(([, unit]) => unit),
    counted: countedThing(text),
    concepts: new Set([...index.glossary.findConcepts(text, 'en'), ...index.glossary.findConcepts(text, 'it')].map((c) => c.id)),
    named,
    namedWords: orgs.wordsOfNamed(named.map((w) => w.forms)),
    unknownNames: words.filter((w) => w.nameLike && w.unknown).map((w) => w.token),
  }
}

/**
 * A word no fact uses, replaced by the closest word the corpus has ("renewabel" → "renewable"), if
 * one is near enough. A short capitalised word may be one edit off at most, so an unknown name
 * (Samsung) is not turned into a corpus word and still stops an answer. A glossary word is spelt
 * right even if no fact uses it ("meters"): correcting it would invent a match.
 */
function correct(word: QuestionWord, index: FactIndex, corrections: ParsedQuestion['corrections']): QuestionWord {
  if (!word.unknown || !WORD.test(word.token)) return word
  const to = index.correct(fold(word.token), word.nameLike && word.token.length < LONG_NAME ? 1 : undefined)
  if (!to) return word
  corrections.push({ from: word.token, to })
  const forms = queryTerms(to)
  return { ...word, token: to, forms, corrected: true, unknown: !forms.some((f) => index.isKnown(f)) }
}

function yearRoleAt(text: string, start: number): YearRole {
  const before = text.slice(Math.max(0, start - 24), start)
  if (BASE_BEFORE.test(before)) return 'base'
  if (TARGET_BEFORE.test(before)) return 'target'
  return PERIOD_BEFORE.test(before) ? 'period' : 'any'
}

/** "How many overseas markets…": the analysed words of what is counted, which directly follow its number in a fact. */
function countedThing(text: string): Set<string> {
  const m = /\b(?:how many|quant[ie]|number of|numero di)\s+((?:[\p{L}\p{N}&'-]+\s*){1,2})/iu.exec(text)
  return new Set(m ? tokenize(m[1]!).flatMap(({ token }) => queryTerms(token.toLowerCase())) : [])
}
