import type { SourceWithText } from '../corpus/source-schema.js'
import { topicsWithFacts } from './markdown-views.js'
import { findSeries, organizationId, seriesData } from '../query/series.js'
import { paths, type Site } from './site.js'

/**
 * sitemap.xml (sitemaps.org 0.9): every HTML page — home, each source, each fact, each topic with
 * facts, each organisation, each variable in use — with an absolute `loc`. `lastmod` comes from the data only: a page built from one source
 * takes its `published` (else `retrieved`) date; a page built from several takes the latest, and
 * only when every one of them has a date. A build time would tell crawlers that unchanged pages
 * changed, so pages whose date is unknown have no `lastmod`.
 */
export function sitemapXml(site: Site): string {
  const { sources, facts } = site.corpus
  const byId = new Map(sources.map((s) => [s.id, s]))
  const sourcesOf = (ids: Iterable<string>) => [...new Set(ids)].map((id) => byId.get(id))
  const series = seriesData(site.corpus)
  const variableSources = new Map<string, string[]>()
  for (const s of findSeries(series, {})) {
    const ids = variableSources.get(s.variable.id) ?? []
    ids.push(...s.points.flatMap((p) => p.sources.map((src) => src.id)))
    variableSources.set(s.variable.id, ids)
  }
  const pages: [path: string, lastmod: string | undefined][] = [
    [paths.home(), latest(sources)],
    ...sources.map((s): [string, string | undefined] => [paths.source(s.id), latest([s])]),
    ...facts.map((f): [string, string | undefined] => [paths.fact(f.id), latest(sourcesOf([f.source.id]))]),
    ...topicsWithFacts(site).map(({ topic }): [string, string | undefined] => [
      paths.topic(topic.id),
      latest(sourcesOf(facts.filter((f) => f.topics.includes(topic.id)).map((f) => f.source.id))),
    ]),
    ...[...series.organizations.keys()].map((id): [string, string | undefined] => [
      paths.organization(id),
      latest(sources.filter((s) => organizationId(s.about.organization) === id)),
    ]),
    ...series.variables.map(({ id }): [string, string | undefined] => [paths.variable(id), latest(sourcesOf(variableSources.get(id) ?? []))]),
  ]
  const urls = pages.map(([path, lastmod]) => `  <url><loc>${xml(site.publicUrl + path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>'].join('\n') + '\n'
}

/** The latest date of the sources, or undefined when any is unknown (a lower bound is not a lastmod). */
function latest(sources: readonly (SourceWithText | undefined)[]): string | undefined {
  const dates = sources.map((s) => s?.published ?? s?.retrieved)
  if (!dates.length || dates.some((d) => d === undefined)) return undefined
  return (dates as string[]).reduce((a, b) => (a > b ? a : b)) // ISO dates order as strings
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
