import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { SearchResponseSchema } from '../src/core/http/api-schemas.js'
import { createApp } from '../src/core/http/app.js'
import { QuestionFileSchema, runQuestions, summarise } from '../scripts/evaluation.js'
import { askAnswer as ask, corpusApp, TEST_CONFIG } from './support/targets.js'

// Two invented articles whose sentences each hold several figures of different measures.
describe('the answer is the figure that measures what the question asks', () => {
  const app = corpusApp('test/fixtures/answers-corpus')

  it('picks the figure of the asked measure, not the first in the sentence', async () => {
    // Revenue comes first in the sentence; net profit is asked.
    expect((await ask(app, 'Harbour Lines net profit')).figure).toMatchObject({ value: 410_000_000, unit: 'EUR' })
    expect((await ask(app, 'Harbour Lines revenue 2024')).figure).toMatchObject({ value: 3_200_000_000, unit: 'EUR' })
    // A response-rate question does not get the first percentage.
    expect((await ask(app, 'staff survey response rate')).figure).toMatchObject({ value: 78, unit: 'percent' })
  })

  it('picks the figure in the unit, kind and role asked', async () => {
    // "How much did it cost" asks for money, not the GW beside it; "how much power" for the GW.
    expect((await ask(app, 'how much did the Rotterdam terminal cost')).figure).toMatchObject({ value: 95_000_000, unit: 'EUR' })
    expect((await ask(app, 'how much shore power does the terminal supply')).figure).toMatchObject({ value: 2, unit: 'GW' })
    // "By what year" asks for the target's year, not the quoted 40%.
    expect((await ask(app, 'by what year will Harbour Lines cut Scope 1 emissions by 40%')).figure).toMatchObject({ value: 2032, kind: 'year' })
  })

  it('answers an English question with the Italian figure of that variable, and search ranks its fact first', async () => {
    const profit = await ask(app, 'Vetreria Alpina net profit 2024')
    expect(profit.answer?.lang).toBe('it')
    expect(profit.figure).toMatchObject({ value: 18_000_000, unit: 'EUR', variable: { id: 'net-profit' } })
    const found = SearchResponseSchema.parse(await (await app.request(`/v1/search?q=${encodeURIComponent('Vetreria Alpina net profit')}`)).json())
    expect(found.results[0]?.text).toContain('utile netto')
    expect((await ask(app, 'Vetreria Alpina revenue')).figure).toMatchObject({ value: 240_000_000, unit: 'EUR' })
  })

  it('abstains when no figure measures what is asked', async () => {
    for (const q of ['how much water does Harbour Lines use', 'Vetreria Alpina CO2 emissions'])
      expect(await ask(app, q), q).toMatchObject({ answer: null, figure: null, confidence: 0 })
  })

  it('gives a weak match less confidence than a close one, and never 1', async () => {
    const close = await ask(app, 'Harbour Lines net profit')
    const weak = await ask(app, 'what share of recycled glass does Vetreria Alpina use')
    expect(weak.figure).toMatchObject({ value: 52 })
    expect(weak.confidence).toBeGreaterThan(0)
    expect(weak.confidence).toBeLessThan(close.confidence)
    expect(weak.confidence).toBeLessThan(1)
  })
})

describe('held-out questions on the seven held-out articles', () => {
  it('holds its measured level: every negative abstains, Recall@1 ≥ 42/46, every answer figure right', async () => {
    const app = createApp(await buildFromCorpus('test/fixtures/held-out/sources'), TEST_CONFIG)
    const questions = QuestionFileSchema.parse(JSON.parse(readFileSync('test/eval/held-out-questions.json', 'utf8')))
    const report = summarise(await runQuestions((path) => Promise.resolve(app.request(path)), questions))
    expect(report.negatives.abstained).toBe(report.negatives.n)
    expect(report.overall.recallAt1).toBeGreaterThanOrEqual(42 / 46)
    // The bar is 0.95; all 46 are right since the glossary bridges "new products" and "nuove referenze".
    expect(report.figures.correct).toBe(report.figures.n)
  })
})

describe('held-out question sets 2 to 13 keep their answer floors', () => {
  // How many answer figures each set gets right (of how many), as last measured; the bar is 0.95 on every set.
  // hj19's "undici punti percentuali" is labelled percent and answered in pp: the one miss of set 9.
  const floors: Array<[number, number, number]> = [[2, 19, 19], [3, 17, 17], [4, 18, 18], [5, 17, 17], [6, 17, 17], [7, 17, 17], [8, 17, 17], [9, 16, 17], [10, 13, 13], [11, 14, 14], [12, 12, 14], [13, 8, 15]]
  it.each(floors)('held-out set %i: every negative abstains and at least %i of %i answer figures are right', async (n, floor, total) => {
    const dir = `test/fixtures/held-out-${n}`
    const app = createApp(await buildFromCorpus(`${dir}/sources`), TEST_CONFIG)
    const questions = QuestionFileSchema.parse(JSON.parse(readFileSync(`${dir}/questions.json`, 'utf8')))
    const report = summarise(await runQuestions((path) => Promise.resolve(app.request(path)), questions))
    expect(report.negatives.abstained).toBe(report.negatives.n)
    expect(report.figures.n).toBe(total)
    expect(report.figures.correct).toBeGreaterThanOrEqual(floor)
  })
})
