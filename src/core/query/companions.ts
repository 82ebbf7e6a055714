import type { Fact, Figure } from '../facts/fact-schema.js'
import { isDating, isMeasured } from '../facts/figure-kinds.js'
import { VARIABLES } from '../facts/variables.js'
import type { FactIndex } from '../index/fact-index.js'
import { baseLang } from '../lang/lang-tag.js'
import { QUESTION_WORDS, unitClass, wordsPattern } from '../lang/question-words.js'

/** A figure of another sentence that states the same quantity as one figure, and how surely. */
export interface Companion {
  fact: Fact
  figure: Figure
  /** 0–1: how much its words count as the figure's own. */
  closeness: number
  /** It stands in the sentence before, which the figure's sentence goes on with: all its words are context of the figure's, not only what it measures. */
  before: boolean
}

/** How much a figure's words count for the nearest figure of its unit in a sentence that goes on with it ("Considerando anche … l'84%"). */
const GOES_ON = 0.5

const GOES_ON_WORDS = Object.fromEntries(Object.entries(QUESTION_WORDS).map(([lang, w]) => [lang, wordsPattern(w.goesOn)]))
const VOCABULARY = new Set(VARIABLES.map((v) => v.id))

/** Each fact's place in corpus order, per index. */
const places = new WeakMap<FactIndex, Map<Fact, number>>()
function placeOf(index: FactIndex, fact: Fact): number | undefined {
  let place = places.get(index)
  if (!place) places.set(index, (place = new Map(index.facts.map((f, i) => [f, i]))))
  return place.get(fact)
}

const sameParagraph = (before: Fact, after: Fact) => before.source.id === after.source.id && after.citation.start - before.citation.end <= 2
const goesOn = (fact: Fact) => GOES_ON_WORDS[baseLang(fact.lang)]?.test(fact.text) ?? false
const inOrder = (fact: Fact) => [...fact.figures].sort((a, b) => a.start - b.start)
/** A figure the vocabulary knows the variable of measures a thing named: it is no companion of a figure of anything else (Scope 3 "also" beside Scope 1 and 2). */
const vocabularyOf = (f: Figure) => (f.variable && VOCABULARY.has(f.variable.id) ? f.variable.id : undefined)

/**
 * The figures of other sentences that state the same quantity as `f` of `fact`, so that the words
 * of either name both: where one sentence goes on with the one before it in a paragraph (see
 * QuestionWords.goesOn), the nearest measured figure of the same kind of unit across the two
 * ("…il 100% dell'elettricità … da fonti rinnovabili. Considerando anche … Vard, … l'84%").
 */
export function companionsOf(index: FactIndex, fact: Fact, f: Figure): Companion[] {
  if (!isMeasured(f) || isDating(f)) return []
  const at = placeOf(index, fact)
  if (at === undefined) return []
  const like = (g: Figure) => isMeasured(g) && !isDating(g) && unitClass(g.unit) === unitClass(f.unit) && vocabularyOf(g) === vocabularyOf(f)
  const found: Companion[] = []
  const before = index.facts[at - 1]
  if (before && sameParagraph(before, fact) && goesOn(fact)) {
    const g = inOrder(before).findLast((g) => isMeasured(g) && !isDating(g) && unitClass(g.unit) === unitClass(f.unit))
    if (g && like(g)) found.push({ fact: before, figure: g, closeness: GOES_ON, before: true })
  }
  const after = index.facts[at + 1]
  if (after && sameParagraph(fact, after) && goesOn(after)) {
    const g = inOrder(after).find((g) => isMeasured(g) && !isDating(g) && unitClass(g.unit) === unitClass(f.unit))
    if (g && like(g)) found.push({ fact: after, figure: g, closeness: GOES_ON, before: false })
  }
  return found
}
