import { createRoute } from '@hono/zod-openapi'
import { SourceWithTextSchema } from '../../../corpus/source-schema.js'
import { IdParamSchema, SourceListSchema } from '../../api-schemas.js'
import { jsonContent, NOT_FOUND, REFUSED } from '../openapi-responses.js'

export const list = createRoute({
  operationId: 'listSources',
  method: 'get',
  path: '/v1/sources',
  tags: ['Sources'],
  summary: 'The articles in the corpus',
  description: 'Each article with its publisher, language and the report it retells; without the text (see /v1/sources/{id}).',
  responses: { 200: jsonContent(SourceListSchema, 'Every source.'), ...REFUSED },
})

export const get = createRoute({
  operationId: 'getSource',
  method: 'get',
  path: '/v1/sources/{id}',
  tags: ['Sources'],
  summary: 'One article, with the exact text citation offsets index into',
  description: '`text` is the article as indexed: every fact\'s `citation.start`/`end` and every figure\'s offsets point into it.',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(SourceWithTextSchema, 'The source and its text.'), 404: NOT_FOUND, ...REFUSED },
})
