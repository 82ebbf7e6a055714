import { createRoute } from '@hono/zod-openapi'
import { TopicListSchema } from '../../api-schemas.js'
import { jsonContent, REFUSED } from '../openapi-responses.js'

export const list = createRoute({
  operationId: 'listTopics',
  method: 'get',
  path: '/v1/topics',
  tags: ['Topics'],
  summary: 'The ESG topic taxonomy, mapped to GRI and ESRS',
  responses: { 200: jsonContent(TopicListSchema, 'Every topic.'), ...REFUSED },
})
