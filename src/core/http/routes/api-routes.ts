import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { SourceWithTextSchema } from '../../corpus/source-schema.js'
import { FactSchema } from '../../facts/fact-schema.js'
import {
  AnswerQuerySchema,
  AnswerResponseSchema,
  FactListSchema,
  HealthSchema,
  IdParamSchema,
  ListQuerySchema,
  SearchQuerySchema,
  SearchResponseSchema,
  SourceListSchema,
  TopicListSchema,
} from '../api-schemas.js'
import { ProblemSchema } from '../problem.js'

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description })
const problem = (description: string) => ({ content: { 'application/problem+json': { schema: ProblemSchema } }, description })
const BAD = problem('Invalid parameters: the `errors` list names each one.')
const MISSING = problem('No such id.')

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Service'],
  summary: 'Liveness, with corpus counts',
  responses: { 200: json(HealthSchema, 'The service is up.') },
})

export const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['Facts'],
  summary: 'Search facts, in English or Italian, across both languages',
  description: 'Full-text search over single facts with stemming, typo tolerance and a bilingual ESG glossary. Best first.',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResponseSchema, 'Matching facts, best first.'), 400: BAD },
})

export const answerRoute = createRoute({
  method: 'get',
  path: '/v1/answer',
  tags: ['Facts'],
  summary: 'The fact and figure that answer a question, with a ready-to-paste citation',
  description: '`answer` is null when nothing in the corpus answers the question: the service abstains instead of guessing.',
  request: { query: AnswerQuerySchema },
  responses: { 200: json(AnswerResponseSchema, 'The answer, or an abstention.'), 400: BAD },
})

export const listFactsRoute = createRoute({
  method: 'get',
  path: '/v1/facts',
  tags: ['Facts'],
  summary: 'List facts in corpus order',
  request: { query: ListQuerySchema },
  responses: { 200: json(FactListSchema, 'A page of facts.'), 400: BAD },
})

export const getFactRoute = createRoute({
  method: 'get',
  path: '/v1/facts/{id}',
  tags: ['Facts'],
  summary: 'One fact; send Accept: application/ld+json for its schema.org graph',
  request: { params: IdParamSchema },
  responses: {
    200: {
      content: { 'application/json': { schema: FactSchema }, 'application/ld+json': { schema: z.looseObject({}).meta({ description: 'A schema.org JSON-LD graph.' }) } },
      description: 'The fact.',
    },
    404: MISSING,
  },
})

export const listSourcesRoute = createRoute({
  method: 'get',
  path: '/v1/sources',
  tags: ['Sources'],
  summary: 'The articles in the corpus',
  responses: { 200: json(SourceListSchema, 'Every source.') },
})

export const getSourceRoute = createRoute({
  method: 'get',
  path: '/v1/sources/{id}',
  tags: ['Sources'],
  summary: 'One article, with the exact text citation offsets index into',
  request: { params: IdParamSchema },
  responses: { 200: json(SourceWithTextSchema, 'The source and its text.'), 404: MISSING },
})

export const listTopicsRoute = createRoute({
  method: 'get',
  path: '/v1/topics',
  tags: ['Facts'],
  summary: 'The ESG topic taxonomy, mapped to GRI and ESRS',
  responses: { 200: json(TopicListSchema, 'Every topic.') },
})
