import { describe, expect, it } from 'vitest'
import { describeFigures } from '../src/core/facts/describe-figures.js'
import type { Figure } from '../src/core/facts/fact-schema.js'
import { parseFigures } from '../src/core/facts/figures.js'
import type { Lang } from '../src/core/lang/lang-tag.js'

// How English and Italian name what a number measures: one grammatical pattern per test, in both languages where it exists.
const org = { name: 'Acme' }
const figuresOf = (text: string, lang: Lang): Figure[] => describeFigures({ text, start: 0 }, parseFigures(text, lang), lang, org)
const figure = (text: string, lang: Lang, written: string): Figure => {
  const f = figuresOf(text, lang).find((x) => x.text.includes(written))
  if (!f) throw new Error(`no figure "${written}" in "${text}"`)
  return f
}
const measureOf = (text: string, lang: Lang, written: string) => figure(text, lang, written).measure?.text ?? null

describe('measure: words that say when, against what or how', () => {
  it('is not an adverbial of manner, a coming period or a baseline', () => {
    expect(measureOf('The mill cut its water use by 20% in absolute terms.', 'en', '20%')).toBe('water use')
    expect(measureOf("La cartiera ha ridotto i consumi idrici del 20% in termini assoluti.", 'it', '20%')).toBe('consumi idrici')
    expect(measureOf('Capital expenditures of 2 billion dollars are planned over the next three years.', 'en', 'three years')).toBe('Capital expenditures')
    expect(measureOf("Il gruppo ha investito 40 milioni nell'ultimo quinquennio.", 'it', 'quinquennio')).not.toBe('ultimo')
    expect(measureOf('Emissions fell by 40%, from a baseline of 1.2 million tonnes.', 'en', '1.2 million')).toBe('Emissions')
    expect(measureOf('Scientists want to cap temperature rises to 1.5 degrees Celsius above the pre-industrial average.', 'en', '1.5')).toMatch(/temperature rises$/u)
  })
})

describe('measure: units the text names', () => {
  it('reads "mq" and "sq m" as square metres, so the area is the measure', () => {
    const it1 = figure('Saranno installati pannelli per una superficie totale di 150.000 mq.', 'it', '150.000')
    expect([it1.unit, it1.measure?.text]).toEqual(['m2', 'superficie totale'])
    const en = figure('The roof has a total area of 2,000 sq m.', 'en', '2,000')
    expect([en.unit, en.measure?.text]).toEqual(['m2', 'total area'])
  })
})
