import { z } from 'zod'
import { analyzeText, fold } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { FigureKindSchema, type FigureKind, type Variable } from './fact-schema.js'
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
    for (const field of ['measures', 'context', 'asks'] as const)
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
  context?: Record<Lang, string[][]>
}

const analyse = (list: Record<Lang, string[]>): Record<Lang, string[][]> => ({ en: list.en.map((p) => analyzeText(p, 'en')), it: list.it.map((p) => analyzeText(p, 'it')) })
const COMPILED: readonly Compiled[] = VARIABLES.map((entry) => ({ entry, measures: analyse(entry.measures), ...(entry.context ? { context: analyse(entry.context) } : {}) }))

const DATING: ReadonlySet<FigureKind> = new Set(['year', 'year-range', 'date'])
/** A phrase must name at least this share of the measure's head words (those before its first "of"/"di"). */
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
}

/**
 * The canonical variable of a figure: the vocabulary entry one of whose phrases the measure holds
 * (all its words, stemmed, covering at least half the measure's head), longest phrase first, among
 * entries for the figure's kind; else an id from the measure's stemmed words. A year takes the
 * variable of what it dates, as "… (year)", unless an entry is itself a year (carbon neutrality).
 */
export function variableOf(input: VariableInput): Variable {
  const terms = new Set(analyzeText(input.measure, input.lang))
  const head = analyzeText(input.head, input.lang)
  const context = new Set(analyzeText(input.context, input.lang))
  const holds = (set: ReadonlySet<string>, phrase: readonly string[]) => phrase.length > 0 && phrase.every((t) => set.has(t))
  const dating = DATING.has(input.kind)
  const best = (eligible: (e: VariableEntry) => boolean) => {
    let found: VariableEntry | undefined
    let score = 0
    for (const c of COMPILED) {
      if (!eligible(c.entry)) continue
      if (c.context && !c.context[input.lang].some((p) => holds(context, p))) continue
      for (const p of c.measures[input.lang]) {
        if (!holds(terms, p)) continue
        const coverage = head.length ? head.filter((t) => p.includes(t)).length / head.length : 1
        if (coverage < MIN_HEAD_COVERAGE) continue
        const s = p.length + coverage
        if (s > score) [found, score] = [c.entry, s]
      }
    }
    return found
  }
  const own = best((e) => (dating ? !!e.kinds?.includes(input.kind === 'date' ? 'year' : input.kind) : e.kinds ? e.kinds.includes(input.kind) : true))
  if (own) return named(own.id, own.names, input.lang, own)
  const of = dating ? best((e) => !e.kinds?.every((k) => DATING.has(k))) : undefined
  const base = of ? { id: of.id, names: of.names, codes: of } : derived(input)
  if (!dating) return named(base.id, base.names, input.lang, base.codes)
  return named(`${base.id}-year`, { en: `${base.names.en} (year)`, it: `${base.names.it} (anno)` }, input.lang, base.codes)
}

function derived(input: VariableInput): { id: string; names: { en: string; it: string }; codes: Record<string, never> } {
  const words = analyzeText(input.core || input.measure, input.lang).map((t) => t.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean)
  const id = fold(words.join('-')) || 'measure'
  return { id, names: { en: input.measure, it: input.measure }, codes: {} }
}

function named(id: string, names: { en: string; it: string }, lang: Lang, codes: { gri?: string; esrs?: string }): Variable {
  return { id, name: names[lang], names, ...(codes.gri ? { gri: codes.gri } : {}), ...(codes.esrs ? { esrs: codes.esrs } : {}) }
}
