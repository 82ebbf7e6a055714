import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './app-env.js'
import { filterErrors, type ParameterError } from './filter-errors.js'
import { problem } from './problem.js'

/**
 * An OpenAPIHono router whose validation failures become one RFC 9457 problem naming every bad
 * parameter: the schema's issues and, for list endpoints, unknown source and topic ids, which
 * are data and so checked against the corpus rather than by the schema.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return
      const errors: ParameterError[] = result.error.issues.map((i) => ({ parameter: String(i.path[0] ?? 'request'), detail: i.message }))
      const named = new Set(errors.map((e) => e.parameter))
      errors.push(...filterErrors(c.var.data, c.req.query()).filter((e) => !named.has(e.parameter)))
      return badParameters(c, errors)
    },
  })
}

/** The 400 for invalid parameters: `detail` sums them up, `errors` lists each. */
export const badParameters = (c: Parameters<typeof problem>[0], errors: ParameterError[]) =>
  problem(c, 400, errors.map((e) => `${e.parameter}: ${e.detail}`).join('; '), { errors })
