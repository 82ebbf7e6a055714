import { z } from 'zod'
import { analyzeText, fold } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { FigureKindSchema, type FigureKind, type Variable } from './fact-schema.js'
import { isDating, isMeasured } from './figure-kinds.js'
import { memoiseRecent } from '../index/memoise.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import data from './variables.json' with { type: 'json' }

const LANGS = ['en', 'it'] as const satisfies readonly Lang[]
const phrases = z.object({ en: z.array(z.string().trim().min(1)).min(1), it: z.array(z.string().trim().min(1)).min(1) })

/**
 * One entry of the variable vocabulary (src/core/facts/variables.json): a canonical thing measured,
 * named in both languages, with the measure phrases that map to it and the ways people ask for it.
 */
export const VariableEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  names: z.object({ en: z.string().min(1), it: z.string().min(1) }),
  gri: z.string().optional(),
  esrs: z.string().optional(),
  /** The figure kinds it applies to: R&D investment is money, R&D staff a count. Absent: any measured kind. */
  kinds: z.array(FigureKindSchema).min(1).optional(),
  /** Phrases of a figure's measure that name it, per language. */
  measures: phrases,
  /** Words too general to name it but as the whole measure: "20.000 persone" are its staff, "140 mila persone in difficoltà" are not. */
  bare: phrases.optional(),
  /** Phrases one of which the sentence or the one before must hold ("products" only count as assessed products beside "carbon footprint"). */
  context: phrases.optional(),
  /** How questions name it, per language ("research budget", "spesa in ricerca"). */
  asks: phrases,
})
export type VariableEntry = z.infer<typeof VariableEntrySchema>

export const VariableVocabularySchema = z.array(VariableEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}"` })
    seen.add(entry.id)
    for (const field of ['measures', 'bare', 'context', 'asks'] as const)
      for (const lang of LANGS)
        entry[field]?.[lang].forEach((phrase, p) => {
          if (!analyzeText(phrase, lang).length) ctx.addIssue({ code: 'custom', path: [index, field, lang, p], message: `"${phrase}" is only stopwords in ${lang}` })
        })
  })
})

/** Entries validated by {@link VariableVocabularySchema}; throws an `esg-facts:` error naming the entry otherwise. */
export function parseVariables(raw: unknown, file: string): VariableEntry[] {
  const result = VariableVocabularySchema.safeParse(raw)
  if (!result.success) throw new Error(`esg-facts: invalid variable vocabulary (${file}): ${z.prettifyError(result.error)}`)
  return result.data
}

/** The vocabulary shipped in src/core/facts/variables.json. */
export const VARIABLES: readonly VariableEntry[] = parseVariables(data, 'src/core/facts/variables.json')

interface Compiled {
  entry: VariableEntry
  measures: Record<Lang, string[][]>
  bare?: Record<Lang, string[][]>
  context?: Record<Lang, string[][]>
}

const analyse = (list: Record<Lang, string[]>): Record<Lang, string[][]> => ({ en: list.en.map((p) => analyzeText(p, 'en')), it: list.it.map((p) => analyzeText(p, 'it')) })
const COMPILED: readonly Compiled[] = VARIABLES.map((entry) => ({
  entry,
  measures: analyse(entry.measures),
  ...(entry.bare ? { bare: analyse(entry.bare) } : {}),
  ...(entry.context ? { context: analyse(entry.context) } : {}),
}))

/** A vocabulary phrase in its order among all entries' phrases (entry, then phrase), which breaks ties. */
interface PhraseRef {
  compiled: Compiled
  phrase: string[]
  order: number
  /** Names the entry only as the whole measure (see VariableEntry.bare). */
  bare: boolean
}

/**
 * Each language's phrases by their first term: a phrase can only be held by a set of terms holding
 * its first, so a figure is checked against those phrases, not the whole vocabulary.
 */
const BY_FIRST_TERM: Readonly<Record<Lang, ReadonlyMap<string, readonly PhraseRef[]>>> = { en: byFirstTerm('en'), it: byFirstTerm('it') }

function byFirstTerm(lang: Lang): Map<string, PhraseRef[]> {
  const index = new Map<string, PhraseRef[]>()
  let order = 0
  for (const compiled of COMPILED)
    for (const [phrases, bare] of [[compiled.measures[lang], false], [compiled.bare?.[lang] ?? [], true]] as const)
      for (const phrase of phrases) {
        const first = phrase[0]
        if (first === undefined) continue
        let list = index.get(first)
        if (!list) index.set(first, (list = []))
        list.push({ compiled, phrase, order: order++, bare })
      }
  return index
}

/** The phrases whose first term is in `terms`, in vocabulary order. */
function phrasesStartingIn(terms: ReadonlySet<string>, lang: Lang): PhraseRef[] {
  const index = BY_FIRST_TERM[lang]
  return [...terms].flatMap((t) => index.get(t) ?? []).sort((a, b) => a.order - b.order)
}

// The sentence and its context are the same for every figure of a sentence, and figures often share a measure: each text is analysed once.
const termList = { en: memoiseRecent((text: string): readonly string[] => analyzeText(text, 'en')), it: memoiseRecent((text: string): readonly string[] => analyzeText(text, 'it')) }
const termSet = { en: memoiseRecent((text: string) => new Set(termList.en(text)), 16), it: memoiseRecent((text: string) => new Set(termList.it(text)), 16) }
// Keyed by the memoised sets above, so every figure of a sentence looks the sentence's phrases up once.
const phrasesIn = { en: memoiseRecent((terms: ReadonlySet<string>) => phrasesStartingIn(terms, 'en'), 16), it: memoiseRecent((terms: ReadonlySet<string>) => phrasesStartingIn(terms, 'it'), 16) }

/** A phrase must name at least this share of the measure's head words: "smart home products" are not any "products". */
const MIN_HEAD_COVERAGE = 0.5

/** What a variable's id and names need from a figure: its measure, kind, language and the text around it. */
export interface VariableInput {
  /** The measure's words, and its head: the words before its first inner preposition ("tasso" of "tasso di riciclo"). */
  measure: string
  head: string
  /** The measure without generic words ("per year"): what a derived id is made of. */
  core: string
  kind: FigureKind
  lang: Lang
  /** The sentence and the one before it, for entries that need a context word. */
  context: string
  /** The sentence alone, where a longer phrase can make a match more specific… */
  sentence: string
  /** …unless the sentence's other figures' measures hold it. */
  others: string
  /** A running total ("cumulative R&D investment"), a variable of its own. */
  cumulative: boolean
  /** The variable of the total this figure is a part of ("including one wearable device"): not an entry it may take. */
  whole?: string
}

/**
 * The canonical variable of a figure: the vocabulary entry one of whose phrases the measure holds
 * (all its words, stemmed, covering at least half the measure's head), longest phrase first, among
 * entries for the figure's kind (any measured entry when none of its kind fits); then the entry of a
 * longer phrase that contains it and that the sentence holds ("wasted" beside "food waste"). Else
 * an id from the measure's stemmed words. A year takes the variable of what it dates, as
 * "… (year)", unless an entry is itself a year (carbon neutrality); a cumulative measure is its own.
 */
export function variableOf(input: VariableInput): Variable {
  const lang = input.lang
  const reading: Reading = { terms: termSet[lang](input.measure), head: termList[lang](input.head), input }
  const dating = isDating({ kind: input.kind })
  if (dating) {
    const year = pick(reading, (e) => !!e.kinds?.includes('year'))
    if (year) return named(year.id, year.names, lang, year)
  }
  // the vocabulary's phrases have lost their negations to the analyser: a negated measure is none of them
  const entry = isNegated(input.measure, lang) ? undefined : dating ? pick(reading, measuredEntry) : (pick(reading, (e) => (e.kinds ? e.kinds.includes(input.kind) : true)) ?? (isMeasured({ kind: input.kind }) ? pick(reading, measuredEntry) : undefined))
  let base = entry ? { id: entry.id, names: entry.names, codes: entry as { gri?: string; esrs?: string } } : derived(input)
  if (input.cumulative) base = { ...base, id: `${base.id}-cumulative`, names: { en: `cumulative ${base.names.en}`, it: `${base.names.it} (cumulato)` } }
  const variable = named(base.id, base.names, lang, base.codes)
  return dating ? yearOf(variable, lang) : variable
}

/**
 * A figure's measure as terms, read once per figure by every rule below (module functions: no
 * closures per figure). The sentence, its context and the other figures' measures are analysed
 * only when a rule needs them (`termsOf`): most measures match no phrase, or none needing context.
 */
interface Reading {
  terms: ReadonlySet<string>
  head: readonly string[]
  input: VariableInput
}

const termsOf = (reading: Reading, text: 'context' | 'sentence' | 'others'): ReadonlySet<string> => termSet[reading.input.lang](reading.input[text])

type Match = { entry: VariableEntry; phrase: string[] }

const holds = (set: ReadonlySet<string>, phrase: readonly string[]) => phrase.length > 0 && phrase.every((t) => set.has(t))
const measuredEntry = (e: VariableEntry) => !e.kinds || e.kinds.some((kind) => isMeasured({ kind }))
const coverage = (head: readonly string[], p: readonly string[]) => (head.length ? head.filter((t) => p.includes(t)).length / head.length : 1)

/** Whether a phrase is the whole of a figure's measure: every term of the measure is one of its. */
const isWhole = (reading: Reading, phrase: readonly string[]) => [...reading.terms].every((t) => phrase.includes(t))

// `fits` holds every phrase's terms in `within`, so only phrases starting with one of its terms can fit.
function candidates(reading: Reading, eligible: (e: VariableEntry) => boolean, within: ReadonlySet<string>, fits: (p: string[]) => boolean): Match[] {
  const lang = reading.input.lang
  return phrasesIn[lang](within)
    .filter((r) => eligible(r.compiled.entry) && r.compiled.entry.id !== reading.input.whole && (!r.bare || isWhole(reading, r.phrase)) && (!r.compiled.context || r.compiled.context[lang].some((p) => holds(termsOf(reading, 'context'), p))) && fits(r.phrase))
    .map((r) => ({ entry: r.compiled.entry, phrase: r.phrase }))
}

function pick(reading: Reading, eligible: (e: VariableEntry) => boolean): VariableEntry | undefined {
  const { terms, head } = reading
  const best = candidates(reading, eligible, terms, (p) => holds(terms, p) && coverage(head, p) >= MIN_HEAD_COVERAGE).reduce<Match | undefined>(
    (a, m) => (!a || m.phrase.length + coverage(head, m.phrase) > a.phrase.length + coverage(head, a.phrase) ? m : a),
    undefined,
  )
  if (!best) return undefined
  const sentence = termsOf(reading, 'sentence')
  const longer = candidates(reading, eligible, sentence, (q) => q.length > best.phrase.length && best.phrase.every((t) => q.includes(t)) && holds(sentence, q) && !holds(termsOf(reading, 'others'), q))
  return longer.reduce<Match>((a, m) => (m.phrase.length > a.phrase.length ? m : a), best).entry
}

/** The variable of the years that date another variable's values: "R&D investment (year)". */
export function yearOf(variable: Variable, lang: Lang): Variable {
  const names = { en: `${variable.names.en} (year)`, it: `${variable.names.it} (anno)` }
  return { ...variable, id: `${variable.id}-year`, name: names[lang], names }
}

/**
 * Whether a measure's words hold a negation of their own ("CO2 non emesse", "energia non rinnovabile"):
 * the analyser drops it as a stopword, yet it turns what is measured into its opposite. A prefix
 * written on ("non-renewable") is kept by the analyser and needs no such care.
 */
const isNegated = (text: string, lang: Lang): boolean =>
  text.toLowerCase().split(/\s+/u).some((w) => MEASURE_WORDS[lang].negations.includes(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')))

function derived(input: VariableInput): { id: string; names: { en: string; it: string }; codes: { gri?: string; esrs?: string } } {
  const text = input.core || input.measure
  const words = analyzeText(text, input.lang).map((t) => t.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean)
  const id = fold([...(isNegated(text, input.lang) ? ['non'] : []), ...words].join('-')) || 'measure'
  return { id, names: { en: input.measure, it: input.measure }, codes: {} }
}

function named(id: string, names: { en: string; it: string }, lang: Lang, codes: { gri?: string; esrs?: string }): Variable {
  return { id, name: names[lang], names, ...(codes.gri ? { gri: codes.gri } : {}), ...(codes.esrs ? { esrs: codes.esrs } : {}) }
}
