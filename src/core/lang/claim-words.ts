import { z } from 'zod'

/**
 * Regular-expression source fragments, used verbatim (a space is one space) and in order; `\b` and
 * `\w` in them are made Unicode-aware (`unicodeWords`), so "più" and "capacità" end as words.
 */
const fragments = z.array(z.string().min(1))
const pattern = z.instanceof(RegExp)

/**
 * The wording that tells whether a sentence is a claim, and of what type, in one language
 * (src/core/facts/claims.ts reads it): a third language is one more data module of this shape and
 * an entry in `CLAIM_WORDS` (claim-words-by-lang.ts).
 *
 * Three kinds of entry, the simplest that keeps each rule exact:
 * - word lists (`regulation`, `passiveAuxiliaries`…), which claims.ts joins into one pattern per
 *   rule across languages, each rule with its own edges;
 * - shapes for a structure languages share, such as a deontic passive of adding content: modals,
 *   adverbs that may follow, the passive auxiliary (none for Italian "vanno specificati"),
 *   participles (`notes.contentPassives`);
 * - phrase templates: whole patterns in the language's own structure (Italian "sarebbe da
 *   aggiungere", English "has/have + participle"), written with `\b` or `(?<!\p{L})` edges and
 *   built from the module's own word lists; claims.ts runs each as it is.
 */
export const ClaimWordsSchema = z.object({
  /** Wording that states a goal or commitment whatever the tense of the rest of the sentence. */
  targetStrong: z.array(pattern),
  /**
   * Modal wording ("should account for 50%", "dovrebbe raggiungere"): a target when a figure comes
   * with it, and it turns a past tense in the same sentence back into a plan (see `classifyClaim`).
   */
  modal: pattern,
  /** A deadline: "by 2030", "by fiscal 2026", "entro il 2030". A year of a result ("By the end of 2024, X completed …") needs a past tense to say so. */
  targetYear: pattern,
  /**
   * Goals mentioned in passing ("of this target"): a target only if nothing is reported as done.
   * "Commitment" is left out: articles use it for any stance ("a firm commitment to sustainable
   * development").
   */
  targetNoun: pattern,
  /**
   * Verbs that report what someone said or published, not a result: "has confirmed that …",
   * "announced", "ha presentato il bilancio". (Estimates are results: "were estimated at 14 Mt".)
   */
  reporting: pattern,
  /**
   * A change stated as a noun with its figure ("a reduction of 41% against 2019", "down 5% on 2023",
   * "una riduzione del 12%"), or a comparison with a past year ("58% lower than in 2019", "il 6,3% in
   * meno rispetto al 2023"): a result unless the sentence sets a deadline (then it is the goal).
   */
  trend: pattern,
  /** Reported results: a finite past tense, an auxiliary with a participle, a headline participle. */
  results: z.object({
    /** Phrase templates, each run over the sentence for every match; the verb is a match's first group, else its last word. */
    past: fragments.min(1),
    /** Whether `past` is matched in the case written ("[a-z]{3,}ed" leaves out a capitalised "Recycled" opening a sentence). */
    caseSensitive: z.boolean(),
    /** Right before a reporting verb, make it a passive that reports the value itself: "were reported at 14.2 million tonnes". */
    passiveAuxiliaries: fragments,
    /**
     * Where a bare past form is also an adjective (English "recycled plastics", "a 75% cut"), the
     * words that make it one. Absent where `past` needs an auxiliary or a figure to match.
     */
    adjectives: z.object({
      /** Words right before a one-word past form that make it an adjective or a noun: determiners, prepositions, conjunctions. */
      after: fragments.min(1),
      /** Participles that open a prepositional phrase ("compared with 2019", "based on"), with the prepositions after them. */
      prepositional: fragments.min(1),
      prepositions: fragments.min(1),
    }).optional(),
  }),
  /** Certificates and accreditations as events or states (see `isCertification`). */
  certification: z.object({
    /** Phrase templates of something certified: "certified to ISO 14001", "sono certificate", "certificata secondo". */
    states: fragments,
    /** Obtaining or holding, with an ISO standard anywhere after it: "obtained … ISO 50001". */
    obtaining: fragments,
    /** Phrase templates of the noun: "certification", "la certificazione", "il certificato". */
    nouns: fragments,
    /** Phrase templates of obtaining, renewing or holding, which make the noun a claim. */
    events: fragments,
    /** Phrase templates of market instruments named certificates ("certificati verdi"), which certify nothing. */
    instruments: fragments,
  }),
  /** Words that name a law or regulation: a modal note in a sentence with one states an obligation. */
  regulation: fragments,
  /** Writers' notes to self (see `isEditorial`). */
  notes: z.object({
    /** Deontic passives of adding content: "should also be detailed", "dovrebbero essere approfonditi", "vanno specificati". */
    contentPassives: z.array(z.object({
      modals: fragments.min(1),
      /** Adverbs that may come right after the modal. */
      fillers: fragments,
      /** The passive auxiliary, if the language has one here. */
      be: z.string().min(1).optional(),
      participles: fragments.min(1),
    })),
    /** The ending of an adverb that may stand before the participle: "explained thoroughly" has none, "be thoroughly explained" does. */
    adverbEnding: z.string().min(1),
    /** Phrase templates of other notes, in any case: "will enrich the report", "da approfondire". */
    phrases: fragments,
    /** Markers matched in the case written, as whole words: "TODO". */
    markers: fragments,
    /** A note in square brackets: "[citation needed]", "[fonte]". */
    bracketed: fragments,
    /** A note in parentheses: "(TBC)", "(da confermare)". */
    parenthetical: fragments,
  }),
  /** A lead phrase pointing to more reading ("For more information,"): what follows is checked as if it opened the sentence. */
  moreInfoLeads: fragments,
  /** Calls to action: page chrome and newsletter boxes around an article. */
  callToAction: z.object({
    /** Imperatives opening a sentence, as whole words, in any case: "subscribe", "sign up". */
    openers: fragments,
    /** Openings matched as they begin, in any case: "rimani aggiornat…". */
    openerPrefixes: fragments,
    /** Phrases anywhere, in any case: "click here", "follow us on". */
    phrases: fragments,
    /**
     * An imperative opening the sentence before one of `next`, matched in the case written after
     * the verb's first letter (or with a capital only, `capitalOnly`): an imperative takes a
     * determiner or a capitalised name ("Follow GreenTech Asia"), while "Download speeds rose"
     * starts with a noun.
     */
    imperatives: z.array(z.object({ verbs: fragments.min(1), next: fragments.min(1), capitalOnly: z.boolean().optional() })),
  }),
})
export type ClaimWords = z.infer<typeof ClaimWordsSchema>
