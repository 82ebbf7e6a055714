import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { baseLang, type Lang } from '../src/core/lang/lang-tag.js'
import type { Fact } from '../src/core/facts/fact-schema.js'
import { TOPICS } from '../src/core/facts/topics.js'
import { acronymExpander, findAcronyms } from '../src/core/index/acronyms.js'
import { analyzeTerm, analyzeText, tokenize } from '../src/core/index/analyzer.js'
import { BUNDLED_GLOSSARY } from '../src/core/index/bundled-glossary.js'
import { analyseFacts, FIELDS, valueToken, type Field } from '../src/core/index/fact-fields.js'
import { isDating } from '../src/core/facts/figure-kinds.js'
import type { FieldTerms } from '../src/core/index/postings-builder.js'
import { bundledData } from './support/targets.js'

/**
 * analyseFacts caches and reuses analyses for speed; this states each field plainly, as runs of
 * text in a language, and checks it gives the same terms and field lengths on real corpora: the
 * field's tokens (a hyphenated word also as its parts), analysed in their language, stopwords
 * counted in the length (MiniSearch counts distinct tokens before analysis) but not indexed.
 */
type Run = [Lang, string]

function glossaryRuns(text: string, lang: Lang): Run[] {
  const concepts = BUNDLED_GLOSSARY.conceptsIn(analyzeText(text, lang), lang)
  return (['en', 'it'] as const).map((l) => [l, BUNDLED_GLOSSARY.termsOf(concepts, l).join('; ')])
}

function expectedFields(facts: readonly Fact[]): Map<string, Record<Field, Run[]>> {
  const spell = acronymExpander(findAcronyms(facts.map((f) => f.text)))
  const topicLabel = new Map(TOPICS.map((t) => [t.id, t.label]))
  return new Map(
    facts.map((fact, i) => {
      const lang = baseLang(fact.lang)
      const before = facts[i - 1]
      const previous = before && before.source.id === fact.source.id && fact.citation.start - before.citation.end <= 2 ? before.text : ''
      const spelt = spell(fact.text)
      const heading = fact.citation.heading ?? ''
      const runs: Record<Field, Run[]> = {
        text: [[lang, fact.text]],
        figures: [[lang, fact.figures.map((f) => (isDating(f) ? f.text : `${f.text} ${valueToken(f.value)}`)).join(' ')]],
        gloss: [[lang, spelt], ...glossaryRuns(spelt ? `${fact.text}\n${spelt}` : fact.text, lang)],
        heading: [[lang, heading], ...glossaryRuns(heading, lang)],
        previous: previous ? [[lang, previous], ...glossaryRuns(previous, lang)] : [],
        topics: fact.topics.flatMap((t): Run[] => [['en', topicLabel.get(t)!.en], ['it', topicLabel.get(t)!.it]]),
      }
      return [fact.id, runs]
    }),
  )
}

function fieldOf(runs: Run[]): FieldTerms {
  const tokens = new Set<string>()
  const terms: string[] = []
  for (const [lang, text] of runs) {
    for (const { token } of tokenize(text)) {
      for (const word of [token, ...(token.includes('-') ? token.split('-').filter(Boolean) : [])]) {
        tokens.add(`${lang} ${word}`)
        const term = analyzeTerm(word.toLowerCase(), lang)
        if (term !== null) terms.push(term)
      }
    }
  }
  return { length: tokens.size, terms }
}

describe('analyseFacts', () => {
  it.each([
    ['the bundled corpus', bundledData],
    ['the extra test corpus', () => buildFromCorpus('test/fixtures/extra-corpus')],
  ])('gives each fact of %s the fields as stated plainly', async (_, data) => {
    const { facts } = (await data()).corpus
    const expected = expectedFields(facts)
    let seen = 0
    analyseFacts(facts, BUNDLED_GLOSSARY, (fact, fields) => {
      const runs = expected.get(fact.id)!
      FIELDS.forEach((field, f) => expect({ fact: fact.id, field, ...fields[f] }).toEqual({ fact: fact.id, field, ...fieldOf(runs[field]) }))
      seen++
    })
    expect(seen).toBe(facts.length)
    // The corpora exercise every kind of field: sentences before, headings, acronyms, hyphens.
    const all = [...expected.values()]
    expect(all.filter((r) => r.previous.length > 0).length).toBeGreaterThan(0)
    expect(all.filter((r) => r.heading[0]![1] !== '').length).toBeGreaterThan(0)
  })

  it('the bundled corpus has acronyms and hyphenated words for the test above to check', async () => {
    const { facts } = (await bundledData()).corpus
    const spell = acronymExpander(findAcronyms(facts.map((f) => f.text)))
    expect(facts.some((f) => spell(f.text) !== '')).toBe(true)
    expect(facts.some((f) => tokenize(f.text).some(({ token }) => token.includes('-')))).toBe(true)
  })
})
