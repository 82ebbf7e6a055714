import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyClaim, isEditorial } from '../src/core/facts/claims.js'
import { ClaimTypeSchema, ParsedFigureSchema } from '../src/core/facts/fact-schema.js'
import { mayHoldFigure, parseFigures } from '../src/core/facts/figures.js'
import { splitSentences } from '../src/core/facts/segment.js'
import { TOPICS, tagTopics } from '../src/core/facts/topics.js'

/**
 * Fuzzing the pure pipeline stages on text no article would contain: they must never throw (one
 * odd sentence must not stop a corpus build) and every offset they return must point into the text.
 */

const RUNS = 300

/** Pieces of ESG prose that stress number, unit, range and abbreviation handling in both languages. */
const TOKENS = [
  '24.1', '42.000', '99,35%', '1,234,567', '1.234.567,89', '0,', ',5', '.5', '5.', '1e9', '-5%', '+3,2 %', '½', '2024', '2020-2030', '2019–2024', '1.2.3',
  'billion', 'million', 'miliardi', 'milioni', 'mld', 'mln', 'RMB', 'CNY', 'USD', '$', '€', '¥', '%', 'per cent', 'percento', 'tCO2e', 'tonnes', 'tonnellate', 'MWh', 'kWh', 'GW',
  'by 2030', 'entro il 2030', 'from 2019', 'rispetto al 2019', 'between', 'and', 'tra', 'e', 'compared with', 'Scope 3', 'ISO 14001', 'COP29', 'circa', 'oltre', 'over', 'up to', 'fino a',
  'approx.', 'Mr.', 'S.p.A.', 'Inc.', 'e.g.', 'No.', 'n.', 'art.', 'U.S.', 'J.', '"', '“', '”', '«', '»', '(', ')', '[', '…', '.', '!', '?', ';', ':', '\n', '\n\n', ' ', '  ', '\t',
  'The', 'Il', 'company', "l'azienda", 'aims', 'to reduce', 'ridurre', 'achieved', 'ha raggiunto', 'invested', 'ha investito', 'emissions', 'emissioni', 'renewable', 'rinnovabile',
  'subscribe', 'iscriviti', 'we will write', 'certified', 'certificata', 'target', 'obiettivo', 'R&D', 'ESG', 'CSRD',
  // Words that are also property names of every JavaScript object: a lookup table keyed by words must not find them.
  'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf',
]

const prose = (separator: string) => fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(separator))
const text = fc.oneof(
  prose(' '),
  // Glued tokens: numbers, units and punctuation with no space between them.
  prose(''),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,%-–/ €$e+'.split('')), maxLength: 120 }),
)
const lang = fc.constantFrom('en', 'it', 'it-IT', 'en-GB', 'IT', 'fr', '')

describe('pipeline fuzzing', () => {
  it('splitSentences returns trimmed, ordered, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        let previousEnd = 0
        for (const { start, end } of splitSentences(t, l)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(t.length)
          expect(t.slice(start, end)).toBe(t.slice(start, end).trim())
          previousEnd = end
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('parseFigures returns valid figures whose offsets slice out their text, in order, never overlapping', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        let previousEnd = 0
        for (const f of parseFigures(t, l)) {
          ParsedFigureSchema.parse(f)
          expect(t.slice(f.start, f.end)).toBe(f.text)
          expect(f.end).toBeGreaterThan(f.start)
          expect(f.end).toBeLessThanOrEqual(t.length)
          expect(f.start).toBeGreaterThanOrEqual(previousEnd)
          expect(Number.isFinite(f.value)).toBe(true)
          previousEnd = f.end
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('mayHoldFigure is false only for texts where parseFigures finds nothing, in either language', () => {
    const words = fc.array(fc.constantFrom(...TOKENS, 'a quarter', 'tre quarti', 'halved', 'dimezzare', 'duecentomila', 'a dozen', 'a hundred', 'metà', 'sesta', 'nothing', 'niente'), { maxLength: 12 })
    fc.assert(
      fc.property(fc.oneof(text, words.map((w) => w.join(' '))), (t) => {
        if (!mayHoldFigure(t)) expect([...parseFigures(t, 'en'), ...parseFigures(t, 'it')]).toEqual([])
      }),
      { numRuns: RUNS * 3 },
    )
    expect(mayHoldFigure('renewable energy target')).toBe(false)
    expect(mayHoldFigure('a quarter of the fleet')).toBe(true)
  })

  it('the sentence-level classifiers never throw and return values in their domains', () => {
    const topicIds = new Set(TOPICS.map((t) => t.id))
    fc.assert(
      fc.property(text, lang, fc.boolean(), fc.option(text, { nil: undefined }), (t, l, hasFigures, heading) => {
        expect(typeof isEditorial(t, l)).toBe('boolean')
        ClaimTypeSchema.parse(classifyClaim(t, l, hasFigures))
        for (const id of tagTopics(t, l, heading)) expect(topicIds.has(id)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('stays fast on 20 KB of number-heavy text (no catastrophic backtracking)', () => {
    const big = fc.array(fc.constantFrom(...TOKENS), { minLength: 4000, maxLength: 4000 }).map((parts) => parts.join(' ').slice(0, 20_000))
    fc.assert(
      fc.property(big, lang, (t, l) => {
        const started = performance.now()
        for (const { start, end } of splitSentences(t, l)) {
          const sentence = t.slice(start, end)
          parseFigures(sentence, l)
          classifyClaim(sentence, l, true)
          isEditorial(sentence, l)
          tagTopics(sentence, l)
        }
        parseFigures(t, l)
        expect(performance.now() - started).toBeLessThan(2000)
      }),
      { numRuns: 10 },
    )
  })
})
