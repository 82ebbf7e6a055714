import type { ClaimWords } from './claim-words.js'
import { claimWordsEn } from './en/claim-words.js'
import { claimWordsIt } from './it/claim-words.js'
import type { Lang } from './lang-tag.js'

/** Each language's claim words (src/core/lang/<lang>/claim-words.ts). */
export const CLAIM_WORDS: Readonly<Record<Lang, ClaimWords>> = { en: claimWordsEn, it: claimWordsIt }
