import { z } from 'zod'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** RFC 9457 problem details, the body of every error this service sends. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI that identifies the problem type; "about:blank" when the status says it all.' }),
    title: z.string(),
    status: z.int(),
    detail: z.string().meta({ description: 'What was wrong with this request, and how to fix it.' }),
    instance: z.string().optional().meta({ description: 'The request path.' }),
    errors: z
      .array(z.object({ parameter: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: 'For invalid parameters: one entry per parameter at fault.' }),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof ProblemSchema>

export const PROBLEM_TYPE = 'application/problem+json'

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  413: 'Payload too large',
  414: 'URI too long',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
}

/** Builds a problem response. Text is never echoed back unbounded, so a 10 KB parameter stays out of the body. */
export function problemResponse(
  status: ContentfulStatusCode,
  detail: string,
  extra: Partial<Pick<Problem, 'errors' | 'instance' | 'type'>> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: extra.type ?? 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': PROBLEM_TYPE, 'cache-control': 'no-store', ...headers },
  })
}

export function problem(c: Context, status: ContentfulStatusCode, detail: string, extra: Partial<Pick<Problem, 'errors'>> = {}): Response {
  return problemResponse(status, detail, { ...extra, instance: new URL(c.req.url).pathname })
}

/** Shortens user input quoted in an error detail. */
export const clip = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s)
