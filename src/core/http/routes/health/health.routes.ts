import { createRoute } from '@hono/zod-openapi'
import { HealthSchema } from '../../api-schemas.js'
import { jsonContent, REFUSED } from '../openapi-responses.js'

export const health = createRoute({
  operationId: 'getHealth',
  method: 'get',
  path: '/healthz',
  tags: ['Service'],
  summary: 'Liveness, with corpus counts',
  responses: { 200: jsonContent(HealthSchema, 'The service is up.'), ...REFUSED },
})
