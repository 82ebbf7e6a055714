/**
 * schema.org JSON-LD for every published page: one connected `@graph` per page, whose nodes carry
 * stable `@id` IRIs under the public base URL, so the same organisation, article, report, claim or
 * figure is one node wherever it appears (and across rebuilds of the same corpus).
 *
 * The model: an Organization (the company an ESG report is about) ← Report (its ESG report) ←
 * NewsArticle (the article that retells it) ← Claim (one verbatim sentence, `appearance` in the
 * article) ← Observation (one figure of the sentence, `subjectOf` the claim). A Dataset describes
 * the whole corpus. Only properties valid in schema.org 30.0 are used; nothing is invented (no
 * dates the corpus does not state, no `firstAppearance`, which we cannot know).
 */
import type {
  Claim,
  DataDownload,
  Dataset,
  DefinedTerm,
  Graph,
  IdReference,
  NewsArticle,
  Observation,
  Organization,
  PropertyValue,
  Report,
  StatisticalVariable,
  Thing,
  WebPage,
} from 'schema-dts'
import type { SourceMeta } from '../corpus/source-schema.js'
import { slugify } from '../facts/citation.js'
import type { Fact, Figure, FigureKind, Variable } from '../facts/fact-schema.js'
import { isMeasured } from '../facts/figure-kinds.js'
import { TOPICS, type Topic } from '../facts/topics.js'
import type { SearchHit } from '../query/rank.js'
import { findSeries, isObservation, organizationId, seriesData, type Series } from '../query/series.js'
import { plural, SITE_NAME } from './markdown-views.js'
import { DATA_LICENSE, factsOf, paths, type Site } from './site.js'


type Org = SourceMeta['about']['organization']
type Node = Exclude<Thing, string>

/** The `@id` IRIs of our nodes: fragments of the page that shows the thing, or of the home page. */
export const ids = {
  org: (base: string, org: Org) => `${base}/#org-${org.wikidata ?? slugify(org.name)}`,
  publisher: (base: string, name: string) => `${base}/#org-${slugify(name)}`,
  service: (base: string) => `${base}/#service`,
  dataset: (base: string) => `${base}/#dataset`,
  article: (base: string, sourceId: string) => `${base}${paths.source(sourceId)}#article`,
  // No page per report: a fragment of the home page, as for organisations.
  report: (base: string, report: SourceMeta['about']['report']) => `${base}/#report-${slugify(report.name)}`,
  claim: (base: string, factId: string) => `${base}${paths.fact(factId)}#claim`,
  figure: (base: string, factId: string, n: number) => `${base}${paths.fact(factId)}#figure-${n}`,
  topic: (base: string, topicId: string) => `${base}${paths.topic(topicId)}#topic`,
  variable: (base: string, variableId: string) => `${base}${paths.variable(variableId)}#variable`,
  page: (base: string, path: string) => `${base}${path}#webpage`,
}

const ref = (id: string): IdReference => ({ '@id': id })


/** UN/CEFACT Recommendation 20 common codes for the units the figure parser emits. */
const UNIT_CODES: Readonly<Record<string, string>> = {
  percent: 'P1',
  t: 'TNE',
  kg: 'KGM',
  m3: 'MTQ',
  km: 'KMT',
  h: 'HUR',
  kWh: 'KWH',
  MWh: 'MWH',
  GWh: 'GWH',
  TWh: 'D32',
  kW: 'KWT',
  MW: 'MAW',
  GW: 'A90',
  g: 'GRM',
  L: 'LTR',
  ha: 'HAR',
  m2: 'MTK',
  km2: 'KMK',
  year: 'ANN',
  month: 'MON',
  kbps: 'C74',
  Mbps: 'E20',
  Gbps: 'B80',
}
/** Units without a common code, spelled out for `unitText`. */
const UNIT_TEXT: Readonly<Record<string, string>> = { pp: 'percentage points' }

const KIND_LABEL: Readonly<Record<FigureKind, string>> = {
  amount: 'amount',
  percent: 'share',
  quantity: 'quantity',
  count: 'count',
  year: 'year',
  'year-range': 'period',
  ordinal: 'rank',
  date: 'date',
}

const topicById = new Map(TOPICS.map((t) => [t.id, t]))
const sourceMeta = (site: Site, sourceId: string) => site.corpus.sources.find((s) => s.id === sourceId)

function organizationNode(base: string, org: Org): Exclude<Organization, string> {
  return {
    '@type': 'Organization',
    '@id': ids.org(base, org),
    name: org.name,
    ...(org.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${org.wikidata}` } : {}),
  }
}

function publisherNode(base: string, name: string): Exclude<Organization, string> {
  return { '@type': 'Organization', '@id': ids.publisher(base, name), name }
}

function reportNode(base: string, meta: SourceMeta): Report {
  const { organization, report } = meta.about
  return {
    '@type': 'Report',
    '@id': ids.report(base, report),
    name: report.name,
    about: ref(ids.org(base, organization)),
    temporalCoverage: String(report.reportingYear),
  }
}

function articleNode(base: string, meta: SourceMeta): NewsArticle {
  return {
    '@type': 'NewsArticle',
    '@id': ids.article(base, meta.id),
    headline: meta.title,
    url: meta.url,
    inLanguage: meta.lang,
    publisher: ref(ids.publisher(base, meta.publisher)),
    about: ref(ids.report(base, meta.about.report)),
    ...(meta.section ? { articleSection: meta.section } : {}),
    ...(meta.published ? { datePublished: meta.published } : {}),
  }
}

/** The article, its publisher, the report it retells and the report's organisation. */
function sourceNodes(base: string, meta: SourceMeta): Node[] {
  return [articleNode(base, meta), publisherNode(base, meta.publisher), reportNode(base, meta), organizationNode(base, meta.about.organization)]
}

function topicNode(base: string, topic: Topic): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': ids.topic(base, topic.id),
    name: topic.label.en,
    alternateName: topic.label.it,
    description: topic.description,
    termCode: topic.id,
    url: `${base}${paths.topic(topic.id)}`,
  }
}

function claimNode(base: string, fact: Fact, org: Org): Claim {
  return {
    '@type': 'Claim',
    '@id': ids.claim(base, fact.id),
    text: fact.text,
    inLanguage: fact.lang,
    url: `${base}${paths.fact(fact.id)}`,
    appearance: ref(ids.article(base, fact.source.id)),
    about: [ref(ids.org(base, org)), ...fact.topics.filter((t) => topicById.has(t)).map((t) => ref(ids.topic(base, t)))],
  }
}

/**
 * When a figure was observed: the year or interval its sentence states, else for a target the
 * year it is due, else the reporting year of the report. An interval of years becomes its last
 * year plus an `observationPeriod` in years (inclusive), since `observationDate` takes a date.
 */
function observationTime(figure: Figure, reportingYear: number): Pick<Observation, 'observationDate' | 'observationPeriod'> {
  const interval = figure.period?.match(/^(\d{4})\/(\d{4})$/)
  if (interval) return { observationDate: interval[2]!, observationPeriod: `P${Number(interval[2]) - Number(interval[1]) + 1}Y` }
  if (figure.period) return { observationDate: figure.period }
  if (figure.role === 'target' && figure.targetYear !== undefined) return { observationDate: String(figure.targetYear) }
  return { observationDate: String(reportingYear) }
}

function unitOf(figure: Figure): Pick<Observation, 'unitCode' | 'unitText'> {
  if (!figure.unit) return {}
  const code = UNIT_CODES[figure.unit]
  if (code) return { unitCode: code }
  // ISO 4217 currency codes are not UN/CEFACT units; schema.org puts them in unitText.
  return { unitText: UNIT_TEXT[figure.unit] ?? figure.unit }
}

/**
 * The variable a figure measures, as a StatisticalVariable: named in English, the Italian name as
 * its alternate, and its GRI/ESRS codes as identifiers. The same node on every page that shows it.
 */
function variableNode(base: string, variable: Variable): StatisticalVariable {
  const codes = [variable.gri && code('GRI', variable.gri), variable.esrs && code('ESRS', variable.esrs)].filter((c) => c !== undefined && c !== '')
  return {
    '@type': 'StatisticalVariable',
    '@id': ids.variable(base, variable.id),
    name: variable.names.en,
    ...(variable.names.it !== variable.names.en ? { alternateName: variable.names.it } : {}),
    url: `${base}${paths.variable(variable.id)}`,
    ...(codes.length ? { identifier: codes } : {}),
  }
}

const code = (propertyID: string, value: string): PropertyValue => ({ '@type': 'PropertyValue', propertyID, value })

/** What a figure without a known variable measures, generically: the fact's most specific topic and the figure's kind. */
function genericVariable(fact: Fact, figure: Figure): string {
  const topic = fact.topics.map((t) => topicById.get(t)).find(Boolean)
  const what = `${topic ? topic.label.en : 'ESG'} ${KIND_LABEL[figure.kind]}`
  return figure.role === 'target' ? `${what} (target)` : what
}

/** Bounds the source states ("over 42,000", "between 10 and 20%") as min/max values. */
function bounds(figure: Figure): Pick<Observation, 'minValue' | 'maxValue'> {
  if (figure.valueEnd !== undefined) return { minValue: figure.value, maxValue: figure.valueEnd }
  if (figure.qualifier === 'over' || figure.qualifier === 'at-least') return { minValue: figure.value }
  if (figure.qualifier === 'under' || figure.qualifier === 'at-most') return { maxValue: figure.value }
  return {}
}

/** Whether a figure is an Observation: a measurement, or any figure of a known variable (a report's edition, a deadline). */
const observed = (figure: Figure) => isMeasured(figure) || isObservation(figure)

/** One Observation per observed figure; `n` is the figure's 1-based position in the fact, so ids survive filtering. */
function observationNodes(base: string, fact: Fact, meta: SourceMeta): Observation[] {
  return fact.figures.flatMap((figure, i) =>
    observed(figure)
      ? [
          {
            '@type': 'Observation',
            '@id': ids.figure(base, fact.id, i + 1),
            name: figure.text,
            value: figure.value,
            ...bounds(figure),
            ...unitOf(figure),
            variableMeasured: isObservation(figure) ? ref(ids.variable(base, figure.variable.id)) : genericVariable(fact, figure),
            ...observationTime(figure, meta.about.report.reportingYear),
            observationAbout: ref(ids.org(base, meta.about.organization)),
            subjectOf: ref(ids.claim(base, fact.id)),
          } satisfies Observation,
        ]
      : [],
  )
}

/** A fact's own nodes: its claim, its observations and the topics it is about. */
function factNodes(base: string, fact: Fact, meta: SourceMeta): Node[] {
  const topics = fact.topics.flatMap((t) => {
    const topic = topicById.get(t)
    return topic ? [topicNode(base, topic)] : []
  })
  const variables = fact.figures.flatMap((f) => (isObservation(f) ? [variableNode(base, f.variable)] : []))
  return [claimNode(base, fact, meta.about.organization), ...observationNodes(base, fact, meta), ...variables, ...topics]
}

/** Facts with the nodes of their sources, each node once, in first-seen order. */
function factsWithSources(site: Site, facts: readonly Fact[]): Node[] {
  const nodes: Node[] = []
  const seenSources = new Set<string>()
  for (const fact of facts) {
    const meta = sourceMeta(site, fact.source.id)
    if (!meta) throw new Error(`esg-facts: fact ${fact.id} names an unknown source ${fact.source.id}`)
    nodes.push(...factNodes(site.publicUrl, fact, meta))
    if (!seenSources.has(meta.id)) {
      seenSources.add(meta.id)
      nodes.push(...sourceNodes(site.publicUrl, meta))
    }
  }
  return nodes
}

function serviceNode(base: string): Exclude<Organization, string> {
  return { '@type': 'Organization', '@id': ids.service(base), name: SITE_NAME, url: `${base}/` }
}

/** "2023/2024" for several reporting years, "2024" for one. */
function yearRange(years: readonly number[]): string {
  const lo = Math.min(...years)
  const hi = Math.max(...years)
  return lo === hi ? String(lo) : `${lo}/${hi}`
}

/** Google Dataset description limits: 50 to 5000 characters. */
const DESCRIPTION_MAX = 5000

function datasetNode(site: Site): Dataset {
  const base = site.publicUrl
  const { sources, facts } = site.corpus
  const orgs = [...new Set(sources.map((s) => s.about.organization.name))]
  const langs = [...new Set(sources.map((s) => s.lang))].sort()
  const years = sources.map((s) => s.about.report.reportingYear)
  const topics = TOPICS.filter((t) => facts.some((f) => f.topics.includes(t.id)))
  const description = (
    `Cited ESG (environmental, social and governance) facts taken verbatim from ${plural(sources.length, 'news article')} ` +
    `that retell company ESG reports${orgs.length ? ` (${orgs.join(', ')})` : ''}: ${plural(facts.length, 'sentence')}, each with its ` +
    `normalised figures (values, units, periods, targets), topics mapped to GRI and ESRS, claim type, and a citation ` +
    `with character offsets and a deep link to the quote in the article. Languages: ${langs.join(', ') || 'none'}. ` +
    `The facts data is licensed CC BY 4.0; quoted sentences remain the copyright of their publishers.`
  ).slice(0, DESCRIPTION_MAX)
  return {
    '@type': 'Dataset',
    '@id': ids.dataset(base),
    name: `${SITE_NAME}: cited ESG facts from company-report articles`,
    description,
    url: `${base}/`,
    license: DATA_LICENSE,
    copyrightNotice: 'Quoted sentences remain the copyright of their publishers; they are quoted for citation.',
    isAccessibleForFree: true,
    creator: ref(ids.service(base)),
    publisher: ref(ids.service(base)),
    inLanguage: langs,
    keywords: ['ESG', 'sustainability', 'GRI', 'ESRS', ...topics.map((t) => t.label.en)],
    ...(years.length ? { temporalCoverage: yearRange(years) } : {}),
    variableMeasured: topics.map((t) => t.label.en),
    isBasedOn: sources.map((s) => ref(ids.article(base, s.id))),
    distribution: [
      download(`${base}/v1/facts`, 'application/json', 'The facts as JSON (paged with limit and offset).'),
      // Served as text/plain (see crawl-routes); its content is Markdown, which the description says.
      download(`${base}/llms-full.txt`, 'text/plain', 'Every fact with its citation, as one Markdown file (served as text/plain).'),
    ],
  }
}

function download(contentUrl: string, encodingFormat: string, description: string): DataDownload {
  return { '@type': 'DataDownload', contentUrl, encodingFormat, description }
}

function pageNode(site: Site, type: 'WebPage' | 'ItemPage' | 'CollectionPage' | 'SearchResultsPage', path: string, name: string, lang: string, main: string, mentions: string[] = []): WebPage {
  const base = site.publicUrl
  return {
    '@type': type,
    '@id': ids.page(base, path),
    url: `${base}${path}`,
    name,
    inLanguage: lang,
    mainEntity: ref(main),
    ...(mentions.length ? { mentions: mentions.map(ref) } : {}),
  }
}

/** The corpus Dataset with its creator and the article nodes it is based on. */
function datasetNodes(site: Site): Node[] {
  return [datasetNode(site), serviceNode(site.publicUrl), ...site.corpus.sources.flatMap((s) => sourceNodes(site.publicUrl, s))]
}

const graph = (nodes: readonly Node[]): Graph => ({ '@context': 'https://schema.org', '@graph': dedupe(nodes) })

/** Each `@id` once: a node reached twice (an organisation of two articles) is the same node. */
function dedupe(nodes: readonly Node[]): Node[] {
  const seen = new Set<string>()
  return nodes.filter((n) => {
    const id = (n as { '@id'?: string })['@id']
    if (id === undefined) return true
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** The home page: the Dataset, its creator and every source. */
export function homeGraph(site: Site): Graph {
  return graph([pageNode(site, 'WebPage', paths.home(), SITE_NAME, 'en', ids.dataset(site.publicUrl)), ...datasetNodes(site)])
}

/** A fact page: its Claim, Observations and topics, with the article, report and organisations. */
export function factGraph(site: Site, fact: Fact): Graph {
  const base = site.publicUrl
  const page = pageNode(site, 'ItemPage', paths.fact(fact.id), fact.text, fact.lang, ids.claim(base, fact.id))
  return graph([page, ...factsWithSources(site, [fact])])
}

/** A source page: the article and every claim taken from it; undefined for an unknown id. */
export function sourceGraph(site: Site, sourceId: string): Graph | undefined {
  const meta = sourceMeta(site, sourceId)
  if (!meta) return undefined
  const base = site.publicUrl
  const facts = factsOf(site, sourceId)
  const page = pageNode(site, 'CollectionPage', paths.source(sourceId), meta.title, meta.lang, ids.article(base, sourceId), facts.map((f) => ids.claim(base, f.id)))
  return graph([page, ...sourceNodes(base, meta), ...factsWithSources(site, facts)])
}

/** A topic page: the topic as a DefinedTerm and the claims about it; undefined for an unknown id. */
export function topicGraph(site: Site, topicId: string): Graph | undefined {
  const topic = topicById.get(topicId)
  if (!topic) return undefined
  const base = site.publicUrl
  const facts = site.corpus.facts.filter((f) => f.topics.includes(topicId))
  const page = pageNode(site, 'CollectionPage', paths.topic(topicId), topic.label.en, 'en', ids.topic(base, topicId), facts.map((f) => ids.claim(base, f.id)))
  return graph([page, topicNode(base, topic), ...factsWithSources(site, facts)])
}

/** The facts that state the points of some series, in corpus order. */
function factsOfSeries(site: Site, series: readonly Series[]): Fact[] {
  const ids = new Set(series.flatMap((s) => s.points.flatMap((p) => p.sources.map((src) => src.factId))))
  return site.corpus.facts.filter((f) => ids.has(f.id))
}

/** A variable's page: the StatisticalVariable and the claims whose figures measure it; undefined for a variable not in use. */
export function variableGraph(site: Site, variableId: string): Graph | undefined {
  const series = findSeries(seriesData(site.corpus), { variable: variableId })
  if (!series.length) return undefined
  const base = site.publicUrl
  const facts = factsOfSeries(site, series)
  const page = pageNode(site, 'CollectionPage', paths.variable(variableId), series[0]!.variable.names.en, 'en', ids.variable(base, variableId), facts.map((f) => ids.claim(base, f.id)))
  return graph([page, variableNode(base, series[0]!.variable), ...factsWithSources(site, facts)])
}

/** An organisation's page: the Organization, the articles on its reports and the claims of its series; undefined for an unknown id. */
export function organizationGraph(site: Site, orgId: string): Graph | undefined {
  const sources = site.corpus.sources.filter((s) => organizationId(s.about.organization) === orgId)
  if (!sources.length) return undefined
  const base = site.publicUrl
  const org = sources[0]!.about.organization
  const facts = factsOfSeries(site, findSeries(seriesData(site.corpus), { organization: orgId }))
  const page = pageNode(site, 'CollectionPage', paths.organization(orgId), org.name, 'en', ids.org(base, org), facts.map((f) => ids.claim(base, f.id)))
  return graph([page, ...sources.flatMap((s) => sourceNodes(base, s)), ...factsWithSources(site, facts)])
}

/**
 * A search results page: the claims of the hits given (pass only the hits shown). Its main entity
 * is the Dataset searched, by reference: the Dataset node itself lives on the home page only, so
 * search engines see one Dataset, not one per page.
 */
export function searchGraph(site: Site, q: string, hits: readonly SearchHit[]): Graph {
  const base = site.publicUrl
  const facts = hits.map((h) => h.fact)
  const path = q ? paths.search(q) : '/search'
  const page = pageNode(site, 'SearchResultsPage', path, q ? `Search: ${q}` : 'Search', 'en', ids.dataset(base), facts.map((f) => ids.claim(base, f.id)))
  return graph([page, ...factsWithSources(site, facts)])
}

/** Everything: the Dataset, every source, every claim with its observations and topics (for /v1/graph). */
export function fullGraph(site: Site): Graph {
  return graph([...datasetNodes(site), ...factsWithSources(site, site.corpus.facts)])
}

/**
 * A graph as text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become
 * JSON escapes, so a quote containing `</script>` or `<!--` cannot end or alter the script, and
 * U+2028/U+2029 are escaped for old JavaScript parsers. The JSON value is unchanged.
 */
export function jsonLdScript(g: Graph): string {
  return JSON.stringify(g)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** A fact's own statement as schema.org nodes, each with its context: its Claim, then one Observation per measured figure. */
export function claimObjects(site: Site, fact: Fact): Array<Record<string, unknown>> {
  const meta = sourceMeta(site, fact.source.id)
  if (!meta) throw new Error(`esg-facts: fact ${fact.id} names an unknown source ${fact.source.id}`)
  const nodes: Node[] = [claimNode(site.publicUrl, fact, meta.about.organization), ...observationNodes(site.publicUrl, fact, meta)]
  return nodes.map((node) => ({ '@context': 'https://schema.org', ...(node as object) }))
}
