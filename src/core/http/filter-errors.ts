import { TOPICS } from '../facts/topics.js'
import type { AppData } from '../pipeline.js'
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
