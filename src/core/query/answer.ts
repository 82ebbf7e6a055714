import { baseLang, type Lang } from '../lang/lang-tag.js'
import type { Fact, Figure, FigureKind } from '../facts/fact-schema.js'
import { QUESTION_WORDS, unitClass, wordsPattern } from '../lang/question-words.js'
import { clauseEnd, clauseIndex, clausesOf, clauseStart } from '../facts/clauses.js'
import { isDating, isDuration, isMeasured } from '../facts/figure-kinds.js'
import { isIdentifierPrefix } from '../facts/figures.js'
import { headAndModifiers } from '../facts/measure.js'
import { answersIntent, type Intent } from './intent.js'
import type { Answer, AnswerCitation } from './result-schemas.js'
import { analyzeTerm, analyzeText, tokenize } from '../index/analyzer.js'
import type { FactIndex } from '../index/fact-index.js'
import type { Glossary } from '../index/glossary.js'
import { organisationsOf } from './organisations.js'
import { yearRoleAt, type ParsedQuestion, type QuestionWord } from './parse-question.js'
import { search, type SearchHit } from './rank.js'
import { companionsOf } from './companions.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'

/**
 * Below this coverage the best fact does not answer the question: the corpus lacks what the
 * question is about (an unknown company, product or event), so the answer abstains.
 */
export const MIN_COVERAGE = 0.5
/**
 * Below this share of the asked measure's words (by weight) that the chosen figure's own words
 * name, no figure measures what the question asks for ("how much water" of an article without
 * water figures): the answer abstains.
 */
export const MIN_MEASURE = 0.3
const ANSWER_CANDIDATES = 10

const ABSTAIN: Answer = { answer: null, figure: null, citation: null, confidence: 0 }

/**
 * The best fact for a question, the figure in it that answers the question, and a citation ready to
 * paste. The figure is the one whose measure, unit, role and period match what the question asks
 * (see {@link fitFigure}), in the best fact or a close runner-up. Abstains (answer null) when the
 * best fact does not cover the question, or no figure measures what it asks.
 * `lang` picks the wording of the citation sentence and breaks ties between equally good facts in
 * favour of that language; it never hides a fact in the other language.
 */
export function answer(index: FactIndex, q: ParsedQuestion, lang?: Lang): Answer {
  // The top few are enough: a near tie in the asked language, and the runner-up for confidence.
  const { hits } = search(index, q, {}, ANSWER_CANDIDATES)
  const { intent } = q
  const best = pickBest(hits, intent, lang)
  if (!best || best.coverage < MIN_COVERAGE || best.missing.length > 0) return ABSTAIN
  const chosen = chooseAnswer(index, q, best, hits)
  const fact = chosen?.hit.fact ?? best.fact
  // "How many…", "how much…", "when…" are not answered by a fact that states no such number; the
  // size of a change may be a share or a quantity ("reduced … by 1,180 tonnes").
  const kinds: readonly FigureKind[] = intent && q.asked.change ? [...intent.kinds, 'quantity', 'amount'] : (intent?.kinds ?? [])
  if (intent?.strict && !fact.figures.some((f) => kinds.includes(f.kind)) && !chosen?.fit.countedRank) return ABSTAIN
  if (chosen && !chosen.fit.answers) return ABSTAIN
  // A question naming a variable ("water consumption in 2018") asks for a figure of it: a sentence with no figure at all does not answer it.
  if (!chosen && q.variables.length > 0) return ABSTAIN
  const second = hits.find((h) => h !== best)
  // Confidence: how much of the question the fact covers, lowered when a runner-up scores close
  // and by how well the figure fits what is asked. A runner-up chosen over the top (it meets the
  // conditions, states the number) keeps a floor: 0 means abstaining.
  const margin = second ? Math.min(1, Math.max(MIN_MARGIN, (best.score - second.score) / best.score + 0.5)) : 1
  const confidence = Math.round(best.coverage * margin * (chosen?.fit.match ?? 1) * 100) / 100
  return { answer: fact, figure: chosen?.figure ?? null, citation: cite(fact, lang), confidence }
}

/**
 * Top hit by score, unless a close runner-up (within {@link RUNNER_UP} of its score) answers
 * better: one that meets the question's conditions (years, names) when the top does not, then one
 * stating a number — of the kind asked, if the question asks — when the top states none (the
 * sentence before a figure often names the topic better: "…sea and rail freight. In 2024 alone,
 * this initiative reduced…"). A hit in the requested language wins a near tie (within 5 %).
 */
function pickBest(hits: SearchHit[], intent: Intent | undefined, lang?: Lang): SearchHit | undefined {
  let top = hits[0]
  if (!top) return top
  const close = hits.filter((h) => h.score >= top!.score * RUNNER_UP)
  const states = (h: SearchHit) => (intent ? answersIntent(h.fact, intent) : h.fact.figures.some(isMeasured))
  if (top.missing.length > 0) top = close.find((h) => h.missing.length === 0) ?? top
  if (!states(top)) top = close.find((h) => h.missing.length === 0 && states(h)) ?? top
  if (!lang) return top
  return hits.find((h) => h.score >= top!.score * 0.95 && baseLang(h.fact.lang) === lang && h.coverage >= top!.coverage) ?? top
}

/** The lowest margin factor in the confidence of an answer given. */
const MIN_MARGIN = 0.25
/** A runner-up within this share of the top score may answer instead of it. */
const RUNNER_UP = 0.5
/**
 * What a fact's rank costs its figures: a runner-up at half the best fact's score needs a figure
 * that fits the question this much better (in {@link fitFigure} points) to answer instead.
 */
const RANK_COST = 2
/** Figure totals closer than this are a tie, settled by how much of the asked measure each names. */
const TIE = 0.01
/** A runner-up within this share of the best fact's score may give the figure: wider than {@link RUNNER_UP}, since {@link RANK_COST} charges for the rank. */
const FIGURE_RUNNER_UP = 0.25

/**
 * The figure that answers: the best fitting one of the best fact, or of a close runner-up that
 * meets the question's conditions when its figure fits enough better to pay for its lower rank
 * ("net profit" stated in the next sentence beats the revenue of the best one).
 */
function chooseAnswer(index: FactIndex, q: ParsedQuestion, best: SearchHit, hits: readonly SearchHit[]): { hit: SearchHit; figure: Figure; fit: Fit } | undefined {
  const orgForms = organisationsOf(index).words
  let chosen: { hit: SearchHit; figure: Figure; fit: Fit; total: number } | undefined
  const scoreOf = new Map(hits.map((h) => [h.fact, h.score]))
  for (const hit of [best, ...hits.filter((h) => h !== best && h.missing.length === 0 && h.score >= best.score * FIGURE_RUNNER_UP)]) {
    // Organisation names locate the fact, not the figure: "Lumen Energia coal phase-out" is about the coal clause.
    const matched = hit.terms.filter((t) => !orgForms.has(t))
    for (const figure of hit.fact.figures) {
      const fit = fitFigure(hit.fact, figure, q, index, matched)
      // A figure that states the same quantity as one of a better hit (see companionsOf) ranks as that one: the two sentences are one statement.
      const rank = Math.min(best.score, Math.max(hit.score, ...companionsOf(index, hit.fact, figure).map((c) => scoreOf.get(c.fact) ?? 0)))
      const total = fit.score + RANK_COST * Math.log2(rank / best.score)
      // Equal points: the figure whose own words name more of what is asked ("69% di donne … e 51% nel management" for "donne nel management").
      if (!chosen || total > chosen.total + TIE || (total > chosen.total - TIE && fit.match > chosen.fit.match)) chosen = { hit, figure, fit, total }
    }
  }
  return chosen
}

/**
 * Prior preference when the question gives no hint: quantities answer more questions than years,
 * and a year stays a candidate only when the fact has nothing else.
 */
const KIND_PRIOR: Record<FigureKind, number> = {
  amount: 0.3,
  quantity: 0.3,
  percent: 0.3,
  count: 0.2,
  'year-range': -3,
  year: -3,
  date: -3.5,
  ordinal: -4,
}

/** The points of {@link fitFigure}, each with why it has its value. */
const FIT = {
  /** The asked measure named in the figure's own words, as a share of the measure's weight: what matters most. */
  measure: 4,
  /** A word matched through a glossary concept, as a share of the word itself: the asker's own word ("risultato operativo") names a figure more surely than a synonym does ("utile netto", both "profit"). */
  synonym: 0.9,
  /** A word of the question the fact matches only elsewhere (heading, the sentence before, the glossary): it is what the fact is about, so it counts for each of its figures, a little. */
  elsewhere: 0.1,
  /** …and, to tell whether the fact measures what is asked at all, half a word. */
  elsewhereNamed: 0.5,
  /** A figure in the unit, or of the kind, asked for; against one in another unit. */
  unit: 2,
  otherUnit: -2,
  /** "When", "by what year" want a year; a year does not answer "how much". */
  year: 3,
  /** "How many" wants a count; "capacity" a quantity with a unit. */
  kind: 1,
  /** The role asked for ("target", "by what year", "compared with which year"), or, unasked, a reported value. */
  role: 1,
  otherRole: -0.7,
  /** A figure not in the role the question asks for ("obiettivo…": not the value reached so far). */
  notAskedRole: -1.5,
  /** The figure of the period asked about; one of another period. */
  period: 1,
  otherPeriod: -0.5,
  /**
   * A figure of another year than the one the question asks about ("nel 2022"): the year asked is
   * what it is about, so a value of that year in a runner-up at half the best fact's score (which
   * pays {@link RANK_COST}) beats the best fact's goal for another year ("99% … by 2025" for "in 2018").
   */
  notAskedPeriod: -1.5,
  /** A change asked ("growth", "di quanto") and one the figure's clause states ("è cresciuto"). */
  change: 1,
  /** …and one whose clause states none ("pari al 4,9% del fatturato" for "revenue growth"): a share or level, not the change asked. */
  noChange: -3,
  /** The counted thing of "how many X" right after the number. */
  counted: 1.5,
  /** A value the question quotes is known to the asker; a year it quotes may confirm it. */
  quoted: -4,
  quotedYear: 0.5,
  /** The year of a value the question quotes (its deadline, base or period). */
  quotedPartner: 2,
  /** A figure the sentence restates exactly in brackets ("more than half (57%)", "oltre 4mila (4.273)"): the bracketed value is the one to give. */
  restated: -1,
  /** A figure whose measure names another number of the name asked ("Scope 1 e 2" for "Scope 3"): it measures another thing, whatever its neighbours share. */
  otherNumber: -4,
  /** A figure of what the question leaves out ("fuori dall'Ue": the one of the EU), by how near its words name it; one of the rest ("resto del mondo"). */
  outside: -4,
  rest: 3,
  /** A share of what it measures ("92,2% del valore generato"), for a question that names the measure and asks no share. */
  shareOf: -2,
  /** A figure whose own words name the opposite of an asked word ("indirect emissions" for "direct … emissions"), by how much nearer the opposite stands than the word. */
  opposite: -2,
} as const

/** How a figure fits a question. */
interface Fit {
  /** Points: the higher, the better it answers (see {@link FIT}). */
  score: number
  /** 0–1: how much of what is asked it matches, for confidence. */
  match: number
  /** Whether it measures what the question asks at all (enough of the measure, the unit asked for). */
  answers: boolean
  /** A rank of the thing "how many" counts ("its 23rd year"): it answers the count. */
  countedRank: boolean
}

/** What a number counts or measures usually follows it ("nine overseas markets"), so words before weigh less. */
const BEFORE_WEIGHT = 0.8

/**
 * How well one figure of a fact answers the question: its own words (the measure the pipeline
 * read, its variable and subject, and its neighbours up to the figures on either side, nearer ones
 * counting more) against the asked measure, in either language through the glossary; its unit and
 * kind against the asked ones; its role and period against the asked ones. A target or base year
 * owns the clause before it, back to the previous year ("X by 2035 and Y by 2040": Y belongs to
 * 2040). `matched` are the fact's terms the search matched: they stand in for misspelt words.
 */
export function fitFigure(fact: Fact, f: Figure, q: ParsedQuestion, index: FactIndex, matched: readonly string[] = []): Fit {
  const { asked } = q
  const lang = baseLang(fact.lang)
  const own = wordsOf(index, fact, f, lang)
  // The measure: each word's weight (rarity) credited by how near and how surely the figure names it.
  const hitTerms = new Set(matched)
  let total = 0
  let named = 0
  let near = 0
  let ownNamed = false
  const lexical = (w: QuestionWord) => Math.max(0, ...w.forms.map((t) => own.terms.get(t) ?? 0))
  for (const { word: w, weight } of weighed(asked.measure, index)) {
    total += weight
    // A word of a compound measure ("consumo di acqua") counts only with the whole of it: as the concept, or all of its words.
    const whole = (has: (v: QuestionWord) => boolean, concept: (c: string) => boolean) =>
      w.compounds.length === 0 || w.compounds.some((c) => concept(c) || asked.measure.every((v) => !v.compounds.includes(c) || has(v)))
    const inFact = (v: QuestionWord) => v.forms.some((t) => hitTerms.has(t))
    // The figure's variable is what it measures, in any language: a word naming it is named surely,
    // if less so than by the figure's own words ("green bond emessi" of two figures: the one beside "verdi").
    const variable = f.variable && w.variables.includes(f.variable.id) ? own.trust * FIT.synonym : 0
    const closeness = Math.max(variable, whole((v) => lexical(v) > 0, (c) => own.concepts.has(c)) ? Math.max(lexical(w), ...w.concepts.map((c) => (own.concepts.get(c) ?? 0) * FIT.synonym)) : 0)
    const elsewhere = inFact(w) && whole(inFact, () => false)
    // A figure whose own words name none of the measure measures something else, whatever the heading says.
    if (closeness > 0) {
      named += weight
      ownNamed = true
    } else if (elsewhere) named += weight * FIT.elsewhereNamed
    near += weight * Math.max(closeness, elsewhere ? FIT.elsewhere : 0)
  }
  const measure = total === 0 ? 1 : named / total
  // "Scope 3 … target": a figure in a sentence of Scope 1 measures another thing, however much else it shares.
  // …and one whose own measure names others of the kind ("Scope 1 e 2 del 70% e Scope 3 del 20%": the 70% is not of Scope 3, however near "Scope 3" stands).
  const otherNumber = asked.measure.some((w) => w.identifier && own.identifiers.length > 0 && !w.forms.some((t) => own.identifiers.includes(t)))
  const otherName = otherNumber || asked.measure.some((w) => w.identifier && lexical(w) === 0 && !w.forms.some((t) => hitTerms.has(t))) || otherKindOf(f, asked.measure, own, lang, lexical)
  let score = (total === 0 ? 0 : (FIT.measure * near) / total) + (otherNumber ? FIT.otherNumber : 0) + FIT.opposite * oppositeOf(asked.measure, own, lang, lexical)
  let match = measure
  // "Fuori dall'Ue": the figure of the EU is not it, one of "the rest of the world" is.
  if (asked.outside.length > 0) {
    const namedHere = (w: QuestionWord) => Math.max(lexical(w), ...w.concepts.map((c) => own.concepts.get(c) ?? 0))
    score += FIT.outside * Math.max(...asked.outside.map(namedHere)) + FIT.rest * restNamed(own, lang)
  }

  // Unit and kind.
  const cls = unitClass(f.unit)
  const dating = isDating(f)
  // "Renewable electricity by 2035", "100% renewable target": the asker knows the value and asks, or confirms, the year.
  const kind = asked.kind ?? (!asked.unit && q.intent?.kinds.includes('year') ? 'year' : undefined)
  if (kind === 'year') score += dating ? FIT.year : -FIT.year
  // "The base year of the goal" asks for a year without saying "when": the base year answers it.
  else if (dating && !(asked.role === 'base' && f.role === 'base')) score += KIND_PRIOR[f.kind]
  if (asked.unit) {
    const fits = cls === asked.unit
    score += fits ? FIT.unit : cls ? FIT.otherUnit : FIT.otherUnit / 2
    if (!fits) match *= 0.7
  }
  // "How many" is a number of things (or of units: tonnes), hardly a share or a sum of money.
  // …or the rank of the counted thing: "its 23rd year of reporting" says how many years, "its seventh report" how many reports.
  const countedAfter = q.counted.size > 0 && own.after.some((t) => q.counted.has(t))
  const countedRank = f.kind === 'ordinal' && countedAfter
  if (kind === 'count') score += f.kind === 'count' || countedRank ? FIT.kind : f.kind === 'quantity' ? FIT.kind / 2 : -2 * FIT.kind
  if (kind === 'quantity') score += f.kind === 'quantity' ? FIT.kind : -FIT.kind / 2
  if (!kind && !asked.unit && !dating) score += KIND_PRIOR[f.kind]
  // "Valore generato 2021" asks for the value generated, not for "92,2% del valore generato", a share of it.
  if (!kind && !asked.unit && !asked.change && q.intent === undefined && shareOfMeasure(fact, f, lang)) score += FIT.shareOf
  if (f.unit && q.units.includes(f.unit)) score += FIT.unit / 2

  // Role: the asked one, or a reported value — which an earlier year's comparison is, when that year is asked ("(23.5% in 2022)").
  const inAsked = asked.period !== undefined && f.period !== undefined && inPeriod(asked.period, f.period)
  const reported = f.role === undefined || (f.role === 'comparison' && inAsked)
  // "Since what year…": a year the sentence writes after "since" ("standalone document since 2010") is where a state began, as a base is.
  const role = f.role ?? (own.since ? 'base' : undefined)
  if (asked.role ? role === asked.role : reported) score += asked.role ? FIT.role : 0
  else {
    score += asked.role ? FIT.notAskedRole : FIT.otherRole
    match *= 0.85
  }

  // Period: the year asked about, in its role.
  const years = q.words.filter((w) => w.yearRole).map((w) => ({ year: Number(w.token), role: w.yearRole! }))
  // A base year stated in the figure's own clause is its base, whatever else the parser linked ("calo del 14% rispetto al 2021 e del 41% rispetto al 2015").
  const clauseYears = dating ? [] : own.clauseYears
  for (const { year, role: yearRole } of years) {
    if (yearRole === 'base') score += f.baseYear === year || clauseYears.includes(year) ? FIT.period : f.baseYear !== undefined ? FIT.otherPeriod : 0
    // …and a deadline: a goal for another year ("25% by 2025" of "entro il 2030") is another goal.
    if (yearRole === 'target') {
      if (f.targetYear === year || (f.role === 'target' && !dating && f.period !== undefined && inPeriod(year, f.period))) score += FIT.period
      else if (f.targetYear !== undefined) score += FIT.otherPeriod
    }
  }
  if (asked.period !== undefined && !dating && f.period) score += inAsked ? FIT.period : FIT.notAskedPeriod

  if (own.restated) score += FIT.restated
  if (countedAfter) score += FIT.counted
  // "Revenue growth": the figure its clause says grew, not the share of revenue beside it.
  if (asked.change && !dating) score += own.changes ? FIT.change : own.changedBefore ? 0 : FIT.noChange
  const quoted = (g: Figure) => q.text.toLowerCase().includes(g.text.toLowerCase())
  if (quoted(f)) score += f.kind === 'year' ? FIT.quotedYear : FIT.quoted
  // "By what year … a 37% cut", "compared with which year … by 14%": the asker knows the value and asks for its year.
  else if (f.kind === 'year' && fact.figures.some((g) => g !== f && !isDating(g) && quoted(g) && [g.targetYear, g.baseYear, Number(g.period)].includes(f.value))) score += FIT.quotedPartner
  // A question that names a unit, or asks for money, wants a figure in it; one that names a measure wants a figure of it.
  const strictUnit = q.units.length > 0 || asked.unit === 'money' ? asked.unit : undefined
  // "How much water" is not answered by a share of it, nor "how many passengers" by a share they grew by;
  // "how much has it improved" asks the size of a change, which a share is.
  const unitAnswers = (!strictUnit || strictUnit === cls) && !(((asked.amount && !asked.change) || kind === 'count') && f.kind === 'percent')
  return { score, match: Math.max(0, Math.min(1, match)), answers: measure >= MIN_MEASURE && (total === 0 || ownNamed) && unitAnswers && !otherName, countedRank: countedRank && kind === 'count' }
}

/**
 * The measure's words with their weights: their rarity, except that a word nobody uses (no fact,
 * not the glossary) is the asker's own wording ("work", "launch") and weighs as an average one.
 */
function weighed(words: readonly QuestionWord[], index: FactIndex): Array<{ word: QuestionWord; weight: number }> {
  const idf = (w: QuestionWord) => Math.max(...w.forms.map((t) => index.idf(t)))
  const known = words.filter((w) => !w.unknown)
  const average = known.length ? known.reduce((sum, w) => sum + idf(w), 0) / known.length : undefined
  return words.map((word) => ({ word, weight: word.unknown ? (average ?? idf(word)) : idf(word) }))
}

/** Each language's phrases of the rest of the world, analysed as a figure's own words are. */
const REST: Readonly<Record<Lang, string[][]>> = { en: QUESTION_WORDS.en.rest.map((p) => analyzeText(p, 'en')), it: QUESTION_WORDS.it.rest.map((p) => analyzeText(p, 'it')) }

/** How near a figure's own words name the rest of the world ("nel resto del mondo"), 0 to 1: a phrase as near as its farthest word. */
function restNamed(own: OwnWords, lang: Lang): number {
  return Math.max(0, ...REST[lang].map((terms) => Math.min(...terms.map((t) => own.terms.get(t) ?? 0))))
}

/** Whether `f` is a share of its measure, written right after it with only "of" and articles between ("92,2% del valore generato", "35% of the water"). */
function shareOfMeasure(fact: Fact, f: Figure, lang: Lang): boolean {
  if (f.kind !== 'percent' || !f.measure || f.measure.start < f.end) return false
  const words = MEASURE_WORDS[lang]
  const between = tokenize(fact.text.slice(f.end - fact.citation.start, f.measure.start - fact.citation.start)).map((t) => t.token.toLowerCase())
  return between.length > 0 && between.some((t) => words.of.includes(t)) && between.every((t) => words.of.includes(t) || words.articles.includes(t))
}

/** An asked word this long at least may have an opposite by prefix: shorter ones are parts of other words ("put" of "input"). */
const OPPOSABLE = 5

/**
 * How much nearer a figure's own words name the opposite of an asked measure word than the word
 * itself ("indirect" for "direct", "non-renewable" for "renewable", "indirette" for "dirette"):
 * the most, 0 to 1, over the asked words.
 */
function oppositeOf(measure: readonly QuestionWord[], own: OwnWords, lang: Lang, lexical: (w: QuestionWord) => number): number {
  const prefixes = QUESTION_WORDS[lang].oppositePrefixes
  let most = 0
  for (const w of measure) {
    const opposite = Math.max(0, ...w.forms.filter((f) => f.length >= OPPOSABLE).flatMap((f) => prefixes.map((p) => own.terms.get(p + f) ?? 0)))
    most = Math.max(most, opposite - lexical(w))
  }
  return most
}

/** Letters two words must begin with alike to be variants of one word ("assun-te", "produ-ction"). */
const VARIANT_START = 5
const sharedStart = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && a[n] === b[n]) n++
  return n
}

/**
 * "Water intensity" is not answered by "carbon intensity": the figure's measure has the asked head noun with a
 * modifier of its own, and the asked modifiers, each a glossary concept, are nowhere in the figure's words, nor in
 * its variable or concepts.
 * A modifier that begins as one of the figure's does is its variant, in either language ("assunzioni" of "donne
 * assunte", "produzione" of "production volume").
 */
function otherKindOf(f: Figure, measure: readonly QuestionWord[], own: OwnWords, lang: Lang, lexical: (w: QuestionWord) => number): boolean {
  const parts = f.measure ? headAndModifiers(f.measure.text, lang) : undefined
  if (!parts) return false
  const term = (word: string) => analyzeTerm(word, lang)
  const head = term(parts.head)
  const asksHead = (w: QuestionWord) => head !== null && w.forms.includes(head)
  const modifiers = measure.filter((w) => !asksHead(w) && !w.intentWord && !w.nameLike)
  if (!measure.some(asksHead) || modifiers.length === 0) return false
  const theirs = parts.modifiers.map(term).filter((t): t is string => t !== null)
  const variant = (w: QuestionWord) => parts.modifiers.some((m) => sharedStart(m, w.token.toLowerCase()) >= VARIANT_START)
  if (measure.some((w) => theirs.some((t) => w.forms.includes(t)) || variant(w))) return false
  // only a modifier the glossary knows is surely another thing ("water"); an unknown one may be a paraphrase ("purchased-energy" of Scope 2)
  return modifiers.every((w) => w.concepts.length > 0 && lexical(w) === 0 && !w.concepts.some((c) => own.concepts.has(c)) && !(f.variable && w.variables.includes(f.variable.id)))
}

/** A figure's own words: each analysed term, and each glossary concept among them, with how near it stands (1: surely its own); and the terms right after the number. */
interface OwnWords {
  terms: Map<string, number>
  concepts: Map<string, number>
  after: string[]
  /** How sure the pipeline's measure and variable of the figure are (1, or less when they stand in another clause). */
  trust: number
  /** Its clause speaks of a change ("è cresciuto del 18%"). */
  changes: boolean
  /** The sentence does before it, in a clause it is coordinated with ("reduce X by 50% … and Y by 76%"). */
  changedBefore: boolean
  /** The years stated in its own clause. */
  clauseYears: number[]
  /** A year written after a word of a base ("since 2010", "dal 2015"). */
  since: boolean
  /** The numbers of names its measure writes, by their index forms ("1", "2" of "Scope 1 e 2"). */
  identifiers: string[]
  /** The sentence gives its value again, exactly, in brackets after it. */
  restated: boolean
}

/**
 * A figure's own words depend on its fact alone, not on the question: read once per figure (and
 * glossary), as every question that reaches the figure asks for them, and reading them was a
 * tenth of an answer's time.
 */
const ownWordsKept = new WeakMap<Glossary, WeakMap<Figure, OwnWords>>()
function ownWordsOf(fact: Fact, f: Figure, glossary: Glossary, lang: Lang): OwnWords {
  let byFigure = ownWordsKept.get(glossary)
  if (!byFigure) ownWordsKept.set(glossary, (byFigure = new WeakMap()))
  let own = byFigure.get(f)
  if (!own) byFigure.set(f, (own = ownWords(fact, f, glossary, lang)))
  return own
}

const noWords = (): OwnWords => ({ terms: new Map(), concepts: new Map(), after: [], trust: 1, changes: false, changedBefore: false, clauseYears: [], since: false, identifiers: [], restated: false })

/** Adds a run of words to `own`, each with its closeness; a concept is as near as its nearest word. */
function addWords(own: OwnWords, run: Array<{ token: string; closeness: number }>, glossary: Glossary, lang: Lang): void {
  // "trade-in" is also "trade" and "in", as the index has it.
  const read = run.flatMap(({ token, closeness }) =>
    [token, ...(token.includes('-') ? token.split('-') : [])].flatMap((part) => {
      const term = part ? analyzeTerm(part.toLowerCase(), lang) : null
      return term === null ? [] : [{ term, closeness }]
    }),
  )
  for (const { term, closeness } of read) own.terms.set(term, Math.max(own.terms.get(term) ?? 0, closeness))
  for (const c of glossary.conceptsAt(read.map((r) => r.term), lang)) {
    const closeness = Math.max(...read.slice(c.at, c.at + c.length).map((r) => r.closeness))
    own.concepts.set(c.id, Math.max(own.concepts.get(c.id) ?? 0, closeness))
  }
}

/** The words of what a figure measures, as the pipeline read it: its measure and its variable's names. */
function measureWords(f: Figure, glossary: Glossary, lang: Lang): OwnWords {
  const words = noWords()
  const surely = (text: string, closeness: number) => addWords(words, tokenize(text).map(({ token }) => ({ token, closeness })), glossary, lang)
  if (f.measure) surely(f.measure.text, 1)
  if (f.variable) for (const name of Object.values(f.variable.names)) surely(name, 0.8)
  return words
}

function ownWords(fact: Fact, f: Figure, glossary: Glossary, lang: Lang): OwnWords {
  const own = noWords()
  const add = (run: Array<{ token: string; closeness: number }>) => addWords(own, run, glossary, lang)
  const surely = (text: string, closeness = 1) => add(tokenize(text).map(({ token }) => ({ token, closeness })))
  const figures = [...fact.figures].sort((a, b) => a.start - b.start)
  const i = figures.indexOf(f)
  const rel = (offset: number) => offset - fact.citation.start
  const [first, last] = [rel(f.start), rel(f.end)]
  const clauses = clausesOf(fact.text, lang)
  const end = clauseEnd(clauses, last)
  own.restated = isMeasured(f) && !!restatement(fact, figures, i, end)
  const clause = clauseIndex(clauses, first)
  own.since = f.kind === 'year' && yearRoleAt(fact.text, first) === 'base'
  own.clauseYears = fact.figures.filter((g) => g.kind === 'year' && clauseIndex(clauses, rel(g.start)) === clause).map((g) => g.value)
  // A clause that names nothing but its figures ("…by 12% by 2026 and of 35% by 2030") is the one before it, elided: their words are its own.
  let start = clauseStart(clauses, first)
  const elided = clauses.breaks.findLast((b) => b.end <= start)
  if (elided && !namesAnything(fact, start, end, lang)) start = clauseStart(clauses, elided.start)
  // What the pipeline read the figure to measure names it surely, unless it stands in another
  // clause of the sentence (it may be the neighbour's: "36% of the total, with fresh produce 25%").
  // Its variable is read from the measure, and as sure.
  own.trust = 1
  if (f.measure) {
    const at = rel(f.measure.start)
    const inSentence = at >= 0 && at < fact.text.length
    own.trust = !inSentence || isDating(f) || (at >= start && at < end) ? 1 : OUTSIDE_MEASURE
    surely(f.measure.text, own.trust)
    if (own.trust === 1) own.identifiers = identifiersIn(f.measure.text, lang)
  }
  if (f.variable) for (const name of Object.values(f.variable.names)) surely(name, own.trust * 0.8)
  // …or its sign does: "il target del -40%".
  own.changes = CHANGE_WORDS.test(fact.text.slice(start, end)) || SIGNED.test(fact.text.slice(0, first))
  own.changedBefore = CHANGE_WORDS.test(fact.text.slice(0, first))
  const read = f.measure ? NEIGHBOURS_BESIDE_MEASURE : 1
  // Nearer words count more: the n-th content word away counts 1 / (1 + (n - 1) / 4), those before a little less.
  const away = <T extends { token: string }>(run: T[]) => {
    let d = 0
    return run.map((t) => ({ ...t, d: analyzeTerm(t.token.toLowerCase(), lang) === null ? d : d++ }))
  }
  if (isDating(f) && f.role) {
    // A target or base year owns the clause before it, back to the previous year.
    const prev = figures.slice(0, i).findLast(isDating)
    surely(fact.text.slice(prev ? rel(prev.end) : 0, rel(f.start)))
    // …and is the base or deadline of the figure that states it ("cut the emissions … by 30% by 2030, from an earlier 2020 baseline"): that figure's words are its own too.
    const partners = fact.figures.filter((g) => !isDating(g) && (f.role === 'base' ? g.baseYear : g.targetYear) === f.value)
    for (const g of partners) mergeWords(own, ownWordsOf(fact, g, glossary, lang))
    // A year that dates no figure may lead its goal ("già entro il 2025, l'azienda conta di rendere
    // … riciclabile"): the words after it, up to the next figure, are its own too, less surely.
    if (partners.length === 0) {
      const next = figures[i + 1]
      const after = tokenize(fact.text.slice(0, next ? rel(next.start) : fact.text.length)).filter((t) => t.start >= last)
      add(away(after).map((t) => ({ token: t.token, closeness: OUTSIDE_CLAUSE / (1 + t.d / 4) })))
    }
    return own
  }
  // A figure's words are its clause's above all: back to the last comma or conjunction before it
  // (across a figure: "riuso … è salito dal 7 al 10%"), on to the first one after it; beyond,
  // up to the figures on either side, they count less.
  // A length of time before it ("spent USD 1.2bn on tailings safety over the past decade and plans
  // to spend another USD 800m on it") qualifies the figure before, and is no bound.
  const bound = figures.slice(0, i).findLast((g) => !isDuration(g))
  const from = Math.min(start, bound ? rel(bound.end) : 0)
  // "l'84,2% delle spese, il 60,6% dei ricavi e il 44,5% dei costi sono riferibili a…": what the
  // sentence says after its last figure's measure is said of each figure it lists, alike.
  const lastFigure = figures.at(-1)!
  // Listed: in clauses of their own ("dal 62% al 74%" is one clause, its figures not a list).
  const listed = isMeasured(lastFigure) && !!lastFigure.measure && rel(lastFigure.measure.end) > rel(lastFigure.end) &&
    figures.some((g) => isMeasured(g) && clauseIndex(clauses, rel(g.start)) !== clauseIndex(clauses, rel(lastFigure.start)))
  const tailStart = listed ? rel(lastFigure.measure!.end) : fact.text.length
  const to = i + 1 < figures.length ? rel(figures[i + 1]!.start) : tailStart
  const tokens = tokenize(fact.text.slice(0, to)).filter((t) => t.start >= from)
  const before = tokens.filter((t) => t.end <= first)
  const behind = tokens.filter((t) => t.start >= last)
  const closeness = (t: { start: number; d: number }) => (read * (t.start >= start && t.start < end ? 1 : OUTSIDE_CLAUSE)) / (1 + t.d / 4)
  add([
    ...away([...before].reverse()).reverse().map((t) => ({ token: t.token, closeness: BEFORE_WEIGHT * closeness(t) })),
    ...away(behind).map((t) => ({ token: t.token, closeness: closeness(t) })),
  ])
  if (listed && isMeasured(f)) add(away(tokenize(fact.text).filter((t) => t.start >= tailStart)).map((t) => ({ token: t.token, closeness: (read * OUTSIDE_CLAUSE) / (1 + t.d / 4) })))
  // A figure of another kind inside the figure's clause qualifies it ("96.6% of electricity in 28
  // countries is now sourced from renewable energy"): the clause goes on past it, up to the figure
  // after, less surely. Figures of a kind are a list ("30% … and 40% …"), each with its own words.
  const qualifier = figures[i + 1]
  if (isMeasured(f) && qualifier && qualifier.kind !== f.kind && !isDating(qualifier) && rel(qualifier.start) < end) {
    const until = Math.min(end, i + 2 < figures.length ? rel(figures[i + 2]!.start) : end)
    const past = tokenize(fact.text.slice(0, until)).filter((t) => t.start >= rel(qualifier.end))
    add(away(past).map((t) => ({ token: t.token, closeness: (read * OUTSIDE_CLAUSE) / (1 + t.d / 4) })))
  }
  own.after = behind.filter((t) => t.start - last < 24).flatMap((t) => analyzeTerm(t.token.toLowerCase(), lang) ?? [])
  // A value quoted for comparison ("reduced to seven, as compared to 16 in 2020") is of the same
  // quantity as the value it is compared with: that one's words are its own too.
  const compared = f.role === 'comparison' ? comparedWith(figures, i) : undefined
  if (compared) mergeWords(own, ownWordsOf(fact, compared, glossary, lang))
  return own
}

/**
 * The figure that gives figure `i` again, exactly, in brackets of its own after it in the same
 * clause, with no figure between: "more than half of the Group's brands (57%)", "Oltre 4mila
 * (4.273)". Of the same kind and unit, and near its value (a round or worded value rounds it).
 * A bracket holding more than the number ("(15% nel 2022)") quotes another value.
 */
function restatement(fact: Fact, figures: readonly Figure[], i: number, clauseEnd: number): Figure | undefined {
  const f = figures[i]!
  const g = figures[i + 1]
  if (!g || g.kind !== f.kind || g.unit !== f.unit || g.role !== f.role || g.start - fact.citation.start >= clauseEnd) return undefined
  const text = fact.text
  const [start, end] = [g.start - fact.citation.start, g.end - fact.citation.start]
  if (!/\(\s*$/u.test(text.slice(0, start)) || !/^\s*\)/u.test(text.slice(end))) return undefined
  const ratio = g.value / f.value
  return ratio >= RESTATED_RATIO && ratio <= 1 / RESTATED_RATIO ? g : undefined
}

/** A restatement in brackets is within this factor of the value it restates ("half" is 50, "(57%)"). */
const RESTATED_RATIO = 0.75

/**
 * The value a comparison is quoted against: the nearest one before it (else after it) in the same
 * unit that is no comparison itself ("fatturato di 2,085 miliardi, in flessione (-5%) rispetto ai
 * 2,2 miliardi del 2019" compares 2,2 with 2,085, not with -5%).
 */
function comparedWith(figures: readonly Figure[], i: number): Figure | undefined {
  const f = figures[i]!
  const like = (g: Figure) => g.role !== 'comparison' && isMeasured(g) && g.kind === f.kind && g.unit === f.unit
  return figures.slice(0, i).findLast(like) ?? figures.slice(i + 1).find(like)
}

/**
 * The numbers of names a text writes: each number after a word such as "Scope", and those listed
 * with it ("Scope 1 e 2", "Scope 1, 2 and 3"), as analysed terms.
 */
function identifiersIn(text: string, lang: Lang): string[] {
  const found: string[] = []
  let naming = false
  for (const { token } of tokenize(text)) {
    if (/^\d+$/.test(token)) {
      if (naming) found.push(token)
    } else if (isIdentifierPrefix(token, lang)) naming = true
    // A short word between numbers links them ("e", "and", "&"); any other ends the name.
    else if (token.length > 3) naming = false
  }
  return found
}

/** Adds another figure's words to `own`, each as near as it stands to either (to the other, times `scale`). */
function mergeWords(own: OwnWords, other: OwnWords, scale = 1): void {
  for (const [term, closeness] of other.terms) own.terms.set(term, Math.max(own.terms.get(term) ?? 0, closeness * scale))
  for (const [id, closeness] of other.concepts) own.concepts.set(id, Math.max(own.concepts.get(id) ?? 0, closeness * scale))
}

/**
 * A figure's own words with its companions' in other sentences (see companionsOf), less surely:
 * "…un ulteriore aumento del traffico passeggeri del 25%" says what the 41% before it grew
 * ("continua a crescere, nel 2024 del 41%"). Read once per figure and index.
 */
const withCompanions = new WeakMap<FactIndex, WeakMap<Figure, OwnWords>>()
function wordsOf(index: FactIndex, fact: Fact, f: Figure, lang: Lang): OwnWords {
  let byFigure = withCompanions.get(index)
  if (!byFigure) withCompanions.set(index, (byFigure = new WeakMap()))
  let words = byFigure.get(f)
  if (!words) {
    const own = ownWordsOf(fact, f, index.glossary, lang)
    const companions = companionsOf(index, fact, f)
    words = companions.length === 0 ? own : { ...own, terms: new Map(own.terms), concepts: new Map(own.concepts) }
    // The sentence gone on with is context of the whole figure's; of the one going on, only what it measures counts, as the
    // rest may set it apart ("il 100% … dei siti italiani. Considerando anche Vard, … l'84% … dell'intero Gruppo").
    for (const c of companions) {
      const lang = baseLang(c.fact.lang)
      mergeWords(words, c.context ? ownWordsOf(c.fact, c.figure, index.glossary, lang) : measureWords(c.figure, index.glossary, lang), c.closeness)
    }
    byFigure.set(f, words)
  }
  return words
}

/** The words of both languages that speak of a change ("cut", "cresciuto"): the question cues', read in a fact. */
const CHANGE_WORDS = wordsPattern(Object.values(QUESTION_WORDS).flatMap((w) => w.cues.filter((c) => c.asks.change).flatMap((c) => c.words)))
/** A sign right before a number: the number is a change ("-40%", "+12%"). */
const SIGNED = /(?<![\p{L}\p{N}])[-−–+]\s?$/u
/** How much the pipeline's measure of a figure counts when it stands in another clause of the sentence. */
const OUTSIDE_MEASURE = 0.5
/** How much a neighbour beyond the figure's clause counts. */
const OUTSIDE_CLAUSE = 0.35

/** How much a figure's neighbours count when the pipeline read its measure: they may belong to it still. */
const NEIGHBOURS_BESIDE_MEASURE = 0.6

/** Whether the text of a fact between two offsets (relative to its sentence) names something: a content word outside its figures that is no word of change ("per salire al 50% nel 2030" names nothing). */
function namesAnything(fact: Fact, start: number, end: number, lang: Lang): boolean {
  const inFigure = (at: number) => fact.figures.some((g) => at >= g.start - fact.citation.start && at < g.end - fact.citation.start)
  return tokenize(fact.text.slice(0, end)).some(
    (t) => t.start >= start && !inFigure(t.start) && !CHANGE_WORDS.test(t.token) && analyzeTerm(t.token.toLowerCase(), lang) !== null,
  )
}

/** The years (as figures of the fact) in the clause that holds figure `f`. */
/** Whether `year` falls in an ISO 8601 year or interval ("2024", "2020/2030"). */
function inPeriod(year: number, period: string): boolean {
  const [from, to = from] = period.split('/').map(Number) as [number, number?]
  return year >= from && year <= to
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** A sentence an answer engine can paste: the quote, the publisher, the title and the deep link. */
export function cite(fact: Fact, lang: Lang = 'en'): AnswerCitation {
  const { quote, url } = fact.citation
  const { publisher, title } = fact.source
  const says = lang === 'it' ? 'Secondo' : 'According to'
  return {
    text: `${says} ${publisher}, “${title}”: “${quote}” (${url})`,
    markdown: `${says} ${publisher}, [*${title}*](${url}):\n\n> ${quote}`,
    html: `<p>${says} ${escapeHtml(publisher)}, <cite><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></cite>:</p><blockquote cite="${escapeHtml(url)}" lang="${escapeHtml(fact.lang)}"><p>${escapeHtml(quote)}</p></blockquote>`,
  }
}
