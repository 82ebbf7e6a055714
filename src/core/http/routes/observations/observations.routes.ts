import { createRoute } from '@hono/zod-openapi'
import { ObservationsSchema, VariableListSchema } from '../../../query/series.js'
import { ObservationsQuerySchema } from '../../api-schemas.js'
import { BAD_REQUEST, jsonContent, REFUSED } from '../openapi-responses.js'

export const observations = createRoute({
  operationId: 'listObservations',
  method: 'get',
  path: '/v1/observations',
  tags: ['Observations'],
  summary: 'Figures as series: one variable of one organisation over time, with every source that states each value',
  description:
    'Every figure whose variable is known, grouped by organisation, variable, subject, unit and role; points ordered by period. ' +
    'Sources giving the same value for the same period are one point with all their citations; values that disagree stay separate points and the series has `conflict: true`. ' +
    'Series come in corpus order; `total` counts those the filters keep.',
  request: { query: ObservationsQuerySchema },
  responses: { 200: jsonContent(ObservationsSchema, 'A page of series.'), 400: BAD_REQUEST, ...REFUSED },
})

export const variables = createRoute({
  operationId: 'listVariables',
  method: 'get',
  path: '/v1/variables',
  tags: ['Observations'],
  summary: 'The variables the figures measure, with their names and counts',
  description: 'Each variable in use, with its English and Italian names, GRI/ESRS codes where one fits, and how many figures, series and sources it has; most used first.',
  responses: { 200: jsonContent(VariableListSchema, 'Every variable in use.'), ...REFUSED },
})
