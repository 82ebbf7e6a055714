import type { Lang } from '../lang/lang-tag.js'
import { VERB_WORDS } from '../lang/verb-words-by-lang.js'

/**
 * A word's verb form read from its ending and the word before it, with each language's verb words
 * (src/core/lang/<lang>/verb-words.ts): shared by what a year dates (dated-event.ts) and what a
 * figure measures (measure.ts), which never takes a verb for the thing measured.
 */
export interface VerbForms {
  /** A past tense or participle: "refurbished", "ridotto". */
  isPast(word: string): boolean
  /** An adverb: "also", "ulteriormente", "invece". */
  isAdverb(word: string): boolean
  /** A gerund that may be a noun too ("comprising", "recycling"): a verb only where it governs a figure. */
  isGerund(word: string): boolean
  /** An infinitive after a modal or governing preposition ("saputo ridurre", "will cut"), or a form that is a verb anywhere ("attestandosi", "permetterà"). */
  isNonFinite(word: string, before: string | undefined): boolean
}

/** A stem this long at least before an ending: "used" is a verb, "red" is not. */
const MIN_STEM = 2

const lower = (word: string) => word.normalize('NFKC').toLowerCase()
const ends = (suffixes: readonly string[], word: string) => suffixes.some((s) => word.endsWith(s) && word.length >= s.length + MIN_STEM + 1)

function forms(lang: Lang): VerbForms {
  const w = VERB_WORDS[lang]
  const set = (list: readonly string[]) => new Set(list.map(lower))
  const irregular = set(w.irregular)
  const notVerbs = set(w.notVerbs)
  const adverbs = set(w.adverbs)
  const after = set(w.infinitiveAfter)
  const infinitive = (word: string) => (w.infinitiveSuffixes.length ? ends(w.infinitiveSuffixes, word) : true)
  return {
    isPast: (word) => !notVerbs.has(word) && (irregular.has(word) || ends(w.pastSuffixes, word)),
    isAdverb: (word) => adverbs.has(word) || (!notVerbs.has(word) && w.adverbSuffixes.some((s) => word.endsWith(s) && word.length > s.length + 2)),
    isGerund: (word) => !notVerbs.has(word) && ends(w.gerundSuffixes, word),
    isNonFinite: (word, before) => !notVerbs.has(word) && (ends(w.verbSuffixes, word) || (before !== undefined && after.has(before) && infinitive(word))),
  }
}

export const VERB_FORMS: Readonly<Record<Lang, VerbForms>> = { en: forms('en'), it: forms('it') }
