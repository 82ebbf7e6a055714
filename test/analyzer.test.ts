import { describe, expect, it } from 'vitest'
import { analyzeTerm, analyzeText, isStopword, queryTerms, tokenize } from '../src/core/index/analyzer.js'

describe('tokenize', () => {
  it('keeps ESG identifiers, compounds, decimals and percentages whole', () => {
    const text = 'R&D spend of RMB 24.1 billion (24,1 miliardi); 99.35% of e-waste, 5 tCO2e of CO2 via trade-in.'
    expect(tokenize(text).map((t) => t.token)).toEqual([
      'R&D', 'spend', 'of', 'RMB', '24.1', 'billion', '24,1', 'miliardi', '99.35%', 'of', 'e-waste', '5', 'tCO2e', 'of', 'CO2', 'via', 'trade-in',
    ])
  })

  it('reports offsets that slice back to the token', () => {
    const text = "L'impegno verso il 100% di elettricità rinnovabile entro il 2035."
    for (const { token, start, end } of tokenize(text)) expect(text.slice(start, end)).toBe(token)
  })

  it('does not swallow sentence punctuation or list commas into numbers', () => {
    expect(tokenize('in 2024. Then 3, 4 and 5').map((t) => t.token)).toEqual(['in', '2024', 'Then', '3', '4', 'and', '5'])
  })

  it("splits Italian elisions and drops English clitics", () => {
    expect(tokenize("Xiaomi's goal doesn't change dell’acqua").map((t) => t.token)).toEqual(['Xiaomi', 'goal', 'doesn', 'change', 'dell', 'acqua'])
  })
})

describe('stopwords', () => {
  it.each(['net', 'zero', 'million', 'billion', 'over', 'more', 'first', 'new', 'one', 'well', 'still', 'up'])('keeps English "%s"', (word) => {
    expect(isStopword(word, 'en')).toBe(false)
    expect(analyzeTerm(word, 'en')).not.toBeNull()
  })

  it.each(['milioni', 'miliardi', 'oltre', 'più', 'due', 'sei', 'metà', 'fine', 'totale'])('keeps Italian "%s"', (word) => {
    expect(isStopword(word, 'it')).toBe(false)
    expect(analyzeTerm(word, 'it')).not.toBeNull()
  })

  it('drops question phrasing in both languages', () => {
    for (const word of ['how', 'much', 'many', 'what', 'which', 'when', 'does', 'did', 'has', 'have', 'had', 'not']) expect(isStopword(word, 'en')).toBe(true)
    for (const word of ['quanto', 'quanti', 'quante', 'quale', 'quali', 'cosa', 'come', 'quando', 'non', 'tra']) expect(isStopword(word, 'it')).toBe(true)
  })

  it('matches stopwords case- and accent-insensitively', () => {
    expect(isStopword('Perche', 'it')).toBe(true)
    expect(analyzeTerm('PERCHÉ', 'it')).toBeNull()
  })
})

describe('analyzeTerm', () => {
  it('unifies singular and plural in both languages', () => {
    expect(analyzeTerm('emissions', 'en')).toBe(analyzeTerm('emission', 'en'))
    expect(analyzeTerm('Emissioni', 'it')).toBe(analyzeTerm('emissione', 'it'))
    expect(analyzeTerm('rinnovabili', 'it')).toBe(analyzeTerm('rinnovabile', 'it'))
    expect(analyzeTerm('trade-ins', 'en')).toBe(analyzeTerm('trade-in', 'en'))
  })

  it('gives the same form with or without accents', () => {
    expect(analyzeTerm('elettricità', 'it')).toBe(analyzeTerm('elettricita', 'it'))
  })

  it('keeps numbers, percentages and identifiers as written, lowercased', () => {
    expect(analyzeTerm('99.35%', 'en')).toBe('99.35%')
    expect(analyzeTerm('24,1', 'it')).toBe('24,1')
    expect(analyzeTerm('tCO2e', 'en')).toBe('tco2e')
    expect(analyzeTerm('CO₂', 'en')).toBe('co2')
    expect(analyzeTerm('R&D', 'it')).toBe('r&d')
  })

  it('returns the memoised result on repeated calls', () => {
    const first = analyzeTerm('Refurbishment', 'en')
    expect(first).toBe('refurbish')
    expect(analyzeTerm('Refurbishment', 'en')).toBe(first)
  })
})

describe('analyzeText', () => {
  it('drops stopwords and stems in order', () => {
    expect(analyzeText('the emissions of the factories', 'en')).toEqual(['emiss', 'factori'])
  })
})

describe('queryTerms', () => {
  it('returns the distinct forms under both languages', () => {
    expect(queryTerms('elettricità')).toEqual(['elettricita', 'elettric'])
    expect(queryTerms('2035')).toEqual(['2035'])
  })

  it('is empty for a word that is a stopword in both languages', () => {
    expect(queryTerms('a')).toEqual([])
    expect(queryTerms('in')).toEqual([])
  })

  it('drops a word that is a function word in either language, so it cannot count as unmatched', () => {
    expect(queryTerms('how')).toEqual([])
    expect(queryTerms('della')).toEqual([])
    expect(queryTerms('rinnovabile').length).toBeGreaterThan(0)
  })
})
