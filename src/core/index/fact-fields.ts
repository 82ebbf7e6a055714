import { baseLang, type Lang } from '../lang/lang-tag.js'
import type { Fact } from '../facts/fact-schema.js'
import { isDating } from '../facts/figure-kinds.js'
import { TOPICS } from '../facts/topics.js'
import { acronymExpander, findAcronyms } from './acronyms.js'
import { analyzeTerm, tokenize } from './analyzer.js'
import type { Glossary } from './glossary.js'
import { memoise } from './memoise.js'
import type { FieldTerms } from './postings-builder.js'

/**
 * The index fields of a fact, in the order they are indexed. The sentence; its figures, each also
 * as its value; `gloss`, the glossary terms (both languages) of the concepts it names and the
 * other spelling of its acronyms: the cross-lingual bridge; its heading with the heading's
 * concepts; `previous`, the sentence before it in the same paragraph with its concepts (what
 * "this initiative" refers to); its topic labels in both languages.
 */
export const FIELDS = ['text', 'figures', 'gloss', 'heading', 'previous', 'topics'] as const
export type Field = (typeof FIELDS)[number]

/** A number as one index term, whatever words or digits wrote it ("four", "quattro", "4" → "n4"). */
export const valueToken = (value: number) => `n${value}`

/** A run of text in one language, analysed as the index analyses it. */
interface Run {
  /** Each token in its language ("en\u0001Water"), stopwords included: MiniSearch's field length counts distinct ones. */
  keys: readonly string[]
  /** The analysed terms in text order: stopwords dropped, and a hyphenated word also gives its parts ("battery-electric", "battery", "electric"). */
  terms: readonly string[]
  /** The words as written that gave `terms`. */
  words: readonly string[]
  /** The analysed terms of whole tokens only: what glossary phrases are matched against. */
  phraseTerms: readonly string[]
}

/** The glossary terms of a set of concepts, analysed: their terms and words as a run has them, and their distinct tokens. */
interface Expansion extends Pick<Run, 'terms' | 'words'> {
  distinct: ReadonlySet<string>
}

const EMPTY: Expansion = { terms: [], words: [], distinct: new Set() }

function analyse(text: string, lang: Lang): Run {
  const run = { keys: [] as string[], terms: [] as string[], words: [] as string[], phraseTerms: [] as string[] }
  const add = (word: string, whole: boolean) => {
    run.keys.push(`${lang}\u0001${word}`)
    const term = analyzeTerm(word.toLowerCase(), lang)
    if (term === null) return
    run.terms.push(term)
    run.words.push(word)
    if (whole) run.phraseTerms.push(term)
  }
  for (const { token } of tokenize(text)) {
    add(token, true)
    // "battery-electric" is also "battery" and "electric", so a query for either finds it.
    if (token.includes('-')) for (const piece of token.split('-')) if (piece) add(piece, false)
  }
  return run
}

/** A field made of runs: their terms in order, and the number of distinct tokens among them and `expansion`. */
function field(runs: readonly Run[], expansion: Expansion = EMPTY): FieldTerms {
  const own = new Set<string>()
  for (const run of runs) for (const key of run.keys) if (!expansion.distinct.has(key)) own.add(key)
  const terms = expansion.terms.length === 0 && runs.length === 1 ? runs[0]!.terms : [...runs.flatMap((r) => r.terms), ...expansion.terms]
  return { length: own.size + expansion.distinct.size, terms }
}

/**
 * Analyses the facts of a corpus, in corpus order, into their index fields ({@link FIELDS} order),
 * and gives `visit` each fact with its fields and the words of its `text` and `heading` fields as
 * written, the heading's glossary terms included (the spelling vocabulary). What facts share is analysed once: glossary expansions by
 * concept set, headings, topic sets, and the sentence before a fact, which is the fact before.
 */
export function analyseFacts(facts: readonly Fact[], glossary: Glossary, visit: (fact: Fact, fields: FieldTerms[], words: readonly string[]) => void): void {
  const spellAcronyms = acronymExpander(findAcronyms(facts.map((f) => f.text)))
  const glossaryTerm = memoise((key: string) => analyse(key.slice(3), key.slice(0, 2) as Lang))
  const expansionOf = memoise((key: string): Expansion => {
    const concepts = key === '' ? [] : key.split(' ').map(Number)
    const runs = (['en', 'it'] as const).flatMap((lang) => glossary.termsOf(concepts, lang).map((term) => glossaryTerm(`${lang} ${term}`)))
    return { terms: runs.flatMap((r) => r.terms), words: runs.flatMap((r) => r.words), distinct: new Set(runs.flatMap((r) => r.keys)) }
  })
  const expansion = (phraseTerms: readonly string[], lang: Lang) => expansionOf(glossary.conceptsIn(phraseTerms, lang).join(' '))
  const heading = memoise((key: string) => {
    const run = analyse(key.slice(3), key.slice(0, 2) as Lang)
    const concepts = expansion(run.phraseTerms, key.slice(0, 2) as Lang)
    return { field: field([run], concepts), words: [...run.words, ...concepts.words] }
  })
  const topicLabels = new Map(TOPICS.map((t) => [t.id, [analyse(t.label.en, 'en'), analyse(t.label.it, 'it')]]))
  const topics = memoise((key: string) => field(key.split(' ').flatMap((id) => topicLabels.get(id) ?? [])))

  let before: { fact: Fact; run: Run; concepts: Expansion } | undefined
  for (const fact of facts) {
    const lang = baseLang(fact.lang)
    const text = analyse(fact.text, lang)
    const concepts = expansion(text.phraseTerms, lang)
    // "SAF" also as "sustainable aviation fuel" (and that concept's glossary terms), and the other way round.
    const spelt = analyse(spellAcronyms(fact.text), lang)
    const gloss = spelt.keys.length === 0 ? field([], concepts) : field([spelt], expansion([...text.phraseTerms, ...spelt.phraseTerms], lang))
    const figures = analyse(fact.figures.map((f) => (isDating(f) ? f.text : `${f.text} ${valueToken(f.value)}`)).join(' '), lang)
    const head = heading(`${lang} ${fact.citation.heading ?? ''}`)
    // The sentence before counts when both stand in one paragraph (nothing but a space between them).
    const sameParagraph = before && before.fact.source.id === fact.source.id && fact.citation.start - before.fact.citation.end <= 2
    const previous = sameParagraph ? field([before!.run], before!.concepts) : field([])
    const fields = [field([text]), field([figures]), gloss, head.field, previous, topics(fact.topics.join(' '))]
    visit(fact, fields, head.words.length === 0 ? text.words : [...text.words, ...head.words])
    before = { fact, run: text, concepts }
  }
}
