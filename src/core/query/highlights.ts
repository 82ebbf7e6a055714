import { baseLang } from '../corpus/source-schema.js'
import type { Fact } from '../facts/fact-schema.js'
import { analyzeTerm, tokenize } from '../index/analyzer.js'
import type { SearchHit } from './rank.js'

/** Where a matched term stands in the fact text, for snippets. */
export interface Highlight {
  start: number
  end: number
  term: string
}

/** Where a hit's matched terms stand in its fact text; computed for the page shown, not for every hit. */
export function highlights({ fact, terms }: Pick<SearchHit, 'fact' | 'terms'>): Highlight[] {
  const matched = new Set(terms)
  return wordsOf(fact).filter((w) => matched.has(w.term))
}

/** Facts whose analysed words are kept: the ones a busy hour shows fit, a fact takes a few hundred bytes. */
const WORDS_CACHE_LIMIT = 10_000
const analysedWords = new Map<Fact, Highlight[]>()

/**
 * Every word of a fact's text with its index form, kept per fact: analysing ten sentences per
 * search response cost more than the search itself.
 */
function wordsOf(fact: Fact): Highlight[] {
  let words = analysedWords.get(fact)
  if (words === undefined) {
    const lang = baseLang(fact.lang)
    words = []
    for (const { token, start, end } of tokenize(fact.text)) {
      const term = analyzeTerm(token.toLowerCase(), lang)
      if (term) words.push({ start, end, term })
    }
    if (analysedWords.size >= WORDS_CACHE_LIMIT) analysedWords.clear()
    analysedWords.set(fact, words)
  }
  return words
}
