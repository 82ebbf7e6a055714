import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { syntheticCorpus } from '../bench/synthetic-corpus.js'
import { buildCorpus } from '../src/core/facts/build-facts.js'
import { BUNDLED_GLOSSARY } from '../src/core/index/bundled-glossary.js'
import { FactIndex } from '../src/core/index/fact-index.js'
import { bundledData } from './support/targets.js'
import { searchText, type SearchFilters } from '../src/core/query/rank.js'
import { VARIABLES } from '../src/core/facts/variables.js'

/**
 * FactIndex.search stops ranking once no further hit can enter the page asked for (bounds on the
 * factors applied after MiniSearch's score). The page must still be exactly the top of the full
 * ranking, for any query and filters: on the bundled corpus and on a synthetic one with many
 * organisations (where "another organisation" ranks facts down while the ranking is made).
 */
const synthetic = () => {
  const corpus = buildCorpus(syntheticCorpus(1_000, 7))
  return { corpus, index: FactIndex.build(corpus.facts, corpus.sources, BUNDLED_GLOSSARY) }
}

const WORDS_OF_QUESTIONS = ['how much', 'how many', 'what share', 'target', 'by 2030', 'in 2023', 'since 2019', 'quanti', 'entro il 2030', 'Samsung', 'renewabel', 'emisions', 'formazzione']
const FILTERS: SearchFilters[] = [{}, { lang: 'it' }, { type: 'target' }, { topic: 'climate-strategy' }]

function checkPages(index: FactIndex, words: string[]): void {
  const query = fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, fc.constantFrom(...WORDS_OF_QUESTIONS), fc.string({ maxLength: 8 })), { maxLength: 6 })
    .map((parts) => parts.join(' '))
  fc.assert(
    fc.property(query, fc.constantFrom(1, 3, 10), fc.constantFrom(...FILTERS), (q, k, filters) => {
      const full = searchText(index, q, filters, Number.MAX_SAFE_INTEGER)
      const page = searchText(index, q, filters, k)
      expect(page.total).toBe(full.total)
      expect(page.hits).toEqual(full.hits.slice(0, k))
    }),
    { numRuns: 200 },
  )
}

/** Every way the vocabulary says people ask for a variable, alone and with a word of a question: searches that raise the facts measuring it. */
const VARIABLE_QUESTIONS = VARIABLES.flatMap((v) => [...v.asks.en, ...v.asks.it]).flatMap((ask) => [ask, `how much ${ask}`, `${ask} 2023`])

function checkVariablePages(index: FactIndex): void {
  for (const q of VARIABLE_QUESTIONS) {
    const full = searchText(index, q, {}, Number.MAX_SAFE_INTEGER)
    for (const k of [1, 3, 10]) expect(searchText(index, q, {}, k).hits, `${q} (top ${k})`).toEqual(full.hits.slice(0, k))
  }
}

const wordsOf = (texts: string[]) => [...new Set(texts.flatMap((t) => t.split(/[\s,.;:()]+/)).filter((w) => w.length > 2))]

describe('FactIndex.search pages', () => {
  it('are the top of the full ranking on the bundled corpus', async () => {
    const { index, corpus } = await bundledData()
    checkPages(index, wordsOf(corpus.facts.map((f) => f.text)))
  })

  it('are the top of the full ranking for questions naming a variable, whose measuring facts are raised', async () => {
    checkVariablePages((await bundledData()).index)
    checkVariablePages(synthetic().index)
  })

  it('are the top of the full ranking on a corpus of many organisations, named or not', () => {
    const { index, corpus } = synthetic()
    checkPages(index, [...wordsOf(corpus.facts.map((f) => f.text)), ...corpus.sources.map((s) => s.about.organization.name)])
  })
})
