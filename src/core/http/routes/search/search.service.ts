import type { z } from '@hono/zod-openapi'
import type { SearchQuerySchema, SearchResponseSchema } from '../../api-schemas.js'
import type { Fact } from '../../../facts/fact-schema.js'
import { highlights, matchedWords } from '../../../query/highlights.js'
import type { AppData } from '../../../pipeline.js'
import { parseQuestion, type ParsedQuestion } from '../../../query/parse-question.js'
import { search } from '../../../query/rank.js'

export type SearchQuery = z.output<typeof SearchQuerySchema>
export type SearchResponse = z.infer<typeof SearchResponseSchema>
type SearchResult = SearchResponse['results'][number]

/** A page of search results before serialising: each result's fact and what the search adds to it. */
export interface SearchPage extends Omit<SearchResponse, 'results'> {
  results: Array<{ fact: Fact; found: Omit<SearchResult, keyof Fact> }>
}

/**
 * A page of search results, as /v1/search, the MCP `search` tool and NLWeb's /ask return them.
 * `question` is `q` parsed, when the caller has parsed it already (to answer it too).
 */
export function searchFacts(data: AppData, query: SearchQuery, question?: ParsedQuestion): SearchResponse {
  const { results, ...page } = searchPage(data, query, question)
  return { ...page, results: results.map(({ fact, found }) => ({ ...fact, ...found })) }
}

/** {@link searchFacts} with each result's fact apart from what the search adds, for {@link searchJson}. */
export function searchPage(data: AppData, { q, limit, offset, ...filters }: SearchQuery, question: ParsedQuestion = parseQuestion(q, data.index)): SearchPage {
  const { total, hits } = search(data.index, question, filters, offset + limit)
  const results = hits.slice(offset).map((h) => {
    const found = highlights(h)
    return { fact: h.fact, found: { score: round(h.score), matched: matchedWords(found), highlights: found } }
  })
  return { query: q, total, limit, offset, results }
}

/**
 * The bytes of `JSON.stringify(searchFacts(…))` (UTF-8), assembled from each fact's JSON encoded
 * once: serialising and encoding twenty facts with their citations per search cost more than
 * ranking them.
 */
export function searchJson({ results, ...page }: SearchPage): Uint8Array<ArrayBuffer> {
  // `results` is the page's last key (as in searchFacts): its empty array, cut, opens the list.
  const pieces: Array<string | Uint8Array> = [JSON.stringify({ ...page, results: [] }).slice(0, -2)]
  results.forEach(({ fact, found }, i) => pieces.push(i === 0 ? '' : ',', factJson(fact), `,${JSON.stringify(found).slice(1)}`))
  pieces.push(']}')
  // Text takes at most three bytes per UTF-16 unit; the bytes are cut to what was written.
  const out = new Uint8Array(pieces.reduce((n, p) => n + (typeof p === 'string' ? 3 * p.length : p.byteLength), 0))
  let at = 0
  for (const p of pieces) {
    if (typeof p !== 'string') out.set(p, at)
    at += typeof p === 'string' ? encoder.encodeInto(p, out.subarray(at)).written : p.byteLength
  }
  return out.subarray(0, at)
}

const encoder = new TextEncoder()
/** Facts whose JSON is kept: the ones a busy hour shows fit, at a kilobyte or two each. */
const FACT_JSON_LIMIT = 10_000
const factJsons = new Map<Fact, Uint8Array>()

/** A fact's JSON, encoded, without its closing brace (what the search adds follows). */
function factJson(fact: Fact): Uint8Array {
  let json = factJsons.get(fact)
  if (json === undefined) {
    if (factJsons.size >= FACT_JSON_LIMIT) factJsons.clear()
    factJsons.set(fact, (json = encoder.encode(JSON.stringify(fact).slice(0, -1))))
  }
  return json
}

const round = (n: number) => Math.round(n * 1000) / 1000
