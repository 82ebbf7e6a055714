import type { z } from '@hono/zod-openapi'
import type { SearchQuerySchema, SearchResponseSchema } from '../../api-schemas.js'
import { highlights, matchedWords } from '../../../query/highlights.js'
import type { AppData } from '../../../pipeline.js'
import { parseQuestion, type ParsedQuestion } from '../../../query/parse-question.js'
import { search } from '../../../query/rank.js'

export type SearchQuery = z.output<typeof SearchQuerySchema>
export type SearchResponse = z.infer<typeof SearchResponseSchema>

/**
 * A page of search results, as /v1/search, the MCP `search` tool and NLWeb's /ask return them.
 * `question` is `q` parsed, when the caller has parsed it already (to answer it too).
 */
export function searchFacts(data: AppData, { q, limit, offset, ...filters }: SearchQuery, question: ParsedQuestion = parseQuestion(q, data.index)): SearchResponse {
  const { total, hits } = search(data.index, question, filters, offset + limit)
  const results = hits.slice(offset).map((h) => {
    const found = highlights(h)
    return { ...h.fact, score: round(h.score), matched: matchedWords(found), highlights: found }
  })
  return { query: q, total, limit, offset, results }
}

const round = (n: number) => Math.round(n * 1000) / 1000
