import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { askAnswer as ask, corpusApp, TEST_CONFIG } from './support/targets.js'

// Invented articles whose answers hang on how a figure relates to the others of its sentence.
describe('the answer reads a figure through the figures it belongs with', () => {
  const app = corpusApp('test/fixtures/answer-choice-corpus')

  it('answers a question about the earlier year with the value quoted for comparison', async () => {
    // "…cut to four, as compared to 11 in 2023": 11 counts the same spills as four.
    expect((await ask(app, 'how many serious water spills did Ridge Copper have in 2023')).figure).toMatchObject({ value: 11, role: 'comparison' })
    expect((await ask(app, 'how many serious water spills did Ridge Copper have in 2024')).figure).toMatchObject({ value: 4 })
    // The comparison is with the value in its own unit, not with the change between them ("(-3%)").
    expect((await ask(app, 'margine di interesse di Banca Dolomiti nel 2023')).figure).toMatchObject({ value: 630_000_000, unit: 'EUR', role: 'comparison' })
    expect((await ask(app, 'margine di interesse di Banca Dolomiti nel 2024')).figure).toMatchObject({ value: 610_000_000, unit: 'EUR' })
  })

  it('abstains when the question names a variable and the sentence found states no figure', async () => {
    // "Ridge Copper monitors the water consumption of every site…" says nothing of how much.
    expect(await ask(app, 'Ridge Copper water consumption in 2024')).toMatchObject({ answer: null, figure: null, confidence: 0 })
  })

  it('takes "money" for the kind of number asked, not a word the sentence must match', async () => {
    // "plans to spend another USD 800m on it towards 2030": no sentence says "money" or "put".
    expect((await ask(app, 'how much more money does Ridge Copper plan to put into tailings safety up to 2030')).figure).toMatchObject({ value: 800_000_000, unit: 'USD' })
  })

  it("finds a bank's Italian 'finanziamenti' for an English question about its lending", async () => {
    const a = await ask(app, "what share of Banca Dolomiti's lending went to small and medium enterprises")
    expect(a.answer?.lang).toBe('it')
    expect(a.figure).toMatchObject({ value: 38, unit: 'percent' })
  })

  it('answers "since what year" with the year the sentence writes after "since"', async () => {
    // "…in a standalone document since 2012", not the 2024 of the report that was just published.
    expect((await ask(app, 'since what year has Ridge Copper published a standalone sustainability report')).figure).toMatchObject({ value: 2012, kind: 'year' })
  })

  it('reads "Scope 1 and 2" as one name, not two clauses', async () => {
    // "cutting Scope 1 and 2 CO2 emissions by 45% by 2030 … as well as a 25% carbon intensity reduction by 2030".
    expect((await ask(app, 'Ridge Copper Scope 1 and 2 CO2 emissions reduction target 2030')).figure).toMatchObject({ value: 45, unit: 'percent', role: 'target' })
  })

  it('answers a question about a year with the value of that year, not a goal the best-ranked headline sets', async () => {
    // The headline's "95% … by 2030" ranks first; "70% of the company’s energy generation" is the 2024 value.
    expect((await ask(app, "what share of Fjordvik's power and heat output came from renewables in 2024")).figure).toMatchObject({ value: 70, unit: 'percent' })
  })

  it("finds an English grocer's 'bakery goods' for an Italian question about 'prodotti da forno'", async () => {
    const a = await ask(app, 'quota dei prodotti da forno sullo spreco alimentare di Northgate Grocers')
    expect(a.answer?.text).toContain('bakery goods')
    expect(a.figure).toMatchObject({ value: 31, unit: 'percent' })
  })

  it('answers "how much has it improved" with the share of the change, where "how much" alone asks for an amount', async () => {
    // "In 2024 Ridge Copper improved the energy efficiency of its smelter by 7%."
    expect((await ask(app, 'how much has Ridge Copper improved its energy efficiency')).figure).toMatchObject({ value: 7, unit: 'percent' })
  })

  it('abstains on "water intensity" where the sentence gives only a carbon intensity, and answers for the carbon one', async () => {
    // "… as well as a 25% carbon intensity reduction by 2030."
    expect(await ask(app, 'Ridge Copper water intensity reduction target')).toMatchObject({ answer: null, figure: null })
    expect((await ask(app, 'Ridge Copper carbon intensity reduction target')).figure).toMatchObject({ value: 25, unit: 'percent' })
  })

  it('answers "by what year" with a deadline that leads the goal it sets', async () => {
    // "by 2028, for instance, the company intends to make its whole haul truck fleet battery-electric": the goal follows its year.
    expect((await ask(app, 'by what year will Ridge Copper make its haul truck fleet battery-electric')).figure).toMatchObject({ value: 2028, kind: 'year', role: 'target' })
  })
})

describe('the answer on a held-out article', () => {
  it('prefers the figure whose own words name the asked variable over one that only shares it', async () => {
    const app = createApp(await buildFromCorpus('test/fixtures/held-out/sources'), TEST_CONFIG)
    // "2,05 miliardi di nuovi green bond, che portano il totale delle emissioni verdi a 3,3 miliardi": both are green bonds issued; the total is the one beside "verdi".
    expect((await ask(app, 'totale delle obbligazioni verdi emesse da Banco Bpm')).figure).toMatchObject({ value: 3_300_000_000, unit: 'EUR' })
  })
})

// Invented articles whose answers hang on what the question's cue words ask for.
describe('the answer reads what the question asks for from its cue words', () => {
  const app = corpusApp('test/fixtures/answer-cues-corpus')

  it('answers "how much money … on cutting emissions" with the sum, not the share cut', async () => {
    // "cut by 80%" ranks first; the money is "EUR 12 million … to reduce its CO2".
    expect((await ask(app, 'how much money is Harbourline Ferries spending on cutting its carbon emissions')).figure).toMatchObject({ value: 12_000_000, unit: 'EUR' })
  })

  it('answers a question about Scope 3 with the goal of Scope 3, not the one of Scope 1 and 2 beside it', async () => {
    // "…Scope 1 e 2 del 60% e Scope 3 del 25% entro il 2030": "Scope 3" stands right after the 60%.
    expect((await ask(app, "what is Ottica Brenta's Scope 3 emissions reduction goal for 2030")).figure).toMatchObject({ value: 25, unit: 'percent' })
    expect((await ask(app, "what is Ottica Brenta's Scope 1 and 2 emissions reduction goal for 2030")).figure).toMatchObject({ value: 60, unit: 'percent' })
  })

  it('reads "rispetto ai valori del 2015" as the base of the goal a question asks "against 2015"', async () => {
    expect((await ask(app, 'what cut in methane emissions does Gasdotti Alpini target for 2025 against 2015')).figure).toMatchObject({ value: 50, baseYear: 2015 })
  })

  it('abstains on "how many passengers" when the sentence gives only the share traffic grew by', async () => {
    // "…aumento del traffico passeggeri … del 20% rispetto al 2024": no number of passengers.
    expect(await ask(app, "quanti passeggeri ha avuto l'Aeroporto Lagunare nel 2024")).toMatchObject({ answer: null, figure: null })
    expect((await ask(app, "quante nuove tratte ha aggiunto l'Aeroporto Lagunare")).figure).toMatchObject({ value: 4 })
  })

  it('answers "since 2010" with a running total counted from that year, and keeps a negation in what a figure measures', async () => {
    // "Trenta milioni di euro investiti … a partire dal 2010": the total runs 2010/2024, counted from 2010.
    expect((await ask(app, 'Ceramiche Valdarno investimenti in efficienza energetica dal 2010')).figure).toMatchObject({ value: 30_000_000, unit: 'EUR', period: '2010/2024' })
    const facts = (await (await app.request('/v1/facts?source=ceramiche-valdarno-2024&limit=100')).json()) as { facts: { figures: Figure[] }[] }
    const figures = facts.facts.flatMap((f) => f.figures)
    // "45.210 di tonnellate di CO2 non emesse": tonnes though "di" stands before them; not emitted is not emitted
    const avoided = figures.find((f) => f.value === 45_210)
    const emitted = figures.find((f) => f.value === 8_300)
    expect(avoided).toMatchObject({ unit: 't', measure: { text: 'non emesse' } })
    expect(avoided?.variable?.id).not.toBe(emitted?.variable?.id)
  })

  it('answers "power" and "potenza" with watts, whatever their suffix, not with the count of plants or the area of panels', async () => {
    expect((await ask(app, "what is the power of Ceramiche Valdarno's cogeneration plants")).figure).toMatchObject({ value: 9.6, unit: 'MWe' })
    expect((await ask(app, 'Ceramiche Valdarno potenza pannelli fotovoltaici')).figure).toMatchObject({ value: 4.2, unit: 'MWp' })
    expect((await ask(app, 'how many cogeneration plants does Ceramiche Valdarno have')).figure).toMatchObject({ value: 2 })
  })

  it('reads a measure that is only an acronym the article defined as the words it stands for', async () => {
    // "lost time injury rate (LTIR)" first; then "a safety goal to reduce LTIR further by 40%" under "new 2030 commitments".
    for (const q of ['by how much does Ridgeway Tools aim to cut its workplace injury rate by 2030', 'Ridgeway Tools lost time injury rate goal 2030']) {
      expect((await ask(app, q)).figure, q).toMatchObject({ value: 40, unit: 'percent', role: 'target', period: '2030' })
    }
  })

  it('answers with the exact value a sentence gives in brackets after a round one', async () => {
    // "more than half of the Group's brands (61%)", "Oltre 3mila (3.412) sono le ispezioni…".
    expect((await ask(app, 'Lumiere Cosmetics brands awareness campaigns share 2024')).figure).toMatchObject({ value: 61, unit: 'percent' })
    expect((await ask(app, 'quante ispezioni ambientali ha svolto Strade Venete nel 2024')).figure).toMatchObject({ value: 3412 })
  })

  it("finds an English sentence's 'power' for an Italian question about 'potenza', and answers with the megawatts", async () => {
    // "…with six sites together generating 45 megawatts of power": the six sites are no power.
    expect((await ask(app, 'quanta potenza producono gli impianti solari di Greenfield Waste sulle discariche chiuse')).figure).toMatchObject({ value: 45, unit: 'MW' })
  })

  it('reads the words of a share past a count inside its clause', async () => {
    // "82.4% of electricity in 14 countries is now sourced from renewable energy": "renewable" stands past the 14.
    expect((await ask(app, 'Nordhem renewable electricity share')).figure).toMatchObject({ value: 82.4, unit: 'percent' })
  })

  it("takes a short name the headline gives the organisation for the organisation's name", async () => {
    // "Fervia punta alla neutralità carbonica" is about Ferrovie del Veneto; no sentence says "Fervia".
    expect((await ask(app, 'quanti treni elettrici ha acquistato Fervia nel 2024')).figure).toMatchObject({ value: 42 })
    // A name that no headline and no sentence uses still stops the answer.
    expect(await ask(app, 'quanti treni elettrici ha acquistato Zelkora nel 2024')).toMatchObject({ answer: null })
  })

  it("finds an Italian fashion house's 'collezioni' for an English question about its collections", async () => {
    // The share of the recycled scraps ranks first; the share of the collections' cotton is the one asked.
    expect((await ask(app, "what share of the cotton in Maison Lariana's 2024 collections was recycled")).figure).toMatchObject({ value: 30, unit: 'percent' })
  })

  it("finds an English 'cast iron' for an Italian question about 'ghisa'", async () => {
    const search = (await (await app.request(`/v1/search?q=${encodeURIComponent('emissioni dovute alla ghisa')}`)).json()) as { results: Array<{ text: string }> }
    expect(search.results[0]?.text).toContain('cast iron accounting for approximately 70%')
    // The goal of "100% green batteries, green steel, green aluminum and green cast iron" is a goal, not the share of the emissions.
    expect((await ask(app, 'quota delle emissioni dei materiali di produzione di Nordbus dovuta a batterie, acciaio, alluminio e ghisa')).figure).toMatchObject({ value: 70, unit: 'percent' })
  })

  it("finds an Italian maker's 'nuove referenze' for an English question about its new products", async () => {
    expect((await ask(app, 'how many new products did Pastificio Alpino launch in 2024')).figure).toMatchObject({ value: 25 })
  })

  it('takes "persone" for the staff only when the people are all the measure says', async () => {
    // "~90 mila persone in difficoltà protette dal freddo" are people helped, not employees.
    expect(await ask(app, 'numero di dipendenti di Piumini Dolomiti nel 2024')).toMatchObject({ answer: null, figure: null })
    // "…la somma di 2.300 persone che ogni giorno lavorano": the people are all its measure says.
    expect((await ask(app, 'how many people work at Cassa Lagunare')).figure).toMatchObject({ value: 2300 })
    const employees = (await (await app.request('/v1/observations?variable=employees')).json()) as { series: Array<{ points: Array<{ value: number }> }> }
    expect(employees.series.flatMap((s) => s.points.map((p) => p.value))).toEqual([2300])
  })
})
