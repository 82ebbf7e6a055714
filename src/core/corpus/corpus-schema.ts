import { z } from 'zod'
import { FactSchema } from '../facts/fact-schema.js'
import { SourceWithTextSchema } from './source-schema.js'

/** Everything the service serves, built from the corpus files alone: the articles and their facts. */
export const CorpusSchema = z.object({ sources: z.array(SourceWithTextSchema), facts: z.array(FactSchema) })
export type Corpus = z.infer<typeof CorpusSchema>
