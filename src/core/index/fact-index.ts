import { baseLang, type Lang, type SourceWithText } from '../corpus/source-schema.js'
import type { ClaimType, Fact } from '../facts/fact-schema.js'
import { mayHoldFigure, parseFigures } from '../facts/figures.js'
import { analyzeTerm, fold, queryTerms, tokenize } from './analyzer.js'
import { packColumns, unpackColumns } from './columns-file.js'
import { memoise } from './memoise.js'
import { analyseFacts, DATING, FIELDS, valueToken, type Field } from './fact-fields.js'
import { Glossary, type GlossaryJSON } from './glossary.js'
import { answersIntent, detectIntent, isIntentWord, wantedClaimType } from '../query/intent.js'
import { Spelling } from './spelling.js'
import { PostingsBuilder } from './postings-builder.js'
import { MATCHED_BITS, Postings, type MatchDetails, type PostingsColumns, type Ranked, type TermQuery } from './postings.js'

/** Narrow a search to some facts; every filter is an exact match. */
export interface SearchFilters {
  lang?: string
  source?: string
  topic?: string
  type?: ClaimType
}

export interface SearchResults {
  /** How many facts match the query and filters. */
  total: number
  /** The best of them, best first (at most the `top` asked for). */
  hits: SearchHit[]
}

export interface SearchHit {
  fact: Fact
  score: number
  /** Indexed terms of this fact that the query matched. */
  terms: string[]
  /** Share (0–1) of the query's information that this fact matches; see {@link FactIndex.coverage}. */
  coverage: number
  /** Query words this fact would have to match to answer the question (years, unknown names). */
  missing: string[]
}

/**
 * A saved index, in two parts. `json`: the postings' ids, fields, terms and average field lengths,
 * the analysed glossary and the corpus's words for spelling. `columns` (see {@link packColumns}):
 * the postings' numbers (counts, documents, frequencies, field lengths) and, per term, the number of
 * facts using it, which coverage needs.
 */
export interface SavedIndex {
  json: FactIndexJSON
  columns: Uint8Array
}

export interface FactIndexJSON {
  version: 6
  /** A random id the columns file carries too, so a pair of files from two builds is refused rather than misread. */
  build: string
  postings: Pick<PostingsColumns, 'ids' | 'fields' | 'terms' | 'averageFieldLength'>
  glossary: GlossaryJSON
  words: Array<[string, number]>
}

/**
 * Field boosts (the fields: see {@link FIELDS}). The sentence itself weighs most; figure text
 * next, since people type the numbers they saw; the glossary expansion (the cross-lingual bridge)
 * a little less than the sentence; the heading, the sentence before and topic labels are context.
 * The article's organisation and reporting year are not indexed: every fact of an article shares
 * them, so they would match thousands of facts per query and rank none; they are checked after
 * the search instead.
 */
const BOOST: Readonly<Record<Field, number>> = { text: 2, figures: 1.5, gloss: 1.2, heading: 0.6, previous: 0.4, topics: 0.5 }

/** Score factor for a fact that states the kind of number the question asks for. */
const INTENT_BOOST = 1.6
/** Fuzzy matching only for longer terms: short terms have too many neighbours one edit away. */
const FUZZY_MIN_LENGTH = 5
/** From this length a typo may cost two edits: a swapped pair ("patnet") is two Levenshtein edits. */
const FUZZY_TWO_EDITS = 6
/** Prefix matching from this length on, so "recycl" finds "recycling" but "co" does not flood. */
const PREFIX_MIN_LENGTH = 5
/** From this length a capitalised word may be corrected like any other ("Convenzione" → "convention"). */
const LONG_NAME = 9
/** A word spelling correction works on: letters only, three or more. */
const WORD = /^\p{L}[\p{L}'-]{2,}$/u
/** A year in a question: a fact about another year does not answer it. */
const YEAR = /^(19|20)\d\d$/
/** How many hits a search ranks fully by default (the API pages through at most 100 at a time). */
const DEFAULT_TOP = 100
/** Score factor for a fact from a report of the year the question names. */
const REPORT_YEAR_BOOST = 1.2
/** Score factor for a fact of the claim type the question's tense asks for (a result, a goal). */
const CLAIM_TYPE_BOOST = 1.25
/** Score factor for a fact that misses a condition of the question (a year in its role, a name). */
const MISSING_CONDITION = 0.5
/** Score factor for a fact about another organisation than the one the question names: below any fact about it. */
const OTHER_ORGANISATION = 0.05
/** Bounds on a score are raised by this much, so that rounding in the product they bound never makes them fall short of it. */
const ROUNDING_SLACK = 1 + 1e-9
/** Words of organisation names that name no one in particular. */
const LEGAL_FORMS = new Set(['ag', 'co', 'company', 'corp', 'corporation', 'gmbh', 'group', 'gruppo', 'holding', 'holdings', 'inc', 'limited', 'ltd', 'nv', 'plc', 'sa', 'se', 'spa', 'srl', 'the'])
/** A word found only in the sentence before counts this much: it is what the fact refers back to. */
const PREVIOUS_MATCH_WEIGHT = 0.7
/** A fuzzy or prefix match tells less than an exact one; coverage counts it at this weight. */
const INEXACT_MATCH_WEIGHT = 0.7

/**
 * The search index over facts: an inverted index with MiniSearch's scoring ({@link Postings}),
 * language-aware analysis in English and Italian, a glossary expansion that lets a question in one
 * language find a fact in the other ({@link analyseFacts}), and field boosts. It is built from
 * data only, so it runs on any runtime, and saves as JSON and typed-array columns ({@link FactIndex.save}).
 */
export class FactIndex {
  private readonly byId: Map<string, Fact>
  /** The facts by their index in {@link Postings}, and the number (place in `sources`) of each one's source. */
  private readonly byDoc: Fact[]
  private readonly sourceOfDoc: Int32Array
  private readonly sources: readonly SourceWithText[]

  /** Each source's organisation name, analysed: its distinctive words ("valtorr") and all of them ("valtorr", "cement"). */
  private readonly orgNames: Map<string, OrganisationName>
  /** Each source's reporting year, as a query would write it. */
  private readonly reportYear: Map<string, string>

  private constructor(
    private readonly postings: Postings,
    facts: readonly Fact[],
    sources: readonly SourceWithText[],
    /** In how many facts each analysed term occurs: rarer terms carry more of a query's meaning. */
    private readonly df: Map<string, number>,
    private readonly spelling: Spelling,
    /** The glossary the facts were indexed with, for the concepts of a question. */
    readonly glossary: Glossary,
  ) {
    this.byId = new Map(facts.map((f) => [f.id, f]))
    this.byDoc = postings.ids.map((id) => {
      const fact = this.byId.get(id)
      if (!fact) throw new Error(`esg-facts: the index has a fact the corpus lacks (${id}); rebuild it`)
      return fact
    })
    const sourceNo = new Map(sources.map((s, i) => [s.id, i]))
    this.sourceOfDoc = Int32Array.from(this.byDoc, (f) => sourceNo.get(f.source.id)!)
    this.sources = sources
    this.orgNames = new Map(sources.map((s) => [s.id, organisationName(s.about.organization.name, baseLang(s.lang), glossary)]))
    this.reportYear = new Map(sources.map((s) => [s.id, String(s.about.report.reportingYear)]))
    this.distinctiveNames = new Set([...this.orgNames.values()].flatMap((o) => [...o.distinctive]))
    this.nameWords = new Set([...this.orgNames.values()].flatMap((o) => [...o.all]))
  }

  /** The distinctive words of all organisation names: a query using one names that organisation. */
  private readonly distinctiveNames: Set<string>
  /** Every word of all organisation names. */
  private readonly nameWords: Set<string>

  /** Indexes the facts of a corpus, with their concepts in `glossary`. */
  static build(facts: readonly Fact[], sources: readonly SourceWithText[], glossary: Glossary): FactIndex {
    // Document frequencies over every field, so a word known only from a heading or the glossary
    // still counts as known; and the words of sentences and headings as written, for spelling
    // correction.
    const builder = new PostingsBuilder(FIELDS)
    const words = new Map<string, number>()
    const folded = new Map<string, string | null>()
    analyseFacts(facts, glossary, (fact, fields, written) => {
      builder.add(fact.id, fields)
      for (const word of written) {
        let surface = folded.get(word)
        if (surface === undefined) folded.set(word, (surface = WORD.test(word) ? fold(word) : null))
        if (surface) words.set(surface, (words.get(surface) ?? 0) + 1)
      }
    })
    return new FactIndex(builder.build(), facts, sources, builder.documentFrequencies(), Spelling.fromCounts(words), glossary)
  }

  /** Loads an index saved by {@link FactIndex.save}; `facts` and `sources` must be those it was built from. */
  static load({ json, columns }: SavedIndex, facts: readonly Fact[], sources: readonly SourceWithText[]): FactIndex {
    if (json.version !== 6) throw new Error(`esg-facts: unsupported index version ${String(json.version)}; run npm run build`)
    const [build, counts, docs, freqs, fieldLength, df, ...rest] = unpackColumns(columns)
    if (!(build instanceof Uint32Array && counts instanceof Uint32Array && docs instanceof Int32Array && freqs instanceof Uint16Array && fieldLength instanceof Uint32Array && df instanceof Uint32Array) || rest.length > 0) {
      throw new Error('esg-facts: the index columns are not those of this version; run npm run build')
    }
    if (hex(build) !== json.build) throw new Error('esg-facts: index.json and the index columns come from different builds; run npm run build')
    const { terms } = json.postings
    if (df.length !== terms.length) throw new Error('esg-facts: the index has document frequencies for another set of terms; run npm run build')
    const postings = Postings.fromColumns({ ...json.postings, counts, docs, freqs, fieldLength })
    return new FactIndex(postings, facts, sources, new Map(terms.map((term, t) => [term, df[t]!])), Spelling.fromCounts(json.words), Glossary.fromJSON(json.glossary))
  }

  /** The index as data to store (see {@link SavedIndex}). */
  save(): SavedIndex {
    const { ids, fields, terms, averageFieldLength, counts, docs, freqs, fieldLength } = this.postings.toColumns()
    const df = Uint32Array.from(terms, (term) => this.df.get(term) ?? 0)
    const build = crypto.getRandomValues(new Uint32Array(4))
    return {
      json: { version: 6, build: hex(build), postings: { ids, fields, terms, averageFieldLength }, glossary: this.glossary.toJSON(), words: this.spelling.toJSON() },
      columns: packColumns([build, counts, docs, freqs, fieldLength, df]),
    }
  }

  get size(): number {
    return this.byId.size
  }

  /**
   * All matching facts, best first: the BM25+ score times the square of how much of the query
   * each fact covers (so a fact matching every word of a question beats one that repeats a single
   * word), raised for facts stating the kind of number the question asks for, and lowered for
   * facts that miss a condition of the question (a year in its role, a name) and, further, for
   * facts about another organisation than the one the question names. `total` counts every
   * matching fact; `hits` holds the best `top` of them, ranked. An empty or stopword-only query
   * matches nothing.
   */
  search(query: string, filters: SearchFilters = {}, top = DEFAULT_TOP): SearchResults {
    const all = queryTokens(query).map((t) => this.corrected(t))
    // A word the index or the glossary knows is taken as spelt right: typo tolerance for it would
    // only add neighbours (and cost); a word nobody knows gets fuzzy and prefix matching.
    const known = new Set(all.filter((t) => t.forms.some((f) => this.df.has(f) || this.glossary.isWord(f))).flatMap((t) => t.forms))
    const filtered = Object.values(filters).some((v) => v !== undefined)
    // Organisation names are conditions, not content: a question naming one drops all of its
    // name's words ("Valtorre Cementi" → neither word is about cement), and a fact about another
    // organisation is not its answer.
    const named = all.filter((t) => t.forms.some((f) => this.distinctiveNames.has(f)))
    const namedWords = new Set(
      [...this.orgNames.values()].filter((o) => named.some((t) => t.forms.some((f) => o.distinctive.has(f)))).flatMap((o) => [...o.all]),
    )
    const otherOrg = memoise((sourceId: string) => {
      const org = this.orgNames.get(sourceId)!.distinctive
      return named.filter((t) => !t.forms.some((f) => org.has(f)))
    })
    // A fact about another organisation than the one named (it misses a condition, too) ranks
    // below every fact about it while the ranking is made: the few facts about it then come
    // first, and the thousands about others need no further look.
    const sourceFactor = this.sources.map((s) => (otherOrg(s.id).length > 0 ? OTHER_ORGANISATION * MISSING_CONDITION : 1))
    const terms = tokenize(all.flatMap((t) => [t.token, ...t.forms.filter(isValueToken)]).join(' ')).flatMap((t) => queryTerms(t.token.toLowerCase()))
    const raw = this.postings.search(
      terms.map((term): TermQuery => ({ term, fuzzy: known.has(term) ? 0 : fuzziness(term), prefix: !known.has(term) && term.length >= PREFIX_MIN_LENGTH })),
      BOOST,
      filtered || named.length > 0
        ? (doc) => (filtered && !matchesFilters(this.byDoc[doc]!, filters) ? 0 : sourceFactor[this.sourceOfDoc[doc]!]!)
        : undefined,
    )
    const tokens = this.weigh(all.filter((t) => !named.includes(t) && !t.forms.some((f) => namedWords.has(f))))
    const years = tokens.filter((t) => YEAR.test(t.token)).map((t) => t.token)
    const intent = detectIntent(query)
    const claimType = wantedClaimType(query)
    // The most the factors below can make of a score for this query: coverage is at most the
    // credit of its best word (a corrected word counts as inexact), and only the boosts the query
    // can trigger raise it.
    const boosts = (years.length > 0 ? REPORT_YEAR_BOOST : 1) * (intent ? INTENT_BOOST : 1) * (claimType ? CLAIM_TYPE_BOOST : 1)
    const maxBoost = Math.max(0, ...tokens.map((t) => (t.corrected ? INEXACT_MATCH_WEIGHT : 1))) ** 2 * boosts * ROUNDING_SLACK
    const coverageCap = coverageBound(tokens, raw.terms)
    const best: SearchHit[] = []
    if (top <= 0) return { total: raw.total, hits: best }
    for (const r of raw) {
      // A hit enters a full top only by beating its last (insertRanked): one whose best case does
      // not cannot. Hits come by descending score, so once one cannot, none after it can: stop
      // there (a common word matches a third of a large corpus).
      const kth = best.length >= top ? best[top - 1]!.score : -Infinity
      if (r.score * maxBoost <= kth) break
      const fact = this.byDoc[r.doc]!
      // This hit's own best case, from the query words it matched, before working out its details.
      if (r.score * boosts * coverageCap(r.matched) ** 2 * ROUNDING_SLACK <= kth) continue
      const h = this.toHit(fact, r, raw.details(r), tokens)
      const other = otherOrg(fact.source.id)
      h.score *= h.coverage ** 2
      // A fact about another year than the one asked, or missing a name the question uses, ranks
      // lower (one about another organisation already does).
      if (h.missing.length > 0 && other.length === 0) h.score *= MISSING_CONDITION
      h.missing.push(...other.map((t) => t.token))
      if (years.includes(this.reportYear.get(h.fact.source.id)!)) h.score *= REPORT_YEAR_BOOST
      // "How much…", "what share…": a fact stating that kind of number is the likelier answer.
      if (intent && answersIntent(h.fact, intent)) h.score *= INTENT_BOOST
      // "How much has it reduced…" asks for a result, "what is the target…" for a goal.
      if (claimType && h.fact.type === claimType) h.score *= CLAIM_TYPE_BOOST
      insertRanked(best, h, top)
    }
    return { total: raw.total, hits: best }
  }

  /** The analysed words of every organisation name in the corpus (they locate a fact, they do not describe it). */
  organisationForms(): ReadonlySet<string> {
    return this.nameWords
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
   * prefix or typo tolerance. Also the words the hit must match to answer but does not: a year
   * (in the role the question gives it), or a name the corpus never mentions (Samsung, Volkswagen) — the question is then about
   * something else, however well the rest matches.
   */
  private coverage(fact: Fact, r: MatchDetails, tokens: QueryToken[]): { coverage: number; missing: string[] } {
    const reportYear = Number(this.reportYear.get(fact.source.id))
    const missing: string[] = []
    let total = 0
    let got = 0
    for (const { token, forms, intentWord, nameLike, weight, corrected, yearRole } of tokens) {
      // A year counts only in the role the question gives it (see yearsOf); a corrected word's
      // match is as uncertain as a fuzzy one.
      const matched = yearRole ? yearsOf(fact, reportYear, yearRole).has(Number(token)) : forms.some((t) => r.terms.includes(t))
      // A word found only in the sentence before says less about this one.
      const onlyBefore = !yearRole && forms.every((t) => !r.match[t] || r.match[t]!.every((field) => field === 'previous'))
      const exact = matched && !corrected && !onlyBefore
      const inexact = (matched && corrected) || (!matched && !yearRole && forms.some((t) => r.queryTerms.includes(t)))
      // "share", "tasso", "target" say what is asked, not what about: unmatched, they cost nothing.
      if (intentWord && !exact && !inexact) continue
      if (!exact && (yearRole || (!inexact && nameLike && this.isUnknown(forms)))) missing.push(token)
      total += weight
      got += exact ? weight : inexact ? weight * INEXACT_MATCH_WEIGHT : matched && onlyBefore ? weight * PREVIOUS_MATCH_WEIGHT : 0
    }
    return { coverage: total === 0 ? 0 : got / total, missing }
  }

  /**
   * A query word no fact uses, replaced by the closest word the corpus has ("renewabel" →
   * "renewable"), if one is near enough. A short capitalised word may be one edit off at most, so
   * an unknown name (Samsung) is not turned into a corpus word and still stops an answer.
   */
  private corrected(t: RawQueryToken): RawQueryToken {
    // A glossary word is spelt right even if no fact uses it ("meters"): correcting it would invent a match.
    if (t.forms.some((f) => this.df.has(f) || this.glossary.isWord(f)) || !WORD.test(t.token)) return t
    const word = this.spelling.correct(fold(t.token), t.nameLike && t.token.length < LONG_NAME ? 1 : undefined)
    return word ? { ...t, token: word, forms: queryTerms(word), corrected: true } : t
  }

  /** Neither any fact nor the glossary uses the word. */
  private isUnknown(forms: string[]): boolean {
    return forms.every((t) => !this.df.has(t) && !this.glossary.isWord(t))
  }

  /**
   * Each query word's weight: its rarity (idf). A lowercase word nobody uses (not in any fact nor
   * the glossary) is most likely the asker's own phrasing ("works", "greener"), so it weighs as an
   * average word of the query instead of as the rarest.
   */
  private weigh(tokens: RawQueryToken[]): QueryToken[] {
    const idf = (forms: string[]) => Math.max(...forms.map((t) => this.idf(t)))
    const known = tokens.filter((t) => t.nameLike || !this.isUnknown(t.forms))
    const average = known.length ? known.reduce((sum, t) => sum + idf(t.forms), 0) / known.length : undefined
    return tokens.map((t) => ({ ...t, weight: known.includes(t) ? idf(t.forms) : (average ?? idf(t.forms)) }))
  }

  private idf(term: string): number {
    const n = this.byId.size
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5))
  }

  private toHit(fact: Fact, r: Ranked, details: MatchDetails, tokens: QueryToken[]): SearchHit {
    return { fact, score: r.score, terms: details.terms, ...this.coverage(fact, details, tokens) }
  }
}

/**
 * What a year in a question is: the period asked about ("in 2024", "nel 2023"), a base ("since
 * 2019", "rispetto al 2019"), a deadline ("by 2030", "entro il 2030"), or, written bare ("R&D
 * investment 2024"), any of them.
 */
type YearRole = 'period' | 'base' | 'target' | 'any'

const BASE_BEFORE = /(?:since|from|compared (?:with|to)|versus|vs\.?|against|relative to|base(?: year)?|rispetto (?:al|a)|dal|anno base)\s*$/i
const TARGET_BEFORE = /(?:by|until|target|goal|deadline|entro(?: il| l'|l')?|obiettivo|traguardo)\s*$/i
const PERIOD_BEFORE = /(?:in|during|for|of|fiscal|year|nel|del|durante|per|anno|esercizio)\s*$/i

function yearRoleAt(query: string, start: number): YearRole {
  const before = query.slice(Math.max(0, start - 24), start)
  if (BASE_BEFORE.test(before)) return 'base'
  if (TARGET_BEFORE.test(before)) return 'target'
  return PERIOD_BEFORE.test(before) ? 'period' : 'any'
}

/**
 * The years a fact speaks of in one role. Periods: the report's year, plain years and the ends of
 * ranges in the sentence, and the periods of its figures (a question about 2022 is not answered by
 * a 2020–2030 projection). Bases and targets: its base or target years; a goal over a range ("to
 * recycle 38,000 t between 2022 and 2026") has the range's end as its deadline.
 * So "emissions in 2019" is not answered by a target "against a 2019 base".
 */
function yearsOf(fact: Fact, reportYear: number, role: YearRole): Set<number> {
  if (role === 'any') return new Set([...yearsOf(fact, reportYear, 'period'), ...yearsOf(fact, reportYear, 'base'), ...yearsOf(fact, reportYear, 'target')])
  const years = new Set<number>()
  if (role === 'period') years.add(reportYear)
  for (const f of fact.figures) {
    if (f.kind === 'year' && (f.role ?? 'period') === role) years.add(f.value)
    if (f.kind === 'year-range' && (role === 'period' || (role === 'target' && fact.type === 'target'))) {
      years.add(f.value)
      years.add(f.valueEnd ?? f.value)
    }
    if (role === 'base' && f.baseYear !== undefined) years.add(f.baseYear)
    if (role === 'target' && f.targetYear !== undefined) years.add(f.targetYear)
    if (role === 'period' && f.period) for (const y of f.period.split('/')) years.add(Number(y))
  }
  return years
}

interface RawQueryToken {
  token: string
  /** For a year: what it is in the question. */
  yearRole?: YearRole
  forms: string[]
  intentWord: boolean
  /** Capitalised or with inner capitals: "Samsung", "iPhone", "EU-DREAM" (question words are stopwords already). */
  nameLike: boolean
  /** Replaced by spelling correction. */
  corrected?: boolean
}

interface QueryToken extends RawQueryToken {
  weight: number
}

/** The analysed forms of each content word of a query (stopwords dropped). */
function queryTokens(query: string): RawQueryToken[] {
  // Numbers the query writes in words ("four", "sesto") also match as values.
  const values = mayHoldFigure(query) ? [...parseFigures(query, 'en'), ...parseFigures(query, 'it')].filter((f) => !DATING.has(f.kind)) : []
  return tokenize(query)
    .map(({ token, start, end }) => ({
      token,
      forms: [
        ...queryTerms(token.toLowerCase()),
        ...new Set(values.filter((f) => f.start < end && f.end > start).map((f) => valueToken(f.value))),
      ],
      intentWord: isIntentWord(token),
      nameLike: /\p{Lu}/u.test(token),
      ...(YEAR.test(token) ? { yearRole: yearRoleAt(query, start) } : {}),
    }))
    .filter((t) => t.forms.length > 0)
}

interface OrganisationName {
  /** The words that tell it apart ("Valtorre"), which make a question about it. */
  distinctive: Set<string>
  /** Every word of its name but legal forms ("Valtorre", "Cementi"). */
  all: Set<string>
}

/**
 * An organisation's name, analysed. Its distinctive words leave out ESG vocabulary when something
 * else is left, so a question about cement in general is not taken as naming the cement maker.
 */
function organisationName(name: string, lang: Lang, glossary: Glossary): OrganisationName {
  const words = tokenize(name).map(({ token }) => token.toLowerCase().replace(/[.']/g, ''))
  const all = words.filter((w) => w.length > 1 && !LEGAL_FORMS.has(w)).flatMap((w) => analyzeTerm(w, lang) ?? [])
  const distinctive = all.filter((t) => !glossary.isWord(t))
  return { distinctive: new Set(distinctive.length > 0 ? distinctive : all), all: new Set(all) }
}

/**
 * An upper bound of a hit's coverage (see FactIndex.coverage) from the query terms it matched
 * (bits over `terms`, as Postings reports them): a word counts as fully matched when one of its
 * forms did (a corrected word as inexact), a year always (its match is checked on the fact). A word
 * with a form outside `terms` might match through another word's fuzzy neighbour: it counts as
 * matched. Beyond the terms the bits track, no bound (1).
 */
function coverageBound(tokens: readonly QueryToken[], terms: readonly string[]): (matched: number) => number {
  if (terms.length > MATCHED_BITS) return () => 1
  const masks = tokens.map((t) => (t.yearRole || t.forms.some((f) => !terms.includes(f)) ? -1 : t.forms.reduce((m, f) => m | (1 << terms.indexOf(f)), 0)))
  const bound = (matched: number) => {
    let total = 0
    let got = 0
    tokens.forEach((t, i) => {
      const hit = (masks[i]! & matched) !== 0 || masks[i] === -1
      if (t.intentWord && !hit) return
      total += t.weight
      if (hit) got += t.weight * (t.corrected ? INEXACT_MATCH_WEIGHT : 1)
    })
    return total === 0 ? 0 : got / total
  }
  return memoise(bound)
}

/** Inserts `hit` into `ranked` (best first), keeping at most `top`. */
function insertRanked(ranked: SearchHit[], hit: SearchHit, top: number): void {
  let i = ranked.length
  while (i > 0 && ranked[i - 1]!.score < hit.score) i--
  if (i >= top) return
  ranked.splice(i, 0, hit)
  if (ranked.length > top) ranked.pop()
}

function matchesFilters(fact: Fact | undefined, f: SearchFilters): boolean {
  if (!fact) return false
  if (f.lang && baseLang(fact.lang) !== baseLang(f.lang)) return false
  if (f.source && fact.source.id !== f.source) return false
  if (f.topic && !fact.topics.includes(f.topic)) return false
  if (f.type && fact.type !== f.type) return false
  return true
}

/** Typo tolerance by length: short words have too many neighbours one edit away. */
function fuzziness(term: string): number {
  return term.length >= FUZZY_TWO_EDITS ? 2 : term.length >= FUZZY_MIN_LENGTH ? 1 : 0
}

const hex = (words: Uint32Array) => Array.from(words, (w) => w.toString(16).padStart(8, '0')).join('')

/** A number's index term (see valueToken). */
const isValueToken = (term: string) => /^n\d/.test(term)
