import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { ObservationsSchema } from '../src/core/query/series.js'
import { TEST_CONFIG } from './support/targets.js'
import { servedFigures, type ServedFigure } from './support/served-figures.js'

const app = createApp(await buildFromCorpus('test/fixtures/dated-events'), TEST_CONFIG)

const figuresOf = (source: string) => servedFigures((path) => app.request(path), source)
/** The figure `text` of the sentence containing `words`. */
const figure = (figures: ServedFigure[], words: string, text: string) => {
  const found = figures.find((f) => f.quote.includes(words) && f.text === text)
  if (!found) throw new Error(`no figure "${text}" beside "${words}"`)
  return found
}

describe('a year that only dates something measures the event it dates', () => {
  it('takes the predicate of its clause, or of the nearest clause with a verb (English)', async () => {
    const figures = await figuresOf('harbor-mobility-2023')
    expect(figure(figures, 'refurbished', '2023').measure?.text).toBe('refurbished over 40,000 scooters')
    expect(figure(figures, 'ISO 14001', '2023').measure?.text).toBe('obtained ISO 14001 environmental management certification')
    expect(figure(figures, 'piloted', '2023').measure?.text).toBe('piloted solid-state batteries')
  })

  it('takes the predicate with its auxiliaries, past clauses without a verb (Italian)', async () => {
    const figures = await figuresOf('lagunare-trasporti-2023')
    expect(figure(figures, 'impegno', '2023').measure?.text).toMatch(/^ha annunciato il suo impegno/u)
    expect(figure(figures, 'metodologia', '2023').measure?.text).toBe("è stata sviluppata una metodologia di calcolo dell'impronta idrica")
    expect(figure(figures, 'partnership', '5 giugno').measure?.text).toBe('ha presentato la partnership')
  })

  it('keeps the measure verbatim, with the offsets of the source text', async () => {
    const source = (await (await app.request('/v1/sources/lagunare-trasporti-2023')).json()) as { text: string }
    for (const f of await figuresOf('lagunare-trasporti-2023')) if (f.measure) expect(source.text.slice(f.measure.start, f.measure.end)).toBe(f.measure.text)
  })

  it('leaves a year beside an amount in its clause with that amount’s measure', async () => {
    const figures = await figuresOf('harbor-mobility-2023')
    expect(figure(figures, 'GWh', '2023').measure?.text).toBe('electricity')
    expect(figure(await figuresOf('lagunare-trasporti-2023'), 'alberi', '2023').measure?.text).toBe('alberi')
  })
})

describe('a count that is a verb’s object measures “<noun> <verb>”', () => {
  it('names the variable by the noun and the verb, for the count and the figures and years that share its measure (English)', async () => {
    const figures = await figuresOf('harbor-mobility-2023')
    const count = figure(figures, 'refurbished', '40,000')
    expect(count.measure?.text).toBe('scooters')
    expect(count.variable).toMatchObject({ name: 'scooters refurbished' })
    expect(figure(figures, 'refurbished', '12%').variable?.id).toBe(count.variable?.id)
    expect(figure(figures, 'refurbished', '2022').variable?.id).toBe(`${count.variable?.id}-year`)
    expect(figure(figures, 'refurbished', '2023').variable?.id).toBe(`${count.variable?.id}-year`)
  })

  it('reads the participle after its auxiliary (Italian), and the series is the verb’s', async () => {
    const count = figure(await figuresOf('lagunare-trasporti-2023'), 'alberi', '8.000')
    expect(count.variable?.name).toBe('alberi piantato')
    const res = await app.request(`/v1/observations?variable=${count.variable!.id}`)
    const { series } = ObservationsSchema.parse(await res.json())
    expect(series.map((s) => [s.variable.id, s.points.map((p) => p.value)])).toEqual([[count.variable!.id, [8000]]])
  })

  it('does not join a verb that only links a measure to its value', async () => {
    const figures = await figuresOf('harbor-mobility-2023')
    expect(figure(figures, 'fleet reached', '1,200').variable?.name).toBe('vehicles')
  })
})

describe('whose a dated event and a count of parts are', () => {
  it('gives a year the party that does its event, not a party in its object', async () => {
    const figures = await figuresOf('marlow-cosmetics-2022')
    expect(figure(figures, 'water use of its plants', '2022').subject?.name).toBe('Marlow Cosmetics')
    // the value is still the plants'
    expect(figure(figures, 'water use of its plants', '30%').subject?.name).toBe('plants')
    expect(figure(figures, 'the factory near Leeds', '2022').subject?.name).toBe('factory')
  })

  it('reads "N of its factories" as a count of the organisation’s parts, not their figure', async () => {
    expect(figure(await figuresOf('marlow-cosmetics-2022'), 'ran on solar power', '12').subject?.name).toBe('Marlow Cosmetics')
  })
})
