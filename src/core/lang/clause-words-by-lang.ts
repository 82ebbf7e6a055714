import type { ClauseWords } from './clause-words.js'
import { EN_CLAUSE_WORDS } from './en/clause-words.js'
import { IT_CLAUSE_WORDS } from './it/clause-words.js'
import type { Lang } from './lang-tag.js'

/** Each language's clause words (src/core/lang/<lang>/clause-words.ts). */
export const CLAUSE_WORDS: Readonly<Record<Lang, ClauseWords>> = { en: EN_CLAUSE_WORDS, it: IT_CLAUSE_WORDS }
