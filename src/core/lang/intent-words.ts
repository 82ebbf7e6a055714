import { z } from 'zod'

const phrases = z.array(z.string().trim().min(1))

/**
 * The words, per language, that make a clause speak of the future or of an intention: a figure in
 * such a clause is a goal even with no "target" beside it ("Prysmian investirà 500 milioni",
 * "Aviva expects to invest a further £10 billion"). Phrases are regular-expression fragments in
 * lower case (see words.ts); a third language is one more data module of this shape.
 */
export const IntentWordsSchema = z.object({
  /** Future auxiliaries and intention or plan verbs with their infinitive's particle ("will", "is looking to", "punta a"). */
  cues: phrases.min(1),
  /** Endings that mark a word as a future-tense verb (Italian "-rà", "-ranno"); empty where the future is an auxiliary. */
  futureEndings: phrases,
  /** A future that schedules a decision on a value already set, no goal: "L'assemblea approverà un dividendo di 0,42 euro". */
  decided: phrases.min(1),
  /** Words of a past or achieved fact ("was", "has already", "è stato"): a clause with one is not the cue's, nor any after it. */
  past: phrases.min(1),
  /**
   * What opens a clause that carries on the one before it, as the same plan ("…, consentendo così di recuperare 440 milioni",
   * "…, saving 2 million tonnes"): an intended clause reaches on across the comma to it.
   */
  carryOn: phrases,
  /** Goal nouns: a year after one and a deadline word is that goal's deadline ("target di emissioni al 2030"). */
  goalNouns: phrases.min(1),
  /** Words that make the year after them a deadline, in an intended clause or after a goal noun ("by", "nel"). */
  deadline: phrases.min(1),
})
export type IntentWords = z.infer<typeof IntentWordsSchema>
