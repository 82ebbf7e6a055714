import { z } from 'zod'
import { FactSchema, FigureSchema } from '../facts/fact-schema.js'

/** Where a matched word stands in a fact's text, for snippets: `term` is the word as written there. */
export const HighlightSchema = z.object({ start: z.int(), end: z.int(), term: z.string() }).meta({ id: 'Highlight' })
export type Highlight = z.infer<typeof HighlightSchema>

export const AnswerCitationSchema = z.object({ text: z.string(), markdown: z.string(), html: z.string() })
export type AnswerCitation = z.infer<typeof AnswerCitationSchema>

/** What `answer` returns; the API adds the query it answered. */
export const AnswerSchema = z.object({
  answer: FactSchema.nullable().meta({ description: 'The best fact, or null when nothing in the corpus answers (no guessing).' }),
  figure: FigureSchema.nullable().meta({ description: 'The number in that fact that answers the question.' }),
  citation: AnswerCitationSchema.nullable().meta({ description: 'A ready-to-paste sentence naming the publisher, the title and the deep link.' }),
  confidence: z.number().min(0).max(1).meta({ description: 'Share of the question the fact covers, lowered when another fact scores close.' }),
})
export type Answer = z.infer<typeof AnswerSchema>
