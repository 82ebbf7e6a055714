import { ClauseWordsSchema } from '../clause-words.js'

export const EN_CLAUSE_WORDS = ClauseWordsSchema.parse({
  conjunctions: ['and', 'while', 'whereas', 'with', 'but', 'compared with'],
  relatives: ['which', 'that', 'who', 'whose'],
})
