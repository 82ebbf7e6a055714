import { z } from 'zod'

const words = z.array(z.string().trim().min(1))

/**
 * The words, per language, that find a clause's verb (src/core/facts/dated-event.ts): what a year
 * that only dates something dates ("In 2024, the company refurbished…"), and the verb whose object
 * a count is ("refurbished over 130,000 devices"). Lowercase, accents kept. A third language is one
 * more data module of this shape.
 */
export const VerbWordsSchema = z.object({
  /** Auxiliaries and copulas, which begin a verb group: "has been", "è stata", "si è". */
  auxiliaries: words.min(1),
  /** Endings of a past tense or participle: "-ed", "-ato", "-uti". */
  pastSuffixes: words.min(1),
  /** Irregular past tenses and participles: "built", "prodotto". */
  irregular: words,
  /** Words with a verb's or adverb's ending (past, infinitive, gerund, "-ly") that are neither: "hundred", "mercato", "dividendo", "carattere", "supply". */
  notVerbs: words,
  /**
   * Endings of an infinitive after one of `infinitiveAfter`: Italian "(saputo) ridurre", "(per) salire". Empty where any word
   * after them is one (English "will cut"); English "to" is left out of those, being a preposition too ("switched to solar power").
   */
  infinitiveSuffixes: words,
  /** Modals and prepositions that an infinitive follows: "can", "will"; "può", "saputo", "per", "di". */
  infinitiveAfter: words,
  /**
   * Endings of verb forms that are verbs wherever they stand: Italian gerunds ("attestandosi", "raggiungendo") and the
   * future ("permetterà", "ridurranno"). English "-ing" makes nouns too ("recycling rate"), so it has none.
   */
  verbSuffixes: words,
  /**
   * Endings of gerunds that are nouns too: a verb only where it governs a figure ("comprising 29.5%", "accounting for about 80%",
   * "translating to 7 percent"), a noun elsewhere ("recycling rate", "funding of 5 million"). Empty where gerunds are `verbSuffixes`.
   */
  gerundSuffixes: words,
  /** Whether a participle is a verb only after an auxiliary: Italian "specializzata" alone is an adjective, English "refurbished" a past tense. */
  participleNeedsAuxiliary: z.boolean(),
  /** Words after which a past form is an adjective: "an estimated 240 TWh", "the reported figure". */
  adjectiveAfter: words,
  /** Endings of adverbs, which stand inside a verb group ("has also obtained", "si è ulteriormente focalizzata") and never name what a figure measures. */
  adverbSuffixes: words,
  /** Adverbs without such an ending: "also", "già". */
  adverbs: words,
  /** Words that join a verb to the infinitive it governs: "continued to refine". */
  infinitive: words,
  /** Relative pronouns right before a finite verb unless a stopword or a name follows them: "che prevede", "which covers". */
  finiteAfter: words,
  /**
   * Present-tense forms that are verbs wherever they stand, of the verbs that state a figure, where it comes from or a goal:
   * "revenue grows 5%", "il 93% della produzione deriva da…", "la quota … raggiunge il 60%". A noun phrase ends before one.
   * Only forms that are no noun too ("targets", "plans", "increases" are left out).
   */
  finite: words.default([]),
  /** Words that end a verb's object: prepositions and clause words ("the partnership with PADI", "impegno a produrre"). */
  objectEnds: words.min(1),
  /** Words right before a year that make it only date its clause: "in 2024", "nel corso del 2023", "lo scorso 22 aprile". */
  dating: words.min(1),
  /** Before a word placing a date inside its year, date it too: "a fine 2020", "a metà 2023". */
  datingBeforeTime: words.default([]),
})
export type VerbWords = z.infer<typeof VerbWordsSchema>
