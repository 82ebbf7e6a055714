import { ProblemSchema } from '../problem.js'

/** Response objects shared by the route definitions, so each status is described once. */
export const jsonContent = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description })
const problemContent = (description: string) => ({ content: { 'application/problem+json': { schema: ProblemSchema } }, description })

export const BAD_REQUEST = problemContent('Invalid parameters: the `errors` list names each one.')
export const NOT_FOUND = problemContent('No such id.')
/** Any request may be refused before its route runs: an over-long URL, or the client's rate limit. */
export const REFUSED = {
  414: problemContent('The URL is too long.'),
  429: problemContent('Too many requests from this client; see Retry-After.'),
} as const
