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
  /** Its sentence is context of the figure's (the one the figure's goes on with, or the headline): all its words count, not only what it measures. */
  context: boolean
}

/** How much a figure's words count for the nearest figure of its unit in a sentence that goes on with it ("Considerando anche … l'84%"). */
const GOES_ON = 0.5

const GOES_ON_WORDS = Object.fromEntries(Object.entries(QUESTION_WORDS).map(([lang, w]) => [lang, wordsPattern(w.goesOn)]))
const VOCABULARY = new Set(VARIABLES.map((v) => v.id))

/** How much a figure's words count for the same value in the article's headline, which restates it ("Svolta green a Fincantieri: 84% dell'energia da rinnovabili"). */
const HEADLINE = 0.5

/** Per index, each fact's place in corpus order, and each source's headline (the sentence that is its title). */
interface Places {
  place: Map<Fact, number>
  headline: Map<string, Fact>
  bySource: Map<string, Fact[]>
  /** What companionsOf found, per figure. */
  found: WeakMap<Figure, Companion[]>
}
const places = new WeakMap<FactIndex, Places>()
function placesOf(index: FactIndex): Places {
  let p = places.get(index)
  if (!p) {
    p = { place: new Map(index.facts.map((f, i) => [f, i])), headline: new Map(), bySource: new Map(), found: new WeakMap() }
    for (const f of index.facts) {
      if (f.text === f.source.title && !p.headline.has(f.source.id)) p.headline.set(f.source.id, f)
      const same = p.bySource.get(f.source.id)
      if (same) same.push(f)
      else p.bySource.set(f.source.id, [f])
    }
    places.set(index, p)
  }
  return p
}

const sameParagraph = (before: Fact, after: Fact) => before.source.id === after.source.id && after.citation.start - before.citation.end <= 2
const goesOn = (fact: Fact) => GOES_ON_WORDS[baseLang(fact.lang)]?.test(fact.text) ?? false
const inOrder = (fact: Fact) => [...fact.figures].sort((a, b) => a.start - b.start)
/** A figure the vocabulary knows the variable of measures a thing named: it is no companion of a figure of anything else (Scope 3 "also" beside Scope 1 and 2). */
const vocabularyOf = (f: Figure) => (f.variable && VOCABULARY.has(f.variable.id) ? f.variable.id : undefined)

/**
 * The figures of other sentences that state the same quantity as `f` of `fact`, so that the words
 * of either name both: the same value in the article's headline (or, for the headline's, in the
 * body), and, where one sentence goes on with the one before it in a paragraph (see
 * QuestionWords.goesOn), the nearest measured figure of the same kind of unit across the two
 * ("…il 100% dell'elettricità … da fonti rinnovabili. Considerando anche … Vard, … l'84%").
 */
export function companionsOf(index: FactIndex, fact: Fact, f: Figure): Companion[] {
  if (!isMeasured(f) || isDating(f)) return []
  const places = placesOf(index)
  let found = places.found.get(f)
  if (!found) places.found.set(f, (found = companionsIn(places, index, fact, f)))
  return found
}

function companionsIn({ place, headline, bySource }: Places, index: FactIndex, fact: Fact, f: Figure): Companion[] {
  const at = place.get(fact)
  if (at === undefined) return []
  const sameKind = (g: Figure) => isMeasured(g) && !isDating(g) && unitClass(g.unit) === unitClass(f.unit)
  const like = (g: Figure) => sameKind(g) && vocabularyOf(g) === vocabularyOf(f)
  // The headline gives the article's main figure again: its words are context of the one in the body, whose measure names it.
  const head = headline.get(fact.source.id)
  const sameValue = (other: Fact, context: boolean): Companion[] =>
    other.figures.filter((g) => g.value === f.value && g.unit === f.unit && like(g)).map((g) => ({ fact: other, figure: g, closeness: HEADLINE, context }))
  const found = head === undefined ? [] : head === fact ? bySource.get(fact.source.id)!.filter((b) => b !== head).flatMap((b) => sameValue(b, false)) : sameValue(head, true)
  // Across two sentences, the nearest figure of the kind is the one gone on with, or it is none.
  const before = index.facts[at - 1]
  if (before && sameParagraph(before, fact) && goesOn(fact)) {
    const g = inOrder(before).findLast(sameKind)
    if (g && like(g)) found.push({ fact: before, figure: g, closeness: GOES_ON, context: true })
  }
  const after = index.facts[at + 1]
  if (after && sameParagraph(fact, after) && goesOn(after)) {
    const g = inOrder(after).find(sameKind)
    if (g && like(g)) found.push({ fact: after, figure: g, closeness: GOES_ON, context: false })
  }
  return found
}
