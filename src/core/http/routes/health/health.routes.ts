import { createRoute } from '@hono/zod-openapi'
import { HealthSchema } from '../../api-schemas.js'
import { jsonContent, REFUSED } from '../openapi-responses.js'

/** Where the liveness check answers. */
export const HEALTH_PATH = '/healthz'

export const health = createRoute({
  operationId: 'getHealth',
  method: 'get',
  path: HEALTH_PATH,
  tags: ['Service'],
  summary: 'Liveness, with corpus counts',
  description: 'Answers 200 while the service can serve; the counts say which corpus it serves. Never cached.',
  responses: { 200: jsonContent(HealthSchema, 'The service is up.'), ...REFUSED },
})
