import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ObservationLabelFileSchema, scoreObservations } from '../scripts/observations.js'
import { loadCorpus } from '../src/adapter/node/load-corpus.js'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { buildCorpus, extractFacts } from '../src/core/facts/build-facts.js'
import { isEditorial } from '../src/core/facts/claims.js'
import { parseFigures } from '../src/core/facts/figures.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { FIGURE_WORDS } from '../src/core/lang/figure-words.js'
import { detectIntent } from '../src/core/query/intent.js'
import { describeTargets } from './support/targets.js'
import { servedFigures } from './support/served-figures.js'

/** The figures of a sentence as [text, role, period], for compact expectations. */
const roles = (sentence: string, lang: string) => parseFigures(sentence, lang).map((f) => [f.text, f.role ?? null, f.period ?? null])
const one = (sentence: string, lang: string, text: string) => parseFigures(sentence, lang).find((f) => f.text === text)

describe('periods and roles within a sentence', () => {
  it('dates values by the sentence’s year; a year itself has no period', () => {
    expect(roles('In 2024 the plant used 3 GWh of electricity.', 'en')).toEqual([
      ['2024', null, null],
      ['3 GWh', null, '2024'],
    ])
    expect(one('Nel 2024 lo stabilimento ha consumato 3 GWh.', 'it', '3 GWh')).toMatchObject({ period: '2024', periodFrom: 'sentence' })
  })

  it.each([
    ['The group aims to cut water use by 20% by 2030.', 'en', '20%', '2030'],
    ['Il gruppo punta a ridurre i consumi idrici del 20% entro il 2030.', 'it', '20%', '2030'],
    // a year right after a goal's value is its deadline
    ["Con l'obiettivo di arrivare al 70% nel 2028.", 'it', '70%', '2028'],
    ['It set the goal of reaching 70% in 2028.', 'en', '70%', '2028'],
  ])('gives a target its deadline as its period: %s', (sentence, lang, value, year) => {
    expect(roles(sentence, lang)).toEqual([
      [value, 'target', year],
      [year, 'target', null],
    ])
  })

  it.each([
    ["Il riciclo è salito al 58%, anticipando l'obiettivo nazionale del 55% al 2025.", 'it'],
    ['Recycling reached 58%, ahead of the national target of 55% by 2025.', 'en'],
  ])('gives a deadline to the goal whose wording it follows, not to the value before that goal: %s', (sentence, lang) => {
    expect(roles(sentence, lang)).toEqual([
      ['58%', null, null],
      ['55%', 'target', '2025'],
      ['2025', 'target', null],
    ])
  })

  it.each([
    ["The firm reports progress toward the group's 2025, 2030 and 2040 climate goals.", 'en', ['2025', '2030', '2040']],
    ['Il gruppo fa progressi verso i suoi obiettivi 2025 e 2030 sul clima.', 'it', ['2025', '2030']],
  ])('makes every year of a list that names goals a deadline: %s', (sentence, lang, years) => {
    expect(roles(sentence, lang)).toEqual(years.map((y) => [y, 'target', null]))
  })

  it.each([
    ['As part of its pledge to invest $4 billion by 2030, a further $1 billion was spent on wind farms.', 'en', '$4 billion', '$1 billion'],
    ["Nell'ambito dell'impegno a investire 4 miliardi di euro entro il 2030, altri 900 milioni di euro sono stati spesi in parchi eolici.", 'it', '4 miliardi di euro', '900 milioni di euro'],
  ])('reports a value whose stretch after a comma states a past fact, beside a goal before the comma: %s', (sentence, lang, goal, spent) => {
    expect(one(sentence, lang, goal)).toMatchObject({ role: 'target', period: '2030' })
    expect(one(sentence, lang, spent)?.role).toBeUndefined()
  })

  it.each([
    ['The report shows progress on its 2020 goals, with achievements including a 40% reduction in water use from 2008, and a 70% reduction in lost-time injuries since 2005.', 'en'],
    ['Il rapporto mostra i progressi sugli obiettivi al 2020, con risultati tra cui la riduzione del 40% dei consumi idrici dal 2008 e la riduzione del 70% degli infortuni dal 2005.', 'it'],
  ])('gives each change of a list the base year stated after it, and no earlier goal\'s deadline: %s', (sentence, lang) => {
    const [first, second] = parseFigures(sentence, lang).filter((f) => f.kind === 'percent')
    expect(first).toMatchObject({ value: 40, baseYear: 2008 })
    expect(second).toMatchObject({ value: 70, baseYear: 2005 })
    expect([first?.role, second?.role]).toEqual([undefined, undefined])
    expect(parseFigures(sentence, lang).find((f) => f.text === '2008')?.role).toBe('base')
  })

  it('reads a year before "commitments" or "objectives" as the deadline of what they include, as before "goals"', () => {
    expect(roles('The new 2030 commitments include a cut in waste by 30%.', 'en')).toEqual([['2030', 'target', null], ['30%', 'target', '2030']])
  })

  it('reads "from" before a year as the start of a change only after the change: "highlights from 2020 including a 76% reduction"', () => {
    const year = one('Highlights from 2020 include a 76% reduction in office emissions.', 'en', '2020')
    expect(year?.kind).toBe('year')
    expect(year?.role).not.toBe('base')
  })

  it.each([
    ['The group spent $40 million on depots across 2021 and 2022 and sold 3 million tonnes in 2022.', 'en', '$40 million', '3 million tonnes'],
    ['Il gruppo ha investito 40 milioni di euro durante il 2021 e il 2022 e ha venduto 3 milioni di tonnellate nel 2022.', 'it', '40 milioni di euro', '3 milioni di tonnellate'],
  ])('dates a value by the span of two years it is spread across, and keeps the years two figures: %s', (sentence, lang, spread, dated) => {
    const figures = roles(sentence, lang)
    expect(figures).toContainEqual([spread, null, '2021/2022'])
    expect(figures).toContainEqual([dated, null, '2022'])
    expect(figures.filter(([text]) => text === '2021' || text === '2022')).toHaveLength(3)
  })

  it.each([
    ['As part of its pledge to reach net zero, the group installed 5 MW of solar panels.', 'en', '5 MW'],
    ["Nell'ambito dell'impegno a ridurre le emissioni, il gruppo ha installato 5 MW di pannelli.", 'it', '5 MW'],
  ])('reads goal wording in an opening phrase as a frame, not as the goal of the values after its comma: %s', (sentence, lang, value) => {
    expect(one(sentence, lang, value)?.role).toBeUndefined()
    // a goal after the comma is still one, and so is a list of what the goal is of
    expect(one(sentence.replace(/installed/u, 'plans to install').replace(/ha installato/u, 'installerà'), lang, value)?.role).toBe('target')
    expect(one(lang === 'it' ? 'Il gruppo punta a ridurre le emissioni, il consumo d’acqua e i rifiuti del 30%.' : 'The group plans to cut emissions, the water use and waste by 30%.', lang, '30%')?.role).toBe('target')
  })

  it('reads "rispetto ai valori del 2015" as a base year', () => {
    expect(roles('Il gruppo punta a ridurre le emissioni del 55% al 2025 rispetto ai valori del 2015.', 'it')).toEqual([
      ['55%', 'target', '2025'],
      ['2025', 'target', null],
      ['2015', 'base', null],
    ])
  })

  it('never dates a current value by its base year', () => {
    expect(one("L'azienda ha ridotto del 14% le emissioni (rispetto al 2019).", 'it', '14%')).toMatchObject({ baseYear: 2019 })
    expect(one("L'azienda ha ridotto del 14% le emissioni (rispetto al 2019).", 'it', '14%')?.period).toBeUndefined()
    expect(roles('Emissions fell by 35% from 2017 levels.', 'en')).toEqual([
      ['35%', null, null],
      ['2017', 'base', null],
    ])
  })

  it('reads a change in the infinitive as a goal, unless an achievement leads it', () => {
    expect(one('It reports its progress to cut waste by 40% from a 2020 base year.', 'en', '40%')).toMatchObject({ role: 'target', baseYear: 2020 })
    expect(one('It has managed to cut waste by 40% since then.', 'en', '40%')?.role).toBeUndefined()
  })

  it('marks values quoted for comparison, each with its own period', () => {
    expect(roles('Il 45% dei fornitori è stato valutato (30% nel 2022 e 38% nel 2023).', 'it')).toEqual([
      ['45%', null, null],
      ['30%', 'comparison', '2022'],
      ['2022', null, null],
      ['38%', 'comparison', '2023'],
      ['2023', null, null],
    ])
    expect(roles('45% of suppliers were assessed (30% in 2022 and 38% in 2023).', 'en').map(([t, r]) => [t, r])).toEqual([
      ['45%', null],
      ['30%', 'comparison'],
      ['2022', null],
      ['38%', 'comparison'],
      ['2023', null],
    ])
    expect(roles('Renewables reached 64% of supply in 2024, up from 51% in 2023.', 'en')).toEqual([
      ['64%', null, '2024'],
      ['2024', null, null],
      ['51%', 'comparison', '2023'],
      ['2023', null, null],
    ])
    expect(roles('Renewables reached 64% of supply, up from 51% the previous year.', 'en')).toEqual([
      ['64%', null, null],
      ['51%', 'comparison', null],
    ])
  })

  it('reads a change from one value to another: the first is a comparison and shares the unit', () => {
    for (const [sentence, lang] of [
      ['Il tasso di riuso è passato dal 12 al 18%.', 'it'],
      ['The reuse rate rose from 12 to 18%.', 'en'],
    ] as const) {
      const [from, to] = parseFigures(sentence, lang)
      expect(from).toMatchObject({ text: '12', value: 12, unit: 'percent', role: 'comparison' })
      expect(to).toMatchObject({ value: 18, unit: 'percent' })
      expect(to?.role).toBeUndefined()
    }
  })

  it('dates no figure by a founding year, nor by a year inside a relative clause', () => {
    expect(roles("Fondata nel 1935, oggi l'azienda conta oltre 6.500 collaboratori.", 'it')).toEqual([
      ['1935', null, null],
      ['6.500', null, null],
    ])
    expect(one('Founded in 1990, the group now employs 4,000 people.', 'en', '4,000')?.period).toBeUndefined()
    expect(one('Its framework, which was launched in 2006, shows that injuries fell by 56%.', 'en', '56%')?.period).toBeUndefined()
    expect(one('Il piano, che è partito nel 2019, mostra che i consumi sono calati del 12%.', 'it', '12%')?.period).toBeUndefined()
  })

  it('reads a year after a name, one amount in two scales, and ranks after a determiner', () => {
    expect(roles('Il Bilancio di Sostenibilità Lagoverde 2023 è online.', 'it')).toEqual([['2023', null, null]])
    expect(one("L'azienda conta 2 miliardi e 749 milioni di euro di fatturato.", 'it', '2 miliardi e 749 milioni di euro')).toMatchObject({ value: 2_749_000_000, unit: 'EUR' })
    expect(one('Revenue reached 1 billion and 200 million dollars.', 'en', '1 billion and 200 million dollars')).toMatchObject({ value: 1_200_000_000, unit: 'USD' })
    expect(parseFigures('Ha completato la prima ricertificazione.', 'it')).toMatchObject([{ text: 'prima', kind: 'ordinal', value: 1 }])
    expect(parseFigures('Prima di tutto, il gruppo ha investito.', 'it')).toEqual([])
    expect(parseFigures('Harbourline launches first climate report', 'en')).toMatchObject([{ text: 'first', kind: 'ordinal', value: 1 }])
    expect(parseFigures('First, the group invested.', 'en')).toEqual([])
  })

  it('reads a change spelt out in the present tense or in brackets', () => {
    expect(one('Il consumo passa da 17,1 a 16,7 milioni di metri cubi.', 'it', '17,1')).toMatchObject({ value: 17_100_000, unit: 'm3', role: 'comparison' })
    expect(one('Injuries fell by 56% (from 41 to 18).', 'en', '41')).toMatchObject({ role: 'comparison' })
    expect(one('Gli infortuni sono calati del 56% (da 41 a 18).', 'it', '41')).toMatchObject({ role: 'comparison' })
  })

  it('keeps the units the text names', () => {
    const unit = (sentence: string, lang: string) => parseFigures(sentence, lang).map((f) => [f.value, f.unit ?? null])
    expect(unit('It runs 12 ships of 2,100 TEU and 13,000-TEU vessels.', 'en')).toEqual([[12, null], [2100, 'TEU'], [13000, 'TEU']])
    expect(unit('Per limitare il riscaldamento a 1,5°C servono 40 km di nuove reti.', 'it')).toEqual([[1.5, '°C'], [40, 'km']])
    expect(unit('Warming must stay below 1.5 °C; each worker had 20 hours of training.', 'en')).toEqual([[1.5, '°C'], [20, 'h']])
    expect(unit('Oltre 1 milione di ore di formazione e 500 MW di solare, su 3 GW.', 'it')).toEqual([[1_000_000, 'h'], [500, 'MW'], [3, 'GW']])
    expect(unit('On top of that 1,500-plus tonnes of paper were recycled.', 'en')).toEqual([[1500, 't']])
  })

  it('takes a currency only from the sentence', () => {
    const unit = (sentence: string, lang: string) => parseFigures(sentence, lang).map((f) => [f.value, f.unit ?? null])
    expect(unit('Ricavi per 2 miliardi di euro e 300 milioni in dividendi.', 'it')).toEqual([[2e9, 'EUR'], [3e8, 'EUR']])
    expect(unit('Crediti per 2 miliardi di euro e 2,05 miliardi di nuovi green bond.', 'it')).toEqual([[2e9, 'EUR'], [2.05e9, 'EUR']])
    expect(unit('Ricavi per 2 miliardi di euro e 60 milioni di clienti.', 'it')).toEqual([[2e9, 'EUR'], [6e7, null]])
    // The amount as subject or predicate of what it funds: "sono 8,7 miliardi i finanziamenti", "2,1 miliardi sono correlati a…".
    expect(unit('Ammontano a 20 miliardi di euro i prestiti, mentre sono 8,7 miliardi i finanziamenti concessi a imprese.', 'it')).toEqual([[2e10, 'EUR'], [8.7e9, 'EUR']])
    expect(unit('Su 4,7 miliardi di euro di investimenti, circa 2,1 miliardi sono correlati a target di sostenibilità.', 'it')).toEqual([[4.7e9, 'EUR'], [2.1e9, 'EUR']])
    expect(unit('Serve 20 miliardi di euro, mentre sono 8 milioni i clienti serviti.', 'it')).toEqual([[2e10, 'EUR'], [8e6, null]])
    expect(unit('Il valore complessivo è di 3,3 miliardi.', 'it')).toEqual([[3.3e9, null]])
    expect(unit('It invested $2 billion and produced 2 million vehicles.', 'en')).toEqual([[2e9, 'USD'], [2e6, null]])
  })

  it('reads a scale word after an article as a number', () => {
    expect(one('Ha approvato un piano da un miliardo di euro.', 'it', 'un miliardo di euro')).toMatchObject({ value: 1e9, unit: 'EUR' })
    expect(one('Investment will pass a billion dollars.', 'en', 'a billion dollars')).toMatchObject({ value: 1e9, unit: 'USD' })
  })

  it('builds every language’s patterns from its data', () => {
    // a language is data: each one's words make the parser read that language's format
    for (const lang of Object.keys(FIGURE_WORDS)) expect(parseFigures(lang === 'it' ? 'Il gruppo conta 42.000 persone.' : 'The group has 42,000 people.', lang)).toMatchObject([{ value: 42_000 }])
  })
})

describe('Unicode-aware word edges', () => {
  it('reads words ending in an accented letter as whole words', () => {
    expect(detectIntent('capacità installata degli impianti solari')?.kinds).toEqual(['quantity'])
    expect(isEditorial('Il gruppo ha pubblicato il suo bilancio, per saperne di più.', 'it')).toBe(true)
    expect(isEditorial('Il gruppo ha pubblicato il suo bilancio.', 'it')).toBe(false)
  })
})

/** The figures of an invented article, its paragraphs separated by blank lines, as [text, role, period]. */
const inArticle = (lang: string, reportingYear: number, published: string, body: string) => {
  const meta = { id: 'invented', title: 'Invented', publisher: 'Invented', url: 'https://example.org/a', lang, published, about: { organization: { name: 'Norvale' }, report: { name: 'Norvale report', reportingYear } } }
  return extractFacts({ meta, text: body, path: 'invented.md' }).flatMap((f) => f.figures.map((g) => [g.text, g.role ?? null, g.period ?? null]))
}

describe('a sentence that only dates an event', () => {
  it.each([
    ['en', 'The report notes that Norvale had its climate targets validated by the SBTi in April 2024. Norvale cut its water use by 12 percent since 2016.', '12 percent'],
    ['it', 'Secondo il bilancio, il gruppo ha ottenuto la certificazione nel marzo 2024. I consumi idrici sono calati del 12%.', '12%'],
  ])('to its month dates no value after it; the report year does (%s)', (lang, body, value) => {
    expect(inArticle(lang, 2023, '2024-06-01', body).find(([text]) => text === value)).toEqual([value, null, '2023'])
  })

  it('to its year still dates the values after it', () => {
    expect(inArticle('en', 2023, '2024-06-01', 'In 2024 Norvale opened two plants. Its water use fell by 12 percent.').find(([text]) => text === '12 percent')).toEqual(['12 percent', null, '2024'])
  })
})

describe('a horizon that opens a sentence', () => {
  it.each([
    ['Over the next five years, the group earmarks $2 billion for grids, and $1 billion goes to storage.', 'en', ['$2 billion', '$1 billion']],
    ['Nel prossimo biennio, a fronte di 3 miliardi di investimenti totali, circa 1 miliardo è dedicato alla rete idrica.', 'it', ['3 miliardi', '1 miliardo']],
  ])('makes every value after it a goal, across commas: %s', (sentence, lang, values) => {
    expect(roles(sentence, lang).filter(([text]) => values.includes(text as string))).toEqual(values.map((v) => [v, 'target', null]))
  })

  it.each([
    ['Nei prossimi anni i lavori sulla rete dovranno ridurre le perdite del 10%, consentendo così di risparmiare 20 milioni di metri cubi.', 'it', '20 milioni di metri cubi'],
    ['The new furnaces will cut gas use by 10%, saving 20,000 tonnes of CO2.', 'en', '20,000 tonnes of CO2'],
  ])('carries a goal across a comma to the gerund that goes on with it: %s', (sentence, lang, value) => {
    expect(one(sentence, lang, value)?.role).toBe('target')
  })

  it.each([
    ['Nel 2020 i lavori sulla rete hanno ridotto le perdite del 10%, consentendo così di risparmiare 20 milioni di metri cubi.', 'it', '20 milioni di metri cubi'],
    ['The new furnaces cut gas use by 10%, saving 20,000 tonnes of CO2.', 'en', '20,000 tonnes of CO2'],
  ])('leaves the gerund after a fact done reported: %s', (sentence, lang, value) => {
    expect(one(sentence, lang, value)?.role).toBeUndefined()
  })

  it('gives a goal without a deadline the span of years its clause names', () => {
    expect(roles('Looking ahead, the group sees investment of $3 billion between 2024 and 2030.', 'en')).toEqual([
      ['$3 billion', 'target', '2024/2030'],
      ['between 2024 and 2030', null, null],
    ])
  })

  it('gives a goal without a deadline the span of the plan that the sentence before names', () => {
    const body = 'Il gruppo ha presentato il piano per il periodo 2021-2025. Nel prossimo quadriennio, a fronte di 3 miliardi di investimenti, 1 miliardo è per la rete.'
    expect(inArticle('it', 2021, '2021-11-02', body)).toContainEqual(['3 miliardi', 'target', '2021/2025'])
    // or the article's own year that it names, but not a year gone by
    expect(inArticle('en', 2025, '2025-04-01', 'This year we added four routes. The port will cut its waste by 30%.')).toContainEqual(['30%', 'target', '2025'])
    expect(inArticle('en', 2025, '2025-04-01', 'In 2024 we added four routes. The port will cut its waste by 30%.')).toContainEqual(['30%', 'target', null])
  })
})

describe('periods from the article', () => {
  it.each([
    ['en', 'Our 2021 plan keeps to a 1.5°C pathway and cuts emissions 30% by 2030.'],
    ['it', 'Il piano 2021 è in linea con il contenimento del riscaldamento globale a 1,5°C e taglia le emissioni del 30% entro il 2030.'],
  ])('a temperature beside the world’s warming is its limit, a goal met by no year of the article (%s)', (lang, sentence) => {
    expect(inArticle(lang, 2021, '2022-03-01', sentence).find(([text]) => text === (lang === 'it' ? '1,5°C' : '1.5°C'))).toEqual([lang === 'it' ? '1,5°C' : '1.5°C', 'target', null])
    // a temperature without such words is a reported value like any other
    expect(inArticle(lang, 2021, '2022-03-01', lang === 'it' ? 'Nel 2021 il forno ha lavorato a 40°C.' : 'In 2021 the kiln ran at 40°C.')).toContainEqual(['40°C', null, '2021'])
  })

  it.each([
    ['it', 'Nel 2024 i visitatori sono cresciuti del 12%.\n\nQuest’anno abbiamo aperto tre nuovi negozi rispetto al 2024.\n\nIl parco solare copre il 40% dei consumi.'],
    ['en', 'In 2024 visitors grew by 12%.\n\nThis year we opened three new shops compared with 2024.\n\nThe solar park covers 40% of demand.'],
  ])('"this year" dates its sentence by the article’s year, and states the report year of an article written in it (%s)', (lang, body) => {
    const figures = inArticle(lang, 2025, '2025-05-02', body)
    expect(figures).toContainEqual([lang === 'it' ? 'tre' : 'three', null, '2025'])
    expect(figures).toContainEqual(['40%', null, '2025'])
    expect(figures).toContainEqual(['12%', null, '2024'])
  })

  it('reads an expectation ("è attesa") as a goal, met in the year still running that its sentence names', () => {
    expect(inArticle('it', 2021, '2022-05-02', 'Nel 2022 è attesa una crescita dei ricavi del 10% rispetto al 2019.')).toContainEqual(['10%', 'target', '2022'])
    // a year gone by when the article was written is no deadline
    expect(inArticle('it', 2022, '2023-05-02', 'Nel 2022 è attesa una crescita dei ricavi del 10% rispetto al 2019.')).toContainEqual(['10%', 'target', null])
  })

  it('reads a length written into its noun ("a three-year contract") as a length, dated by nothing', () => {
    const figures = inArticle('en', 2024, '2025-03-01', 'In 2024 the group signed a three-year contract worth $5 million and a 2-year lease.')
    expect(figures).toContainEqual(['three-year', null, null])
    expect(figures).toContainEqual(['2-year', null, null])
    expect(figures).toContainEqual(['$5 million', null, '2024'])
    expect(parseFigures('a three-year contract', 'en')).toMatchObject([{ value: 3, unit: 'year' }])
  })

  it('dates no later sentence by a month’s event ("… joined the pact in May 2024.")', () => {
    const figures = inArticle('en', 2023, '2024-06-01', 'The group cut waste by 9% in 2023. It joined the pact in May 2024. It recycled 60% of its water.')
    expect(figures).toContainEqual(['60%', null, '2023'])
    // a month's sentence with a value of its own still dates what follows
    expect(inArticle('en', 2023, '2024-06-01', 'The group cut waste by 9% in 2023. In May 2024 it had 40 sites. It recycled 60% of its water.')).toContainEqual(['60%', null, '2024'])
  })

  it.each([
    ['it', 'Già dal 2015 il 60% dell’energia acquistata è rinnovabile e sono stati piantati 5.000 alberi dal 2015.', '60%', '5.000'],
    ['en', 'Since 2015, 60% of the power bought has been renewable, and 5,000 trees have been planted since 2015.', '60%', '5,000'],
  ])('dates a share held since a year by the report year, a count since a year by the span to it (%s)', (lang, body, share, count) => {
    const figures = inArticle(lang, 2022, '2023-04-01', body)
    expect(figures).toContainEqual([share, null, '2022'])
    expect(figures).toContainEqual([count, null, '2015/2022'])
  })

  it('reads an elided number of years ("vent’anni") as a length, dated by nothing', () => {
    expect(parseFigures('Il gruppo pubblica il bilancio da vent’anni.', 'it')).toMatchObject([{ text: 'vent’anni', value: 20, unit: 'year' }])
    expect(inArticle('it', 2021, '2022-03-01', 'Nel 2021 il gruppo, quotato da trent’anni, ha aperto 4 sedi.')).toContainEqual(['trent’anni', null, null])
  })

  it('leaves the report year unstated by "earlier this year", which dates one event', () => {
    expect(inArticle('en', 2025, '2025-05-02', 'Earlier this year the firm joined a pact.\n\nThe solar park covers 40% of demand.')).toContainEqual(['40%', null, null])
  })
})

describeTargets('periods from context', (fetch) => {
  const figuresOf = (source: string): Promise<Figure[]> => servedFigures(fetch, source)
  const pick = (figures: Figure[], text: string) => {
    const f = figures.find((x) => x.text === text)
    return f && { role: f.role ?? null, period: f.period ?? null, periodFrom: f.periodFrom ?? null, unit: f.unit ?? null }
  }

  it('dates a value by the sentence it continues, its heading, or the report year', async () => {
    const en = await figuresOf('harbourline-sustainability-2023')
    expect(pick(en, '40 million km')).toMatchObject({ period: '2022', periodFrom: 'context' })
    expect(pick(en, '120,000 hours')).toMatchObject({ period: '2022', periodFrom: 'context', unit: 'h' })
    expect(pick(en, '85%')).toMatchObject({ period: '2023', periodFrom: 'report', role: null })
    expect(pick(en, '60%')).toMatchObject({ period: null, role: 'comparison' })
    // "to be delivered from 2027" schedules; it does not date the order
    expect(pick(en, 'six')).toMatchObject({ period: '2023', periodFrom: 'report' })
    expect(pick(en, '2,100 TEU')).toMatchObject({ unit: 'TEU' })
    const it_ = await figuresOf('lagoverde-sostenibilita-2023')
    expect(pick(it_, '64%')).toMatchObject({ period: '2023', periodFrom: 'context' })
    expect(pick(it_, '8%')).toMatchObject({ period: '2023', periodFrom: 'report' })
    expect(pick(it_, '12')).toMatchObject({ role: 'comparison', period: null, unit: 'percent' })
    expect(pick(it_, '58%')).toMatchObject({ role: null, period: '2023' })
    expect(pick(it_, '55%')).toMatchObject({ role: 'target', period: '2025', periodFrom: 'sentence' })
    expect(pick(it_, '600 MW')).toMatchObject({ role: 'target', period: '2027', unit: 'MW' })
  })

  it('gives a target without a deadline the previous sentence’s, or the end of the decade', async () => {
    const en = await figuresOf('harbourline-sustainability-2023')
    expect(pick(en, '30%')).toMatchObject({ role: 'target', period: '2032', periodFrom: 'context' })
    expect(pick(en, 'half')).toMatchObject({ role: 'target', period: '2030' })
  })

  it('dates a report’s edition by its edition, leaves durations and open times undated', async () => {
    const en = await figuresOf('northwind-climate-2021')
    // the 2022 report covers 2021: its edition is 2022
    expect(pick(en, '12th')).toMatchObject({ period: '2022', periodFrom: 'report' })
    expect(pick(en, '9 percent')).toMatchObject({ period: '2021', periodFrom: 'report' })
    expect(pick(en, 'five years')).toMatchObject({ period: null, periodFrom: null })
    expect(pick(en, '40')).toMatchObject({ period: null, periodFrom: null })
    expect(pick(await figuresOf('lagomare-risultati-2022'), '80')).toMatchObject({ period: null, periodFrom: null })
    // a count since a year runs to the report year; an outside party's count is no result of the report
    expect(pick(en, '30,000')).toMatchObject({ period: '2017/2021', periodFrom: 'sentence' })
    expect(pick(en, 'ten')).toMatchObject({ period: null, periodFrom: null })
    // another party's estimate is not dated by the report; the organisation's own is
    expect(pick(en, '300 TWh')).toMatchObject({ period: null, periodFrom: null })
    expect(pick(en, '5,000 tonnes')).toMatchObject({ period: '2021', periodFrom: 'report' })
  })

  it('reads base years, deadlines and compared values the way the sentence relates them', async () => {
    const en = await figuresOf('northwind-climate-2021')
    expect(pick(en, '21%')).toMatchObject({ role: null, period: '2021', periodFrom: 'report' })
    expect(pick(en, '2018')).toMatchObject({ role: 'base', period: null })
    // a cut dated 2021 is not the goal set for 2025 that it met; "targeting … in 2030" is a goal
    expect(pick(en, '40 per cent')).toMatchObject({ role: null, period: '2021', periodFrom: 'sentence' })
    expect(pick(en, '2025')).toMatchObject({ role: 'target' })
    expect(pick(en, '60 per cent')).toMatchObject({ role: 'target', period: '2030' })
    // an investment made is not the goal of the clause after the comma
    expect(pick(en, '£12m')).toMatchObject({ role: null, period: '2021', unit: 'GBP' })

    const it_ = await figuresOf('lagomare-risultati-2022')
    const all = it_.filter((f) => f.text === '2019' || f.text === '2022' || f.text === '12%').map((f) => [f.text, f.role ?? null, f.period ?? null])
    expect(all).toEqual([
      ['2022', null, null],
      ['2019', 'base', null],
      ['2022', null, null],
      ['12%', null, '2022'],
    ])
    expect(pick(it_, '0,20 euro')).toMatchObject({ role: 'comparison', period: '2021' })
    expect(pick(it_, '95 milioni di euro')).toMatchObject({ role: 'comparison', period: '2021' })
    expect(it_.filter((f) => f.text === '2021').map((f) => f.role ?? null)).toEqual([null, null, 'base'])
    expect(pick(it_, '0,40')).toMatchObject({ role: 'comparison', period: '2021' })
    expect(pick(it_, '0,38')).toMatchObject({ role: null, period: '2022' })
    expect(pick(it_, '2030')).toMatchObject({ role: 'target' })
    expect(pick(it_, '2050')).toMatchObject({ role: 'target' })
  })

  it('gives a figure the part its sentence names, not what a number counts', async () => {
    const subject = (figures: Figure[], text: string) => figures.find((f) => f.text === text)?.subject?.name
    const it_ = await figuresOf('lagomare-risultati-2022')
    expect(subject(it_, '120 milioni di euro')).toBe('capogruppo')
    // the compared value and its year are the parent company's too
    expect(subject(it_, '95 milioni di euro')).toBe('capogruppo')
    // a decimal comma ends no clause
    expect(subject(it_, '45,5 milioni di euro')).toBe('capogruppo')
    // an outside party named after what a number counts: its figure, no result of the report
    expect(subject(it_, 'dieci')).toBe('Nazioni Unite')
    expect(pick(it_, 'dieci')).toMatchObject({ period: null })
    expect(subject(it_, '4')).toBe('Lagomare Gomme')
    expect(subject(it_, '12')).toBe('Lagomare Gomme')
    expect((await figuresOf('northwind-climate-2021')).findLast((f) => f.text === '2030')?.subject?.name).toBe('UK sites')
  })

  it('keeps the currency of an amount restated without it, and guesses none', async () => {
    const it_ = await figuresOf('lagoverde-sostenibilita-2023')
    expect(pick(it_, '1,4 miliardi')).toMatchObject({ unit: 'EUR' })
  })
}, () => buildFromCorpus('test/fixtures/periods'))

/**
 * The labelled figures (held-out articles, and the bundled corpus with the shared dev labels): the
 * pipeline's figures must reach the bars of issue 11 on value, unit, role and period. The dev labels
 * live in ../shared; the test fails, not skips, without them.
 */
describe('labelled figures', () => {
  const score = async (corpusDir: string, labelFile: string) => {
    const labels = ObservationLabelFileSchema.parse(JSON.parse(readFileSync(labelFile, 'utf8')))
    return scoreObservations(buildCorpus(await loadCorpus(corpusDir)), labels).rates
  }

  // 4 of the 73 dev labels cannot be placed (their context occurs twice in the article): 0.95 is their ceiling
  it.each([
    ['the held-out articles', 'test/fixtures/held-out/sources', 'test/fixtures/held-out/observations.json', 0.95],
    ['the bundled corpus with the dev labels', 'corpus/sources', '../shared/eval/dev-observations.json', 0.9],
  ])('reaches the bars on %s', async (_, corpusDir, labelFile, valueBar) => {
    const rates = await score(corpusDir, labelFile)
    expect(rates.period).toBeGreaterThanOrEqual(0.9)
    expect(rates.role).toBeGreaterThanOrEqual(0.9)
    expect(rates.value).toBeGreaterThanOrEqual(valueBar)
    expect(rates.unit).toBeGreaterThanOrEqual(valueBar)
  })

  // Sets 2 to 12 reach issue 11's 0.90 bars on role and period, and all but 12 on measure; set 13, read once
  // at the end of the session that added it, reaches them on role only. Below the bars, floors are just
  // under what a set reaches now, so that a change cannot make it worse unseen.
  it.each([
    ['the second held-out set', 'test/fixtures/held-out-2', { role: 0.9, period: 0.9, measure: 0.92, subject: 0.85 }],
    ['the third held-out set', 'test/fixtures/held-out-3', { role: 0.98, period: 0.97, measure: 0.93, subject: 0.85 }],
    ['the fourth held-out set', 'test/fixtures/held-out-4', { role: 0.95, period: 0.95, measure: 0.91, subject: 0.78 }],
    ['the fifth held-out set', 'test/fixtures/held-out-5', { role: 0.95, period: 0.91, measure: 0.93, subject: 0.85 }],
    ['the sixth held-out set', 'test/fixtures/held-out-6', { role: 0.96, period: 0.92, measure: 0.9, subject: 0.88 }],
    ['the seventh held-out set', 'test/fixtures/held-out-7', { role: 0.98, period: 0.94, measure: 0.98, subject: 0.85, unit: 0.98 }],
    ['the eighth held-out set', 'test/fixtures/held-out-8', { role: 0.95, period: 0.92, measure: 0.94, subject: 0.8, unit: 0.97 }],
    ['the ninth held-out set', 'test/fixtures/held-out-9', { role: 0.94, period: 0.91, measure: 0.95, subject: 0.84, unit: 0.97 }],
    ['the tenth held-out set', 'test/fixtures/held-out-10', { role: 0.92, period: 0.91, measure: 0.9, subject: 0.95, unit: 0.98 }],
    ['the eleventh held-out set', 'test/fixtures/held-out-11', { role: 0.97, period: 0.94, measure: 0.93, subject: 0.96, unit: 0.97, value: 0.97 }],
    ['the twelfth held-out set', 'test/fixtures/held-out-12', { role: 0.92, period: 0.92, measure: 0.84, subject: 0.91, unit: 0.95, value: 0.97 }],
    ['the thirteenth held-out set', 'test/fixtures/held-out-13', { role: 0.92, period: 0.81, measure: 0.86, subject: 0.86, unit: 0.84, value: 0.94 }],
  ])('keeps its floors on %s', async (_, dir, floors) => {
    const rates = await score(`${dir}/sources`, `${dir}/observations.json`)
    for (const [column, floor] of Object.entries(floors)) expect(rates[column as keyof typeof floors], column).toBeGreaterThanOrEqual(floor)
  })
})
