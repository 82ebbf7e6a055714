import { describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { ObservationsSchema } from '../src/core/query/series.js'
import { askAnswer as ask, corpusApp } from './support/targets.js'

type App = Pick<ReturnType<typeof createApp>, 'request'>
const observations = async (app: App, query: string) => ObservationsSchema.parse(await (await app.request(`/v1/observations?${query}`)).json())

// Two invented articles whose figures' measures sit where simple reading goes wrong: behind a verb,
// a relative clause, a preposition, a decimal comma or a rate's "per".
describe('what a figure measures, as /v1/answer and /v1/observations serve it', () => {
  const app = corpusApp('test/fixtures/measure-corpus')

  it('names the noun, never the verb or preposition beside the figure', async () => {
    // "is targeting a 30,000 tonne reduction": the measure is the CO2 emissions of the clause before, not "targeting".
    const target = await ask(app, 'how big a cut in tonnes of CO2 is Northwind aiming for in 2027')
    expect(target.figure).toMatchObject({ value: 30_000, unit: 't', role: 'target', measure: { text: 'CO2 emissions from its delivery fleet' } })
    // "across scope 1, 2 and 3 by 16%": the emissions, not "2 and 3".
    const scopes = await ask(app, 'Northwind absolute emissions reduction since 2019')
    expect(scopes.figure).toMatchObject({ value: 16, unit: 'percent', measure: { text: 'absolute emissions across scope 1, 2 and 3' } })
    // "Electricity use, which increased by 4%": the noun the relative clause tells of.
    const { series } = await observations(app, 'q=electricity')
    expect(series.map((s) => [s.points.map((p) => p.value), s.variable.name])).toEqual([[[4], 'Electricity use']])
  })

  it('keeps a rate whole: its unit, and its measure not the denominator', async () => {
    const water = await ask(app, 'Northwind water use per hectolitre in its breweries')
    expect(water.figure).toMatchObject({ value: 2.9, unit: 'hl/hl' })
    expect(water.figure?.measure?.text).toContain('water use')
    // "0,42 euro per azione (0,35 euro per azione nel 2023) per un totale … di 61 milioni": all three are the dividend.
    const dividend = await ask(app, 'dividendo per azione di Cartiera Nordica')
    expect(dividend.figure).toMatchObject({ value: 0.42, unit: 'EUR', measure: { text: 'dividendo' } })
    const points = (await observations(app, 'q=dividendo')).series.flatMap((s) => s.points.map((p) => [p.value, p.period ?? null, s.role]))
    expect(points).toEqual(expect.arrayContaining([[0.42, '2024', null], [0.35, '2023', 'comparison'], [61_000_000, '2024', null]]))
  })

  it('reads a clause back to the noun it tells of, in Italian', async () => {
    // ", sceso del 6%" and "… – Scope 1 e 2 – che registrano un calo dell'11%".
    expect((await ask(app, "di quanto è sceso l'indice di frequenza degli infortuni di Cartiera Nordica")).figure).toMatchObject({
      value: 6,
      measure: { text: 'indice di frequenza degli infortuni' },
    })
    expect((await ask(app, 'Cartiera Nordica calo delle emissioni di CO2 Scope 1 e 2')).figure).toMatchObject({
      value: 11,
      measure: { text: 'emissioni di CO2 degli stabilimenti' },
      variable: { id: 'ghg-emissions-reduction' },
    })
  })

  it('takes a base year asked for from the figure\'s own clause', async () => {
    // "un calo dell'11% rispetto al 2023 e del 30% rispetto al 2018": the 30% is the one against 2018.
    expect((await ask(app, 'calo delle emissioni di CO2 di Cartiera Nordica rispetto al 2018')).figure).toMatchObject({ value: 30, unit: 'percent' })
  })

  it('gives a predicate said of a list of figures to each of them alike, so the measure decides', async () => {
    // "il 70% degli acquisti, il 55% dei ricavi e il 40% dei costi operativi sono riferibili ad attività sostenibili"
    const revenue = await ask(app, 'quota dei ricavi di Cartiera Nordica riferibili ad attività sostenibili')
    expect(revenue.figure).toMatchObject({ value: 55, unit: 'percent', measure: { text: 'ricavi' } })
  })

  it('answers "how many years" with the rank of the year counted', async () => {
    // "the brewer's 15th year of sustainability reporting", not the "3 million cans … per year" of the report's sentence.
    expect((await ask(app, 'how many years has Northwind Brewing published sustainability reports')).figure).toMatchObject({ value: 15, kind: 'ordinal' })
  })

  it('abstains when no figure measures what is asked', async () => {
    expect(await ask(app, 'how much did Northwind Brewing spend on advertising')).toMatchObject({ answer: null, figure: null })
  })
})
