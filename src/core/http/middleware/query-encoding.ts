import type { MiddlewareHandler } from 'hono'
import { problem } from '../problem.js'

/**
 * Refuses a query string whose percent-escapes do not decode to UTF-8 (`q=%ff`, a lone surrogate
 * `%ED%A0%80`, a cut-off `%e2%82`): hono would hand the undecoded text to the handler, which would
 * search for it literally. The 400 names each parameter at fault.
 */
export function queryEncoding(): MiddlewareHandler {
  return async (c, next) => {
    // The raw query, cut from the URL rather than parsed out of it: most have no escape to check.
    const { url } = c.req
    const at = url.indexOf('?')
    const search = at < 0 ? '' : url.slice(at + 1)
    // A percent-escape never spans a literal '&' or '=', so the whole query decodes exactly when every
    // name and value does: one decode, and the parameters are split only to name those at fault.
    if (search.includes('%') && decode(search) === undefined) {
      const errors: Array<{ parameter: string; detail: string }> = []
      for (const pair of search.split('&')) {
        const eq = pair.indexOf('=')
        const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]
        const decodedName = decode(name)
        if (decodedName === undefined) errors.push({ parameter: name.slice(0, 60), detail: 'the parameter name is not valid percent-encoded UTF-8' })
        else if (decode(value) === undefined) errors.push({ parameter: decodedName.slice(0, 60), detail: 'is not valid percent-encoded UTF-8' })
      }
      if (errors.length) return problem(c, 400, errors.map((e) => `${e.parameter}: ${e.detail}`).join('; '), { errors })
    }
    await next()
  }
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}
