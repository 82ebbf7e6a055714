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

describe('variable', () => {
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

  it('names what the figure measures for at least 89% of the held-out labelled figures', async () => {
    const labels = ObservationLabelFileSchema.parse(JSON.parse(await readFile('test/fixtures/held-out/observations.json', 'utf8')))
    const report = scoreObservations(buildCorpus(await loadCorpus('test/fixtures/held-out/sources')), labels)
    expect(report.rates.measure).toBeGreaterThanOrEqual(0.89)
    expect(report.series.one).toBeGreaterThanOrEqual(11)
  })
})
