import { createRoute } from '@hono/zod-openapi'
import { AnswerQuerySchema, AnswerResponseSchema } from '../../api-schemas.js'
import { BAD_REQUEST, jsonContent, REFUSED } from '../openapi-responses.js'

export const answer = createRoute({
  operationId: 'answerQuestion',
  method: 'get',
  path: '/v1/answer',
  tags: ['Facts'],
  summary: 'The fact and figure that answer a question, with a ready-to-paste citation',
  description: '`answer` is null when nothing in the corpus answers the question: the service abstains instead of guessing.',
  request: { query: AnswerQuerySchema },
  responses: { 200: jsonContent(AnswerResponseSchema, 'The answer, or an abstention.'), 400: BAD_REQUEST, ...REFUSED },
})
