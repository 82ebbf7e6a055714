import { baseLang } from '../lang/lang-tag.js'
import type { Fact } from '../facts/fact-schema.js'
import { analyzeTerm, tokenize } from '../index/analyzer.js'
import type { SearchHit } from './rank.js'
import type { Highlight } from './result-schemas.js'

/** An analysed word of a fact's text: its offsets and its index form. */
interface AnalysedWord {
  start: number
  end: number
  indexed: string
}

/**
 * Where a hit's matched terms stand in its fact text, as the words written there ("renewable", not
 * the index's stem "renew"); computed for the page shown, not for every hit.
 */
export function highlights({ fact, terms }: Pick<SearchHit, 'fact' | 'terms'>): Highlight[] {
  const matched = new Set(terms)
  return wordsOf(fact)
    .filter((w) => matched.has(w.indexed))
    .map(({ start, end }) => ({ start, end, term: fact.text.slice(start, end) }))
}

/**
 * The words of the fact's text that the query matched, each once (case-insensitively), in reading
 * order. Terms matched only in other fields (the heading, the glossary's translations) stand in
 * no word of the text and are left out: a user could not find them in the sentence.
 */
export function matchedWords(found: readonly Highlight[]): string[] {
  const seen = new Map<string, string>()
  for (const { term } of found) if (!seen.has(term.toLowerCase())) seen.set(term.toLowerCase(), term)
  return [...seen.values()]
}

/** Facts whose analysed words are kept: the ones a busy hour shows fit, a fact takes a few hundred bytes. */
const WORDS_CACHE_LIMIT = 10_000
const analysedWords = new Map<Fact, AnalysedWord[]>()

/**
 * Every word of a fact's text with its index form, kept per fact: analysing ten sentences per
 * search response cost more than the search itself.
 */
function wordsOf(fact: Fact): AnalysedWord[] {
  let words = analysedWords.get(fact)
  if (words === undefined) {
    const lang = baseLang(fact.lang)
    words = []
    for (const { token, start, end } of tokenize(fact.text)) {
      const indexed = analyzeTerm(token.toLowerCase(), lang)
      if (indexed) words.push({ start, end, indexed })
    }
    if (analysedWords.size >= WORDS_CACHE_LIMIT) analysedWords.clear()
    analysedWords.set(fact, words)
  }
  return words
}
