import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './app-env.js'
import type { AppData } from '../pipeline.js'
import { filterErrors, type ParameterError } from './filter-errors.js'
import { problem } from './problem.js'

/**
 * An OpenAPIHono router whose validation failures become one RFC 9457 problem naming every bad
 * parameter: the schema's issues and the ids that are data, so checked against the corpus rather
 * than by the schema (`dataErrors`: by default unknown source and topic ids, as the list endpoints take).
 */
export function createRouter(dataErrors: (data: AppData, query: Record<string, string>) => ParameterError[] = filterErrors): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return
      const errors: ParameterError[] = result.error.issues.map((i) => ({ parameter: String(i.path[0] ?? 'request'), detail: i.message }))
      const named = new Set(errors.map((e) => e.parameter))
      errors.push(...dataErrors(c.get('data'), c.req.query()).filter((e) => !named.has(e.parameter)))
      return badParameters(c, errors)
    },
  })
}

/** The 400 for invalid parameters: `detail` sums them up, `errors` lists each. */
export const badParameters = (c: Parameters<typeof problem>[0], errors: ParameterError[]) =>
  problem(c, 400, errors.map((e) => `${e.parameter}: ${e.detail}`).join('; '), { errors })
