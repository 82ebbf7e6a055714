import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { createApp } from '../src/core/http/app.js'
import { TEST_CONFIG } from './support/targets.js'
import { servedFigures } from './support/served-figures.js'

// An invented corpus (one article per language) of the ways a sentence dates another year's value.
const app = createApp(await buildFromCorpus('test/fixtures/compared-years'), TEST_CONFIG)

const figuresOf = (source: string): Promise<Figure[]> => servedFigures((path) => app.request(path), source)
const pick = (figures: Figure[], text: string) => {
  const f = figures.find((x) => x.text === text)
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(figures.map((x) => x.text))}`)
  return { role: f.role ?? null, period: f.period ?? null, periodFrom: f.periodFrom ?? null, measure: f.measure?.text ?? null }
}

describe('a year that owns a compared value', () => {
  it('dates only the value after it ("from 2023’s 3.9"); the current value takes the report year', async () => {
    const en = await figuresOf('tidewater-safety-2024')
    expect(pick(en, '3.1')).toMatchObject({ role: null, period: '2024', periodFrom: 'report' })
    expect(pick(en, '3.9')).toMatchObject({ role: 'comparison', period: '2023' })
    expect(pick(en, 'nine')).toMatchObject({ role: 'comparison', period: '2023' })
    // the possessive year only dates its value; it is no period for the next sentence either
    expect(en.filter((f) => f.text === '2023').map((f) => f.role ?? null).slice(0, 4)).toEqual([null, 'base', null, null])
    expect(pick(en, '40 hectares')).toMatchObject({ period: '2024', periodFrom: 'report' })
  })

  it.each([
    ['tidewater-safety-2024', '22 per cent', '18 per cent'],
    ['portolungo-sostenibilita-2024', '31%', '27%'],
  ])('makes a clause on the year ("from 2023 where …", "rispetto al 2023, quando …") a base with that year’s value: %s', async (source, now, then) => {
    const figures = await figuresOf(source)
    expect(pick(figures, now)).toMatchObject({ role: null, period: '2024' })
    expect(pick(figures, then)).toMatchObject({ role: 'comparison', period: '2023' })
    expect(figures.find((f) => f.text === '2023' && f.role === 'base')).toBeDefined()
  })
})

describe('a count and the year’s count it is compared with', () => {
  it('reads "zero" before a noun as a count, not "net zero"; a year’s possessive "s" names nothing', async () => {
    const en = await figuresOf('tidewater-safety-2024')
    const zero = en.find((f) => f.text === 'zero')
    expect(zero).toMatchObject({ value: 0, period: '2024', measure: { text: 'reportable spills' } })
    expect(en.filter((f) => f.value === 0)).toHaveLength(1)
    expect(pick(en, 'two')).toMatchObject({ role: 'comparison', period: '2023', measure: 'reportable spills' })
    expect(pick(en, 'nine').measure).toBe('fines')
  })
})

describe('a unit named by the measure', () => {
  it.each([
    ['tidewater-safety-2024', '12,000'],
    ['portolungo-sostenibilita-2024', '19mila'],
  ])('gives a bare count of hours ("safety training hours totalled", "le ore di formazione sono state") the unit h: %s', async (source, text) => {
    expect((await figuresOf(source)).find((f) => f.text === text)).toMatchObject({ unit: 'h', kind: 'quantity' })
  })
})

describe('what a mass weighs', () => {
  it.each([
    ['tidewater-safety-2024', '2.4 megatons', 'Scope 1 emissions'],
    ['portolungo-sostenibilita-2024', '3.200 tonnellate', 'emissioni dirette'],
  ])('qualifies the unit: the noun before the copula names the measure: %s', async (source, text, measure) => {
    expect((await figuresOf(source)).find((f) => f.text === text)).toMatchObject({ unit: 't', measure: { text: measure } })
  })
})

describe('a scale letter before a unit', () => {
  it('reads "4.2m tonnes" as 4.2 million tonnes, as "£25m" is 25 million pounds', async () => {
    expect((await figuresOf('tidewater-safety-2024')).find((f) => f.text === '4.2m tonnes')).toMatchObject({ value: 4_200_000, unit: 't', period: '2024' })
  })
})

describe('what a figure measures', () => {
  it.each([
    // a figure opening a bracket: the phrase just before it, not the sentence's first measure
    ['tidewater-safety-2024', '6 per cent', 'freshwater withdrawal'],
    ['portolungo-sostenibilita-2024', '6%', 'consumo delle risorse idriche'],
    // a bare count: the noun after it, not the phrase joined by "of"/"di" before it
    ['tidewater-safety-2024', '12', 'harbour tugs'],
    ['portolungo-sostenibilita-2024', '7', 'terminal portuali'],
    // a long noun phrase after a count runs on to its last noun
    ['tidewater-safety-2024', '9', 'small and medium Pacific island suppliers'],
    ['portolungo-sostenibilita-2024', '40', 'piccole e medie imprese agricole locali'],
    // what an Italian count is made of follows "tra" (English says "of")
    ['portolungo-sostenibilita-2024', '30', 'progetti pilota e studi'],
  ])('%s: "%s" measures "%s"', async (source, text, measure) => {
    expect((await figuresOf(source)).find((f) => f.text === text)?.measure?.text).toBe(measure)
  })

  it('gives a bracket’s figure the measure of the figure whose measure the phrase before the bracket belongs to', async () => {
    const it_ = await figuresOf('portolungo-sostenibilita-2024')
    const hours = it_.find((f) => f.text === '5.000')?.measure?.text
    expect(hours).toMatch(/^ore di formazione/u)
    expect(it_.find((f) => f.text === '10%')?.measure?.text).toBe(hours)
  })
})

describe('a year that dates something else', () => {
  it.each([
    ['tidewater-safety-2024', '95 per cent'],
    ['portolungo-sostenibilita-2024', '64%'],
  ])('an acquisition’s year ("acquired in 2015", "acquisita dal 2016") dates no figure and makes no span: %s', async (source, value) => {
    expect(pick(await figuresOf(source), value)).toMatchObject({ period: '2024', periodFrom: 'report' })
  })

  it.each([
    ['tidewater-safety-2024', '$12 million'],
    ['portolungo-sostenibilita-2024', '11 milioni di euro'],
  ])('"over the last three years", "nell’ultimo triennio": the span ending with the value’s year: %s', async (source, value) => {
    expect(pick(await figuresOf(source), value)).toMatchObject({ period: '2022/2024' })
  })
})

describe('a total since a year', () => {
  it('in brackets beside a value ("(circa 250 milioni dal 2019)") is no comparison: it runs from that year to the report’s', async () => {
    const it_ = await figuresOf('portolungo-sostenibilita-2024')
    expect(pick(it_, '250 milioni')).toMatchObject({ role: null, period: '2019/2024' })
    expect(pick(it_, '60 milioni di euro')).toMatchObject({ role: null, period: '2024' })
  })
})

describe('a list of compared values', () => {
  it.each([
    ['tidewater-safety-2024', '14', '21', '2023', '35'],
    ['portolungo-sostenibilita-2024', '8', '12', '2023', '19'],
  ])('"down from 21 the previous year and 35 in 2022": every item is a comparison with its own year: %s', async (source, now, first, firstYear, second) => {
    const figures = await figuresOf(source)
    expect(pick(figures, now)).toMatchObject({ role: null, period: '2024' })
    expect(pick(figures, first)).toMatchObject({ role: 'comparison', period: firstYear })
    expect(pick(figures, second)).toMatchObject({ role: 'comparison', period: '2022' })
  })
})

describe('a decade', () => {
  it.each([
    ['tidewater-safety-2024', '$80 million', 'decade'],
    ['portolungo-sostenibilita-2024', '30 milioni di euro', 'decennio'],
  ])('"over the past decade", "nell’ultimo decennio", a few words after the value: ten years ending with the value’s: %s', async (source, value, decade) => {
    const figures = await figuresOf(source)
    expect(pick(figures, value)).toMatchObject({ role: null, period: '2015/2024' })
    expect(figures.find((f) => f.text === decade)).toMatchObject({ value: 10, unit: 'year' })
  })

  it('"by the end of the decade" is a deadline, not ten years', async () => {
    const en = await servedFigures((path) => app.request(path), 'tidewater-safety-2024')
    expect(en.filter((f) => f.quote.includes('electrify') && f.unit === 'year')).toEqual([])
  })
})
