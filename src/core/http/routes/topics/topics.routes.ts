import { createRoute } from '@hono/zod-openapi'
import { TopicListSchema } from '../../api-schemas.js'
import { jsonContent, REFUSED } from '../openapi-responses.js'

export const list = createRoute({
  operationId: 'listTopics',
  method: 'get',
  path: '/v1/topics',
  tags: ['Topics'],
  summary: 'The ESG topic taxonomy, mapped to GRI and ESRS',
  description: 'The topic ids that facts carry and that the `topic` filter takes, with English and Italian labels.',
  responses: { 200: jsonContent(TopicListSchema, 'Every topic.'), ...REFUSED },
})
