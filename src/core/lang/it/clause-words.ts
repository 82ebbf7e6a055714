import { ClauseWordsSchema } from '../clause-words.js'

export const IT_CLAUSE_WORDS = ClauseWordsSchema.parse({
  conjunctions: ['e', 'ed', 'mentre', 'con', 'ma'],
  relatives: ['che', 'il quale', 'la quale', 'i quali', 'le quali', 'cui'],
})
