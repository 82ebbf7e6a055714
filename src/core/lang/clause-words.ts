import { z } from 'zod'

const words = z.array(z.string().trim().min(1)).min(1)

/**
 * The words, per language, with which a sentence is cut into clauses (src/core/facts/clauses.ts):
 * what a figure's measure and an answer's figure are read within. A third language is one more
 * data module of this shape.
 */
export const ClauseWordsSchema = z.object({
  /**
   * Words that join two clauses ("…36% of the total, with fresh produce 25% and convenience 9%"):
   * like a comma, where one figure's words end and the next one's begin.
   */
  conjunctions: words,
  /** Relative pronouns: a comma before one ("alternative fuels use, which increased by 52%") joins its clause to the noun before. */
  relatives: words,
})
export type ClauseWords = z.infer<typeof ClauseWordsSchema>
