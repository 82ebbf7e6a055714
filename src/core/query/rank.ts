import { baseLang } from '../lang/lang-tag.js'
import type { ClaimType, Fact } from '../facts/fact-schema.js'
import type { FactIndex } from '../index/fact-index.js'
import type { Field } from '../index/fact-fields.js'
import { memoise } from '../index/memoise.js'
import { MATCHED_BITS, type MatchDetails, type Ranked, type TermQuery } from '../index/postings.js'
import { answersIntent } from './intent.js'
import { organisationsOf } from './organisations.js'
import { parseQuestion, type ParsedQuestion, type QuestionWord, type YearRole } from './parse-question.js'

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
  /** Share (0–1) of the query's information that this fact matches; see {@link coverage}. */
  coverage: number
  /** Query words this fact would have to match to answer the question (years, unknown names). */
  missing: string[]
}

/** The tuned constants of ranking, each with why it has its value. */
export const RANKING = {
  /**
   * Field boosts (the fields: see FIELDS). The sentence itself weighs most; figure text next, since
   * people type the numbers they saw; the glossary expansion (the cross-lingual bridge) a little
   * less than the sentence; the heading, the sentence before and topic labels are context. The
   * article's organisation and reporting year are not indexed: every fact of an article shares
   * them, so they would match thousands of facts per query and rank none; they are checked after
   * the search instead.
   */
  boost: { text: 2, figures: 1.5, gloss: 1.2, heading: 0.6, previous: 0.4, topics: 0.5 } satisfies Readonly<Record<Field, number>>,
  /** A fact that states the kind of number the question asks for is the likelier answer. */
  intentBoost: 1.6,
  /** A fact from a report of the year the question names: the year is likelier its period. */
  reportYearBoost: 1.2,
  /** A fact of the claim type the question's tense asks for (a result, a goal). */
  claimTypeBoost: 1.25,
  /** A fact with a figure of a variable the question names ("research budget" → R&D investment): it measures what is asked. */
  variableBoost: 1.3,
  /** A fact that misses a condition of the question (a year in its role, a name) answers it only in part. */
  missingCondition: 0.5,
  /** A fact about another organisation than the one the question names: below any fact about it. */
  otherOrganisation: 0.05,
  /** A word found only in the sentence before counts this much: it is what the fact refers back to. */
  previousMatchWeight: 0.7,
  /** A fuzzy or prefix match (or a corrected word) tells less than an exact one. */
  inexactMatchWeight: 0.7,
  /** Fuzzy matching only from this length: short terms have too many neighbours one edit away. */
  fuzzyMinLength: 5,
  /** From this length a typo may cost two edits: a swapped pair ("patnet") is two Levenshtein edits. */
  fuzzyTwoEdits: 6,
  /** Prefix matching from this length on, so "recycl" finds "recycling" but "co" does not flood. */
  prefixMinLength: 5,
  /** How many hits a search ranks fully by default (the API pages through at most 100 at a time). */
  defaultTop: 100,
  /** Bounds on a score are raised by this much, so that rounding in the product they bound never makes them fall short of it. */
  roundingSlack: 1 + 1e-9,
} as const

/** A question word with its weight in coverage. */
interface WeighedWord extends QuestionWord {
  weight: number
}

/** Per index, what ranking reads of each source, worked out once. */
interface SourceFacts {
  /** Each source's reporting year, as a query would write it. */
  reportYear: Map<string, string>
}
const sourceFacts = new WeakMap<FactIndex, SourceFacts>()
function sourceFactsOf(index: FactIndex): SourceFacts {
  let s = sourceFacts.get(index)
  if (!s) sourceFacts.set(index, (s = { reportYear: new Map(index.sources.map((x) => [x.id, String(x.about.report.reportingYear)])) }))
  return s
}

/**
 * All matching facts, best first: the BM25+ score times the square of how much of the question
 * each fact covers (so a fact matching every word of a question beats one that repeats a single
 * word), raised for facts stating the kind of number the question asks for, and lowered for
 * facts that miss a condition of the question (a year in its role, a name) and, further, for
 * facts about another organisation than the one the question names. `total` counts every
 * matching fact; `hits` holds the best `top` of them, ranked. An empty or stopword-only question
 * matches nothing.
 */
export function search(index: FactIndex, question: ParsedQuestion, filters: SearchFilters = {}, top: number = RANKING.defaultTop): SearchResults {
  const orgs = organisationsOf(index)
  const { reportYear } = sourceFactsOf(index)
  const { words: all, named, namedWords, intent, claimType } = question
  const filtered = Object.values(filters).some((v) => v !== undefined)
  // A question naming an organisation drops all of its name's words ("Valtorre Cementi" → neither
  // word is about cement), and a fact about another organisation is not its answer.
  const otherOrg = memoise((sourceId: string) => {
    const org = orgs.bySource.get(sourceId)!.distinctive
    return named.filter((t) => !t.forms.some((f) => org.has(f)))
  })
  // A fact about another organisation than the one named (it misses a condition, too) ranks
  // below every fact about it while the ranking is made: the few facts about it then come
  // first, and the thousands about others need no further look.
  const sourceFactor = index.sources.map((s) => (otherOrg(s.id).length > 0 ? RANKING.otherOrganisation * RANKING.missingCondition : 1))
  // A word the index or the glossary knows is taken as spelt right: typo tolerance for it would
  // only add neighbours (and cost); a word nobody knows gets fuzzy and prefix matching.
  const known = new Set(all.filter((t) => !t.unknown).flatMap((t) => t.forms))
  const raw = index.postings.search(
    all.flatMap((t) => t.forms).map((term): TermQuery => ({ term, fuzzy: known.has(term) ? 0 : fuzziness(term), prefix: !known.has(term) && term.length >= RANKING.prefixMinLength })),
    RANKING.boost,
    filtered || named.length > 0
      ? (doc) => (filtered && !matchesFilters(index.factAt(doc), filters) ? 0 : sourceFactor[index.sourceNumberOf(doc)]!)
      : undefined,
  )
  const tokens = weigh(index, all.filter((t) => !named.includes(t) && !t.forms.some((f) => namedWords.has(f))))
  const variables = new Set(question.variables)
  const measuring = [...variables].map((v) => docsMeasuring(index, v))
  const measures = (doc: number) => measuring.some((docs) => docs[doc] === 1)
  const years = tokens.filter((t) => t.yearRole).map((t) => t.token)
  // The most the factors below can make of a score for this question: coverage is at most the
  // credit of its best word (a corrected word counts as inexact), and only the boosts the question
  // can trigger raise it.
  const unmeasuredBoosts = (years.length > 0 ? RANKING.reportYearBoost : 1) * (intent ? RANKING.intentBoost : 1) * (claimType ? RANKING.claimTypeBoost : 1)
  const boosts = unmeasuredBoosts * (variables.size > 0 ? RANKING.variableBoost : 1)
  const credit = Math.max(0, ...tokens.map((t) => (t.corrected ? RANKING.inexactMatchWeight : 1))) ** 2
  const maxBoost = credit * boosts * RANKING.roundingSlack
  const unmeasuredMaxBoost = credit * unmeasuredBoosts * RANKING.roundingSlack
  const coverageCap = coverageBound(tokens, raw.terms)
  const best: SearchHit[] = []
  if (top <= 0) return { total: raw.total, hits: best }
  const kth = () => (best.length >= top ? best[top - 1]!.score : -Infinity)
  /** Ranks one hit (in ranking order); false once no hit after it can enter the top. */
  const consider = (r: Ranked): boolean => {
    // A hit enters a full top only by beating its last (insertRanked): one whose best case does
    // not cannot. Hits come by descending score, so once one cannot, none after it can: stop
    // there (a common word matches a third of a large corpus).
    if (r.score * maxBoost <= kth()) return false
    // This hit's own best case, from the question words it matched, before working out its details.
    // A fact without a figure of an asked variable cannot have that boost.
    const measured = variables.size > 0 && measures(r.doc)
    if (r.score * (measured ? boosts : unmeasuredBoosts) * coverageCap(r.matched) ** 2 * RANKING.roundingSlack <= kth()) return true
    const fact = index.factAt(r.doc)
    const details = raw.details(r)
    const h: SearchHit = { fact, score: r.score, terms: details.terms, ...coverage(fact, Number(reportYear.get(fact.source.id)), details, tokens, measured ? variables : undefined) }
    const other = otherOrg(fact.source.id)
    h.score *= h.coverage ** 2
    // A fact about another year than the one asked, or missing a name the question uses, ranks
    // lower (one about another organisation already does).
    if (h.missing.length > 0 && other.length === 0) h.score *= RANKING.missingCondition
    h.missing.push(...other.map((t) => t.token))
    if (years.includes(reportYear.get(fact.source.id)!)) h.score *= RANKING.reportYearBoost
    // "How much…", "what share…": a fact stating that kind of number is the likelier answer.
    if (intent && answersIntent(fact, intent)) h.score *= RANKING.intentBoost
    // "How much has it reduced…" asks for a result, "what is the target…" for a goal.
    if (claimType && fact.type === claimType) h.score *= RANKING.claimTypeBoost
    // "Research budget" names R&D investment: a fact measuring it answers, however it is worded.
    if (measured) h.score *= RANKING.variableBoost
    insertRanked(best, h, top)
    return true
  }
  // Once a hit without a figure of an asked variable could not enter the top, none after it can:
  // only hits measuring one are left, and they are ranked on their own from there, in the same
  // order, rather than popping the thousands of others one by one ("emissions" measures no
  // vocabulary variable in most facts that use the word).
  const looked = new Set<number>()
  let measuredOnly = false
  for (const r of raw) {
    if (variables.size > 0 && r.score * unmeasuredMaxBoost <= kth()) {
      measuredOnly = true
      break
    }
    if (!consider(r)) break
    if (variables.size > 0 && measures(r.doc)) looked.add(r.doc)
  }
  if (measuredOnly) {
    // Only those that could beat the top's last as it stands now: it only rises.
    const floor = kth()
    for (const r of raw.where((doc, score) => score * maxBoost > floor && measures(doc) && !looked.has(doc))) if (!consider(r)) break
  }
  return { total: raw.total, hits: best }
}

// Per index and vocabulary variable (a bounded set), one byte per postings document: 1 when its fact has a figure of the variable.
const measuringDocs = new WeakMap<FactIndex, Map<string, Uint8Array>>()

/**
 * Which documents measure `variable`, worked out on the first question that names it and kept as
 * long as the index: a search asks it of thousands of candidates, which need not be read for it.
 */
function docsMeasuring(index: FactIndex, variable: string): Uint8Array {
  let byVariable = measuringDocs.get(index)
  if (!byVariable) measuringDocs.set(index, (byVariable = new Map()))
  let docs = byVariable.get(variable)
  if (!docs) {
    docs = new Uint8Array(index.postings.ids.length)
    for (let doc = 0; doc < docs.length; doc++) if (index.factAt(doc).figures.some((f) => f.variable?.id === variable)) docs[doc] = 1
    byVariable.set(variable, docs)
  }
  return docs
}

/** {@link search} for a question not parsed yet (benches, tests, scripts); a route parses its question once and passes that on. */
export function searchText(index: FactIndex, text: string, filters?: SearchFilters, top?: number): SearchResults {
  return search(index, parseQuestion(text, index), filters, top)
}

/** The facts matching the filters, in corpus order. */
export function list(index: FactIndex, filters: SearchFilters = {}): Fact[] {
  return index.facts.filter((f) => matchesFilters(f, filters))
}

/**
 * How much of the question a hit covers, from 0 to 1: each question word weighs by its rarity in
 * the corpus (see {@link weigh}), and counts fully when matched exactly, partly when only by
 * prefix or typo tolerance. Also the words the hit must match to answer but does not: a year (in
 * the role the question gives it), or a name the corpus never mentions (Samsung, Volkswagen) —
 * the question is then about something else, however well the rest matches.
 */
function coverage(fact: Fact, reportYear: number, r: MatchDetails, tokens: WeighedWord[], measured?: ReadonlySet<string>): { coverage: number; missing: string[] } {
  const missing: string[] = []
  let total = 0
  let got = 0
  for (const { token, forms, intentWord, nameLike, weight, corrected, yearRole, unknown, variables } of tokens) {
    // A year counts only in the role the question gives it (see yearsOf); a corrected word's
    // match is as uncertain as a fuzzy one. A word naming a variable the fact measures is matched.
    const matched = yearRole
      ? yearsKept(fact, reportYear, yearRole).has(Number(token))
      : forms.some((t) => r.terms.includes(t)) || (measured !== undefined && variables.some((v) => measured.has(v)))
    // A word found only in the sentence before says less about this one.
    const onlyBefore = !yearRole && forms.every((t) => !r.match[t] || r.match[t]!.every((field) => field === 'previous'))
    const exact = matched && !corrected && !onlyBefore
    const inexact = (matched && corrected) || (!matched && !yearRole && forms.some((t) => r.queryTerms.includes(t)))
    // "share", "tasso", "target" say what is asked, not what about: unmatched, they cost nothing.
    if (intentWord && !exact && !inexact) continue
    if (!exact && (yearRole || (!inexact && nameLike && unknown))) missing.push(token)
    total += weight
    got += exact ? weight : inexact ? weight * RANKING.inexactMatchWeight : matched && onlyBefore ? weight * RANKING.previousMatchWeight : 0
  }
  return { coverage: total === 0 ? 0 : got / total, missing }
}

/**
 * Each question word's weight: its rarity (idf). A lowercase word nobody uses (not in any fact nor
 * the glossary) is most likely the asker's own phrasing ("works", "greener"), so it weighs as an
 * average word of the question instead of as the rarest.
 */
function weigh(index: FactIndex, tokens: QuestionWord[]): WeighedWord[] {
  const idf = (forms: string[]) => Math.max(...forms.map((t) => index.idf(t)))
  const known = tokens.filter((t) => t.nameLike || !t.unknown)
  const average = known.length ? known.reduce((sum, t) => sum + idf(t.forms), 0) / known.length : undefined
  return tokens.map((t) => ({ ...t, weight: known.includes(t) ? idf(t.forms) : (average ?? idf(t.forms)) }))
}

/** Per fact, {@link yearsOf} for each role and report year asked: every question with a year asks it of each fact it reaches. */
const keptYears = new WeakMap<Fact, Map<string, ReadonlySet<number>>>()
function yearsKept(fact: Fact, reportYear: number, role: YearRole): ReadonlySet<number> {
  let byRole = keptYears.get(fact)
  if (!byRole) keptYears.set(fact, (byRole = new Map()))
  const key = `${role} ${reportYear}`
  let years = byRole.get(key)
  if (!years) byRole.set(key, (years = yearsOf(fact, reportYear, role)))
  return years
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
    // a running total counts from its span's first year: "129.388 tonnellate … dal 2012" (2012/2022) answers "since 2012"
    if (role === 'base' && !f.role && f.period?.includes('/')) years.add(Number(f.period.split('/')[0]))
    if (role === 'target' && f.targetYear !== undefined) years.add(f.targetYear)
    if (role === 'period' && f.period) for (const y of f.period.split('/')) years.add(Number(y))
  }
  return years
}

/**
 * An upper bound of a hit's coverage (see {@link coverage}) from the question terms it matched
 * (bits over `terms`, as Postings reports them): a word counts as fully matched when one of its
 * forms did (a corrected word as inexact), a year always (its match is checked on the fact). A word
 * with a form outside `terms` might match through another word's fuzzy neighbour: it counts as
 * matched. Beyond the terms the bits track, no bound (1).
 */
function coverageBound(tokens: readonly WeighedWord[], terms: readonly string[]): (matched: number) => number {
  if (terms.length > MATCHED_BITS) return () => 1
  // A word naming a variable may be matched by the fact's figures whatever terms matched.
  const masks = tokens.map((t) => (t.yearRole || t.variables.length > 0 || t.forms.some((f) => !terms.includes(f)) ? -1 : t.forms.reduce((m, f) => m | (1 << terms.indexOf(f)), 0)))
  const bound = (matched: number) => {
    let total = 0
    let got = 0
    tokens.forEach((t, i) => {
      const hit = (masks[i]! & matched) !== 0 || masks[i] === -1
      if (t.intentWord && !hit) return
      total += t.weight
      if (hit) got += t.weight * (t.corrected ? RANKING.inexactMatchWeight : 1)
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
  return term.length >= RANKING.fuzzyTwoEdits ? 2 : term.length >= RANKING.fuzzyMinLength ? 1 : 0
}
