import SearchableMap from 'minisearch/SearchableMap'

/** One query term: matched exactly, and also within `fuzzy` edits and as a prefix when asked. */
export interface TermQuery {
  term: string
  /** Maximum edit distance of a fuzzy match; 0 for none. */
  fuzzy: number
  /** Whether longer terms starting with this one match too. */
  prefix: boolean
}

/** A matching document, best first: what ranking it needs, cheaply. */
export interface Ranked {
  id: string
  /** BM25+ over the fields, times the number of query terms matched. */
  score: number
  /** Bit k is set when the document matched `Ranking.terms[k]` (the first 32 terms only). */
  matched: number
  /** The document's index (see {@link Postings.ids}). */
  doc: number
}

/** What a document matched, as MiniSearch's `search` reports it. */
export interface MatchDetails {
  /** Index terms of the document that matched (a fuzzy or prefix match gives its own term). */
  terms: string[]
  /** Query terms that matched, in query order. */
  queryTerms: string[]
  /** For each matched index term, the fields it matched in (an object without prototype: any term is a safe key). */
  match: Record<string, string[]>
}

/** Every matching document: how many, and an iterator over them best first. */
export interface Ranking extends Iterable<Ranked> {
  total: number
  /** The distinct query terms, in query order: the bits of {@link Ranked.matched}. */
  terms: readonly string[]
  /** What a ranked document matched; worked out on demand, as most matches are never shown. */
  details(hit: Ranked): MatchDetails
  /** The matches `keep` accepts (by document and score), in the ranking's order: for a caller that, partway down, needs only some of them. */
  where(keep: (doc: number, score: number) => boolean): Iterable<Ranked>
}

/** How many query terms {@link Ranked.matched} tracks: the bits of an int32. */
export const MATCHED_BITS = 32

/**
 * BM25+ parameters and the weights of prefix and fuzzy matches: MiniSearch's defaults, so a
 * document scores exactly what MiniSearch's own `search` gives it.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** Query terms whose expansion is kept: a few thousand words, each a handful of derived terms. */
const EXPANDED_TERMS = 10_000

/** Per-search scratch state is stamped rather than cleared; stamps restart before they overflow. */
const MAX_STAMP = 2 ** 30

/** What {@link Postings.add} needs to know of the search and query term it adds for. */
interface AddState {
  /** Stamps of the search and of the query term. */
  search: number
  spec: number
  /** Whether this is the term's first occurrence in the query (it then counts as one more matched). */
  first: boolean
  /** Its bit in {@link Ranked.matched} (0 past the bits tracked). */
  bit: number
  touched: number[]
  inTerm: number[]
  boostDocument: ((doc: number) => number) | undefined
}

/** One query term's derived terms, with its bit in {@link Ranked.matched} (0 for a repeated term, or past the bits tracked). */
interface DerivedOf {
  bit: number
  derived: readonly Derived[]
}

interface Derived {
  source: string
  term: string
  termNo: number
  weight: number
}

/**
 * The postings as columns: what {@link PostingsBuilder} makes and an index file stores. Postings
 * run term by term and, within a term, field by field. Typed arrays, so a saved index loads by
 * viewing its bytes: at 100,000 facts, parsing the same numbers from JSON took 2.4 s and 1.6 s
 * more to write.
 */
export interface PostingsColumns {
  /** Document index → document id. */
  ids: readonly string[]
  fields: readonly string[]
  /** In order of first occurrence: the order MiniSearch inserts them into its term tree. */
  terms: readonly string[]
  /** Distinct tokens per document and field (document by document; counted before analysis, as MiniSearch counts them), and their average per field: BM25's length normalisation. */
  fieldLength: Uint32Array
  averageFieldLength: readonly number[]
  /** How many postings each term has in each field. */
  counts: Uint32Array
  /** Documents of each posting, ascending within a term and field. */
  docs: Int32Array
  /** Term frequency of each posting. */
  freqs: Uint16Array
}

/**
 * A read-only inverted index with MiniSearch's model (fields, BM25+, fuzzy and prefix terms), for
 * ranked OR queries over large corpora; {@link PostingsBuilder} makes one. MiniSearch's
 * own `search` allocates a result object per matching document and per query term and sorts every
 * match; a question whose words occur in a third of 100,000 facts then costs over 100 ms. Here the
 * postings are typed arrays with each posting's BM25+ score computed once, scores add up in a
 * scratch array, and matches come out of a heap best first, so a caller that needs the top 20
 * pays for the top 20. Scores, ties and match details are MiniSearch's (same formula, same order
 * of addition, same tie order: first matched first), so the ranking is the one MiniSearch gives
 * on the same index.
 */
export class Postings {
  /** Term → term number. */
  private readonly termNo = new Map<string, number>()
  /** The same as a tree, for fuzzy and prefix lookups: made on first use, as most queries need none (see {@link Postings.tree}). */
  private termTree: SearchableMap<number> | undefined
  /** Postings of term t in field f: `offsets[t * fields + f]` to `offsets[t * fields + f + 1]`. */
  private readonly offsets: Uint32Array
  /** Each posting's BM25+ score, before weights and boosts. */
  private readonly impact: Float64Array

  /** Scratch, per document: the running score, the stamp of the search and of the query term that last touched it. */
  private readonly score: Float64Array
  private readonly termScore: Float64Array
  private readonly seenAt: Int32Array
  private readonly termAt: Int32Array
  private readonly quality: Uint16Array
  private readonly matched: Int32Array
  private readonly boost: Float64Array
  private stamp = 0
  /** Query terms expanded (see {@link Postings.expand}). */
  private readonly expanded = new Map<string, readonly Derived[]>()

  /** Document index → document id. */
  readonly ids: readonly string[]
  private readonly fields: readonly string[]
  private readonly termNames: readonly string[]
  /** Documents of each posting, ascending within a term and field. */
  private readonly docs: Int32Array
  private readonly freqs: Uint16Array
  private readonly fieldLength: Uint32Array
  private readonly averageFieldLength: readonly number[]

  private constructor(c: PostingsColumns) {
    const { ids, fields, terms: termNames, counts, docs, freqs, fieldLength, averageFieldLength } = c
    this.ids = ids
    this.fields = fields
    this.termNames = termNames
    this.docs = docs
    this.freqs = freqs
    this.fieldLength = fieldLength
    this.averageFieldLength = averageFieldLength
    const f = fields.length
    const n = ids.length
    if (counts.length !== termNames.length * f || fieldLength.length !== n * f || freqs.length !== docs.length || averageFieldLength.length !== f) {
      throw new Error('esg-facts: index postings do not fit its terms, fields and documents; rebuild it')
    }
    this.offsets = new Uint32Array(counts.length + 1)
    // Added up as plain numbers: in the Uint32 offsets, counts from a damaged file could wrap around and still "add up".
    let total = 0
    for (let slot = 0; slot < counts.length; slot++) {
      total += counts[slot]!
      if (total > docs.length) break
      this.offsets[slot + 1] = total
    }
    if (total !== docs.length) throw new Error('esg-facts: index posting counts do not add up; rebuild it')
    termNames.forEach((term, t) => this.termNo.set(term, t))
    this.impact = new Float64Array(docs.length)
    for (let slot = 0; slot < counts.length; slot++) {
      const field = slot % f
      const from = this.offsets[slot]!
      const to = this.offsets[slot + 1]!
      for (let i = from; i < to; i++) {
        // Binary search and the scratch arrays rely on this: a damaged file is refused, not misread.
        if (docs[i]! >= n || (i > from && docs[i]! <= docs[i - 1]!) || docs[i]! < 0) {
          throw new Error('esg-facts: index postings are out of order or out of range; rebuild it')
        }
        if (freqs[i] === 0) throw new Error('esg-facts: a term frequency of 0 in the index; rebuild it')
        this.impact[i] = bm25(freqs[i]!, to - from, n, fieldLength[docs[i]! * f + field]!, averageFieldLength[field]!)
      }
    }
    this.score = new Float64Array(n)
    this.termScore = new Float64Array(n)
    this.seenAt = new Int32Array(n)
    this.termAt = new Int32Array(n)
    this.quality = new Uint16Array(n)
    this.matched = new Int32Array(n)
    this.boost = new Float64Array(n)
  }

  /** From columns laid out as {@link PostingsColumns} says (see {@link PostingsBuilder}); they are checked, then used as they are. */
  static fromColumns(c: PostingsColumns): Postings {
    return new Postings(c)
  }

  /** The columns this was made from, for saving (see {@link Postings.fromColumns}). */
  toColumns(): PostingsColumns {
    const { ids, fields, termNames: terms, fieldLength, averageFieldLength, docs, freqs } = this
    const counts = new Uint32Array(this.offsets.length - 1)
    for (let slot = 0; slot < counts.length; slot++) counts[slot] = this.offsets[slot + 1]! - this.offsets[slot]!
    return { ids, fields, terms, fieldLength, averageFieldLength, counts, docs, freqs }
  }

  /**
   * The documents matching any of the query terms (OR), each term's matches weighted by field
   * `boosts` (a field without one, or with 0, weighs 1, as in MiniSearch), best first.
   * `boostDocument` is MiniSearch's option of that name, asked once per document by its index (see
   * {@link Postings.ids}): a factor on its score, and 0 leaves it out (neither ranked nor counted).
   * Factors that rank documents belong here rather than on the results: the ranking then stops as
   * soon as the caller has enough. A query term given twice counts twice in the score, once in the
   * number matched; it must come with the same fuzzy and prefix settings each time.
   */
  search(queries: readonly TermQuery[], boosts: Readonly<Record<string, number>>, boostDocument?: (doc: number) => number): Ranking {
    if (this.stamp > MAX_STAMP) this.restamp()
    const search = ++this.stamp
    const f = this.fields.length
    const fieldBoost = this.fields.map((field) => boosts[field] || 1)
    const derivedAll: DerivedOf[] = []
    const touched: number[] = []
    const terms: string[] = []
    for (const query of queries) {
      const spec = ++this.stamp
      const derived = this.expand(query)
      const first = !terms.includes(query.term)
      if (first) terms.push(query.term)
      const bit = first && terms.length <= MATCHED_BITS ? 1 << (terms.length - 1) : 0
      derivedAll.push({ bit, derived })
      const inTerm: number[] = []
      const state: AddState = { search, spec, first, bit, touched, inTerm, boostDocument }
      for (const { termNo, weight } of derived) {
        for (let field = 0; field < f; field++) {
          const slot = termNo * f + field
          this.add(this.offsets[slot]!, this.offsets[slot + 1]!, weight * fieldBoost[field]!, state)
        }
      }
      // Per term, then into the total: the order MiniSearch adds in, so equal documents tie exactly.
      for (const doc of inTerm) this.score[doc] = this.score[doc]! + this.termScore[doc]!
    }
    // Copied out of the scratch arrays (plain loops: typed-array `from` with a mapping function
    // took longer than the scoring), so the next search may reuse them while this ranking is read.
    const docs = new Int32Array(touched.length)
    const scores = new Float64Array(touched.length)
    const matched = new Int32Array(touched.length)
    for (let k = 0; k < touched.length; k++) {
      const doc = touched[k]!
      docs[k] = doc
      scores[k] = this.score[doc]! * (this.quality[doc] || 1)
      matched[k] = this.matched[doc]!
    }
    return {
      total: docs.length,
      terms,
      [Symbol.iterator]: () => this.best(docs, scores, matched),
      details: (hit) => this.matchesOf(hit.doc, hit.matched, derivedAll),
      where: (keep) => ({
        [Symbol.iterator]: () => {
          // In match order, so ties still go to the first matched (plain loops, as above).
          let n = 0
          const kept = new Int32Array(docs.length)
          for (let k = 0; k < docs.length; k++) if (keep(docs[k]!, scores[k]!)) kept[n++] = k
          const keptDocs = new Int32Array(n)
          const keptScores = new Float64Array(n)
          const keptMatched = new Int32Array(n)
          for (let i = 0; i < n; i++) {
            keptDocs[i] = docs[kept[i]!]!
            keptScores[i] = scores[kept[i]!]!
            keptMatched[i] = matched[kept[i]!]!
          }
          return this.best(keptDocs, keptScores, keptMatched)
        },
      }),
    }
  }

  /**
   * Adds the postings `from`–`to` (one term in one field), weighted `w`, to the scratch scores.
   * The hot loop of a search: the arrays are read into locals so it stays tight.
   */
  private add(from: number, to: number, w: number, q: AddState): void {
    const { docs, impact, seenAt, termAt, boost, score, termScore, quality, matched } = this
    const { search, spec, first, bit, touched, inTerm, boostDocument } = q
    for (let i = from; i < to; i++) {
      const doc = docs[i]!
      if (termAt[doc] !== spec) {
        if (seenAt[doc] !== search) {
          seenAt[doc] = search
          boost[doc] = boostDocument ? boostDocument(doc) : 1
          score[doc] = 0
          quality[doc] = 0
          matched[doc] = 0
          if (boost[doc]) touched.push(doc)
        }
        termAt[doc] = spec
        if (!boost[doc]) continue
        termScore[doc] = 0
        inTerm.push(doc)
        if (first) quality[doc]!++
        matched[doc]! |= bit
      } else if (!boost[doc]) continue
      termScore[doc]! += w * boost[doc]! * impact[i]!
    }
  }

  /** The terms as a tree, inserted in order of first occurrence as MiniSearch inserts them while indexing, so fuzzy and prefix matches come in its order. */
  private get tree(): SearchableMap<number> {
    if (!this.termTree) {
      this.termTree = new SearchableMap<number>()
      this.termNames.forEach((term, t) => this.termTree!.set(term, t))
    }
    return this.termTree
  }

  /**
   * {@link Postings.expandTerm}, kept per query term: questions never asked before still share
   * their words, and walking the term tree for a word's fuzzy neighbours cost more than scoring
   * its postings. Bounded; emptied when full, as a busy hour's words fit many times over.
   */
  private expand(query: TermQuery): readonly Derived[] {
    const key = `${query.fuzzy}${query.prefix ? 'p' : '-'}${query.term}`
    let derived = this.expanded.get(key)
    if (derived === undefined) {
      if (this.expanded.size >= EXPANDED_TERMS) this.expanded.clear()
      this.expanded.set(key, (derived = this.expandTerm(query)))
    }
    return derived
  }

  /** The query term itself, then its prefix extensions, then its fuzzy neighbours, weighted as MiniSearch weighs them. */
  private expandTerm({ term, fuzzy, prefix }: TermQuery): Derived[] {
    const out: Derived[] = []
    const exact = this.termNo.get(term)
    if (exact !== undefined) out.push({ source: term, term, termNo: exact, weight: 1 })
    const prefixed = new Set<string>()
    if (prefix) {
      for (const [longer, termNo] of this.tree.atPrefix(term)) {
        const distance = longer.length - term.length
        if (!distance) continue
        prefixed.add(longer)
        out.push({ source: term, term: longer, termNo, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance) })
      }
    }
    if (fuzzy > 0) {
      for (const [near, [termNo, distance]] of this.tree.fuzzyGet(term, fuzzy)) {
        if (!distance || prefixed.has(near)) continue
        out.push({ source: term, term: near, termNo, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance) })
      }
    }
    return out
  }

  /** Pops matches off a max-heap: by score, then first matched first. */
  private *best(docs: Int32Array, scores: Float64Array, matched: Int32Array): Generator<Ranked> {
    const heap = new Int32Array(docs.length)
    for (let k = 0; k < heap.length; k++) heap[k] = k
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)
    const down = (i: number, size: number) => {
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let top = i
        if (l < size && before(heap[l]!, heap[top]!)) top = l
        if (r < size && before(heap[r]!, heap[top]!)) top = r
        if (top === i) return
        const swap = heap[i]!
        heap[i] = heap[top]!
        heap[top] = swap
        i = top
      }
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i, heap.length)
    for (let size = heap.length; size > 0; size--) {
      const k = heap[0]!
      heap[0] = heap[size - 1]!
      down(0, size - 1)
      yield { id: this.ids[docs[k]!]!, score: scores[k]!, matched: matched[k]!, doc: docs[k]! }
    }
  }

  /**
   * Which derived terms a document matched, in which fields. A query term whose bit is clear in
   * `matched` has no derived term in the document (a term it shares with another query term would
   * have set its bit too): its terms, dozens for a fuzzy word, need no look.
   */
  private matchesOf(doc: number, matched: number, derivedOf: readonly DerivedOf[]): MatchDetails {
    const f = this.fields.length
    // No prototype: the keys are index terms, and "constructor" must not find Object's.
    const match: Record<string, string[]> = Object.create(null)
    const queryTerms: string[] = []
    for (const { bit, derived } of derivedOf) {
      if (bit !== 0 && (matched & bit) === 0) continue
      for (const { source, term, termNo } of derived) {
        if (Object.hasOwn(match, term)) {
          if (!queryTerms.includes(source)) queryTerms.push(source)
          continue
        }
        const fields: string[] = []
        for (let field = 0; field < f; field++) {
          if (this.contains(this.offsets[termNo * f + field]!, this.offsets[termNo * f + field + 1]!, doc)) fields.push(this.fields[field]!)
        }
        if (fields.length === 0) continue
        match[term] = fields
        if (!queryTerms.includes(source)) queryTerms.push(source)
      }
    }
    return { terms: Object.keys(match), queryTerms, match }
  }

  /** Binary search of a posting range (documents are in ascending order). */
  private contains(from: number, to: number, doc: number): boolean {
    let lo = from
    let hi = to - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const d = this.docs[mid]!
      if (d === doc) return true
      if (d < doc) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  private restamp(): void {
    this.seenAt.fill(0)
    this.termAt.fill(0)
    this.stamp = 0
  }
}

/** MiniSearch's BM25+ for one term in one field of one document. */
function bm25(tf: number, matching: number, documents: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25
  const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5))
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * fieldLength) / avgFieldLength)))
}
