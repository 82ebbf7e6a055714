import type { Context } from 'hono'
import { AskQuerySchema } from '../../api-schemas.js'
import type { AppEnv, AppRouteHandler } from '../../app-env.js'
import { badParameters } from '../../create-router.js'
import type * as routes from './ask.routes.js'
import { ask, askEvents } from './ask.service.js'

/** Answers with the given parameters: streamed (NLWeb's default) or as one JSON object. */
async function respond(c: Context<AppEnv>, params: Record<string, unknown>): Promise<Response> {
  const parsed = AskQuerySchema.safeParse(params)
  if (!parsed.success) return badParameters(c, parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? 'request'), detail: i.message })))
  const res = await ask(c.get('data'), { corpus: c.get('data').corpus, publicUrl: c.get('config').publicUrl }, parsed.data)
  if (!parsed.data.streaming) return c.json(res, 200)
  return c.body(askEvents(res), 200, { 'content-type': 'text/event-stream; charset=utf-8' })
}

export const get: AppRouteHandler<typeof routes.get> = (c) => respond(c, c.req.query()) as never

export const post: AppRouteHandler<typeof routes.post> = async (c) => {
  const text = await c.req.text()
  let body: unknown = {}
  if (text.trim()) {
    const type = c.req.header('content-type') ?? ''
    try {
      body = type.startsWith('application/x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text)
    } catch {
      return badParameters(c, [{ parameter: 'body', detail: 'must be a JSON object of the parameters' }]) as never
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return badParameters(c, [{ parameter: 'body', detail: 'must be a JSON object of the parameters' }]) as never
  }
  return respond(c, { ...c.req.query(), ...(body as Record<string, unknown>) }) as never
}
