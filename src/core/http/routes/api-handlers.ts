import { TOPICS } from '../../facts/topics.js'
import { answer } from '../../query/answer.js'
import { parseQuestion } from '../../query/parse-question.js'
import { list, search as searchFacts, type SearchFilters } from '../../query/rank.js'
import { highlights } from '../../query/highlights.js'
import type { AppRouteHandler } from '../app-env.js'
import { negotiate } from '../negotiate.js'
import { clip, problem } from '../problem.js'
import type {
  answerRoute,
  getFactRoute,
  getSourceRoute,
  healthRoute,
  listFactsRoute,
  listSourcesRoute,
  listTopicsRoute,
  searchRoute,
} from './api-routes.js'

const TOPIC_IDS = new Set(TOPICS.map((t) => t.id))

export const health: AppRouteHandler<typeof healthRoute> = (c) => {
  const { corpus } = c.var.data
  return c.json({ status: 'ok' as const, sources: corpus.sources.length, facts: corpus.facts.length }, 200)
}

export const search: AppRouteHandler<typeof searchRoute> = (c) => {
  const { q, limit, offset, ...filters } = c.req.valid('query')
  const bad = unknownFilter(c.var.data.corpus.sources, filters)
  if (bad) return problem(c, 400, `${bad.parameter}: ${bad.detail}`, { errors: [bad] }) as never
  const { index } = c.var.data
  const { total, hits } = searchFacts(index, parseQuestion(q, index), filters, offset + limit)
  const results = hits.slice(offset).map((h) => ({ ...h.fact, score: round(h.score), matched: h.terms, highlights: highlights(h) }))
  return c.json({ query: q, total, limit, offset, results }, 200)
}

export const getAnswer: AppRouteHandler<typeof answerRoute> = (c) => {
  const { q, lang } = c.req.valid('query')
  const { index } = c.var.data
  return c.json({ query: q, ...answer(index, parseQuestion(q, index), lang) }, 200)
}

export const listFacts: AppRouteHandler<typeof listFactsRoute> = (c) => {
  const { limit, offset, ...filters } = c.req.valid('query')
  const bad = unknownFilter(c.var.data.corpus.sources, filters)
  if (bad) return problem(c, 400, `${bad.parameter}: ${bad.detail}`, { errors: [bad] }) as never
  const facts = list(c.var.data.index, filters)
  return c.json({ total: facts.length, limit, offset, facts: facts.slice(offset, offset + limit) }, 200)
}

export const getFact: AppRouteHandler<typeof getFactRoute> = async (c) => {
  const { id } = c.req.valid('param')
  const fact = c.var.data.index.get(id)
  if (!fact) return problem(c, 404, `No fact has the id "${clip(id)}". Find ids with /v1/search or /v1/facts.`) as never
  c.header('vary', 'Accept')
  if (negotiate(c.req.header('accept'), 'application/json', ['application/ld+json']) === 'application/ld+json') {
    // Loaded on first use, like the pages' JSON-LD: most callers want the JSON.
    const { factGraph } = await import('../../publish/json-ld.js')
    const graph = factGraph({ corpus: c.var.data.corpus, publicUrl: c.var.config.publicUrl }, fact)
    return c.body(JSON.stringify(graph), 200, { 'content-type': 'application/ld+json' }) as never
  }
  return c.json(fact, 200)
}

export const listSources: AppRouteHandler<typeof listSourcesRoute> = (c) =>
  c.json({ sources: c.var.data.corpus.sources.map(({ text: _text, ...source }) => source) }, 200)

export const getSource: AppRouteHandler<typeof getSourceRoute> = (c) => {
  const { id } = c.req.valid('param')
  const source = c.var.data.corpus.sources.find((s) => s.id === id)
  if (!source) return problem(c, 404, `No source has the id "${clip(id)}". See /v1/sources.`) as never
  return c.json(source, 200)
}

export const listTopics: AppRouteHandler<typeof listTopicsRoute> = (c) => c.json({ topics: [...TOPICS] }, 200)

/** Source and topic ids are data, not enums in the schema: check them against the corpus. */
function unknownFilter(sources: ReadonlyArray<{ id: string }>, f: SearchFilters): { parameter: string; detail: string } | undefined {
  if (f.source !== undefined && !sources.some((s) => s.id === f.source)) {
    return { parameter: 'source', detail: `unknown source "${clip(f.source)}"; see /v1/sources` }
  }
  if (f.topic !== undefined && !TOPIC_IDS.has(f.topic)) {
    return { parameter: 'topic', detail: `unknown topic "${clip(f.topic)}"; see /v1/topics` }
  }
  return undefined
}

const round = (n: number) => Math.round(n * 1000) / 1000
