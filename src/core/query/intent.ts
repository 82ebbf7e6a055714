import type { ClaimType, Fact, FigureKind } from '../facts/fact-schema.js'
import { QUESTION_WORDS, type IntentCue, type QuestionWords } from '../lang/question-words.js'
import { anyOf, escapeRegExp, unicodeWords } from '../lang/words.js'

/** What kind of number a question asks for, from its question words. */
export interface Intent {
  kinds: FigureKind[]
  /** A target question ("… target", "entro il 2035") without an amount word asks "by when". */
  target?: boolean
  /** An explicit question for a number ("how many", "how much", "when"): a fact without one does not answer it. */
  strict?: boolean
}

/** Every language's words of one kind: a question may mix languages, and either may ask. */
const langWords = (pick: (w: QuestionWords) => readonly string[]): string[] => Object.values(QUESTION_WORDS).flatMap(pick)
/** The words as whole words, in any case. */
const anyWord = (fragments: readonly string[], after = ''): RegExp => unicodeWords(new RegExp(`\\b${anyOf(fragments)}${after}\\b`, 'i'))

/** What each kind of question word asks for, most specific first. */
const INTENT_CUES: Array<[IntentCue, Intent]> = [
  ['change', { kinds: ['percent'], strict: true }],
  ['count', { kinds: ['count', 'quantity'], strict: true }],
  ['amount', { kinds: ['amount', 'quantity'] }],
  ['share', { kinds: ['percent'] }],
  ['size', { kinds: ['quantity'] }],
  ['deadline', { kinds: ['year', 'year-range'], target: true, strict: true }],
  ['when', { kinds: ['year', 'year-range', 'date'], strict: true }],
  ['goal', { kinds: ['year', 'year-range'], target: true }],
]
/** The fragments of one kind of question word: the count words are the phrases that name the counted thing. */
const cueWords = (w: QuestionWords, cue: IntentCue): readonly string[] => (cue === 'count' ? w.countedAfter.map(escapeRegExp) : w.intents[cue])
const INTENTS: Array<[RegExp, Intent]> = INTENT_CUES.map(([cue, intent]) => [anyWord(langWords((w) => cueWords(w, cue))), intent])

const ASKS_YEAR = anyWord(langWords((w) => w.asksYear))
/** A number that is not a year: a value the question already states. */
const QUOTES_VALUE = /(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d])/
const QUOTES_DEADLINE = anyWord(langWords((w) => w.deadlineBefore), '\\s+(?:19|20)\\d\\d')

/** Target values: what a goal sets, when the question does not say which year or value it means. */
const TARGET_VALUES: Intent = { kinds: ['percent', 'amount', 'quantity', 'count'], target: true }

export function detectIntent(q: string): Intent | undefined {
  const found = INTENTS.filter(([re]) => re.test(q)).map(([, intent]) => intent)
  // A value word ("how much", "share") outranks a target word: "target share" asks for the share.
  const intent = found.find((i) => !i.kinds.includes('year')) ?? found[0]
  // "Carbon intensity target" asks for the goal itself; with a value in it ("100% renewable energy
  // target") or a deadline ("entro il 2035") the asker knows the value and wants, or confirms, the
  // year. A year as context ("target 2022-2026", "end of 2024") does not make it a year question.
  if (intent?.target && !ASKS_YEAR.test(q) && !QUOTES_VALUE.test(q) && !QUOTES_DEADLINE.test(q)) return TARGET_VALUES
  return intent
}

/** Whether a fact states a number of the kind the question asks for. */
export const answersIntent = (fact: Fact, intent: Intent): boolean =>
  fact.figures.some((f) => intent.kinds.includes(f.kind) && (!intent.target || f.role === 'target'))

/** A single query word that only says what kind of number is wanted ("share", "tasso", "target"). */
export const isIntentWord = (word: string): boolean => INTENTS.some(([re]) => re.test(word))

/**
 * The single words that ask for the size of a change ("improved", "riduzione"): like an intent
 * word, they say what kind of number is wanted, and a fact may tell the change in other words
 * ("reduced … energy intensity" for "improved the energy efficiency").
 */
const CHANGE_WORDS = new Set(langWords((w) => w.cues.filter((c) => c.asks.change).flatMap((c) => c.words)).filter((w) => !/\s/u.test(w)).map((w) => w.toLowerCase()))
export const isChangeWord = (word: string): boolean => CHANGE_WORDS.has(word.toLowerCase())

/** Past or perfect tense asks for a reported result; future or goal wording for a target. */
const RESULT_WORDS = anyWord(langWords((w) => w.resultWords))
const GOAL_WORDS = anyWord(langWords((w) => w.goalWords))

/** The claim type a question's wording asks for, if it says. */
export function wantedClaimType(q: string): ClaimType | undefined {
  if (GOAL_WORDS.test(q)) return 'target'
  if (RESULT_WORDS.test(q)) return 'achievement'
  return undefined
}
