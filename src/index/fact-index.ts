import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch'
import { baseLang, type Lang, type SourceWithText } from '../corpus/source-schema.js'
import type { ClaimType, Fact } from '../facts/fact-schema.js'
import { TOPICS } from '../facts/topics.js'
import { analyzeTerm, queryTerms, tokenize } from './analyzer.js'
import { expandWithGlossary } from './glossary.js'
import { answersIntent, detectIntent, isIntentWord } from './intent.js'

/** Narrow a search to some facts; every filter is an exact match. */
export interface SearchFilters {
  lang?: string
  source?: string
  topic?: string
  type?: ClaimType
}

/** Where a matched term stands in the fact text, for snippets. */
export interface Highlight {
  start: number
  end: number
  term: string
}

export interface SearchHit {
  fact: Fact
  score: number
  /** Indexed terms of this fact that the query matched. */
  terms: string[]
  /** Share (0–1) of the query's information that this fact matches; see {@link FactIndex.coverage}. */
  coverage: number
  /** Matches in `fact.text` (offsets into the fact text). */
  highlights: Highlight[]
}

/** The serialised index: MiniSearch's own JSON plus the document frequencies coverage needs. */
export interface FactIndexJSON {
  version: 1
  minisearch: AsPlainObject
  df: Record<string, number>
}

/**
 * Field boosts. The sentence itself weighs most; figure text next, since people type the numbers
 * they saw; the glossary expansion (the cross-lingual bridge) a little less than the sentence; the
 * heading and topic labels are context; the article context (organisation, year, title) only
 * breaks ties, because every fact of an article shares it.
 */
const BOOST = { text: 2, figures: 1.5, gloss: 1.2, heading: 0.6, topics: 0.5, context: 0.25 } as const
type Field = keyof typeof BOOST
const FIELDS = Object.keys(BOOST) as Field[]

/**
 * Each field value is tagged with the language of its words ("\u0001it …"), because MiniSearch's
 * `processTerm` sees a term and its field but not its document, and each language needs its stemmer.
 */
const LANG_MARK = '\u0001'
const tagged = (lang: Lang, text: string) => `${LANG_MARK}${lang} ${text}`

/** Score factor for a fact that states the kind of number the question asks for. */
const INTENT_BOOST = 1.3
/** Fuzzy matching only for longer terms: short terms have too many neighbours one edit away. */
const FUZZY_MIN_LENGTH = 5
/** From this length a typo may cost two edits: a swapped pair ("patnet") is two Levenshtein edits. */
const FUZZY_TWO_EDITS = 6
/** Prefix matching from this length on, so "recycl" finds "recycling" but "co" does not flood. */
const PREFIX_MIN_LENGTH = 5
/** Weight of an unmatched name the corpus never uses, relative to a rare word. */
const UNKNOWN_NAME_WEIGHT = 2
/** A fuzzy or prefix match tells less than an exact one; coverage counts it at this weight. */
const INEXACT_MATCH_WEIGHT = 0.7

/**
 * The search index over facts: one MiniSearch instance with language-aware analysis in English and
 * Italian, a glossary expansion that lets a question in one language find a fact in the other, and
 * field boosts. It is built from data only, so it runs on any runtime and serialises to JSON.
 */
export class FactIndex {
  private readonly byId: Map<string, Fact>

  private constructor(
    private readonly minisearch: MiniSearch<Fact>,
    facts: readonly Fact[],
    /** In how many facts each analysed term occurs: rarer terms carry more of a query's meaning. */
    private readonly df: Map<string, number>,
  ) {
    this.byId = new Map(facts.map((f) => [f.id, f]))
  }

  /** Indexes the facts of a corpus. */
  static build(facts: readonly Fact[], sources: readonly SourceWithText[]): FactIndex {
    const ms = new MiniSearch<Fact>(miniSearchOptions(sources))
    ms.addAll(facts as Fact[])
    const df = new Map<string, number>()
    for (const fact of facts) {
      const lang = baseLang(fact.lang)
      const seen = new Set<string>()
      for (const { token } of tokenize(fact.text)) {
        const term = analyzeTerm(token.toLowerCase(), lang)
        if (term && !seen.has(term)) {
          seen.add(term)
          df.set(term, (df.get(term) ?? 0) + 1)
        }
      }
    }
    return new FactIndex(ms, facts, df)
  }

  /** Loads an index written by {@link FactIndex.toJSON}; `facts` and `sources` must be those it was built from. */
  static fromJSON(json: FactIndexJSON, facts: readonly Fact[], sources: readonly SourceWithText[]): FactIndex {
    if (json.version !== 1) throw new Error(`esg-facts: unsupported index version ${String(json.version)}`)
    const ms = MiniSearch.loadJS<Fact>(json.minisearch, miniSearchOptions(sources))
    return new FactIndex(ms, facts, new Map(Object.entries(json.df)))
  }

  toJSON(): FactIndexJSON {
    return { version: 1, minisearch: this.minisearch.toJSON(), df: Object.fromEntries(this.df) }
  }

  get size(): number {
    return this.byId.size
  }

  /** All matching facts, best first. An empty or stopword-only query matches nothing. */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    const raw = this.minisearch.search(query, {
      filter: (r) => matchesFilters(this.byId.get(r.id as string), filters),
    })
    const tokens = queryTokens(query)
    const intent = detectIntent(query)
    const hits = raw.map((r) => this.toHit(r, tokens))
    if (!intent) return hits
    // "How much…", "what share…": a fact stating that kind of number is the likelier answer.
    for (const h of hits) if (answersIntent(h.fact, intent)) h.score *= INTENT_BOOST
    return hits.sort((a, b) => b.score - a.score)
  }

  /** The facts matching the filters, in corpus order. */
  list(filters: SearchFilters = {}): Fact[] {
    return [...this.byId.values()].filter((f) => matchesFilters(f, filters))
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id)
  }

  /**
   * How much of the query a hit covers, from 0 to 1: each query word weighs by its rarity in the
   * corpus (inverse document frequency; a word the corpus never uses weighs most, since it names
   * something the corpus may not know), and counts fully when matched exactly, partly when only by
   * prefix or typo tolerance. Answers abstain when this is low.
   */
  private coverage(r: SearchResult, tokens: QueryToken[]): number {
    const matchedQuery = new Set(r.queryTerms)
    const matchedDoc = new Set(r.terms)
    let total = 0
    let got = 0
    for (const { forms, intentWord, nameLike } of tokens) {
      const unknown = forms.every((t) => !this.df.has(t))
      // A name the corpus never mentions (Samsung, iPhone) says the question is about something else.
      const weight = Math.max(...forms.map((t) => this.idf(t))) * (unknown && nameLike ? UNKNOWN_NAME_WEIGHT : 1)
      const exact = forms.some((t) => matchedDoc.has(t))
      const inexact = !exact && forms.some((t) => matchedQuery.has(t))
      // "share", "tasso", "target" say what is asked, not what about: unmatched, they cost nothing.
      if (intentWord && !exact && !inexact) continue
      total += weight
      got += exact ? weight : inexact ? weight * INEXACT_MATCH_WEIGHT : 0
    }
    return total === 0 ? 0 : got / total
  }

  private idf(term: string): number {
    const n = this.byId.size
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5))
  }

  private toHit(r: SearchResult, tokens: QueryToken[]): SearchHit {
    const fact = this.byId.get(r.id as string)!
    return { fact, score: r.score, terms: r.terms, coverage: this.coverage(r, tokens), highlights: highlights(fact, new Set(r.terms)) }
  }
}

interface QueryToken {
  forms: string[]
  intentWord: boolean
  /** Capitalised after the first word, or with inner capitals: "Samsung", "iPhone", "EU-DREAM". */
  nameLike: boolean
}

/** The analysed forms of each content word of a query (stopwords dropped). */
function queryTokens(query: string): QueryToken[] {
  return tokenize(query)
    .map(({ token }, i) => ({
      forms: queryTerms(token.toLowerCase()),
      intentWord: isIntentWord(token),
      nameLike: /^\p{Lu}/u.test(token) ? i > 0 : /\p{Ll}\p{Lu}/u.test(token),
    }))
    .filter((t) => t.forms.length > 0)
}

function highlights(fact: Fact, terms: Set<string>): Highlight[] {
  const lang = baseLang(fact.lang)
  const out: Highlight[] = []
  for (const { token, start, end } of tokenize(fact.text)) {
    const term = analyzeTerm(token.toLowerCase(), lang)
    if (term && terms.has(term)) out.push({ start, end, term })
  }
  return out
}

function matchesFilters(fact: Fact | undefined, f: SearchFilters): boolean {
  if (!fact) return false
  if (f.lang && baseLang(fact.lang) !== baseLang(f.lang)) return false
  if (f.source && fact.source.id !== f.source) return false
  if (f.topic && !fact.topics.includes(f.topic)) return false
  if (f.type && fact.type !== f.type) return false
  return true
}

function miniSearchOptions(sources: readonly SourceWithText[]): Options<Fact> {
  const context = new Map(
    sources.map((s) => [s.id, tagged(baseLang(s.lang), `${s.about.organization.name} ${s.about.report.reportingYear} ${s.title}`)]),
  )
  const topicLabels = new Map(TOPICS.map((t) => [t.id, `${tagged('en', t.label.en)} ${tagged('it', t.label.it)}`]))
  return {
    idField: 'id',
    fields: FIELDS,
    storeFields: [],
    extractField: (fact: Fact, field: string): string => {
      const lang = baseLang(fact.lang)
      switch (field as Field | 'id') {
        case 'id':
          return fact.id
        case 'text':
          return tagged(lang, fact.text)
        case 'figures':
          return tagged(lang, fact.figures.map((f) => f.text).join(' '))
        case 'gloss': {
          // The heading's concepts count too: "the factory" under "Smart Factory" is about the smart factory.
          const g = expandWithGlossary(`${fact.citation.heading ?? ''}\n${fact.text}`, lang)
          return `${tagged('en', g.en)} ${tagged('it', g.it)}`
        }
        case 'heading':
          return tagged(lang, fact.citation.heading ?? '')
        case 'topics':
          return fact.topics.map((t) => topicLabels.get(t) ?? '').join(' ')
        case 'context':
          return context.get(fact.source.id) ?? ''
      }
    },
    tokenize: indexTokens,
    processTerm: (term: string): string | null => {
      const lang = term.slice(0, 2) as Lang
      return analyzeTerm(term.slice(3).toLowerCase(), lang)
    },
    searchOptions: {
      boost: BOOST,
      tokenize: (text: string) => tokenize(text).map((t) => t.token),
      processTerm: (term: string) => queryTerms(term.toLowerCase()),
      fuzzy: (term: string) => (term.length >= FUZZY_TWO_EDITS ? 2 : term.length >= FUZZY_MIN_LENGTH ? 1 : false),
      maxFuzzy: 2,
      prefix: (term: string) => term.length >= PREFIX_MIN_LENGTH,
      combineWith: 'OR',
    },
  }
}

/** Tokens of a tagged field value, each prefixed with its language ("it\u0001rinnovabile"). */
function indexTokens(value: string): string[] {
  const out: string[] = []
  for (const part of value.split(LANG_MARK)) {
    if (part.length < 3) continue
    const lang = part.slice(0, 2)
    for (const { token } of tokenize(part.slice(3))) out.push(`${lang}${LANG_MARK}${token}`)
  }
  return out
}
