import type { z } from '@hono/zod-openapi'
import type { AskQuerySchema, AskResponseSchema } from '../../api-schemas.js'
import { factTitle, factUrl } from '../../../mcp/tools.js'
import type { AppData } from '../../../pipeline.js'
import { answer } from '../../../query/answer.js'
import { parseQuestion } from '../../../query/parse-question.js'
import type { Site } from '../../../publish/site.js'
import { searchFacts } from '../search/search.service.js'

export type AskQuery = z.output<typeof AskQuerySchema>
export type AskResponse = z.infer<typeof AskResponseSchema>

/** Results per answer: NLWeb's clients show about ten. */
const ASK_RESULTS = 10
/** Said in a summary when no fact answers: the service abstains rather than guess. */
export const NO_ANSWER = 'No fact in this corpus answers the question.'

/** NLWeb's answer to a query: the facts as results with their JSON-LD, and for mode=summarize the answering fact's citation. */
export async function ask(data: AppData, site: Site, query: AskQuery): Promise<AskResponse> {
  const { claimObjects } = await import('../../../publish/json-ld.js')
  const siteName = new URL(site.publicUrl).host
  const question = parseQuestion(query.query, data.index)
  const { results } = searchFacts(data, { q: query.query, limit: ASK_RESULTS, offset: 0 }, question)
  const response: AskResponse = {
    query_id: queryId(query),
    query: query.query,
    results: results.map((fact) => ({
      url: factUrl(site, fact),
      name: factTitle(fact),
      site: siteName,
      score: fact.score,
      description: fact.text,
      schema_object: claimObjects(site, fact) as AskResponse['results'][number]['schema_object'],
    })),
  }
  if (query.mode === 'summarize') response.summary = answer(data.index, question).citation?.text ?? NO_ANSWER
  return response
}

/** NLWeb's stream of the same answer: one JSON message per `data:` line, as NLWeb's clients read them. */
export function askEvents(res: AskResponse): string {
  const messages: object[] = [
    { message_type: 'begin-nlweb-response', query_id: res.query_id, query: res.query },
    { message_type: 'result_batch', query_id: res.query_id, results: res.results },
    ...(res.summary !== undefined ? [{ message_type: 'summary', query_id: res.query_id, message: res.summary }] : []),
    // Older NLWeb clients close on `complete`, newer ones on `end-nlweb-response`.
    { message_type: 'end-nlweb-response', query_id: res.query_id },
    { message_type: 'complete', query_id: res.query_id },
  ]
  return messages.map((m) => `data: ${JSON.stringify(m)}\n\n`).join('')
}

/** The same query and parameters always get the same id (FNV-1a of them), so a cached answer stays true to its id. */
function queryId({ query, mode }: AskQuery): string {
  let h = 0x811c9dc5
  for (const ch of `${mode}\n${query}`) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0
  return `q-${h.toString(16).padStart(8, '0')}`
}
