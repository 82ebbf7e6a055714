import { answer as answerQuestion } from '../../../query/answer.js'
import { parseQuestion } from '../../../query/parse-question.js'
import type { AppRouteHandler } from '../../app-env.js'
import { jsonBody } from '../../json-body.js'
import type * as routes from './answer.routes.js'

export const answer: AppRouteHandler<typeof routes.answer> = (c) => {
  const { q, lang } = c.req.valid('query')
  const { index } = c.get('data')
  const body = { query: q, ...answerQuestion(index, parseQuestion(q, index), lang) }
  return jsonBody<typeof body>(JSON.stringify(body))
}
