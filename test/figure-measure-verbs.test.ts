import { describe, expect, it } from 'vitest'
import { describeFigures } from '../src/core/facts/describe-figures.js'
import { parseFigures } from '../src/core/facts/figures.js'
import type { Lang } from '../src/core/lang/lang-tag.js'

// What a figure measures where a verb, an article or a money noun stands beside it.
const measureOf = (text: string, lang: Lang, written: string): string | null => {
  const f = describeFigures({ text, start: 0 }, parseFigures(text, lang), lang, { name: 'Acme' }).find((x) => x.text.includes(written))
  if (!f) throw new Error(`no figure "${written}" in "${text}"`)
  return f.measure?.text ?? null
}

describe('measure: a present-tense verb ends the noun phrase', () => {
  it('stops before the verb, whichever side of the figure', () => {
    expect(measureOf('Group revenue grows 5% to 3 billion euros.', 'en', '5%')).toBe('Group revenue')
    expect(measureOf('Il 93% della produzione deriva da acciaio riciclato.', 'it', '93%')).toBe('produzione')
    expect(measureOf('Il 40% dei dipendenti lavora in Italia.', 'it', '40%')).toBe('dipendenti')
  })

  it('reads past the verb to the noun phrase before it', () => {
    expect(measureOf('La quota di energia rinnovabile raggiunge il 60%.', 'it', '60%')).toBe('quota di energia rinnovabile')
    expect(measureOf('Il gruppo punta alla neutralità carbonica entro il 2035.', 'it', '2035')).toBe('neutralità carbonica')
  })

  it('lets a deadline that opens its clause aim past a verb governing another verb', () => {
    expect(measureOf("Entro il 2026 l'azienda conta di rendere il packaging riciclabile.", 'it', '2026')).toMatch(/^packaging/u)
  })
})

describe('measure: a word after an article and a percentage', () => {
  it('is the head noun, not a participle', () => {
    expect(measureOf('The plant made a 12% cut in emissions.', 'en', '12%')).toBe('cut in emissions')
    expect(measureOf('This goes beyond the 45% cut required by the treaty.', 'en', '45%')).toMatch(/^cut/u)
  })
})

describe('measure: an amount of money "of assets"', () => {
  it('measures the spending verb, and so does what restates it', () => {
    const text = 'The insurer expects to invest £3 billion of assets in green bonds (of which £1 billion has been announced).'
    expect(measureOf(text, 'en', '£3 billion')).toBe('invest')
    expect(measureOf(text, 'en', '£1 billion')).toBe('invest')
  })
})
