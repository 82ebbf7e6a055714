import { describe, expect, it } from 'vitest'
import { askAnswer as ask, corpusApp } from './support/targets.js'

// Invented articles whose answers hang on a question worded otherwise than its sentence.
describe('the answer finds the figure a paraphrase asks for', () => {
  const app = corpusApp('test/fixtures/answer-paraphrase-corpus')

  it('reads an unknown hyphenated word by its parts, and "indirect" as not "direct"', async () => {
    // "…target for direct emissions, as well as indirect emissions from purchased energy, to 45% by 2030";
    // the next sentence's 25% is of "all other indirect emissions (Scope 3)".
    const a = await ask(app, "what is Corvale Chemicals' 2030 goal for cutting its direct and purchased-energy emissions")
    expect(a.figure).toMatchObject({ value: 45, unit: 'percent', role: 'target' })
  })

  it('takes a change word the corpus does not use for what is asked, not for a word to correct or to match', async () => {
    // "reduced … energy intensity by 7.5 percent": no sentence says "improved" (one says "approved"), nor "lodges" or "cabins".
    const a = await ask(app, 'how much has Albergo Resorts improved the energy efficiency of its lodges and cabins since 2017')
    expect(a.figure).toMatchObject({ value: 7.5, unit: 'percent' })
  })

  it('answers "outside the EU" with the figure of the rest of the world, in either language', async () => {
    // "…una quota del 48% dei propri ricavi nell'Ue e del 22% nel resto del mondo."
    for (const q of ["quota dei ricavi di Cavi Adriatici da prodotti sostenibili fuori dall'Ue", 'share of Cavi Adriatici revenue from sustainable products outside the EU'])
      expect((await ask(app, q)).figure).toMatchObject({ value: 22, unit: 'percent' })
    expect((await ask(app, "quota dei ricavi di Cavi Adriatici da prodotti sostenibili nell'Ue")).figure).toMatchObject({ value: 48, unit: 'percent' })
  })

  it('answers "how much of the investment is tied to…" with the part, not the whole it is part of', async () => {
    // "…a fronte di 3,2 miliardi di euro di investimenti complessivi, circa 1,4 miliardi sono correlati a … target di sostenibilità."
    for (const q of ["how much of Idrovia Veneta's planned investment is tied to sustainability targets", 'quanta parte degli investimenti di Idrovia Veneta è legata a target di sostenibilità'])
      expect((await ask(app, q)).figure).toMatchObject({ value: 1_400_000_000, unit: 'EUR' })
    expect((await ask(app, 'quanto investirà Idrovia Veneta in totale')).figure).toMatchObject({ value: 3_200_000_000, unit: 'EUR' })
  })

  it('reads what a figure measures in the sentence that goes on with it, and answers the year asked', async () => {
    // "…continua a crescere, nel 2024 del 37% e del 29% nel 2023. “Quest’anno stimiamo un ulteriore aumento del traffico passeggeri del 18% rispetto al 2024…”"
    expect((await ask(app, 'Aeroporto Berico crescita traffico 2024')).figure).toMatchObject({ value: 37, unit: 'percent' })
    expect((await ask(app, 'Aeroporto Berico crescita traffico 2023')).figure).toMatchObject({ value: 29, unit: 'percent' })
  })

  it("reads a figure by the sentence it goes on with and the headline that restates it, and tells the whole group's from the part's", async () => {
    // Headline "…78% dell'energia da rinnovabili"; "…il 100% dell’elettricità … dei siti produttivi italiani … da fonti rinnovabili.
    // Considerando anche … Fjordyard, … l’asticella “verde” è pari al 78% dell’energia utilizzata dall’intero Gruppo."
    expect((await ask(app, "quota di elettricità da fonti rinnovabili dell'intero gruppo Cantieri Liguri nel 2023")).figure).toMatchObject({ value: 78, unit: 'percent' })
    expect((await ask(app, 'quota di elettricità da fonti rinnovabili dei siti produttivi italiani di Cantieri Liguri nel 2023')).figure).toMatchObject({ value: 100, unit: 'percent' })
  })

  it('answers a question naming a measure with its value, not with a share of it, unless it asks for a share', async () => {
    // Headline "…distribuito 90,5% del valore generato"; "…un valore generato di 640 milioni di euro, … cioè il 90,5%, distribuito…".
    expect((await ask(app, 'Acque Orobiche valore generato 2023')).figure).toMatchObject({ value: 640_000_000, unit: 'EUR' })
    expect((await ask(app, 'quota del valore generato distribuita da Acque Orobiche nel 2023')).figure).toMatchObject({ value: 90.5, unit: 'percent' })
  })
})
