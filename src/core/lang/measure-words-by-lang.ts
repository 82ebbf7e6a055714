import { EN_MEASURE_WORDS } from './en/measure-words.js'
import { IT_MEASURE_WORDS } from './it/measure-words.js'
import type { Lang } from './lang-tag.js'
import type { MeasureWords } from './measure-words.js'

/** Each language's measure words (src/core/lang/<lang>/measure-words.ts). */
export const MEASURE_WORDS: Readonly<Record<Lang, MeasureWords>> = { en: EN_MEASURE_WORDS, it: IT_MEASURE_WORDS }
