import { createRoute } from '@hono/zod-openapi'
import { SearchQuerySchema, SearchResponseSchema } from '../../api-schemas.js'
import { BAD_REQUEST, jsonContent, REFUSED } from '../openapi-responses.js'

export const search = createRoute({
  operationId: 'searchFacts',
  method: 'get',
  path: '/v1/search',
  tags: ['Facts'],
  summary: 'Search facts, in English or Italian, across both languages',
  description: 'Full-text search over single facts with stemming, typo tolerance and a bilingual ESG glossary. Best first.',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonContent(SearchResponseSchema, 'Matching facts, best first.'), 400: BAD_REQUEST, ...REFUSED },
})
