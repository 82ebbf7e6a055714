import type { ClaimType, Fact, FigureKind } from '../facts/fact-schema.js'
import { unicodeWords } from '../lang/words.js'

/** What kind of number a question asks for, from its question words. */
export interface Intent {
  kinds: FigureKind[]
  /** A target question ("… target", "entro il 2035") without an amount word asks "by when". */
  target?: boolean
  /** An explicit question for a number ("how many", "how much", "when"): a fact without one does not answer it. */
  strict?: boolean
}

/** Question words in English and Italian, most specific first. */
const INTENTS: Array<[RegExp, Intent]> = [
  // "By how much did it fall?" asks for the size of a change, almost always stated as a share.
  [unicodeWords(/\b(by how much|di quanto)\b|\bhow much\b.*\b(reduc|cut|fall|fell|drop|declin|decreas|grow|grew|increas|rise|rose|risen|improv)/i), { kinds: ['percent'], strict: true }],
  [unicodeWords(/\b(how many|number of|quant[ie]|numero di)\b/i), { kinds: ['count', 'quantity'], strict: true }],
  [unicodeWords(/\b(how much|what amount|amount|quanto|quanta|importo|ammontare|spend\w*|spes[ae]|cost[is]?|budget|capex|invest\w*)\b/i), { kinds: ['amount', 'quantity'] }],
  [unicodeWords(/\b(share|percent(age)?|proportion|rate|ratio|quota|percentuale|tasso|rapporto)\b/i), { kinds: ['percent'] }],
  [unicodeWords(/\b(capacity|how (?:big|large)|capacità|potenza)\b/i), { kinds: ['quantity'] }],
  // "When will…" asks for a goal's year, "when did…" for a past one.
  [unicodeWords(/\b(when will|by when|by what year|deadline|entro quando|entro che anno)\b/i), { kinds: ['year', 'year-range'], target: true, strict: true }],
  [unicodeWords(/\b(when|what year|which year|quando|in che anno)\b/i), { kinds: ['year', 'year-range', 'date'], strict: true }],
  [unicodeWords(/\b(target|goal|aim|pledge|commit\w*|by \d{4}|obiettiv[oi]|traguardo|impegno|entro)\b/i), { kinds: ['year', 'year-range'], target: true }],
]

const ASKS_YEAR = unicodeWords(/\b(when|by when|deadline|quando|entro quando)\b/i)
/** A number that is not a year: a value the question already states. */
const QUOTES_VALUE = /(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d])/
const QUOTES_DEADLINE = unicodeWords(/\b(?:by|until|entro(?: il| l'anno)?)\s+(?:19|20)\d\d\b/i)

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

/** Past or perfect tense asks for a reported result; future or goal wording for a target. */
const RESULT_WORDS = unicodeWords(/\b(did|was|were|had|has been|have been|so far|since|achieved|reached|(?:has|have)\s+\w+ed|hanno|finora|è stat[oa]|sono stat[ie]|ha\s+\w+(?:ato|uto|ito))\b/i)
const GOAL_WORDS = unicodeWords(/\b(will|target|goal|aim|plan|pledge|by \d{4}|obiettiv[oi]|traguardo|entro|punta|prevede)\b/i)

/** The claim type a question's wording asks for, if it says. */
export function wantedClaimType(q: string): ClaimType | undefined {
  if (GOAL_WORDS.test(q)) return 'target'
  if (RESULT_WORDS.test(q)) return 'achievement'
  return undefined
}
