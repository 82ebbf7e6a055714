import { z } from 'zod'
import { analyzeText } from '../index/analyzer.js'
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
