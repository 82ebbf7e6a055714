import { describe, expect, it } from 'vitest'
import { extractFacts } from '../src/core/facts/build-facts.js'

/** The figures of an invented article as [text, role, period]. */
const inArticle = (lang: string, body: string) => {
  const meta = { id: 'invented', title: 'Invented', publisher: 'Invented', url: 'https://example.org/a', lang, published: '2024-06-01', about: { organization: { name: 'Norvale' }, report: { name: 'Norvale report', reportingYear: 2023 } } }
  return extractFacts({ meta, text: body, path: 'invented.md' }).flatMap((f) => f.figures.map((g) => [g.text, g.role ?? null, g.period ?? null]))
}

describe('a bare count of the places a goal covers', () => {
  it.each([
    ['en', 'The report says Norvale aims to cut water use by 30% at 12 mills worldwide by 2030.', '12'],
    ['en', 'The report says Norvale plans to halve its emissions across its five main markets by 2030.', 'five'],
    ['it', 'Secondo il bilancio, Norvale punta a ridurre i consumi idrici del 30% nei 12 stabilimenti entro il 2030.', '12'],
  ])('is neither a goal nor a result of any year (%s)', (lang, body, count) => {
    const figures = inArticle(lang, body)
    expect(figures.find(([text]) => text === count)).toEqual([count, null, null])
    expect(figures.find(([, role]) => role === 'target')).toBeDefined()
  })

  it('is a result when no goal is stated', () => {
    expect(inArticle('en', 'The report says Norvale cut water use by 30% at 12 mills in 2023.').find(([text]) => text === '12')).toEqual(['12', null, '2023'])
  })
})

describe('a sentence that only tells of a goal', () => {
  it('states no goal value through a subjunctive copula', async () => {
    const { parseFigures } = await import('../src/core/facts/figures.js')
    const roles = (s: string) => parseFigures(s, 'it').map((f) => [f.text, f.role ?? null])
    expect(roles("Che l'obiettivo sia di quelli seri lo mostra un investimento di 20 milioni di euro nel 2023.")).toEqual([['20 milioni di euro', null], ['2023', null]])
    expect(roles("L'obiettivo dichiarato di Norvale è ridurre le emissioni del 30% entro il 2030.")).toEqual([['30%', 'target'], ['2030', 'target']])
  })
})

describe('a value dated by a plan in the sentence before', () => {
  const plan = (lang: string, body: string) => {
    const meta = { id: 'invented', title: 'Invented', publisher: 'Invented', url: 'https://example.org/a', lang, published: '2022-03-01', about: { organization: { name: 'Norvale' }, report: { name: 'Norvale report', reportingYear: 2021 } } }
    return extractFacts({ meta, text: body, path: 'invented.md' }).flatMap((f) => f.figures.map((g) => [g.text, g.role ?? null, g.period ?? null]))
  }
  it('is planned when the plan runs past the article, unless it counts what is there', () => {
    const figures = plan('it', 'Norvale ha presentato il piano per il periodo 2022-2026. Le risorse sono cresciute del 18%, e ci sono 12 nuovi obiettivi.')
    expect(figures.find(([text]) => text === '18%')).toEqual(['18%', 'target', '2022/2026'])
    expect(figures.find(([text]) => text === '12')?.[1]).toBeNull()
  })
})
