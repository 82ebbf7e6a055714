import { describe, expect, it } from 'vitest'
import { askAnswer as ask, corpusApp } from './support/targets.js'

// Two invented articles whose figures answer only when the question's base year, deadline and
// measure are read the way the sentence states them.
describe('the figure /v1/answer chooses by the asked base year, deadline and measure', () => {
  const app = corpusApp('test/fixtures/answer-roles-corpus')

  it('reads the base year of a change stated as a noun or against "il dato del"', async () => {
    // "a 41% reduction … since 2015": 2015 is the base, so "since 2015" is met.
    expect((await ask(app, 'Harbourline fleet fuel emissions reduction since 2015')).figure).toMatchObject({ value: 41, unit: 'percent', baseYear: 2015 })
    // "rispetto al dato del 2018": the base of the 38% cut.
    expect((await ask(app, 'Vetreria Alpina riduzione emissioni dei forni al 2030 rispetto al 2018')).figure).toMatchObject({ value: 38, unit: 'percent', baseYear: 2018 })
  })

  it('gives the goal of the deadline asked, in a clause that elides its measure', async () => {
    // "cutting the freshwater use … by 12% by 2026 and of 35% by 2030": the 35% is the 2030 goal of the same measure.
    const answer = await ask(app, 'by how much will Harbourline cut the freshwater use of its shipyards by 2030')
    expect(answer.figure).toMatchObject({ value: 35, unit: 'percent', targetYear: 2030 })
  })

  it('takes a signed target as the change a goal asks for', async () => {
    // "sceso … del 12% rispetto alla baseline del 2019, in linea con il target del -25%": the goal is the -25%.
    expect((await ask(app, 'obiettivo di riduzione del tasso di scarto dei forni di Vetreria Alpina a fine anno')).figure).toMatchObject({ value: 25, unit: 'percent', role: 'target' })
    expect((await ask(app, 'calo del tasso di scarto dei forni di Vetreria Alpina rispetto al 2019')).figure).toMatchObject({ value: 12, baseYear: 2019 })
  })

  it('abstains when only the heading, not the figure, names the measure asked', async () => {
    // "## Passenger terminal emissions" over "100% of the electricity used there came from renewable sources": no emissions figure.
    const answer = await ask(app, 'Harbourline passenger terminal emissions in 2024')
    expect(answer).toMatchObject({ answer: null, figure: null, confidence: 0 })
  })

  it('gives the figure of the year asked, an earlier year\'s comparison included', async () => {
    // "31% … at the end of 2024, ahead of its 2025 target of 30% (27% in 2023)": 2023 is the 27%.
    expect((await ask(app, 'share of women in senior officer posts at Harbourline in 2023')).figure).toMatchObject({ value: 27, unit: 'percent', period: '2023' })
    expect((await ask(app, 'share of women in senior officer posts at Harbourline in 2024')).figure).toMatchObject({ value: 31, unit: 'percent' })
  })

  it('does not answer "how much" with a share', async () => {
    // "40% of the water it used was recycled" says nothing of how much water it withdrew.
    expect(await ask(app, 'how much water did Harbourline withdraw in 2024')).toMatchObject({ answer: null, figure: null })
  })

  it('reads a clause of a change verb and a figure ("per salire al 30%") as elided', async () => {
    // "Le donne assunte dovranno essere il 22% nel 2026, per salire al 30% nel 2030": the 30% is of women hired.
    expect((await ask(app, 'percentuale di donne assunte da Vetreria Alpina nel 2030')).figure).toMatchObject({ value: 30, unit: 'percent' })
  })

  it('gives the base year of a goal asked as "base year" or "anno base", in either language', async () => {
    // "by 45% by 2032, from an earlier 2019 baseline": 2019 is the base of the ferries' goal, though "baseline" is all its own clause says.
    expect((await ask(app, "base year of Harbourline's ferry emissions goal")).figure).toMatchObject({ value: 2019, role: 'base' })
    expect((await ask(app, "anno base dell'obiettivo sulle emissioni dei traghetti di Harbourline")).figure).toMatchObject({ value: 2019, role: 'base' })
  })

  it('prefers the figure named in the asked words to one named by a synonym', async () => {
    // The glossary makes "utile netto" and "risultato operativo" both profit; the question names the second.
    expect((await ask(app, 'risultato operativo di Vetreria Alpina previsto per il 2027')).figure).toMatchObject({ value: 55_000_000, unit: 'EUR' })
  })

  it('finds the order backlog under the name Italian shipbuilders give it', async () => {
    // "carico di lavoro complessivo" is the backlog: an English question finds it through the vocabulary.
    expect((await ask(app, "how large is Vetreria Alpina's order backlog")).figure).toMatchObject({ value: 1_200_000_000, unit: 'EUR', variable: { id: 'order-backlog' } })
  })

  it('gives the listed figure whose own clause names what is asked', async () => {
    // "58% di laureati nella popolazione aziendale di Gruppo e 36% nel management": the 36% is of the management,
    // though each figure's words name one of the two asked words as nearly as the other's do.
    expect((await ask(app, 'Vetreria Alpina laureati nel management 2024')).figure).toMatchObject({ value: 36, unit: 'percent' })
  })

  it('reads emissions of natural gas as methane emissions, across languages', async () => {
    expect((await ask(app, 'by how much did Vetreria Alpina cut methane emissions')).figure).toMatchObject({ value: 12, unit: 'percent', variable: { id: 'methane-emissions' } })
  })

  it('does not answer for Scope 3 with a figure of a sentence that names only Scope 1', async () => {
    expect((await ask(app, 'Harbourline tugboats Scope 1 emissions reduction target for 2030')).figure).toMatchObject({ value: 25, unit: 'percent' })
    expect(await ask(app, 'Harbourline tugboats Scope 3 emissions reduction target for 2030')).toMatchObject({ answer: null, figure: null })
  })
})
