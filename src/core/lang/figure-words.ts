import type { Lang } from './lang-tag.js'
import { figureWordsEn } from './en/figure-words.js'
import { figureWordsIt } from './it/figure-words.js'

/**
 * The wording a language writes figures with, as data: figures.ts builds its patterns from it, so a
 * third language is one more data file and an entry in {@link FIGURE_WORDS}.
 *
 * Every phrase is a regular-expression source fragment in lower case (matched case-insensitively,
 * with Unicode-aware word edges added by the parser); a space matches any whitespace. Fragments
 * may use small groups ("tonnellat[ae]", "dell['’]") where a language inflects a word.
 */
export interface FigureWords {
  /** The decimal mark; the other of "." and "," groups thousands. */
  decimal: '.' | ','
  /** Numeric dates with slashes put the month first ("3/13/2026") when the day says so. */
  slashMonthFirst: boolean
  months: readonly string[]
  /** Capitalised words after which a number is still a figure ("In 2024", "Nearly 40%"); after any other capitalised word it is a name ("Xiaomi 14"). */
  notNames: readonly string[]
  /** Words that make the following number part of a name ("article 5", "allegato 2"); language-neutral codes (ISO, Scope…) are in figures.ts. */
  idPrefixes: readonly string[]
  /** "and", "or": joins a list of identifiers ("Scope 1, 2 and 3"). */
  listJoin: readonly string[]
  numbers: NumberWords
  /** Scale words after a number: "million", "miliardi". */
  scales: readonly { words: readonly string[]; factor: number }[]
  /** Unit words after a number, tried in order (a longer unit before a shorter one it starts with). */
  units: readonly UnitWords[]
  /** Energy units spelt out: prefixes ("kilo", "chilo") and the "-hour" tail ("kilowatt-hours", "kilowattora"). */
  energy: { prefixes: Readonly<Record<string, 'k' | 'M' | 'G' | 'T'>>; hours: readonly string[] }
  /** "carbon dioxide", "anidride carbonica" and "equivalent": what a tonne of CO2e is written with. */
  co2: readonly string[]
  co2Equivalent: readonly string[]
  /** "of", "di": between a unit and CO2 ("tonnes of CO2"), and between a scale word and what it counts ("60 milioni di RMB"). */
  of: readonly string[]
  /** "per": a rate's "per" ("187 g per kWh", "per milione di ore"). */
  per: readonly string[]
  /** Transport work as a rate's denominator: "per tonne-kilometre" (g/tkm), "per passenger-km" (g/pkm). */
  transportWork: { tkm: readonly string[]; pkm: readonly string[] }
  /**
   * Injury rates per hours worked ("0.87 per million hours worked", "4,1 per milione di ore
   * lavorate"): the word for a million, for hours, and the optional qualifier words around them.
   */
  perHours: { million: readonly string[]; of: readonly string[]; hours: readonly string[]; hoursKind: readonly string[]; worked: readonly string[] }
  /** Words before a phone number ("tel.", "telefono"): its digits are no figure. */
  phoneWords: readonly string[]
  /** Currency words after a number, with their ISO 4217 code. */
  currencies: readonly { words: readonly string[]; code: string }[]
  /** Words that may follow a scaled number and still make it money ("2 miliardi di green bond", "4,6 milioni in liberalità"). */
  moneyNouns: readonly string[]
  /** Qualifier phrases right before a number, most specific first ("no less than" before "less than"). */
  qualifiers: readonly { phrases: readonly string[]; qualifier: 'over' | 'at-least' | 'almost' | 'approximately' | 'at-most' | 'under' }[]
  /** "-plus", glued to a number: "1,500-plus tonnes". */
  plusSuffix: readonly string[]
  /** Articles and prepositions with an article, as the cue patterns need them. */
  articles: readonly string[]
  cues: Cues
  /** "of", "di" between a scale word and what it counts ("60 milioni di RMB"), where the language puts one. */
  scaleOf: readonly string[]
  /** "between … and …", "dal … al …": the words before a year range and between its years. */
  yearRanges: readonly (readonly [string, string])[]
  /** Month names that are also common words in lower case ("may"): a month only when capitalised. */
  ambiguousMonths: readonly string[]
  /** Month abbreviations that, after a day number, are more often words ("mar", "dec"). */
  monthNotAfterDay: readonly string[]
  /** Words that name the article's report ("report", "bilancio"): an article that names it retells that year's results. */
  reportWords: readonly string[]
  /**
   * A sentence that gives another party's estimate ("The IEA estimates that …", "l'IEA stima che"):
   * the verbs after the party's name, the word that opens what it says, and the nouns by which an
   * article names its own organisation ("the group").
   */
  attribution: { verbs: readonly string[]; that: readonly string[]; selfNouns: readonly string[] }
}

export interface NumberWords {
  /**
   * How number words combine: "spaced" ("twenty-five", "one hundred and twenty") or "compound"
   * (Italian "duecentotrentacinquemila", read from {@link NumberWords.pieces}).
   */
  grammar: 'spaced' | 'compound'
  units: Readonly<Record<string, number>>
  tens: Readonly<Record<string, number>>
  /** Compound grammar: the pieces of a number word (longest are tried first), with "hundred" and "thousand" stems. */
  pieces?: Readonly<Record<string, number>>
  hundred: readonly string[]
  thousand: readonly string[]
  /** Compound grammar: the plural thousand ("mila") that needs a number before it. */
  thousands?: readonly string[]
  /** Words that look like numbers but are articles ("un", "una") or a scale word standing alone. */
  notNumbers: readonly string[]
  /** Numbers only before a noun ("one wearable device", "sei cementerie"; not "one of", "sei interessato"). */
  needsNoun: readonly string[]
  ordinals: Readonly<Record<string, number>>
  /** Shares: "a third", "due terzi" (values in percent). */
  fractions: Readonly<Record<string, number>>
  /** Between two number words that make a share: "one in four", "two out of three", "uno su tre". */
  ratioLinks: readonly string[]
  /** "half", "metà": 50% of what follows. */
  half: readonly string[]
  /** "a dozen", "a hundred": a count after the indefinite article. */
  afterArticle: Readonly<Record<string, number>>
  indefinite: readonly string[]
  /** Indefinite articles that, listed among counts, are the number one ("due modelli, un modello"); English writes "one" there. */
  listedIndefinite: readonly string[]
  /** Words before a needs-noun number word that make it a pronoun ("the one", "any one"). */
  needsNounNotAfter: readonly string[]
  /** A needs-noun number word before a singular adjective is a verb ("sei interessato"): the singular endings. */
  singularEnding?: string
  /** "tutte e sei": all of a number, where it is one even with no noun after. */
  allOf: readonly string[]
  /**
   * Words before "first"/"primo"/"prima" that make it an ordinal ("il primo", "la prima
   * ricertificazione"; Italian "prima" is also "before"); empty where none is needed ("launches
   * first report"). A following comma or full stop makes it an adverb ("First, …") in any language.
   */
  ordinalOneAfter: readonly string[]
  /** Verb forms of halving ("halved", "dimezzare"): a cut by 50%. A pattern for the whole word. */
  halving: string
  /**
   * Verb forms of multiplying ("doubled", "to triple", "raddoppiato"): the factor. Patterns for the
   * whole word; `afterTo` forms count only as an infinitive ("to double"; "double materiality" is no figure).
   */
  multiplying: readonly { forms: string; afterTo?: string; factor: number }[]
  /** The word that makes a verb an infinitive ("to"), for `multiplying`'s `afterTo`. */
  infinitive: readonly string[]
  /** Singular scale words that are a number with an article ("un miliardo di euro", "a billion dollars"). */
  scaleWithArticle: readonly string[]
  /** A word for half before such a scale word: "mezzo miliardo" is 500 million. */
  halfScale: readonly string[]
  /** Duration words that are a number of years ("biennio", "quinquennale"). */
  yearSpans: Readonly<Record<string, number>>
}

export interface UnitWords {
  words: readonly string[]
  unit: string
  kind: 'percent' | 'quantity'
  factor?: number
  /** "tonnes of CO2": the unit may be followed by what it weighs. */
  co2?: boolean
}

/** The phrases the sentence-level rules read: roles, periods and clauses. */
export interface Cues {
  /** "targets", "goals" right after a year: a goal named by its year. */
  targetNouns: readonly string[]
  /** "the", "il", "dell'": before a fiscal-year word ("the fiscal year", "dell'esercizio"). */
  fiscalLead: readonly string[]
  /** After a comma: opens a comparison (", from 51 kWh in 2023"). */
  compareAfterComma: readonly string[]
  /** Open a clause even without a comma ("while", "mentre"). */
  clauseOpeners: readonly string[]
  /** "year", "anno": after a fraction it is a period, not a share ("half a year"). */
  yearNouns: readonly string[]
  /** Before "halves": the noun, not the verb ("the two halves"). */
  halvesNoun: readonly string[]
  /** Wording that makes the values after it goals: "aims to", "obiettivo di". */
  target: readonly string[]
  /** Achievements that end in an infinitive ("managed to reduce"): not a goal. */
  achieved: readonly string[]
  /** An infinitive of change ("to reduce"): a goal unless an achievement word leads it. */
  targetInfinitive: readonly string[]
  /** Right before a year: its deadline ("by", "entro il"). */
  deadline: readonly string[]
  /** After a list's last comma, before its deadline: the deadline is every listed goal's ("…, all by 2025", "…, tutti entro il 2025"). */
  sharedDeadline: readonly string[]
  /** Right before a year after a goal's value: the deadline too ("al 64% nel 2027", "60% al 2030"). */
  softDeadline: readonly string[]
  /** What opens a phrase that frames its sentence ("With a commitment to …,", "As part of its pledge to …,"): goal wording there leads no value after its comma. */
  framingOpeners: readonly string[]
  /** Right before a year that a goal's wording leads in its clause: its deadline ("l'obiettivo di net zero prima del 2030"). */
  cuedDeadline: readonly string[]
  /** Right before a bare count in a goal's clause: the places the goal covers, not its value ("cut emissions by 50% at 15 breweries", "into four areas", "nei 20 stabilimenti"). */
  scopeBefore: readonly string[]
  /** A pronoun for a goal just named, before its year: "… prima del 2030 … e quello 2050". */
  goalPronoun: readonly string[]
  /** A deadline without a year: the end of the reporting decade. */
  decadeEnd: readonly string[]
  /** A deadline without a year: the end of the article's own year ("entro fine anno", "by year-end", "planned for this year"). */
  yearEnd: readonly string[]
  /** The article's own year, named without its number ("this year", "quest'anno"): a sentence that names it is dated by it. */
  thisYear: readonly string[]
  /** A deadline without a year that refers back to the last one the article stated ("by the same date", "entro la stessa data"). */
  sameDate: readonly string[]
  /** Right before a year later than the article's time: its deadline, goal words or none ("utile al 2028"). */
  futureDeadline: readonly string[]
  /** A plan, strategy or programme: a year or span of years right after it names the plan ("Piano Strategico 2024-2028", "piano industriale al 2025") and is no deadline. */
  planNouns: readonly string[]
  /** Between a plan's name and its span of years: "il nuovo piano strategico per il periodo 2020-2024". */
  planPeriod: readonly string[]
  /** Between a plan noun and the amount it is of ("piano quinquennale da un miliardo", "a plan worth $2 billion"): a goal. */
  planAmount: readonly string[]
  /** Words of the world's warming ("global warming", "pre-industrial", "riscaldamento globale"): a temperature beside them is the limit the world aims at, dated by no year of the article. */
  warming: readonly string[]
  /** A time the text leaves open ("in recent years", "negli ultimi anni"): the sentence's values take no period from their context. */
  vaguePeriod: readonly string[]
  /** A goal named by its year before it: "l'obiettivo 2030". */
  goalBefore: readonly string[]
  /** A goal named by its year after it: "2030 target". */
  goalAfter: readonly string[]
  /** Only a determiner before the year makes the words after it its noun phrase ("its 2030 … target"). */
  determiners: readonly string[]
  /** "founded in 1935", "fondata nel 1935", "acquisita dal 2013": a year that dates the company or a part of it, not any figure. */
  founded: readonly string[]
  /** Right before a year that is part of a report's name ("bilancio di sostenibilità 2022"): the year names an edition, it dates no figure. */
  reportBefore: readonly string[]
  /** A report's noun after its year, maybe past a capitalised name ("2024 Serve 360 Report", "its 2023 sustainability report"): the same. */
  reportAfter: readonly string[]
  /** Openers of a relative clause after a comma (", which was launched in 2006,"): a year inside dates only that clause. */
  relative: readonly string[]
  /** "con scadenza 2031", "notes due 2031": a maturity. */
  maturity: readonly string[]
  /** "rather than 2040": a year set aside. */
  replaced: readonly string[]
  /** Before a base year: "compared to", "rispetto al". */
  baseBefore: readonly string[]
  /** After a base year: "as the base year", "levels". */
  baseAfter: readonly string[]
  /** Right before a year a change is counted from ("since 2018", "dal 2017"): its base when the clause states a change. */
  since: readonly string[]
  /** Right before a year, counting from it only in a clause that states a change by a value ("a 51% reduction … from 2006"); elsewhere it starts a span or names a source. */
  changeSince: readonly string[]
  /** Right before a value that is a change by that much ("by 21%", "del 5%"). */
  changeBy: readonly string[]
  /** Right after a value that is a change by that much ("a 76% reduction", "il 5% in meno"). */
  changeAfter: readonly string[]
  /** "fiscal", "esercizio": a fiscal year takes the roles a bare year would. */
  fiscal: readonly string[]
  /** What opens a comparison with an earlier value: "up from", "rispetto al". */
  compare: readonly string[]
  /** Between a compared value and its year: "in", "del". */
  compareLink: readonly string[]
  /** Right between a measured value and a bare number it is compared with ("compared with 1.02", "contro 700.000"). */
  comparedRightAfter: readonly string[]
  /** Right before a year whose own value follows it: "from", "rispetto al" ("from 2022’s 5.4"). */
  yearComparedBefore: readonly string[]
  /** A possessive between a year and its value ("2022’s 5.4"): the year only dates that value. */
  yearPossessive: readonly string[]
  /** A clause on a year that states its value ("from 2022 where its workforce was 15.3%"): the year is the change's base. */
  yearClause: readonly string[]
  /** Between a value and a span of years ("over the last three years", "nell'ultimo triennio"): the value sums the span ending with its year. */
  lastYears: readonly string[]
  /** Right after a number of years that counts years on end ("three years in a row", "tre anni di fila"): a count dated like any value, not a span's length. */
  inARow: readonly string[]
  /** Right before a value stated as the baseline ("from a baseline of 1.16 million tonnes … in 2019"): a base, dated by the year after it, its base year. */
  baseValue: readonly string[]
  /** Right before a level a change reaches ("increased its emissions to 1.82 million"): over a span of years, the span's last year's. */
  changeTo: readonly string[]
  /** Right before two years joined by "and" that a value spans ("across 2018 and 2019", "nel corso del 2018 e del 2019"): its period is the span. */
  acrossYears: readonly string[]
  /** A goal set aside, right before its value ("an earlier target of 30%", "il precedente obiettivo del 46%") or right after it ("il 21% precedente"). */
  previousGoalBefore: readonly string[]
  previousGoalAfter: readonly string[]
  /** "a year earlier", "dell'anno precedente". */
  previousYear: readonly string[]
  /** A change from one value to another: "rose from", "salito dal" (the first value is the comparison). */
  changeFrom: readonly string[]
  /** Between the two values of a change or a range: "to", "al". */
  rangeTo: readonly string[]
  /** Words that open a clause after a comma ("but", "mentre"), causes ("helped by", "grazie"), subjects. */
  clauseWords: readonly string[]
  causes: readonly string[]
  subjects: readonly string[]
  and: readonly string[]
  /** Verbs that, after a named subject, open a new clause (", and Northwind aims to…"). */
  clauseVerbs: readonly string[]
  /** "of which", "di cui": a part of the whole just named. */
  ofWhich: readonly string[]
  /** A sentence that opens with the whole ("Of the €145 million…", "Dei 145 milioni…"). */
  partOpening: readonly string[]
  /** Words after which a number word is not a number ("one of the"). */
  notNouns: readonly string[]
  /** Words before "half" that make it a period ("first half"). */
  halfPeriod: readonly string[]
  /** Words that may follow a change by a fraction ("fell by a fifth after…"). */
  afterChange: readonly string[]
  /** Verbs of change before a fraction ("fell by a fifth"). */
  changeVerbs: readonly string[]
  fractionQualifiers: readonly string[]
  /** "of", "di": a fraction of something ("half of the"). */
  shareOf: readonly string[]
  /** Hyphenated measure nouns a number word may form ("three-star"). */
  hyphenMeasures: readonly string[]
  /** Words after which an ordinal is a party ("third party"). */
  ordinalNot: readonly string[]
}

export const FIGURE_WORDS: Readonly<Record<Lang, FigureWords>> = { en: figureWordsEn, it: figureWordsIt }
