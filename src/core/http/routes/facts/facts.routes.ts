import { createRoute, z } from '@hono/zod-openapi'
import { FactSchema } from '../../../facts/fact-schema.js'
import { FactListSchema, IdParamSchema, ListQuerySchema } from '../../api-schemas.js'
import { BAD_REQUEST, jsonContent, NOT_FOUND, REFUSED } from '../openapi-responses.js'

/** The schema.org graph of one fact: its Claim, Observations, topics and sources, as its page embeds it. */
export const FactGraphSchema = z
  .object({
    '@context': z.string().meta({ example: 'https://schema.org' }),
    '@graph': z.array(z.looseObject({ '@type': z.string(), '@id': z.string() })).meta({ description: 'schema.org nodes with stable `@id` IRIs.' }),
  })
  .meta({ id: 'FactGraph', description: 'A schema.org JSON-LD graph, sent for `Accept: application/ld+json`.' })

export const list = createRoute({
  operationId: 'listFacts',
  method: 'get',
  path: '/v1/facts',
  tags: ['Facts'],
  summary: 'List facts in corpus order',
  description: 'Every fact, in the order of the sources and the sentences in them, filtered and paged; `total` counts the facts the filters keep.',
  request: { query: ListQuerySchema },
  responses: { 200: jsonContent(FactListSchema, 'A page of facts.'), 400: BAD_REQUEST, ...REFUSED },
})

export const get = createRoute({
  operationId: 'getFact',
  method: 'get',
  path: '/v1/facts/{id}',
  tags: ['Facts'],
  summary: 'One fact; send Accept: application/ld+json for its schema.org graph',
  description: 'The JSON (`Fact`) is the default. `Accept: application/ld+json` gets the same fact as a schema.org graph (`FactGraph`), as its page embeds it.',
  request: { params: IdParamSchema },
  responses: {
    200: { content: { 'application/json': { schema: FactSchema }, 'application/ld+json': { schema: FactGraphSchema } }, description: 'The fact.' },
    404: NOT_FOUND,
    ...REFUSED,
  },
})
