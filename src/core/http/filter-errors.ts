import { TOPICS } from '../facts/topics.js'
import type { AppData } from '../pipeline.js'
import { seriesData } from '../query/series.js'
import { clip } from './problem.js'

export interface ParameterError {
  parameter: string
  detail: string
}

const TOPIC_IDS = new Set(TOPICS.map((t) => t.id))

/** Source and topic ids are data, not enums in the schema: each unknown one is an error of its own. */
export function filterErrors(data: AppData, query: { source?: unknown; topic?: unknown }): ParameterError[] {
  const errors: ParameterError[] = []
  const { source, topic } = query
  if (typeof source === 'string' && !data.corpus.sources.some((s) => s.id === source)) {
    errors.push({ parameter: 'source', detail: `unknown source "${clip(source)}"; see /v1/sources` })
  }
  if (typeof topic === 'string' && !TOPIC_IDS.has(topic)) {
    errors.push({ parameter: 'topic', detail: `unknown topic "${clip(topic)}"; see /v1/topics` })
  }
  return errors
}

/** The series filters that name data: each unknown variable or organisation is an error of its own. */
export function seriesFilterErrors(data: AppData, query: { variable?: unknown; organization?: unknown }): ParameterError[] {
  const errors: ParameterError[] = []
  const { variable, organization } = query
  const known = seriesData(data.corpus)
  if (typeof variable === 'string' && !known.variables.some((v) => v.id === variable)) {
    errors.push({ parameter: 'variable', detail: `unknown variable "${clip(variable)}"; the variables in use are listed at /v1/variables` })
  }
  if (typeof organization === 'string' && !known.organizations.has(organization)) {
    const ids = [...known.organizations.keys()]
    errors.push({ parameter: 'organization', detail: `unknown organization "${clip(organization)}"; the organisations are ${ids.slice(0, 10).map((id) => `"${id}"`).join(', ')}${ids.length > 10 ? ', …' : ''}` })
  }
  return errors
}
