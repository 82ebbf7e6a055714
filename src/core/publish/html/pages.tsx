/** @jsxImportSource hono/jsx */
/*
 * The HTML pages: server-rendered, semantic, readable without CSS or JavaScript. Each page is a pure
 * function of the site (and, for search, the hits), carrying its schema.org graph from json-ld.ts.
 */
import { baseLang } from '../../lang/lang-tag.js'
import type { Fact, Figure } from '../../facts/fact-schema.js'
import { TOPICS, type Topic } from '../../facts/topics.js'
import type { SearchHit } from '../../query/rank.js'
import { isMeasured } from '../../facts/figure-kinds.js'
import { factGraph, homeGraph, organizationGraph, searchGraph, sourceGraph, topicGraph, variableGraph } from '../json-ld.js'
import { findSeries, isObservation, organizationId, seriesData, type Series } from '../../query/series.js'
import { chartable, pointValue, seriesTable, type RowLabel } from '../series-table.js'
import { SeriesChart } from './series-chart.js'
import { plural, SITE_NAME, SITE_SUMMARY, topicsWithFacts } from '../markdown-views.js'
import { factsOf, paths, sectionsOf, standardsOf, type Site } from '../site.js'
import { FactItem, factCount, Layout, renderDocument, SearchForm, wordsFor } from './layout.js'

/** Meta descriptions longer than this are cut by search engines anyway. */
const DESCRIPTION_MAX = 300

const topicLabel = (topic: Topic, lang: string) => topic.label[baseLang(lang)]
const topicsOf = (fact: Fact) => fact.topics.flatMap((id) => TOPICS.filter((t) => t.id === id))
const firstMeasure = (fact: Fact) => fact.figures.find(isMeasured)

/** Cuts text at a word boundary to at most `max` characters. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

/**
 * A fact's meta description: the sentence itself, which states its figures as written; when the
 * sentence is too long for a snippet, its first measured figure leads so the number survives the cut.
 */
export function factDescription(fact: Fact): string {
  if (fact.text.length <= DESCRIPTION_MAX) return fact.text
  const figure = firstMeasure(fact)
  const clipped = clip(fact.text, DESCRIPTION_MAX - (figure ? figure.text.length + 2 : 0))
  return figure && !clipped.includes(figure.text) ? `${figure.text}: ${clipped}` : clipped
}

/** A short title for a fact: organisation, topic, and its first measured figure with the period. */
function factTitle(site: Site, fact: Fact): string {
  const source = site.corpus.sources.find((s) => s.id === fact.source.id)
  const topic = topicsOf(fact)[0]
  const figure = firstMeasure(fact)
  const head = [source?.about.organization.name ?? fact.source.publisher, topic ? topicLabel(topic, fact.lang) : undefined].filter(Boolean).join(' — ')
  const period = figure?.period ?? fact.period
  return `${head}${figure ? `: ${figure.text}` : ''}${period ? ` (${period.replace('/', '–')})` : ''}`
}

const formatValue = (f: Figure, lang: string) => {
  // Years read as years ("2024", not "2,024").
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 6, useGrouping: f.kind !== 'year' && f.kind !== 'year-range' })
  return f.valueEnd !== undefined ? `${n.format(f.value)}–${n.format(f.valueEnd)}` : n.format(f.value)
}

function FiguresTable({ fact }: { fact: Fact }) {
  const w = wordsFor(fact.lang)
  if (!fact.figures.length) return <p>{w.noFigures}</p>
  // What each figure measures, linking its variable's page, once the figures of this fact say.
  const withMeasures = fact.figures.some((f) => f.measure || f.variable)
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.asWritten}</th>
          {withMeasures ? <th scope="col">{w.measures}</th> : null}
          <th scope="col">{w.value}</th>
          <th scope="col">{w.unit}</th>
          <th scope="col">{w.kind}</th>
          <th scope="col">{w.period}</th>
          <th scope="col">{w.note}</th>
        </tr>
      </thead>
      <tbody>
        {fact.figures.map((f) => (
          <tr>
            <th scope="row">{f.text}</th>
            {withMeasures ? (
              <td data-label={`${w.measures}:`}>
                {isObservation(f) ? <a href={paths.variable(f.variable.id)}>{f.measure?.text ?? f.variable.name}</a> : (f.measure?.text ?? '')}
              </td>
            ) : null}
            <td class="n" data-label={`${w.value}:`}>
              <data value={String(f.value)}>{formatValue(f, fact.lang)}</data>
            </td>
            <td data-label={`${w.unit}:`}>{f.unit ?? ''}</td>
            <td data-label={`${w.kind}:`}>{f.kind}</td>
            <td data-label={`${w.period}:`}>{f.period ?? ''}</td>
            <td data-label={`${w.note}:`}>{[f.qualifier, f.role, f.targetYear !== undefined ? `→ ${f.targetYear}` : undefined].filter(Boolean).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The page of one fact: title, figures, the verbatim quote with its deep link, the source and topics. */
export function factHtml(site: Site, fact: Fact): Promise<string> {
  const w = wordsFor(fact.lang)
  const { citation, source } = fact
  const title = factTitle(site, fact)
  const topics = topicsOf(fact)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.fact(fact.id), title, description: factDescription(fact), lang: fact.lang, graph: factGraph(site, fact) }}>
      <article>
        <h1>{title}</h1>
        <figure>
          <blockquote cite={citation.url}>
            <p>{citation.quote}</p>
          </blockquote>
          <figcaption>
            — <cite>
              <a href={citation.url}>{source.title}</a>
            </cite>
            , {source.publisher}
            {citation.heading ? `, ${w.section} “${citation.heading}”` : ''}
          </figcaption>
        </figure>
        <h2>{w.figures}</h2>
        <FiguresTable fact={fact} />
        <h2>{w.source}</h2>
        <dl>
          <dt>{w.claimType}</dt>
          <dd>{fact.type}</dd>
          <dt>{w.topics}</dt>
          <dd>
            {topics.length
              ? topics.map((t, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={paths.topic(t.id)}>{topicLabel(t, fact.lang)}</a>
                  </>
                ))
              : '—'}
          </dd>
          <dt>{w.source}</dt>
          <dd>
            <a href={paths.source(source.id)}>{w.allFacts}</a> · <a href={source.url}>{w.readArticle}</a> ({source.publisher})
          </dd>
        </dl>
      </article>
    </Layout>,
  )
}

/** The page of one article: what it retells, then its facts by section heading; undefined if unknown. */
export function sourceHtml(site: Site, sourceId: string): Promise<string> | undefined {
  const source = site.corpus.sources.find((s) => s.id === sourceId)
  const graph = sourceGraph(site, sourceId)
  if (!source || !graph) return undefined
  const w = wordsFor(source.lang)
  const facts = factsOf(site, sourceId)
  const { organization, report } = source.about
  const description = clip(`${source.publisher}: ${source.title} — ${factCount(facts.length, w)}, ${report.name}.`, DESCRIPTION_MAX)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.source(sourceId), title: source.title, description, lang: source.lang, graph }}>
      <article>
        <h1>{source.title}</h1>
        <dl>
          <dt>{w.source}</dt>
          <dd>
            <a href={source.url}>{source.publisher}</a>
            {source.section ? ` — ${source.section}` : ''}
          </dd>
          <dt>{w.about}</dt>
          <dd>
            <a href={paths.organization(organizationId(organization))}>{organization.name}</a>
            {organization.wikidata ? (
              <>
                {' '}
                (<a href={`https://www.wikidata.org/wiki/${organization.wikidata}`}>Wikidata</a>)
              </>
            ) : null}
            ,{' '}
            {report.name} ({w.reportingYear} {report.reportingYear})
          </dd>
          {source.published ? (
            <>
              <dt>{w.published}</dt>
              <dd>
                <time datetime={source.published}>{source.published}</time>
              </dd>
            </>
          ) : null}
          <dt>{w.language}</dt>
          <dd>{source.lang}</dd>
        </dl>
        {sectionsOf(facts).map((s) => (
          <section>
            <h2>{s.heading ?? w.openingParagraphs}</h2>
            <ul>
              {s.facts.map((f) => (
                <FactItem fact={f} />
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Layout>,
  )
}

/** The page of one topic: its definition and standards, then its facts grouped by source; undefined if unknown. */
export function topicHtml(site: Site, topicId: string): Promise<string> | undefined {
  const topic = TOPICS.find((t) => t.id === topicId)
  const graph = topicGraph(site, topicId)
  if (!topic || !graph) return undefined
  const facts = site.corpus.facts.filter((f) => f.topics.includes(topicId))
  const standards = standardsOf(topic)
  const description = clip(`${topic.label.en}: ${topic.description} ${plural(facts.length, 'cited fact')}.`, DESCRIPTION_MAX)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.topic(topicId), title: topic.label.en, description, lang: 'en', graph }}>
      <h1>
        {topic.label.en} <small lang="it">({topic.label.it})</small>
      </h1>
      <p>{topic.description}</p>
      <p>
        Standards: {standards || 'none'} · {plural(facts.length, 'fact')}
      </p>
      {site.corpus.sources
        .filter((s) => facts.some((f) => f.source.id === s.id))
        .map((s) => (
          <section>
            <h2 lang={s.lang}>
              <a href={paths.source(s.id)}>{s.title}</a>
            </h2>
            <ul>
              {facts
                .filter((f) => f.source.id === s.id)
                .map((f) => (
                  <FactItem fact={f} />
                ))}
            </ul>
          </section>
        ))}
    </Layout>,
  )
}

/** A source as a list item: its title in its language, linking its page, then the publisher and a note. */
function SourceItem({ source, note }: { source: Site['corpus']['sources'][number]; note: string }) {
  return (
    <li>
      <a href={paths.source(source.id)} lang={source.lang}>
        {source.title}
      </a>{' '}
      — {source.publisher}, {note}
    </li>
  )
}

/** The home page: what this is, the search form, the sources and the topics. */
export function homeHtml(site: Site): Promise<string> {
  const { sources, facts } = site.corpus
  const w = wordsFor('en')
  const description = clip(`${SITE_SUMMARY} ${plural(facts.length, 'fact')} from ${plural(sources.length, 'article')}.`, DESCRIPTION_MAX)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.home(), title: 'Cited ESG facts', description, lang: 'en', graph: homeGraph(site) }}>
      <h1>{SITE_NAME}</h1>
      <p>{SITE_SUMMARY}</p>
      <p>
        {plural(facts.length, 'fact')} from {plural(sources.length, 'article')}. Each fact is one sentence quoted verbatim, with its figures normalised and a deep link to
        the quote in the article.
      </p>
      <SearchForm words={w} />
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <SourceItem source={s} note={`${s.lang}, ${plural(s.facts, 'fact')}`} />
        ))}
      </ul>
      <h2>Organisations</h2>
      <ul>
        {[...seriesData(site.corpus).organizations.values()].map((org) => (
          <li>
            <a href={paths.organization(org.id)}>{org.name}</a> — figures by year
          </li>
        ))}
      </ul>
      <h2>Topics</h2>
      <ul>
        {topicsWithFacts(site).map(({ topic, count }) => (
          <li>
            <a href={paths.topic(topic.id)}>{topic.label.en}</a> <span lang="it">({topic.label.it})</span> — {plural(count, 'fact')}
          </li>
        ))}
      </ul>
      <h2>API</h2>
      <ul>
        <li>
          <a href="/docs">API reference</a> (<a href="/openapi.json">OpenAPI 3.1</a>)
        </li>
        <li>
          <a href="/llms.txt">llms.txt</a> · <a href="/llms-full.txt">llms-full.txt</a> · <a href="/v1/graph">JSON-LD graph</a>
        </li>
      </ul>
    </Layout>,
  )
}

/** The search page: the form, and for a query its hits (pass only the hits to show). */
export function searchHtml(site: Site, q: string, hits: readonly SearchHit[]): Promise<string> {
  const w = wordsFor('en')
  const path = q ? paths.search(q) : '/search'
  const description = q ? clip(`Cited ESG facts matching “${q}”: ${hits.length} shown.`, DESCRIPTION_MAX) : `${w.searchLabel}.`
  return renderDocument(
    <Layout site={site} meta={{ path, title: q ? `Search: ${q}` : 'Search', description, lang: 'en', graph: searchGraph(site, q, hits), noindex: Boolean(q) }}>
      <h1>{q ? `Search: ${q}` : 'Search'}</h1>
      <SearchForm words={w} q={q} />
      {q ? (
        hits.length ? (
          <ol>
            {hits.map((h) => (
              <FactItem fact={h.fact} withSource />
            ))}
          </ol>
        ) : (
          <p>No fact matches this query. Try other words, or the other language (English or Italian).</p>
        )
      ) : null}
    </Layout>,
  )
}

/** Series as a table by year, then a chart of each series with two or more dated points. */
function SeriesSection({ series, by }: { series: readonly Series[]; by: RowLabel }) {
  if (!series.length) return <p>No figure has a known variable yet.</p>
  const table = seriesTable(series, by)
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{by === 'variable' ? 'Variable' : 'Organisation'}</th>
            {table.periods.map((p) => (
              <th scope="col">{p ?? 'Period unknown'}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>
              <th scope="row">
                {by === 'variable' ? <a href={paths.variable(row.series.variable.id)}>{row.label}</a> : <a href={paths.organization(row.series.organization.id)}>{row.label}</a>}
                {row.series.conflict ? ' (values disagree)' : ''}
              </th>
              {row.cells.map((points, i) => (
                <td class="n" data-label={`${table.periods[i] ?? 'Period unknown'}:`}>
                  {points.map((p, j) => (
                    <>
                      {j > 0 ? ' / ' : ''}
                      <a href={paths.fact(p.factId)}>
                        <data value={String(p.value)}>{pointValue(p)}</data>
                      </a>
                      {p.sources.length > 1 ? ` (${plural(p.sources.length, 'source')})` : ''}
                    </>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows
        .filter((row) => chartable(row.series))
        .map((row, i) => (
          <figure>
            <SeriesChart series={row.series} by={by} id={`chart-${i + 1}`} />
            <figcaption>{row.label}</figcaption>
          </figure>
        ))}
    </>
  )
}

/** The page of one variable: its names and codes, then every organisation's series of it; undefined for a variable not in use. */
export function variableHtml(site: Site, variableId: string): Promise<string> | undefined {
  const graph = variableGraph(site, variableId)
  const series = findSeries(seriesData(site.corpus), { variable: variableId })
  if (!graph || !series.length) return undefined
  const { names } = series[0]!.variable
  const standards = standardsOf(series[0]!.variable)
  const description = clip(`${names.en} (${names.it}): ${plural(series.length, 'series', 'series')} of cited figures from ESG-report articles, by year.`, DESCRIPTION_MAX)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.variable(variableId), title: names.en, description, lang: 'en', graph }}>
      <h1>
        {names.en} {names.it !== names.en ? <small lang="it">({names.it})</small> : null}
      </h1>
      <p>
        Standards: {standards || 'none'} · Variable id: <code>{variableId}</code> · <a href={`/v1/observations?variable=${encodeURIComponent(variableId)}`}>JSON</a>
      </p>
      <h2>By organisation and year</h2>
      <SeriesSection series={series} by="organization" />
    </Layout>,
  )
}

/** The page of one organisation: the articles on its reports, then its series by year; undefined for an unknown id. */
export function organizationHtml(site: Site, orgId: string): Promise<string> | undefined {
  const graph = organizationGraph(site, orgId)
  const sources = site.corpus.sources.filter((s) => organizationId(s.about.organization) === orgId)
  if (!graph || !sources.length) return undefined
  const org = sources[0]!.about.organization
  const series = findSeries(seriesData(site.corpus), { organization: orgId })
  const description = clip(`${org.name}: cited ESG figures by year from ${plural(sources.length, 'article')} on its reports.`, DESCRIPTION_MAX)
  return renderDocument(
    <Layout site={site} meta={{ path: paths.organization(orgId), title: org.name, description, lang: 'en', graph }}>
      <h1>{org.name}</h1>
      {org.wikidata ? (
        <p>
          Wikidata: <a href={`https://www.wikidata.org/wiki/${org.wikidata}`}>{org.wikidata}</a>
        </p>
      ) : null}
      <h2>Figures by year</h2>
      <SeriesSection series={series} by="variable" />
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <SourceItem source={s} note={s.about.report.name} />
        ))}
      </ul>
    </Layout>,
  )
}
