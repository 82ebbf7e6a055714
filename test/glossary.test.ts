import { describe, expect, it } from 'vitest'
import data from '../src/core/index/glossary.json' with { type: 'json' }
import { analyzeText, isStopword, queryTerms, tokenize } from '../src/core/index/analyzer.js'
import { BUNDLED_GLOSSARY } from '../src/core/index/bundled-glossary.js'
import { Glossary, GlossarySchema, parseGlossary, type Concept } from '../src/core/index/glossary.js'

const GLOSSARY = data as Concept[]
const findConcepts = (text: string, lang: 'en' | 'it') => BUNDLED_GLOSSARY.findConcepts(text, lang)
/** The glossary terms, per language, that the index adds to a text in `lang`. */
const expandWithGlossary = (text: string, lang: 'en' | 'it', glossary: Glossary = BUNDLED_GLOSSARY) => {
  const concepts = glossary.conceptsIn(analyzeText(text, lang), lang)
  return { en: glossary.termsOf(concepts, 'en'), it: glossary.termsOf(concepts, 'it') }
}

const ids = (concepts: readonly { id: string }[]) => concepts.map((c) => c.id)

describe('glossary file', () => {
  it('validates against the schema', () => {
    expect(GlossarySchema.safeParse(data).success).toBe(true)
  })

  it('is broad (350+ concepts across sectors) with unique ids and terms in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(350)
    expect(new Set(ids(GLOSSARY)).size).toBe(GLOSSARY.length)
    for (const concept of GLOSSARY) {
      expect(concept.en.length, concept.id).toBeGreaterThan(0)
      expect(concept.it.length, concept.id).toBeGreaterThan(0)
    }
  })

  it('rejects duplicate ids, empty languages and stopword-only terms', () => {
    const concept = { id: 'water', en: ['water'], it: ['acqua'] }
    expect(GlossarySchema.safeParse([concept, concept]).success).toBe(false)
    expect(GlossarySchema.safeParse([{ ...concept, it: [] }]).success).toBe(false)
    expect(GlossarySchema.safeParse([{ ...concept, en: ['by the'] }]).success).toBe(false)
    expect(GlossarySchema.safeParse([{ ...concept, id: 'Water Use' }]).success).toBe(false)
  })

  it('stops a build with an error naming the file and the entry', () => {
    expect(() => parseGlossary([{ id: 'water', en: ['water'], it: [] }], 'glossary.json')).toThrow(/^esg-facts: invalid glossary \(glossary\.json\):[\s\S]*\[0\]\.it/)
  })

  it('works the same loaded from its JSON as analysed from the file (a start loads it with the index)', () => {
    const loaded = Glossary.fromJSON(JSON.parse(JSON.stringify(BUNDLED_GLOSSARY)))
    for (const [text, lang] of [['La neutralità delle emissioni di carbonio', 'it'], ['smart factories and GHG emissions', 'en']] as const) {
      expect(loaded.findConcepts(text, lang)).toEqual(BUNDLED_GLOSSARY.findConcepts(text, lang))
      expect(expandWithGlossary(text, lang, loaded)).toEqual(expandWithGlossary(text, lang))
    }
    for (const term of ['emiss', 'revenu', 'work', 'gatto']) expect(loaded.isWord(term)).toBe(BUNDLED_GLOSSARY.isWord(term))
    expect(BUNDLED_GLOSSARY.isWord('work')).toBe(false)
  })
})

describe('Glossary.findConcepts', () => {
  it('matches multi-word terms only as consecutive analysed tokens', () => {
    expect(ids(findConcepts('The smart factory reached a high automation rate.', 'en'))).toEqual(
      expect.arrayContaining(['smart-factory', 'automation-rate']),
    )
    expect(ids(findConcepts('A smart design for the factory.', 'en'))).not.toContain('smart-factory')
  })

  it('matches across stopwords, inflections and accents', () => {
    expect(ids(findConcepts('la neutralità delle emissioni di carbonio', 'it'))).toContain('carbon-neutrality')
    expect(ids(findConcepts('NEUTRALITA DELLE EMISSIONI DI CARBONIO', 'it'))).toContain('carbon-neutrality')
    expect(ids(findConcepts('smart factories', 'en'))).toContain('smart-factory')
  })

  it('reads a text in the language it is given', () => {
    expect(ids(findConcepts('sovvenzioni', 'it'))).toContain('grants')
    expect(ids(findConcepts('grants', 'it'))).not.toContain('grants')
  })

  it('unifies Italian future and past forms the stemmer leaves apart', () => {
    expect(ids(findConcepts('Il gruppo investirà 120 milioni', 'it'))).toContain('investment')
    expect(ids(findConcepts('le emissioni sono scese', 'it'))).toContain('decrease')
  })

  it('keeps Italian carbon ("carbonica", "carbonio") apart from coal ("carbone"), which stem alike', () => {
    expect(ids(findConcepts('la neutralità carbonica e il carbonio', 'it'))).not.toContain('coal')
    expect(ids(findConcepts("l'uscita dal carbone", 'it'))).toContain('coal')
  })

  it('finds nothing in text without ESG vocabulary', () => {
    expect(findConcepts('Il gatto dorme sul divano.', 'it')).toEqual([])
  })
})

// Each pair must meet end to end: every word of a query in one language reaches a sentence in the
// other language through that sentence's glossary expansion, analysed the way the index does.
const PAIRS: Array<{ en: string; it: string; concept: string }> = [
  { en: 'carbon neutrality', it: 'neutralità delle emissioni di carbonio', concept: 'carbon-neutrality' },
  { en: 'renewable electricity', it: 'elettricità rinnovabile', concept: 'renewable-electricity' },
  { en: 'refurbished', it: 'ricondizionati', concept: 'refurbishment' },
  { en: 'smart factory', it: 'fabbrica intelligente', concept: 'smart-factory' },
  { en: 'automation rate', it: 'tasso di automazione', concept: 'automation-rate' },
  { en: 'grants', it: 'sovvenzioni', concept: 'grants' },
  { en: 'water stewardship', it: "gestione responsabile dell'acqua", concept: 'water-stewardship' },
  // Sector vocabulary from held-out articles (airline, fashion, cement): general terms, not their phrasing.
  { en: 'passengers', it: 'passeggeri', concept: 'passengers' },
  { en: 'used clothes', it: 'abiti usati', concept: 'used-clothing' },
  { en: 'stores', it: 'negozi', concept: 'stores' },
  { en: 'SAF', it: "carburante sostenibile per l'aviazione", concept: 'sustainable-aviation-fuel' },
  { en: 'thermal substitution rate', it: 'tasso di sostituzione termica', concept: 'thermal-substitution-rate' },
  { en: 'carbon capture', it: 'cattura della CO2', concept: 'carbon-capture' },
  { en: 'scope 1 and 2', it: 'emissioni operative', concept: 'operational-emissions' },
]

/** True when every content word of the query (written in `queryLang`) has a query form among the expansion's terms. */
function reaches(query: string, queryLang: 'en' | 'it', expansion: readonly string[], expansionLang: 'en' | 'it'): boolean {
  const indexed = new Set(expansion.flatMap((term) => analyzeText(term, expansionLang)))
  const words = tokenize(query)
    .filter(({ token }) => !isStopword(token, queryLang))
    .map(({ token }) => queryTerms(token))
  return words.length > 0 && words.every((forms) => forms.some((form) => indexed.has(form)))
}

describe.each(PAIRS)('cross-lingual pair "$en" ↔ "$it"', ({ en, it: italian, concept }) => {
  const enSentence = `In 2024 the company disclosed its ${en} figures.`
  const itSentence = `Nel 2024 l'azienda ha comunicato i dati su ${italian}.`

  it('both phrasings find the same concept', () => {
    expect(ids(findConcepts(enSentence, 'en'))).toContain(concept)
    expect(ids(findConcepts(itSentence, 'it'))).toContain(concept)
  })

  it('an English query reaches the Italian sentence through its English expansion', () => {
    expect(reaches(en, 'en', expandWithGlossary(itSentence, 'it').en, 'en')).toBe(true)
  })

  it('an Italian query reaches the English sentence through its Italian expansion', () => {
    expect(reaches(italian, 'it', expandWithGlossary(enSentence, 'en').it, 'it')).toBe(true)
  })
})

describe('reaches (test helper)', () => {
  it('fails when a query word has no counterpart', () => {
    expect(reaches('smart factory', 'en', expandWithGlossary('la fabbrica', 'it').en, 'en')).toBe(false)
  })
})

describe('Glossary.termsOf', () => {
  it('keeps proper names out of translation but expands the concept inside them', () => {
    const expansion = expandWithGlossary('the first commercial building with Alliance for Water Stewardship certification', 'en')
    expect(expansion.it).toContain("gestione responsabile dell'acqua")
    expect(expansion.it).toContain('certificazione')
    expect(expansion.it.join('; ')).not.toMatch(/alleanza per/i)
  })

  it('gives no terms when no concept occurs', () => {
    expect(expandWithGlossary('Il gatto dorme.', 'it')).toEqual({ en: [], it: [] })
  })

  it('lists each term once even when several sentences repeat a concept', () => {
    const { en } = expandWithGlossary('rifiuti e rifiuti, ancora rifiuti', 'it')
    expect(en.filter((term) => term === 'waste')).toHaveLength(1)
  })
})
