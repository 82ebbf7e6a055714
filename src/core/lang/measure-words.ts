import { z } from 'zod'

const words = z.array(z.string().trim().min(1))

/**
 * The words, per language, that bound the noun phrase naming what a figure measures
 * (src/core/facts/measure.ts): a third language is one more data module of this shape.
 * Lowercase, accents kept ("è" is not "e").
 */
export const MeasureWordsSchema = z.object({
  /** Skipped between a figure and the phrase after it: "24.1 billion RMB in research", "60% dell'attivo". */
  rightLink: words,
  /** Skipped between the phrase before a figure and the figure: "emissions by 50%", "è salito al 61%". */
  leftLink: words,
  /** Joins words inside one phrase: "tasso di riciclo dei rifiuti", "research and development". */
  inner: words,
  /** Before a figure, name it: "a recycling rate of 87%", "un dividendo di 0,218 euro"; such a phrase wins over the one after it ("… per azione"). */
  of: words,
  /** Right after an amount and before a bare noun, make it a rate's denominator, not what it measures: "0,218 euro per azione". */
  perUnit: words,
  /** Articles: a word right before one, before a figure, is a verb or preposition, not what it measures ("recording a 56% drop", "superando il miliardo"). */
  articles: words,
  /**
   * Prepositions that attach a phrase to the noun before it, read leftwards from a figure: "CO2
   * emissions from its global operations by 3.2 million tonnes", "emissions across scope 1, 2 and 3".
   */
  attach: words,
  /** Prepositions that attach a phrase saying when to the noun before it: "capital expenditures over the next three years", "piano strategico per il periodo 2020-2024". */
  timeAttach: words,
  /** Joins two nouns ("smartphones and tablets") but not two clauses; kept only early in a phrase. */
  and: words,
  /**
   * Prepositions of purpose that a phrase read after a figure goes on through when a bare noun follows: "15.5 million tons of
   * material for beneficial use" (not "for the first time", "for 2019"). Not Italian "per", which also divides ("euro per azione").
   */
  purpose: words.default([]),
  /** End a phrase even when they are content words: comparisons, "including", "thanks to". */
  boundary: words,
  /** Prepositions of several words, whose noun names no measure: "a fronte di 4,7 miliardi", "invest $1bn in a bid to", "in line with". */
  locutions: words,
  /** A phrase made only of these names nothing: "the total", "the previous year". */
  generic: words,
  /** Whether a noun phrase's head noun comes first ("intensità carbonica") rather than last ("carbon intensity"). */
  headFirst: z.boolean(),
  /** Before a figure, say it restates the figure just before: "2.3 billion, equal to 71%", "pari a". */
  equals: words,
  /** After an article and before a figure, restate what comes before them: "la formazione … per un totale di 25.845 ore", "for a total of". */
  totals: words.default([]),
  /** Say a figure is a running total ("cumulative R&D investment", "recycle a cumulative 38,000 tons"). */
  cumulative: words,
  /** Relative pronouns after "of" that a share counts by what follows them: "94% of whom work part-time", "il 94% dei quali assunti". */
  partitive: words,
  /** After a share and "of", name the whole it is a share of, not what it measures: "29.5% of the total mix", "il 27% del totale". */
  wholes: words,
  /** Before a change amount, say a verb before changes its object by it: "increased its target … to 42%", "ridotto … del 20%". */
  changeBy: words,
  /** Stems of change verbs, whose object a change amount measures: "increas", "reduc", "ridu", "aument". */
  changeVerbs: words,
  /** Stems of verbs that spend an amount, which then measures the spending, not the spender: "will invest $1bn", "investirà 500 milioni". */
  spendVerbs: words,
  /** After an amount of money, only say it is money ("invest £10 billion of assets", "fondi"): the verb spending it or the phrase before names what it measures. */
  moneyNouns: words.default([]),
  /** After a share of something, say where that part comes from, which the share measures too: "93% of output comes from recycled steel", "deriva da". */
  sourceVerbs: words.default([]),
  /** Join a source verb to the source: "from", "da". */
  sourceLinks: words.default([]),
  /** Refer back to the sentence before: "this target", "questo obiettivo". */
  anaphora: words,
  /** Introduce parts of a total just stated: "18 products, including 13 smartphones", "cinque prodotti, tra cui due modelli". */
  parts: words,
  /** Nouns of a part or party a figure can be about instead of the organisation: "suppliers", "factory". */
  parties: words,
  /** After a figure, qualify its unit, not what is measured: what a mass weighs ("1.17 megatons of carbon dioxide equivalent"), a scale ("1.5° Celsius"). */
  unitQualifiers: words,
  /** Negate the adjective after them inside a noun phrase, not the verb: "Dichiarazione Non Finanziaria 2023", "non financial statement". */
  negations: words,
  /** Head nouns of a measure that give a bare count its unit: "Le ore di formazione sono state 19mila" is 19,000 h. */
  unitNouns: z.array(z.object({ words: words.min(1), unit: z.string().min(1) })),
  /** Open a clause on the goal of the clause before it ("con l'obiettivo", "with the aim of"): a figure there is of the part that clause names. */
  goalClause: words,
  /**
   * Whether a year right after a noun closes the name it dates, so that the word after the year begins the predicate: Italian
   * puts the year after the noun ("il Report di Sostenibilità 2022 riflette", "le collezioni 2023 realizzato"); English mostly
   * before ("its 2019 base year"), and a year after a noun may open the phrase it dates ("highlighting 2018/2019 progress").
   */
  yearClosesName: z.boolean(),
  /** Names of a climate goal that a deadline year's measure begins with when the goal opens its phrase: "net zero Scope 1 and 2 emissions … by 2050". */
  goalNames: words,
  /** Nouns of a goal: a year right before one is that goal's deadline, whatever word precedes the year ("toward the company's 2025 and 2038 sustainability goals"). */
  goalNouns: words,
  /** Names of outside parties as written, with the name a subject takes: "EU" → "European Union". */
  namedParties: z.array(z.object({ names: words.min(1), subject: z.string().min(1) })),
})
export type MeasureWords = z.infer<typeof MeasureWordsSchema>
