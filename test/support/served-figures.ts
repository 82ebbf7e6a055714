import { expect } from 'vitest'
import type { Figure } from '../../src/core/facts/fact-schema.js'
import { FactListSchema } from '../../src/core/http/api-schemas.js'

/** A figure as /v1/facts serves it, with the sentence it stands in. */
export type ServedFigure = Figure & { quote: string }

/** Every figure of a source's facts as /v1/facts serves them (through `app.request` or a real server's fetch). */
export async function servedFigures(fetch: (path: string) => Response | Promise<Response>, source: string): Promise<ServedFigure[]> {
  const res = await fetch(`/v1/facts?source=${source}&limit=100`)
  expect(res.status).toBe(200)
  return FactListSchema.parse(await res.json()).facts.flatMap((f) => f.figures.map((g) => ({ ...g, quote: f.text })))
}
