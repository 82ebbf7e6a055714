import { answer as answerQuestion } from '../../../query/answer.js'
import type { AppRouteHandler } from '../../app-env.js'
import type * as routes from './answer.routes.js'

export const answer: AppRouteHandler<typeof routes.answer> = (c) => {
  const { q, lang } = c.req.valid('query')
  return c.json({ query: q, ...answerQuestion(c.var.data.index, q, lang) }, 200)
}
