import type { Lang } from './lang-tag.js'
import { claimWordsEn } from './en/claim-words.js'
import { claimWordsIt } from './it/claim-words.js'

/**
 * The wording that tells a claim's type in one language (src/core/facts/claims.ts reads it): a
 * third language is one more data file and an entry in {@link CLAIM_WORDS}. Patterns are written
 * with Unicode-aware word edges (`unicodeWords`, or `(?<!\p{L})` … `(?!\p{L})`).
 */
export interface ClaimWords {
  /** Wording that states a goal or commitment whatever the tense of the rest of the sentence. */
  targetStrong: readonly RegExp[]
  /**
   * Modal wording ("should account for 50%", "dovrebbe raggiungere"): a target when a figure comes
   * with it, and it turns a past tense in the same sentence back into a plan (see `classifyClaim`).
   */
  modal: RegExp
  /** A deadline: "by 2030", "by fiscal 2026", "entro il 2030". A year of a result ("By the end of 2024, X completed …") needs a past tense to say so. */
  targetYear: RegExp
  /**
   * Goals mentioned in passing ("of this target"): a target only if nothing is reported as done.
   * "Commitment" is left out: articles use it for any stance ("a firm commitment to sustainable
   * development").
   */
  targetNoun: RegExp
  /**
   * Verbs that report what someone said or published, not a result: "has confirmed that …",
   * "announced", "ha presentato il bilancio". (Estimates are results: "were estimated at 14 Mt".)
   */
  reporting: RegExp
  /**
   * A change stated as a noun with its figure ("a reduction of 41% against 2019", "down 5% on 2023",
   * "una riduzione del 12%"), or a comparison with a past year ("58% lower than in 2019", "il 6,3% in
   * meno rispetto al 2023"): a result unless the sentence sets a deadline (then it is the goal).
   */
  trend: RegExp
}

export const CLAIM_WORDS: Readonly<Record<Lang, ClaimWords>> = { en: claimWordsEn, it: claimWordsIt }
