import { describe, expect, it } from 'vitest'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { TEST_CONFIG } from './support/targets.js'
import { servedFigures, type ServedFigure } from './support/served-figures.js'

const app = createApp(await buildFromCorpus('test/fixtures/intended-goals'), TEST_CONFIG)

type Seen = ServedFigure

const figuresOf = (source: string) => servedFigures((path) => app.request(path), source)
/** The figure `text` of the sentence containing `words`: its role and period as served. */
function seen(figures: Seen[], words: string, text: string): { role: string | undefined; period: string | undefined } {
  const found = figures.find((f) => f.quote.includes(words) && f.text === text)
  if (!found) throw new Error(`no figure "${text}" beside "${words}"`)
  return { role: found.role, period: found.period }
}

describe('a figure in a future or intended clause is a goal, dated by its deadline', () => {
  it('reads intention verbs, "will" and a deadline lead-in (English)', async () => {
    const f = await figuresOf('northwind-rail-2024')
    expect(seen(f, 'expects to invest', '£400 million')).toEqual({ role: 'target', period: '2027' })
    expect(seen(f, 'plans to install', '2026')).toEqual({ role: 'target', period: undefined })
    expect(seen(f, 'plans to install', '9,000')).toEqual({ role: 'target', period: '2026' })
    expect(seen(f, 'scheduled to open', '2030')).toEqual({ role: 'target', period: undefined })
    expect(seen(f, 'scheduled to open', '40MW')).toEqual({ role: 'target', period: '2030' })
    expect(seen(f, 'will grow', '10%')).toEqual({ role: 'target', period: '2025' })
  })

  it('leaves past values beside a plan reported (English)', async () => {
    const f = await figuresOf('northwind-rail-2024')
    expect(seen(f, 'cut the energy use', '18%')).toEqual({ role: undefined, period: '2024' })
    // a past fact in brackets inside the plan's clause
    expect(seen(f, 'were already fitted', '2,500').role).toBeUndefined()
    // "were expected" is no plan, and "but rose" is another clause
    expect(seen(f, 'were expected to fall', '7%')).toEqual({ role: undefined, period: '2024' })
  })

  it('reads future endings, intention verbs and a goal noun’s "al" year (Italian)', async () => {
    const f = await figuresOf('valdora-acque-2024')
    expect(seen(f, 'investirà', '300 milioni di euro').role).toBe('target')
    expect(seen(f, 'saranno ridotte', '40%')).toEqual({ role: 'target', period: '2030' })
    // a later deadline after a comma is the other goal's, not this value's
    expect(seen(f, 'consumi idrici', '30%')).toEqual({ role: 'target', period: '2032' })
    expect(seen(f, 'vuole portare', '2 milioni').role).toBe('target')
    // the intention reaches on across "e"
    expect(seen(f, 'vuole portare', '500.000').role).toBe('target')
    expect(seen(f, 'target di riuso', '2035')).toEqual({ role: 'target', period: undefined })
  })

  it('leaves past values beside a plan reported (Italian)', async () => {
    const f = await figuresOf('valdora-acque-2024')
    expect(seen(f, 'ha ridotto', '12%')).toEqual({ role: undefined, period: '2024' })
    expect(seen(f, 'registrato nel 2020', '25%').role).not.toBe('target')
  })
})

describe('a plan: its named span dates, its deadline makes goals, its span is the report period', () => {
  it('reads a plan whose values are stated for a later year (Italian)', async () => {
    const f = await figuresOf('ardena-piano-industriale-2025-2029')
    // the span in the plan's name dates the plan, it is no deadline
    expect(seen(f, 'ha presentato oggi', '2025-2029')).toEqual({ role: undefined, period: undefined })
    // "prevede al 2029": the year is the deadline of every value the sentence lists, across its comma
    expect(seen(f, 'Il piano prevede', '2029')).toEqual({ role: 'target', period: undefined })
    expect(seen(f, 'Il piano prevede', '4,1 miliardi di euro')).toEqual({ role: 'target', period: '2029' })
    expect(seen(f, 'Il piano prevede', '1,5 miliardi')).toEqual({ role: 'target', period: '2029' })
    // a headline with no verb: a year after the article's own time, after "al", is a deadline; the count after the comma is not its
    expect(seen(f, 'Ardena punta su', '4,1 miliardi')).toEqual({ role: 'target', period: '2029' })
    expect(seen(f, 'Ardena punta su', '2029')).toEqual({ role: 'target', period: undefined })
    // a plan's own count: the plan's span, from the report it is named for
    expect(seen(f, 'Ardena punta su', '25')).toEqual({ role: undefined, period: '2025/2029' })
    expect(seen(f, 'comprende', '25')).toEqual({ role: undefined, period: '2025/2029' })
    // "entro fine anno": the year the article was written in
    expect(seen(f, 'entro fine anno', '15%')).toEqual({ role: 'target', period: '2025' })
    // a plan named by its year: no deadline, even in the future tense
    expect(seen(f, 'Il dividendo seguirà', '2029').role).toBeUndefined()
    // what a plan is of is a goal, with no deadline of its own
    expect(seen(f, 'piano triennale da', '300 milioni di euro')).toEqual({ role: 'target', period: undefined })
    // a clause on the goal of the clause before is of the part that clause names
    expect(f.find((g) => g.quote.includes('portafoglio investimenti') && g.text === '2045')?.subject?.name).toBe('portafoglio investimenti')
  })

  it('reads a plan whose values are stated for a later year (English)', async () => {
    const f = await figuresOf('harlow-freight-plan-2026')
    expect(seen(f, 'unveiled its', '2026-2030')).toEqual({ role: undefined, period: undefined })
    expect(seen(f, 'The plan foresees', '$2.4 billion')).toEqual({ role: 'target', period: '2030' })
    expect(seen(f, 'The plan foresees', '$600 million')).toEqual({ role: 'target', period: '2030' })
    expect(seen(f, 'Harlow Freight eyes', '$2.4bn')).toEqual({ role: 'target', period: '2030' })
    expect(seen(f, 'Harlow Freight eyes', '12')).toEqual({ role: undefined, period: '2026/2030' })
    expect(seen(f, 'planned for this year', '40')).toEqual({ role: 'target', period: '2026' })
    expect(seen(f, 'a plan worth', '$150 million')).toEqual({ role: 'target', period: undefined })
  })
})

describe('norms, horizons and years on end', () => {
  it('reads what a norm requires as a goal, and a horizon or a length as undated', async () => {
    const f = await figuresOf('corvane-chemicals-targets-2023')
    // what an agreement or science requires is a goal; the agreement is whose it is, and the deadline is the paragraph's
    expect(seen(f, 'required by the Paris Agreement', '43%')).toEqual({ role: 'target', period: '2030' })
    expect(f.find((g) => g.text === '43%')?.subject?.name).toBe('Paris Agreement')
    expect(seen(f, 'it is necessary to limit', '1.5 degrees Celsius')).toEqual({ role: 'target', period: undefined })
    // a horizon is a length of time: no period, not even the goal's deadline
    expect(seen(f, 'over the next four years', 'four years')).toEqual({ role: 'target', period: undefined })
    // years on end count up to the sentence's year
    expect(seen(f, 'four years in a row', 'four years')).toEqual({ role: undefined, period: '2022' })
  })
})

describe('baselines, levels reached and goals set aside', () => {
  it('reads a baseline value as a base dated by its year, and a level reached over a span as its last year’s', async () => {
    const f = await figuresOf('corvane-chemicals-targets-2023')
    expect(seen(f, 'from a baseline of', '4.2 million cubic metres')).toEqual({ role: 'base', period: '2020' })
    expect(seen(f, 'from a baseline of', '2020')).toEqual({ role: 'base', period: undefined })
    expect(f.find((g) => g.text === '30%')?.baseYear).toBe(2020)
    expect(seen(f, 'steadily increased its water use', '4.6 million cubic metres')).toEqual({ role: undefined, period: '2022' })
  })

  it('reads a goal set aside as a goal with the same deadline', async () => {
    const f = await figuresOf('corvane-chemicals-targets-2023')
    expect(seen(f, 'an earlier target of', '35%')).toEqual({ role: 'target', period: '2030' })
    expect(seen(f, '20% previously', '20%')).toEqual({ role: 'target', period: '2030' })
  })
})

describe('a goal noun after a value', () => {
  it('makes the value of "its 9% reduction target" a goal, dated by the deadline just stated', async () => {
    const f = await figuresOf('brightwell-apparel-2024')
    expect(seen(f, 'nearing the group', '9%').role).toBe('target')
    expect(seen(f, 'nearing the group', '8.5%')).toEqual({ role: undefined, period: '2024' })
    // the goal named by its year in the sentence before gives the deadline
    expect(seen(f, 'doubles the original', '20%')).toEqual({ role: 'target', period: '2026' })
    // "of this target" is a share of the goal reached, not the goal
    expect(seen(f, 'had reached', '96%')).toEqual({ role: undefined, period: '2024' })
  })
})

describe('"towards" a year in an intended clause', () => {
  it('makes the year the deadline of the intended value, not of the past one', async () => {
    const f = await figuresOf('brightwell-apparel-2024')
    expect(seen(f, 'towards 2027', '2027')).toEqual({ role: 'target', period: undefined })
    expect(seen(f, 'towards 2027', '£50 million')).toEqual({ role: 'target', period: '2027' })
    expect(seen(f, 'towards 2027', '£30 million').role).toBeUndefined()
  })
})

describe('a deadline that another goal’s wording leads', () => {
  it('is that goal’s ("invest £40 million in a bid to reach zero waste … by 2030"), not the amount’s', async () => {
    const f = await figuresOf('brightwell-apparel-2024')
    expect(seen(f, 'in a bid to reach', '£40 million')).toEqual({ role: 'target', period: undefined })
    expect(seen(f, 'in a bid to reach', '2030')).toEqual({ role: 'target', period: undefined })
    // "aims for" leads a goal as "aims to" does
    expect(seen(f, 'water fund aims for', '£6 million')).toEqual({ role: 'target', period: undefined })
    // the goal's own value keeps its deadline
    expect(seen(f, 'aims to cut energy use', '25%')).toEqual({ role: 'target', period: '2029' })
  })
})

describe('"by the same date"', () => {
  it('is the deadline the article stated last, across a paragraph break', async () => {
    const f = await figuresOf('brightwell-apparel-2024')
    expect(seen(f, 'by the same date', '100 per cent')).toEqual({ role: 'target', period: '2031' })
  })
})

describe('a plan named with its period', () => {
  it('"il nuovo piano strategico per il periodo 2024-2028": the span names the plan, it is no deadline', async () => {
    const f = await figuresOf('valdora-acque-2024')
    expect(seen(f, 'per il periodo', '2024-2028')).toEqual({ role: undefined, period: undefined })
  })
})

describe('a horizon ahead', () => {
  it('"over the next 3 years", "nel prossimo triennio": the clause speaks of what is to come', async () => {
    const en = await figuresOf('brightwell-apparel-2024')
    expect(seen(en, 'Over the next 3 years', '£12 million').role).toBe('target')
    const it_ = await figuresOf('valdora-acque-2024')
    expect(seen(it_, 'Nel prossimo triennio', '90 milioni di euro').role).toBe('target')
    expect(seen(it_, 'Nel prossimo triennio', 'triennio')).toEqual({ role: 'target', period: undefined })
    // "lustro" is five years, a horizon like "triennio"
    expect(seen(it_, 'prossimo lustro', 'lustro')).toEqual({ role: 'target', period: undefined })
    expect(seen(it_, 'prossimo lustro', '20 milioni di euro').role).toBe('target')
    // "mezzo miliardo" is half a billion, a reported value here
    expect(it_.find((g) => g.text === 'mezzo miliardo di euro')).toMatchObject({ value: 500_000_000, unit: 'EUR', period: '2024' })
  })
})

describe('a multiplying verb', () => {
  it('"more than doubled", "to triple", "triplicati" are factors; "double materiality" is no figure', async () => {
    const en = await figuresOf('brightwell-apparel-2024')
    expect(en.find((g) => g.quote.includes('resale revenue') && g.text.endsWith('doubled'))).toMatchObject({ value: 2, period: '2024' })
    expect(seen(en, 'plans to triple', 'triple')).toEqual({ role: 'target', period: '2027' })
    expect(en.filter((g) => g.quote.includes('materiality') && g.value === 2)).toEqual([])
    const it_ = await figuresOf('valdora-acque-2024')
    expect(it_.find((g) => g.text.endsWith('triplicati'))).toMatchObject({ value: 3, period: '2024' })
  })
})
