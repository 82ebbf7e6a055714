import { z } from 'zod'
import { analyzeText } from './analyzer.js'
import type { Lang } from '../lang/lang-tag.js'

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

/** Concepts validated by {@link GlossarySchema}; throws an `esg-facts:` error naming the entry otherwise. */
export function parseGlossary(raw: unknown, file: string): Concept[] {
  const result = GlossarySchema.safeParse(raw)
  if (!result.success) throw new Error(`esg-facts: invalid glossary (${file}): ${z.prettifyError(result.error)}`)
  return result.data
}

interface Phrase {
  terms: readonly string[]
  concept: number
}

/** The serialised glossary: its concepts and each term analysed, so a start need not analyse them again. */
export interface GlossaryJSON {
  concepts: Concept[]
  /** Per language, [concept index, analysed term] for every term of every concept. */
  phrases: Record<Lang, Array<[number, string[]]>>
}

function matchesAt(text: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => text[at + offset] === term)
}

/**
 * The bilingual ESG glossary with every term analysed as the index analyses text, for finding its
 * concepts in a text. Made from the concepts at build time ({@link Glossary.fromConcepts}) and
 * saved with the index: analysing its ~3,000 terms took a fifth of a cold start.
 */
export class Glossary {
  /** Per language, each analysed term keyed by its first index term, so a scan looks up one key per token. */
  private readonly byFirst: Record<Lang, Map<string, Phrase[]>> = { en: new Map(), it: new Map() }
  /** Analysed one-word terms, of either language. */
  private readonly words = new Set<string>()

  private constructor(
    private readonly concepts: readonly Concept[],
    private readonly phrases: Record<Lang, ReadonlyArray<readonly [number, readonly string[]]>>,
  ) {
    for (const lang of LANGS) {
      for (const [concept, terms] of phrases[lang]) {
        const first = terms[0]!
        const list = this.byFirst[lang].get(first) ?? []
        list.push({ terms, concept })
        this.byFirst[lang].set(first, list)
        if (terms.length === 1) this.words.add(first)
      }
    }
  }

  /** Analyses the terms of `concepts` (validated ones: every term keeps an index term). */
  static fromConcepts(concepts: readonly Concept[]): Glossary {
    const phrases = (lang: Lang) => concepts.flatMap((concept, index) => concept[lang].map((term): [number, string[]] => [index, analyzeText(term, lang)]))
    return new Glossary(concepts, { en: phrases('en'), it: phrases('it') })
  }

  /** Loads what {@link Glossary.toJSON} wrote. */
  static fromJSON(json: GlossaryJSON): Glossary {
    return new Glossary(json.concepts, json.phrases)
  }

  toJSON(): GlossaryJSON {
    const copy = (lang: Lang) => this.phrases[lang].map(([concept, terms]): [number, string[]] => [concept, [...terms]])
    return { concepts: [...this.concepts], phrases: { en: copy('en'), it: copy('it') } }
  }

  /**
   * Concepts whose terms occur in `text` read as `lang`, in glossary order. A term matches when its
   * analysed form occurs as consecutive analysed tokens (stopwords are dropped on both sides, so
   * "neutralità delle emissioni di carbonio" matches "neutralità emissioni carbonio"). Overlapping
   * concepts are all returned ("tasso di automazione" is automation-rate, automation and rate).
   */
  findConcepts(text: string, lang: Lang): Concept[] {
    return this.conceptsIn(analyzeText(text, lang), lang).map((index) => this.concept(index))
  }

  /**
   * The numbers (see {@link Glossary.concept}) of the concepts found in a text already analysed
   * (`terms`, as {@link analyzeText} gives them), ascending. Linear in the text's length: phrases
   * are indexed by their first analysed token.
   */
  conceptsIn(terms: readonly string[], lang: Lang): number[] {
    const phrases = this.byFirst[lang]
    const found = new Set<number>()
    terms.forEach((term, at) => {
      for (const phrase of phrases.get(term) ?? []) {
        if (!found.has(phrase.concept) && matchesAt(terms, at, phrase.terms)) found.add(phrase.concept)
      }
    })
    return [...found].sort((a, b) => a - b)
  }

  /**
   * Where in an analysed text (as {@link Glossary.conceptsIn} takes it) each concept's terms occur:
   * the concept's id, its first term's place and how many terms it spans, every occurrence.
   */
  conceptsAt(terms: readonly string[], lang: Lang): Array<{ id: string; at: number; length: number }> {
    const found: Array<{ id: string; at: number; length: number }> = []
    terms.forEach((term, at) => {
      for (const phrase of this.byFirst[lang].get(term) ?? []) {
        if (matchesAt(terms, at, phrase.terms)) found.push({ id: this.concept(phrase.concept).id, at, length: phrase.terms.length })
      }
    })
    return found
  }

  /**
   * For indexing: the glossary terms in `lang` of the concepts numbered `concepts`, each once, in
   * glossary order. Indexed next to a text that names the concepts (each term analysed in its own
   * language), so an English query finds an Italian fact and vice versa.
   */
  termsOf(concepts: readonly number[], lang: Lang): string[] {
    return [...new Set(concepts.flatMap((index) => this.concept(index)[lang]))]
  }

  /** The concept numbered `index` (its place in the glossary). */
  concept(index: number): Concept {
    const concept = this.concepts[index]
    if (!concept) throw new Error(`esg-facts: the glossary has no concept ${index}`)
    return concept
  }

  /**
   * Whether an analysed word is a whole glossary term in either language: a known ESG word even if
   * no fact uses it ("revenue", "Japanese"). Only one-word terms count: "work" of "working hours"
   * is everyday English, not vocabulary.
   */
  isWord(term: string): boolean {
    return this.words.has(term)
  }
}
