import { createRoute, z } from '@hono/zod-openapi'
import { AskQuerySchema, AskResponseSchema } from '../../api-schemas.js'
import { BAD_REQUEST, REFUSED } from '../openapi-responses.js'

export const ASK_PATH = '/ask'

const responses = {
  200: {
    content: {
      'application/json': { schema: AskResponseSchema },
      'text/event-stream': {
        schema: z.string().meta({
          description:
            'NLWeb messages, each a `data:` line of JSON: `begin-nlweb-response`, then `result_batch` ({results}), for mode=summarize a `summary` ({message}), then `end-nlweb-response` and `complete`.',
        }),
      },
    },
    description: 'The matching facts as NLWeb results: server-sent events when streaming (the default), else one JSON object.',
  },
  400: BAD_REQUEST,
  413: { content: { 'application/problem+json': { schema: BAD_REQUEST.content['application/problem+json'].schema } }, description: 'The request body is too large.' },
  ...REFUSED,
}

const description =
  "NLWeb's `/ask` (schema.org-native site query): facts that match the query, each with its schema.org Claim and Observations as `schema_object`. Nothing is generated: `mode=summarize` adds the citation of the fact that answers."

export const get = createRoute({
  operationId: 'ask',
  method: 'get',
  path: ASK_PATH,
  tags: ['NLWeb'],
  summary: 'Ask in natural language (NLWeb)',
  description,
  request: { query: AskQuerySchema },
  responses,
})

export const post = createRoute({
  operationId: 'askPost',
  method: 'post',
  path: ASK_PATH,
  tags: ['NLWeb'],
  summary: 'Ask in natural language (NLWeb), parameters in a JSON body',
  description: `${description} The body's fields override the same parameters in the query string.`,
  request: { body: { content: { 'application/json': { schema: AskQuerySchema.partial() } }, required: false } },
  responses,
})
