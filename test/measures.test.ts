import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/adapter/node/load-corpus.js'
import { buildCorpus } from '../src/core/facts/build-facts.js'
import { describeFigures } from '../src/core/facts/describe-figures.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { parseFigures } from '../src/core/facts/figures.js'
import { parseVariables, VARIABLES } from '../src/core/facts/variables.js'
import type { Lang } from '../src/core/lang/lang-tag.js'
import { ObservationLabelFileSchema, scoreObservations } from '../scripts/observations.js'
import { createApp } from '../src/core/http/app.js'
import { ObservationsSchema } from '../src/core/query/series.js'
import { bundledData, TEST_CONFIG } from './support/targets.js'

const org = { name: 'Acme' }

/** Figures of one sentence (at offset 0), described after an optional sentence before it. */
function describe1(text: string, lang: Lang, before?: string): Figure[] {
  const previous = before ? { sentence: { text: before, start: 0 }, measures: describeFigures({ text: before, start: 0 }, parseFigures(before, lang), lang, org).map((f) => f.measure) } : undefined
  return describeFigures({ text, start: 0 }, parseFigures(text, lang), lang, org, previous)
}
const find = (figures: Figure[], text: string) => {
  const f = figures.find((x) => x.text.includes(text))
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(figures.map((x) => x.text))}`)
  return f
}

describe('measure', () => {
  it('reads the noun phrase after or before a figure, with offsets into the text (English)', () => {
    const text = 'The plant reached a recycling rate of 87% and hired 1,200 engineers.'
    const rate = find(describe1(text, 'en'), '87')
    expect(rate.measure?.text).toBe('recycling rate')
    expect(text.slice(rate.measure!.start, rate.measure!.end)).toBe('recycling rate')
    expect(find(describe1(text, 'en'), '1,200').measure?.text).toBe('engineers')
  })

  it('reads Italian phrases through inner prepositions and skips link words', () => {
    const figures = describe1("Nel 2022 il consumo di acqua dell'azienda è sceso del 9%.", 'it')
    expect(find(figures, '9').measure?.text).toBe("consumo di acqua dell'azienda")
    expect(find(figures, '2022').measure?.text).toBe("consumo di acqua dell'azienda")
    expect(find(describe1("L'utile netto è salito a 40 milioni di euro.", 'it'), '40').measure?.text).toBe('utile netto')
    // "e" (and) starts another clause; "è" (is) is a link word: accents are not folded away.
    const two = describe1('I rifiuti prodotti sono calati del 5% e la quota di energia rinnovabile è salita al 40%.', 'it')
    expect(two.map((f) => [f.measure?.text, f.variable?.id])).toEqual([
      ['rifiuti prodotti', 'waste-generated'],
      ['quota di energia rinnovabile', 'renewable-energy-share'],
    ])
  })

  it('keeps a negation in what is measured: not renewable is not renewable, not emitted is not emitted', () => {
    const of = (text: string, figure: string) => find(describe1(text, 'it'), figure)
    expect(of("Il 40% dell'energia non rinnovabile è stato sostituito.", '40').variable?.id).not.toBe(of("Il 40% dell'energia rinnovabile è stato sostituito.", '40').variable?.id)
    const avoided = of('Sono state 129.388 tonnellate di CO2 non emesse dal 2012.', '129.388')
    expect(avoided.measure?.text).toBe('non emesse')
    expect(avoided.variable?.id).not.toBe(of('Sono state 129.388 tonnellate di CO2 emesse nel 2012.', '129.388').variable?.id)
  })

  it('gives a year what it dates and a deadline its target', () => {
    expect(find(describe1('Its 2021 annual report was published in May.', 'en'), '2021').measure?.text).toBe('annual report')
    expect(find(describe1('The group wants to cut water use by 30% by 2028.', 'en'), '2028').measure?.text).toBe('water use')
  })

  it('takes the measure of the sentence before for "this target" / "questo obiettivo"', () => {
    const before = 'The group plans to plant 5,000 trees between 2023 and 2027.'
    expect(find(describe1('By now it has reached 40% of this target.', 'en', before), '40').measure?.text).toBe('trees')
    const prima = "Il gruppo punta a ridurre i rifiuti in discarica di 800 tonnellate."
    expect(find(describe1('Finora ha raggiunto il 55% di questo obiettivo.', 'it', prima), '55').measure?.text).toBe('rifiuti in discarica')
  })
})

describe('measure: words that name nothing', () => {
  const measureOf = (text: string, lang: Lang, figure: string) => find(describe1(text, lang), figure).measure?.text ?? null
  it('is never a verb, a preposition or a bare number list', () => {
    // A word right before an article is a verb: the figure's measure follows it.
    expect(measureOf('The mill cut costs by recording a 30% drop in water use.', 'en', '30')).toBe('drop in water use')
    expect(measureOf("L'obiettivo è arrivare al 64% nel 2027, superando il miliardo di euro.", 'it', 'miliardo')).toBeNull()
    expect(measureOf('Landfill waste rose 12 percent compared with 2022 and 40 percent over four years.', 'en', '40 percent')).toBe('Landfill waste')
    // ("doubled" would be a figure of its own, a factor: a verb that is none)
    expect(measureOf('During 2021, the plant expanded its solar capacity.', 'en', '2021')).toBe('expanded its solar capacity')
    expect(measureOf('The brewer cut its absolute emissions across scope 1, 2 and 3 by 18% since 2019.', 'en', '18%')).toBe('absolute emissions across scope 1, 2 and 3')
    // Words right before another amount are that amount's: "the estimated 300TWh".
    expect(measureOf('The site used 2TWh, or 1 percent of the estimated 200TWh used nationally.', 'en', '1 percent')).toBe('used nationally')
    // A change and its degree ("lieve flessione", "slight dip") name nothing: a compared value takes the measure it changes.
    expect(measureOf('Il fatturato è pari a 2,085 miliardi di euro, in lieve flessione (-5%) rispetto ai 2,2 miliardi del 2019.', 'it', '2,2 miliardi')).toBe('fatturato')
    expect(measureOf('Revenue was 2.1 billion euros, a slight dip of 5% from 2.2 billion in 2019.', 'en', '2.2 billion')).toBe('Revenue')
  })

  it('reads "N of <figure>" and a clause back to the noun it tells of', () => {
    expect(measureOf('Il consiglio propone un dividendo di 0,30 euro per azione.', 'it', '0,30')).toBe('dividendo')
    expect(measureOf('Hydrogen fuel use, which increased by 25%, now covers the fleet.', 'en', '25%')).toBe('Hydrogen fuel use')
    expect(measureOf("Migliora l'indice di gravità degli incidenti, sceso del 3% rispetto al 2020.", 'it', '3%')).toMatch(/incidenti$/u)
    expect(measureOf('In 2020, the airline cut CO2 emissions from its regional flights by 1.2 million tonnes.', 'en', '1.2 million')).toBe('CO2 emissions from its regional flights')
  })
})

describe('variable', () => {
  it('gives the parts of a total their own variable, not the total\'s', () => {
    const en = describe1('In 2024, Acme completed carbon footprint assessments for 21 products, including 12 laptops, one wearable product and seven home products.', 'en')
    expect(find(en, '21').variable?.id).toBe('products-carbon-footprint-assessed')
    for (const part of ['12', 'one', 'seven']) expect(find(en, part).variable?.id).not.toBe('products-carbon-footprint-assessed')
    const it = describe1("La valutazione dell'impronta di carbonio riguarda sei prodotti, tra cui due prodotti wearable e quattro prodotti per la casa.", 'it')
    expect(find(it, 'sei').variable?.id).toBe('products-carbon-footprint-assessed')
    for (const part of ['due', 'quattro']) expect(find(it, part).variable?.id).not.toBe('products-carbon-footprint-assessed')
  })


  it('gives the same id across languages and different ids to different things', () => {
    const en = find(describe1('Net profit rose to 12 million euros.', 'en'), '12')
    const it = find(describe1("L'utile netto è salito a 12 milioni di euro.", 'it'), '12')
    expect(en.variable?.id).toBe('net-profit')
    expect(it.variable).toEqual({ ...en.variable, name: 'utile netto' })
    const rnd = find(describe1('The company invested 3 billion euros in research and development.', 'en'), '3 billion')
    const rs = find(describe1("L'azienda ha destinato 3 miliardi di euro a ricerca e sviluppo.", 'it'), '3 miliardi')
    const grants = find(describe1('It awarded 2 million euros in research grants.', 'en'), '2 million')
    expect(rnd.variable?.id).toBe('rnd-investment')
    expect(rs.variable?.id).toBe('rnd-investment')
    expect(grants.variable?.id).toBe('research-grants')
    expect(rnd.variable).toMatchObject({ names: { en: 'R&D investment', it: 'investimento in ricerca e sviluppo' }, gri: '201-1' })
  })

  it('keeps intensities apart from the totals they divide, in both languages', () => {
    const carbon = find(describe1('The hotels cut carbon intensity by 12% and energy intensity by 7%.', 'en'), '12%')
    const energy = find(describe1('The hotels cut carbon intensity by 12% and energy intensity by 7%.', 'en'), '7%')
    const it = find(describe1("Il gruppo ha ridotto l'intensità emissiva del 12%.", 'it'), '12%')
    expect(carbon.variable).toMatchObject({ id: 'ghg-emissions-intensity', gri: '305-4' })
    expect(it.variable?.id).toBe('ghg-emissions-intensity')
    expect(energy.variable).toMatchObject({ id: 'energy-intensity', gri: '302-3' })
    expect(find(describe1('Energy consumption fell to 300 GWh.', 'en'), '300').variable?.id).toBe('energy-consumption')
  })

  it("keeps a cumulative total apart, and a sentence's longer phrase makes a match specific", () => {
    const yearly = find(describe1('The group invested 2 billion euros in R&D last year.', 'en'), '2 billion')
    const total = find(describe1('It plans a cumulative R&D investment of 20 billion euros.', 'en'), '20 billion')
    expect(yearly.variable?.id).toBe('rnd-investment')
    expect(total.variable?.id).toBe('rnd-investment-cumulative')
    expect(find(describe1('Food waste data: 900 tonnes wasted.', 'en'), '900').variable?.id).toBe('food-waste')
    expect(find(describe1('The sites sent 900 tonnes of waste to landfill.', 'en'), '900').variable?.id).toBe('waste-generated')
  })

  it('derives a stable id from the measure words when the vocabulary lacks it', () => {
    const a = find(describe1('The fleet counts 40 hydrogen trucks.', 'en'), '40')
    const b = find(describe1('By then the fleet had 55 hydrogen trucks.', 'en'), '55')
    expect(a.variable?.id).toBe(b.variable?.id)
    expect(a.variable?.id).toMatch(/^hydrogen-truck/)
  })

  it('validates the vocabulary file and rejects a bad one', () => {
    expect(VARIABLES.length).toBeGreaterThan(20)
    expect(VARIABLES.every((v) => v.asks.en.length && v.asks.it.length)).toBe(true)
    expect(() => parseVariables([{ ...VARIABLES[0], id: 'Not Kebab' }], 'x.json')).toThrow(/kebab-case/)
    expect(() => parseVariables([VARIABLES[0], VARIABLES[0]], 'x.json')).toThrow(/duplicate id/)
    expect(() => parseVariables([{ ...VARIABLES[0], asks: { en: ['the'], it: ['il'] } }], 'x.json')).toThrow(/only stopwords/)
  })
})

describe('subject', () => {
  it('is the organisation unless the clause names a part or party', () => {
    expect(find(describe1('Emissions fell by 8% last year.', 'en'), '8').subject).toEqual(org)
    expect(find(describe1('All its packaging suppliers must use 60% renewable electricity.', 'en'), '60').subject.name).toBe('packaging suppliers')
    expect(find(describe1("La quota supera l'obiettivo UE del 55% al 2030.", 'it'), '55').subject.name).toBe('Unione europea')
    expect(find(describe1('I fornitori di imballaggi useranno il 70% di energia rinnovabile.', 'it'), '70').subject.name).toBe('fornitori')
    // A section about a party: its heading names it.
    const text = 'The target is a 30% cut by 2030.'
    expect(describeFigures({ text, start: 0 }, parseFigures(text, 'en'), 'en', org, undefined, 'Supply chain: the next step').map((f) => f.subject.name)).toEqual(['Supply chain', 'Supply chain'])
  })
})

describe('the bundled corpus and the held-out labels', async () => {
  const corpus = buildCorpus(await loadCorpus('corpus/sources'))
  const figures = corpus.facts.flatMap((f) => f.figures.map((g) => ({ ...g, year: f.source.id.endsWith('2023') ? 2023 : 2024 })))
  const byText = (text: string) => figures.find((f) => f.text === text)!

  it('makes products with a carbon-footprint assessment one variable: 5 (2023) and 18 (2024)', () => {
    expect(byText('cinque').variable?.id).toBe('products-carbon-footprint-assessed')
    expect(byText('18').variable?.id).toBe('products-carbon-footprint-assessed')
  })
  it("makes the report's edition one variable, and research grants and R&D investment two", () => {
    expect(byText('sesto').variable?.id).toBe('report-edition')
    expect(byText('seventh').variable?.id).toBe('report-edition')
    const grants = figures.find((f) => f.text.includes('60 milioni'))!.variable?.id
    const rnd = figures.find((f) => f.text.includes('24.1 billion'))!.variable?.id
    expect(grants).toBe('research-grants')
    expect(rnd).toBe('rnd-investment')
  })

  it('serves the acceptance series through /v1/observations, built from the articles alone', async () => {
    const app = createApp(await bundledData(), TEST_CONFIG)
    const series = async (variable: string) => ObservationsSchema.parse(await (await app.request(`/v1/observations?variable=${variable}`)).json()).series
    // One series each, its points in period order, each with the sources that state it.
    const points = (s: Awaited<ReturnType<typeof series>>) => {
      expect(s).toHaveLength(1)
      return s[0]!.points.map((p) => [p.value, p.period ?? null, p.sources.map((src) => src.lang)])
    }
    const values = (s: Awaited<ReturnType<typeof series>>) => points(s).map(([value, , langs]) => [value, langs])
    // Exactly these two: the parts counted beside each total ("tra cui … un modello di prodotti wearable", "including … one wearable device") are not points of it.
    const assessed = await series('products-carbon-footprint-assessed')
    expect(points(assessed)).toEqual([[5, '2023', ['it']], [18, '2024', ['en']]])
    expect(assessed[0]!.conflict ?? false).toBe(false)
    expect(values(await series('report-edition'))).toEqual([[6, ['it']], [7, ['en']]])
    expect(values(await series('research-grants'))).toEqual([[60000000, ['it']]])
    expect(values(await series('rnd-investment'))).toEqual([[24100000000, ['en']]])
  })

  it('names what the figure measures for at least 90% of the held-out labelled figures', async () => {
    const labels = ObservationLabelFileSchema.parse(JSON.parse(await readFile('test/fixtures/held-out/observations.json', 'utf8')))
    const report = scoreObservations(buildCorpus(await loadCorpus('test/fixtures/held-out/sources')), labels)
    expect(report.rates.measure).toBeGreaterThanOrEqual(0.9)
    expect(report.series.one).toBeGreaterThanOrEqual(13)
  })
})
