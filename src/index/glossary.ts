import { z } from 'zod'
import { analyzeText, type Lang } from './analyzer.js'
import data from './glossary.json' with { type: 'json' }

const LANGS = ['en', 'it'] as const satisfies readonly Lang[]

const termsSchema = z.array(z.string().trim().min(1)).min(1, 'at least one term per language')

/**
 * The glossary file format (see GLOSSARY.md): an array of concepts, each with a unique kebab-case
 * id and its terms in English and Italian. Every term must keep at least one index term after
 * analysis, or it could never match (e.g. a term made only of stopwords, like "by").
 */
export const GlossarySchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
      en: termsSchema,
      it: termsSchema,
    }),
  )
  .superRefine((concepts, ctx) => {
    const seen = new Set<string>()
    concepts.forEach((concept, index) => {
      if (seen.has(concept.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${concept.id}"` })
      seen.add(concept.id)
      for (const lang of LANGS) {
        concept[lang].forEach((term, t) => {
          if (analyzeText(term, lang).length === 0)
            ctx.addIssue({ code: 'custom', path: [index, lang, t], message: `"${term}" is only stopwords in ${lang}` })
        })
      }
    })
  })

export type Concept = z.infer<typeof GlossarySchema>[number]

function loadGlossary(raw: unknown): readonly Concept[] {
  const result = GlossarySchema.safeParse(raw)
  if (!result.success) throw new Error(`esg-facts: invalid glossary (src/index/glossary.json): ${z.prettifyError(result.error)}`)
  return Object.freeze(result.data)
}

/** The bilingual ESG glossary from glossary.json, validated at load (throws on a malformed file). */
export const GLOSSARY: readonly Concept[] = loadGlossary(data)

interface Phrase {
  terms: readonly string[]
  concept: number
}

/** Per language, each analysed glossary term keyed by its first index term, so a scan looks up one key per token. */
function indexPhrases(lang: Lang): ReadonlyMap<string, readonly Phrase[]> {
  const byFirst = new Map<string, Phrase[]>()
  GLOSSARY.forEach((concept, index) => {
    for (const term of concept[lang]) {
      const terms = analyzeText(term, lang)
      const first = terms[0] as string // schema guarantees at least one
      const phrases = byFirst.get(first) ?? []
      phrases.push({ terms, concept: index })
      byFirst.set(first, phrases)
    }
  })
  return byFirst
}

const PHRASES: Readonly<Record<Lang, ReadonlyMap<string, readonly Phrase[]>>> = {
  en: indexPhrases('en'),
  it: indexPhrases('it'),
}

function matchesAt(text: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => text[at + offset] === term)
}

/**
 * Concepts whose terms occur in `text` read as `lang`, in glossary order. A term matches when its
 * analysed form occurs as consecutive analysed tokens (stopwords are dropped on both sides, so
 * "neutralità delle emissioni di carbonio" matches "neutralità emissioni carbonio"). Overlapping
 * concepts are all returned ("tasso di automazione" is automation-rate, automation and rate).
 * Linear in the text length: phrases are indexed by their first analysed token.
 */
export function findConcepts(text: string, lang: Lang): Concept[] {
  const terms = analyzeText(text, lang)
  const phrases = PHRASES[lang]
  const found = new Set<number>()
  terms.forEach((term, at) => {
    for (const phrase of phrases.get(term) ?? []) {
      if (!found.has(phrase.concept) && matchesAt(terms, at, phrase.terms)) found.add(phrase.concept)
    }
  })
  return [...found].sort((a, b) => a - b).map((index) => GLOSSARY[index] as Concept)
}

/**
 * For indexing: all glossary terms, per language, of the concepts found in `text` (read as `lang`),
 * joined with "; " and without duplicates. Indexed next to the text (each string analysed in its
 * own language), so an English query finds an Italian fact and vice versa. Empty strings when no
 * concept occurs.
 */
export function expandWithGlossary(text: string, lang: Lang): { en: string; it: string } {
  const concepts = findConcepts(text, lang)
  const join = (l: Lang) => [...new Set(concepts.flatMap((concept) => concept[l]))].join('; ')
  return { en: join('en'), it: join('it') }
}

/**
 * Whether an analysed word is a whole glossary term in either language: a known ESG word even if
 * no fact uses it ("revenue", "Japanese"). Only one-word terms count: "work" of "working hours"
 * is everyday English, not vocabulary.
 */
export const isGlossaryWord = (term: string): boolean =>
  (['en', 'it'] as const).some((lang) => PHRASES[lang].get(term)?.some((p) => p.terms.length === 1))
