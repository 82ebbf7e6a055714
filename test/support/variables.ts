import { buildFromCorpus } from '../../src/adapter/node/artifacts.js'
import type { Variable } from '../../src/core/facts/fact-schema.js'
import { BUNDLED_GLOSSARY } from '../../src/core/index/bundled-glossary.js'
import { FactIndex } from '../../src/core/index/fact-index.js'
import { baseLang } from '../../src/core/lang/lang-tag.js'
import type { AppData } from '../../src/core/pipeline.js'

/**
 * Variables for tests, set by hand on built data until the pipeline fills them: each label names a
 * figure (its source and its text as written) and what it measures. Consumers of variables (series,
 * JSON-LD, pages, llms-full.txt, MCP) are tested on data labelled this way.
 */
export const TEST_VARIABLES = {
  'renewable-energy-share': { names: { en: 'renewable energy share', it: 'quota di energia rinnovabile' }, gri: '302-1', esrs: 'E1-5' },
  'carbon-neutrality': { names: { en: 'carbon neutrality', it: 'neutralità carbonica' }, esrs: 'E1-1' },
  employees: { names: { en: 'employees', it: 'dipendenti' }, gri: '2-7', esrs: 'S1-6' },
  'lca-products': { names: { en: 'products with a lifecycle carbon footprint assessment', it: "prodotti con valutazione dell'impronta di carbonio" } },
  'report-edition': { names: { en: 'ESG report edition', it: 'edizione del report ESG' } },
  'rnd-investment': { names: { en: 'R&D investment', it: 'investimento in ricerca e sviluppo' }, gri: '201-1' },
  'research-grants': { names: { en: 'research grants', it: 'sovvenzioni alla ricerca' } },
} satisfies Record<string, Omit<Variable, 'id' | 'name'>>
export type TestVariable = keyof typeof TEST_VARIABLES

export interface Label {
  source: string
  /** The figure's text, as written in the sentence. */
  figure: string
  variable: TestVariable
  /** Words of the sentence that name the measure. */
  measure?: string
  /** Overrides the parsed period (a target's deadline, for instance). */
  period?: string
  /** A part or party the sentence names, instead of the organisation. */
  subject?: string
}

/** A copy of `data` with the labelled figures' variable, measure, period and subject set, and its index rebuilt. Throws on a label that finds no figure. */
export function withVariables(data: AppData, labels: readonly Label[]): AppData {
  const corpus = structuredClone(data.corpus)
  for (const label of labels) {
    const hits = corpus.facts.filter((f) => f.source.id === label.source).flatMap((fact) => fact.figures.filter((g) => g.text === label.figure).map((figure) => ({ fact, figure })))
    if (!hits.length) throw new Error(`withVariables: no figure "${label.figure}" in ${label.source}`)
    for (const { fact, figure } of hits) {
      const vocab = TEST_VARIABLES[label.variable]
      figure.variable = { id: label.variable, name: vocab.names[baseLang(fact.lang)], ...vocab }
      if (label.measure) {
        const at = fact.text.indexOf(label.measure)
        if (at < 0) throw new Error(`withVariables: "${label.measure}" is not in "${fact.text}"`)
        figure.measure = { text: label.measure, start: fact.citation.start + at, end: fact.citation.start + at + label.measure.length }
      }
      if (label.period) Object.assign(figure, { period: label.period, periodFrom: 'sentence' })
      if (label.subject) figure.subject = { name: label.subject }
    }
  }
  return { corpus, index: FactIndex.build(corpus.facts, corpus.sources, BUNDLED_GLOSSARY) }
}

/** The series fixture corpus (test/fixtures/series-corpus), labelled: corroboration, a conflict, targets (a share, a year) and two languages. */
export const SERIES_LABELS: readonly Label[] = [
  { source: 'aurora-bilancio-2023', figure: '62%', variable: 'renewable-energy-share', measure: 'quota di energia rinnovabile' },
  { source: 'aurora-report-2024', figure: '74%', variable: 'renewable-energy-share', measure: 'renewable sources' },
  { source: 'aurora-news-2024', figure: '74%', variable: 'renewable-energy-share', measure: 'renewable sources' },
  { source: 'aurora-news-2024', figure: '90%', variable: 'renewable-energy-share', measure: 'renewable energy', period: '2030' },
  { source: 'aurora-bilancio-2023', figure: '2040', variable: 'carbon-neutrality', measure: 'neutralità carbonica', period: '2040' },
  { source: 'aurora-report-2024', figure: '2040', variable: 'carbon-neutrality', measure: 'carbon neutral', period: '2040' },
  // A year that only dates its sentence, named after what it dates as a pipeline may: not an observation.
  { source: 'aurora-report-2024', figure: '2024', variable: 'renewable-energy-share' },
  { source: 'aurora-bilancio-2023', figure: '1.250', variable: 'employees', measure: 'dipendenti' },
  { source: 'aurora-report-2024', figure: '1,310', variable: 'employees', measure: 'employees' },
  { source: 'aurora-news-2024', figure: '1,340', variable: 'employees', measure: 'employees' },
]

let series: Promise<AppData> | undefined
/** The series fixture corpus with {@link SERIES_LABELS}, built once per test file. */
export const seriesCorpusData = () => (series ??= buildFromCorpus('test/fixtures/series-corpus').then((d) => withVariables(d, SERIES_LABELS)))

/** The bundled corpus labelled as issue 11's acceptance reads it: one variable across the two articles' languages and years, and two that must stay apart. */
export const BUNDLED_LABELS: readonly Label[] = [
  { source: 'innovationcity-xiaomi-esg-2023', figure: 'cinque', variable: 'lca-products', period: '2023' },
  { source: 'trendaily-xiaomi-esg-2024', figure: '18', variable: 'lca-products', measure: 'lifecycle carbon footprint measurements' },
  { source: 'innovationcity-xiaomi-esg-2023', figure: 'sesto', variable: 'report-edition', measure: 'ESG report', period: '2023' },
  { source: 'trendaily-xiaomi-esg-2024', figure: 'seventh', variable: 'report-edition', period: '2024' },
  { source: 'innovationcity-xiaomi-esg-2023', figure: '60 milioni di RMB', variable: 'research-grants', measure: 'sovvenzioni' },
  { source: 'trendaily-xiaomi-esg-2024', figure: '24.1 billion RMB', variable: 'rnd-investment', measure: 'research and development (R&D)' },
]
