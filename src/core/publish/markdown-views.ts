import type { SourceWithText } from '../corpus/source-schema.js'
import type { Fact, Figure, Pillar, Topic } from '../facts/fact-schema.js'
import { TOPICS } from '../facts/topics.js'
import type { SearchHit } from '../query/rank.js'
import { findSeries, isObservation, onlyDates, organizationId, seriesData, type Series } from '../query/series.js'
import { pointValue, seriesTable, type RowLabel } from './series-table.js'
import { factsOf, paths, sectionsOf, standardsOf, type Site } from './site.js'

/*
 * Markdown views of the HTML pages, for agents that prefer Markdown (served at the page path plus
 * `.md`). Links are absolute (site.publicUrl) and point at the Markdown variants, so an agent that
 * starts in Markdown stays in Markdown. Every view is a pure function of the site.
 */

/** Name and one-line summary of the service, shared by the home view and llms.txt. */
export const SITE_NAME = 'esg-facts'
export const SITE_SUMMARY =
  'Cited ESG facts from company-report articles, in English and Italian: every figure comes with its verbatim source sentence, character offsets and a deep link to the quote.'

const PILLARS: Record<Pillar, string> = { E: 'Environmental', S: 'Social', G: 'Governance' }

/** The Markdown variant of a page path: `/` is `/index.md`, `/search?q=x` is `/search.md?q=x`. */
export function markdownPath(path: string): string {
  const at = path.indexOf('?')
  const [page, query] = at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)]
  return `${page === '/' ? '/index' : page}.md${query}`
}

/** Absolute URL of a page's Markdown variant. */
export const markdownUrl = (site: Site, path: string): string => site.publicUrl + markdownPath(path)

/** The home page: what the service is, its sources, its topics and its API. */
export function homeMarkdown(site: Site): string {
  const { sources, facts } = site.corpus
  const topics = topicsWithFacts(site)
  return doc(
    `# ${SITE_NAME}`,
    `> ${SITE_SUMMARY}`,
    `${plural(facts.length, 'fact')} from ${plural(sources.length, 'article')}. Each fact is one sentence of an article, quoted verbatim; its figures are normalised (value, unit, qualifier, period) and located by offsets in the source text.`,
    '## Sources',
    list(sources.map((s) => `[${inline(s.title)}](${markdownUrl(site, paths.source(s.id))}): ${inline(s.publisher)}, ${s.lang}, ${plural(s.facts, 'fact')}`)),
    '## Organisations',
    list([...seriesData(site.corpus).organizations.values()].map((org) => `[${inline(org.name)}](${markdownUrl(site, paths.organization(org.id))}): figures by year`)),
    '## Topics',
    list(topics.map(({ topic, count }) => `[${topicLabel(topic)}](${markdownUrl(site, paths.topic(topic.id))}): ${plural(count, 'fact')}`)),
    '## API',
    list([
      `[OpenAPI 3.1 description](${site.publicUrl}/openapi.json)`,
      `[Search facts](${apiUrl(site, '/v1/search', exampleQuery(site))}): JSON, English or Italian, across both languages`,
      `[Answer a question](${apiUrl(site, '/v1/answer', exampleQuery(site))}): the fact that answers it, with a citation, or an abstention`,
      `[All facts as Markdown](${site.publicUrl}/llms-full.txt)`,
    ]),
  )
}

/** Search results for `q`, best first, each fact with its figures and citation. */
export function searchMarkdown(site: Site, q: string, hits: SearchHit[]): string {
  const intro = hits.length ? `${plural(hits.length, 'fact')} found, best first.` : `No fact matches this query. Try other words, or the other language (English or Italian).`
  return doc(`# Search: ${inline(q)}`, intro, hits.map((h) => factEntry(site, h.fact)).join('\n'))
}

/** One fact: the statement, its figures, the verbatim quote with its deep link, the source and the taxonomy. */
export function factMarkdown(site: Site, fact: Fact): string {
  const { citation, source } = fact
  const topics = fact.topics.map((id) => TOPICS.find((t) => t.id === id)).filter((t) => t !== undefined)
  return doc(
    `# ${inline(fact.text)}`,
    list([
      `Claim type: ${fact.type}`,
      ...(fact.pillar ? [`Pillar: ${PILLARS[fact.pillar]}`] : []),
      `Topics: ${topics.map((t) => `[${topicLabel(t)}](${markdownUrl(site, paths.topic(t.id))})`).join(', ') || 'none'}`,
      ...(fact.period ? [`Period: ${fact.period}`] : []),
      ...(fact.targetYear !== undefined ? [`Target year: ${fact.targetYear}`] : []),
      ...(fact.baseYear !== undefined ? [`Base year: ${fact.baseYear}`] : []),
      `Language: ${fact.lang}`,
      `Fact id: \`${fact.id}\` ([JSON](${site.publicUrl}/v1/facts/${fact.id}))`,
    ]),
    '## Figures',
    fact.figures.length ? figureTable(site, fact.figures) : 'The sentence states no figure.',
    '## Quote',
    blockquote(citation.quote),
    `— [${inline(source.publisher)}: ${inline(source.title)}](${citation.url})${citation.heading ? `, section “${inline(citation.heading)}”` : ''}`,
    `Characters ${citation.start}–${citation.end} of the [source text](${site.publicUrl}/v1/sources/${source.id}); figure offsets index the same text.`,
    '## Source',
    list([
      `Publisher: ${inline(source.publisher)}`,
      `Title: ${inline(source.title)}`,
      `URL: <${source.url}>`,
      `All facts of this article: [${inline(source.title)}](${markdownUrl(site, paths.source(source.id))})`,
    ]),
  )
}

/** One article: what it is about, then its facts in article order, grouped by section heading. */
export function sourceMarkdown(site: Site, sourceId: string): string {
  const source = findSource(site, sourceId)
  return doc(`# ${inline(source.title)}`, ...sourceBody(site, source, 2))
}

/** One topic of the taxonomy: its definition and standards, then its facts grouped by article. */
export function topicMarkdown(site: Site, topicId: string): string {
  const topic = TOPICS.find((t) => t.id === topicId)
  if (!topic) throw new Error(`esg-facts: no topic has the id "${topicId}"`)
  const facts = site.corpus.facts.filter((f) => f.topics.includes(topic.id))
  const standards = standardsOf(topic)
  return doc(
    `# ${topicLabel(topic)}`,
    `> ${inline(topic.description)}`,
    list([`Pillar: ${PILLARS[topic.pillar]}`, `Standards: ${standards || 'none'}`, `Topic id: \`${topic.id}\``, plural(facts.length, 'fact')]),
    ...groupBy(facts, (f) => f.source.id).flatMap(([, group]) => [
      `## [${inline(group[0]!.source.title)}](${markdownUrl(site, paths.source(group[0]!.source.id))})`,
      group.map((f) => factEntry(site, f)).join('\n'),
    ]),
  )
}

/** One variable: its names and codes, then every organisation's series of it, as a table by year. */
export function variableMarkdown(site: Site, variableId: string): string {
  const series = findSeries(seriesData(site.corpus), { variable: variableId })
  const variable = series[0]?.variable
  if (!variable) throw new Error(`esg-facts: no variable in use has the id "${variableId}"`)
  const standards = standardsOf(variable)
  return doc(
    `# ${inline(variable.names.en)}`,
    list([
      `Italian: ${inline(variable.names.it)}`,
      `Standards: ${standards || 'none'}`,
      `Variable id: \`${variable.id}\` ([JSON](${site.publicUrl}/v1/observations?variable=${encodeURIComponent(variable.id)}))`,
    ]),
    '## By organisation and year',
    seriesMarkdown(site, series, 'organization'),
  )
}

/** One organisation: its series by year, then the articles on its reports. */
export function organizationMarkdown(site: Site, orgId: string): string {
  const sources = site.corpus.sources.filter((s) => organizationId(s.about.organization) === orgId)
  const org = sources[0]?.about.organization
  if (!org) throw new Error(`esg-facts: no organisation has the id "${orgId}"`)
  return doc(
    `# ${inline(org.name)}`,
    org.wikidata ? `Wikidata: [${org.wikidata}](https://www.wikidata.org/wiki/${org.wikidata})` : '',
    '## Figures by year',
    seriesMarkdown(site, findSeries(seriesData(site.corpus), { organization: orgId }), 'variable'),
    '## Sources',
    list(sources.map((s) => `[${inline(s.title)}](${markdownUrl(site, paths.source(s.id))}): ${inline(s.publisher)}, ${inline(s.about.report.name)}`)),
  )
}

/** Series as a Markdown table by year; each value links its fact, and disagreeing values share a cell. */
function seriesMarkdown(site: Site, series: readonly Series[], by: RowLabel): string {
  if (!series.length) return 'No figure has a known variable yet.'
  const table = seriesTable(series, by)
  const link = (s: Series) => markdownUrl(site, by === 'variable' ? paths.variable(s.variable.id) : paths.organization(s.organization.id))
  const rows = table.rows.map((row) => [
    `[${cell(row.label)}](${link(row.series)})${row.series.conflict ? ' (values disagree)' : ''}`,
    ...row.cells.map((points) =>
      points.map((p) => `[${cell(pointValue(p))}](${markdownUrl(site, paths.fact(p.factId))})${p.sources.length > 1 ? ` (${plural(p.sources.length, 'source')})` : ''}`).join(' / '),
    ),
  ])
  return [
    `| ${by === 'variable' ? 'Variable' : 'Organisation'} | ${table.periods.map((p) => p ?? 'Period unknown').join(' | ')} |`,
    `| --- | ${table.periods.map(() => '---:').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

/**
 * The body of a source view below its title: metadata, then facts under their section headings
 * at `level` (2 in the source view, deeper where the source is itself a section, as in llms-full.txt).
 */
export function sourceBody(site: Site, source: SourceWithText, level: number): string[] {
  const { organization, report } = source.about
  const org = `[${inline(organization.name)}](${markdownUrl(site, paths.organization(organizationId(organization)))})${organization.wikidata ? ` ([Wikidata](https://www.wikidata.org/wiki/${organization.wikidata}))` : ''}`
  const meta = list([
    `Publisher: ${inline(source.publisher)}${source.section ? ` (${inline(source.section)})` : ''}`,
    `URL: <${source.url}>`,
    `Language: ${source.lang}`,
    `About: ${org}, ${inline(report.name)} (reporting year ${report.reportingYear})`,
    ...(source.published ? [`Published: ${source.published}`] : []),
    ...(source.retrieved ? [`Retrieved: ${source.retrieved}`] : []),
    `Facts: ${source.facts} ([source page](${markdownUrl(site, paths.source(source.id))}), [JSON with the text offsets index into](${site.publicUrl}/v1/sources/${source.id}))`,
  ])
  return [
    meta,
    ...sectionsOf(factsOf(site, source.id)).flatMap(({ heading, facts }) => [
      `${'#'.repeat(level)} ${heading === undefined ? 'Opening paragraphs' : inline(heading)}`,
      facts.map((f) => factEntry(site, f)).join('\n'),
    ]),
  ]
}

/** A fact as a list item: the verbatim sentence, its figures, and a citation line. */
function factEntry(site: Site, fact: Fact): string {
  const lines = [`- ${fact.text}`]
  if (fact.figures.length) lines.push(`  Figures: ${fact.figures.map(figureSummary).join('; ')}`)
  lines.push(
    `  Cite: [${inline(fact.source.publisher)}](${fact.citation.url}), characters ${fact.citation.start}–${fact.citation.end} · ${fact.type} · [fact ${fact.id}](${markdownUrl(site, paths.fact(fact.id))})`,
  )
  return lines.join('\n')
}

/**
 * A figure as "measure: value unit (period, role)", then the text as written: "R&D investment:
 * 24100000000 CNY (2024), as written “24.1 billion RMB”". The measure is the sentence's own words
 * for it, else its variable's name; a figure that names neither, or a year that only dates the
 * sentence, reads "over 42,000 = over 42000 (2024)".
 */
function figureSummary(f: Figure): string {
  const measure = onlyDates(f) ? undefined : (f.measure?.text ?? f.variable?.name)
  const notes = [f.period, f.role].filter(Boolean)
  const reading = `${f.qualifier ? `${f.qualifier} ` : ''}${figureValue(f)}${f.unit ? ` ${f.unit}` : ''}${notes.length ? ` (${notes.join(', ')})` : ''}`
  return measure ? `${inline(measure)}: ${reading}, as written “${inline(f.text)}”` : `${inline(f.text)} = ${reading}`
}

function figureTable(site: Site, figures: readonly Figure[]): string {
  // A Measure column, linking each variable's page, once the figures say what they measure.
  const withMeasures = figures.some((f) => f.measure || f.variable)
  const measureOf = (f: Figure) => {
    const words = cell(f.measure?.text ?? f.variable?.name ?? '')
    return isObservation(f) ? `[${words}](${markdownUrl(site, paths.variable(f.variable.id))})` : words
  }
  const rows = figures.map((f) => {
    const cells = [f.text, figureValue(f), f.unit ?? '', f.qualifier ?? '', f.role ?? '', f.period ?? ''].map(cell)
    return withMeasures ? [cells[0]!, measureOf(f), ...cells.slice(1)] : cells
  })
  return [
    `| Figure |${withMeasures ? ' Measure |' : ''} Value | Unit | Qualifier | Role | Period |`,
    `| --- |${withMeasures ? ' --- |' : ''} ---: | --- | --- | --- | --- |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

const figureValue = (f: Figure): string => (f.valueEnd !== undefined ? `${f.value}–${f.valueEnd}` : String(f.value))

/**
 * A query that finds something in this corpus, for example links: the English label of the topic
 * with the most facts (taken from the data, so it fits whatever corpus is served).
 */
export function exampleQuery(site: Site): string {
  const top = topicsWithFacts(site).reduce<{ topic: Topic; count: number } | undefined>((a, b) => (a && a.count >= b.count ? a : b), undefined)
  return (top?.topic.label.en ?? 'emissions').toLowerCase()
}

/** Absolute URL of an API call with a query; parentheses are escaped too, as they would end a Markdown link. */
export const apiUrl = (site: Site, path: string, q: string): string =>
  `${site.publicUrl}${path}?q=${encodeURIComponent(q).replace(/\(/g, '%28').replace(/\)/g, '%29')}`

/** Topics in taxonomy order that tag at least one fact, with their counts. */
export function topicsWithFacts(site: Site): { topic: Topic; count: number }[] {
  const counts = new Map<string, number>()
  for (const f of site.corpus.facts) for (const t of f.topics) counts.set(t, (counts.get(t) ?? 0) + 1)
  return TOPICS.filter((t) => counts.has(t.id)).map((topic) => ({ topic, count: counts.get(topic.id)! }))
}

const topicLabel = (t: Topic): string => (t.label.en === t.label.it ? t.label.en : `${t.label.en} / ${t.label.it}`)

function findSource(site: Site, id: string): SourceWithText {
  const source = site.corpus.sources.find((s) => s.id === id)
  if (!source) throw new Error(`esg-facts: no source has the id "${id}"`)
  return source
}

/** Items grouped by key, groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return [...groups]
}

/** Text on one line, safe inside link text and headings: brackets would end a link early. */
const inline = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/[[\]\\]/g, '\\$&')
/** Text safe inside a table cell. */
const cell = (s: string): string => inline(s).replace(/\|/g, '\\|')
const blockquote = (s: string): string => s.split('\n').map((l) => `> ${l}`).join('\n')
export const plural = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`
const list = (items: readonly string[]): string => items.map((i) => `- ${i}`).join('\n')
/** Blocks separated by blank lines, ending in one newline. */
export const doc = (...blocks: readonly string[]): string => blocks.filter((b) => b !== '').join('\n\n') + '\n'
