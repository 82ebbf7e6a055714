import { EN_VERB_WORDS } from './en/verb-words.js'
import { IT_VERB_WORDS } from './it/verb-words.js'
import type { Lang } from './lang-tag.js'
import type { VerbWords } from './verb-words.js'

/** Each language's verb words (src/core/lang/<lang>/verb-words.ts). */
export const VERB_WORDS: Readonly<Record<Lang, VerbWords>> = { en: EN_VERB_WORDS, it: IT_VERB_WORDS }
