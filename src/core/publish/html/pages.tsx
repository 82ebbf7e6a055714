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
import { factGraph, homeGraph, searchGraph, sourceGraph, topicGraph } from '../json-ld.js'
import { plural, SITE_NAME, SITE_SUMMARY, topicsWithFacts } from '../markdown-views.js'
import { factsOf, paths, sectionsOf, type Site } from '../site.js'
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
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.asWritten}</th>
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
            {organization.wikidata ? <a href={`https://www.wikidata.org/wiki/${organization.wikidata}`}>{organization.name}</a> : organization.name},{' '}
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
  const standards = [topic.gri && `GRI ${topic.gri}`, topic.esrs && `ESRS ${topic.esrs}`].filter(Boolean).join(', ')
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
          <li>
            <a href={paths.source(s.id)} lang={s.lang}>
              {s.title}
            </a>{' '}
            — {s.publisher}, {s.lang}, {plural(s.facts, 'fact')}
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
