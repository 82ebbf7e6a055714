import { escapeRegExp, prefiltered } from './words.js'
import type { FigureKind, FigureRole } from '../facts/fact-schema.js'
import type { Lang } from './lang-tag.js'
import { EN_QUESTION_WORDS } from './en/question-words.js'
import { IT_QUESTION_WORDS } from './it/question-words.js'

/**
 * What a kind of unit is, so a question can ask for one without naming it: "how much did it
 * cost" asks for money in whatever currency, "what share" for a percentage.
 */
export type UnitClass = 'money' | 'percent' | 'mass' | 'energy' | 'power' | 'volume' | 'area' | 'distance' | 'temperature' | 'containers' | 'hours' | 'duration'

/** What a cue phrase of a question asks for. */
export interface AskedCue {
  /** The kind of figure wanted (a year, a count…). */
  kind?: FigureKind
  /** The kind of unit wanted. */
  unit?: UnitClass
  /** The role wanted: "by what year" asks for a target's year, "compared with which year" for a base. */
  role?: FigureRole
  /** Asks for the size of a change ("reduction", "growth", "di quanto"): usually a share. */
  change?: boolean
  /** Asks for an amount or quantity, not a share ("how much water"), unless it asks for a share or a change too. */
  amount?: boolean
  /** Its words also name what is measured ("revenue", "investment", "utile"), beside the unit they ask for. */
  names?: boolean
  /** Asks for a part of the whole named after it ("how much of the investment is…"): a share, or an amount in the whole's unit. */
  part?: boolean
  /** Its words ask for the unit outright ("how much money", "quanto denaro"): a change the question also names ("spending on cutting emissions") is what the money is for, not a share asked. */
  outright?: boolean
}

/**
 * The words of one language with which a question says what it asks, as data: a third language
 * is one more such module. Phrases are matched as whole words, in any case.
 */
export interface QuestionWords {
  /** Phrases right before a year that say what the year is in the question. */
  yearBefore: { base: string[]; target: string[]; period: string[] }
  /** Unit names, by the unit code figures carry ("tonnes" → t). */
  units: Array<{ unit: string; words: string[] }>
  /** Cue phrases and what each asks for. A question's cues add up ("by what year" → a target year). */
  cues: Array<{ words: string[]; asks: AskedCue }>
  /** Words that only place the question in time ("last year", "now"): not what is measured. */
  periodWords: string[]
  /** Words before a unit that make it a denominator ("water per tonne"): not the unit asked for. */
  per: string[]
  /** "How many X": the phrases that ask for a count, after which the counted thing is named. */
  countedAfter: string[]
  /**
   * Question words by what they ask (src/core/query/intent.ts gives each its kinds of figure, most
   * specific first). These and the lists below are regular-expression fragments matched as whole
   * words in any case, verbatim (a space is one space; `\w` and `\b` Unicode-aware). A count is
   * asked with `countedAfter`.
   */
  intents: Record<Exclude<IntentCue, 'count'>, string[]>
  /** Words that ask for a year outright ("when", "entro quando"): a target question with one asks "by when". */
  asksYear: string[]
  /** Words right before a year that make it a deadline the question already states ("by 2030", "entro il 2035"). */
  deadlineBefore: string[]
  /** Past or perfect wording: the question asks for a reported result ("did", "so far", "è stato"). */
  resultWords: string[]
  /** Future or goal wording: the question asks for a target ("will", "obiettivo", "entro"). */
  goalWords: string[]
  /** Prefixes that make a word its opposite ("indirect" of "direct", "non-renewable"): a figure of the opposite is not of the word asked. Lowercase, as analysed terms begin. */
  oppositePrefixes: string[]
  /** Phrases before a place or part that the question leaves out ("outside the EU", "fuori dall'Ue"): the figure of it is not the one asked. */
  outside: string[]
  /** Words that end the whole a part question names ("how much of the investment *is* tied to…"): what follows says which part. */
  partEnd: string[]
  /**
   * Words with which a sentence goes on with the one before it ("Considering *also* Vard, … 84%",
   * "un *ulteriore* aumento … del 25%"): a figure in it and the nearest of the same unit before are
   * of one measure, which either sentence may be the one to name.
   */
  goesOn: string[]
  /** Phrases naming everywhere but a place just named ("rest of the world", "resto del mondo"): a figure of them answers "outside" it. */
  rest: string[]
}

/**
 * What a question word asks for: the size of a change ("by how much"), a count, an amount, a
 * share, a size, a deadline ("by when"), a year, a goal.
 */
export type IntentCue = 'change' | 'count' | 'amount' | 'share' | 'size' | 'deadline' | 'when' | 'goal'

export const QUESTION_WORDS: Readonly<Record<Lang, QuestionWords>> = { en: EN_QUESTION_WORDS, it: IT_QUESTION_WORDS }

/** Units of measure by class; a three-letter unit not listed here is an ISO 4217 currency (the figure parser's convention). */
const UNIT_CLASSES: Readonly<Record<string, UnitClass>> = {
  percent: 'percent',
  t: 'mass',
  kg: 'mass',
  kWh: 'energy',
  MWh: 'energy',
  GWh: 'energy',
  TWh: 'energy',
  MW: 'power',
  GW: 'power',
  kW: 'power',
  L: 'volume',
  m3: 'volume',
  hL: 'volume',
  ha: 'area',
  km: 'distance',
  '°C': 'temperature',
  TEU: 'containers',
  h: 'hours',
  year: 'duration',
}

/** The class of a figure's unit; undefined for a plain number. */
export function unitClass(unit: string | undefined): UnitClass | undefined {
  if (unit === undefined) return undefined
  // a currency's ISO code; watts with a suffix (peak, electric, thermal: "MWp", "MWe", "MWth")
  return UNIT_CLASSES[unit] ?? (/^[A-Z]{3}$/.test(unit) ? 'money' : /^[kMGT]?W(?:p|e|th)$/.test(unit) ? 'power' : undefined)
}

const ALNUM = /[\p{L}\p{N}]/u
/**
 * One phrase as a pattern: whitespace as any run of it, and Unicode-aware word boundaries where it
 * begins or ends with a letter or digit ("capacità"; "€" and "%" need none).
 */
const phrase = (word: string, end = '(?![\\p{L}\\p{N}])', start = true) =>
  (start && ALNUM.test(word[0]!) ? '(?<![\\p{L}\\p{N}])' : '') + escapeRegExp(word).replace(/\s+/g, '\\s+') + (ALNUM.test(word.at(-1)!) ? end : '')
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length)

/** A pattern matching any of `words` as whole words, in any case. */
// Every question runs every unit and cue pattern; without the edges' lookbehinds a pattern scans fast, so that one rules most out first.
export const wordsPattern = (words: readonly string[], flags = 'iu'): RegExp => {
  const sorted = longestFirst(words)
  return prefiltered(sorted.map((w) => phrase(w)).join('|'), flags, sorted.map((w) => phrase(w, '', false)).join('|'))
}

/** Characters outside ASCII that case-insensitive matching takes for ASCII letters: long s (s) and the Kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/u

/**
 * A quick test, on a text and the text lowercased, that {@link wordsPattern} of `words` may
 * match it: false only when no phrase's first word stands in the text in any case, so the
 * pattern surely does not match. A question meets a hundred such patterns, and running each
 * over it was a fifth of the time parsing it took; most find nothing. A first word that is not
 * plain ASCII always may match.
 */
export function mayMatchWords(words: readonly string[]): (text: string, lower: string) => boolean {
  const firsts = words.map((w) => w.split(/\s+/)[0]!.toLowerCase())
  if (firsts.some((f) => !/^[\x21-\x7e]+$/.test(f))) return () => true
  return (text, lower) => FOLDS_TO_ASCII.test(text) || firsts.some((f) => lower.includes(f))
}

/** A pattern matching any of `words` as the last words of a text (before a year). */
export const endingPattern = (words: readonly string[]): RegExp =>
  new RegExp(`(?:${longestFirst(words).map((w) => phrase(w, '')).join('|')})\\s*$`, 'iu')
