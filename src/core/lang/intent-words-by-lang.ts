import { EN_INTENT_WORDS } from './en/intent-words.js'
import type { IntentWords } from './intent-words.js'
import { IT_INTENT_WORDS } from './it/intent-words.js'
import type { Lang } from './lang-tag.js'

/** Each language's intent words (src/core/lang/<lang>/intent-words.ts). */
export const INTENT_WORDS: Readonly<Record<Lang, IntentWords>> = { en: EN_INTENT_WORDS, it: IT_INTENT_WORDS }
