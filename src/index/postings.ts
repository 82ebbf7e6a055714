import type { AsPlainObject } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

/** One query term: matched exactly, and also within `fuzzy` edits and as a prefix when asked. */
export interface TermQuery {
  term: string
  /** Maximum edit distance of a fuzzy match; 0 for none. */
  fuzzy: number
  /** Whether longer terms starting with this one match too. */
  prefix: boolean
}

/** A matching document, as MiniSearch's `search` would return it (without stored fields). */
export interface Match {
  id: string
  /** BM25+ over the fields, times the number of query terms matched. */
  score: number
  /** Index terms of the document that matched (a fuzzy or prefix match gives its own term). */
  terms: string[]
  /** Query terms that matched, in query order. */
  queryTerms: string[]
  /** For each matched index term, the fields it matched in. */
  match: Record<string, string[]>
}

/** Every matching document: how many, and an iterator over them best first. */
export interface Ranking extends Iterable<Match> {
  total: number
}

/**
 * BM25+ parameters and the weights of prefix and fuzzy matches: MiniSearch's defaults, so a
 * document scores exactly what MiniSearch's own `search` gives it.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** Per-search scratch state is stamped rather than cleared; stamps restart before they overflow. */
const MAX_STAMP = 2 ** 30

interface Derived {
  source: string
  term: string
  termNo: number
  weight: number
}

/**
 * A read-only form of a MiniSearch index, for ranked OR queries over large corpora. MiniSearch's
 * own `search` allocates a result object per matching document and per query term and sorts every
 * match; a question whose words occur in a third of 100,000 facts then costs over 100 ms. Here the
 * postings are typed arrays with each posting's BM25+ score computed once, scores add up in a
 * scratch array, and matches come out of a heap best first, so a caller that needs the top 20
 * pays for the top 20. Scores, ties and match details are MiniSearch's (same formula, same order
 * of addition, same tie order: first matched first), so the ranking is the one MiniSearch gives.
 *
 * It is made from, and serialises back to, MiniSearch's JSON (`AsPlainObject`), so the index on
 * disk stays one that `MiniSearch.loadJS` reads.
 */
export class Postings {
  /** Scratch, per document: the running score, the stamp of the search and of the query term that last touched it. */
  private readonly score: Float64Array
  private readonly termScore: Float64Array
  private readonly seenAt: Int32Array
  private readonly termAt: Int32Array
  private readonly quality: Uint16Array
  private readonly rejected: Uint8Array
  private stamp = 0

  private constructor(
    /** Document index → MiniSearch document id. */
    private readonly ids: string[],
    private readonly fields: string[],
    /** Term → term number, for exact, fuzzy and prefix lookups. */
    private readonly terms: SearchableMap<number>,
    private readonly termNames: string[],
    /** Postings of term t in field f: `offsets[t * fields + f]` to `offsets[t * fields + f + 1]`. */
    private readonly offsets: Uint32Array,
    private readonly docs: Int32Array,
    private readonly freqs: Uint16Array,
    /** Each posting's BM25+ score, before weights and boosts. */
    private readonly impact: Float64Array,
    /** Unique terms per document and field (`doc * fields + f`), and their averages: BM25's length normalisation. */
    private readonly fieldLength: Uint32Array,
    private readonly averageFieldLength: number[],
  ) {
    const n = ids.length
    this.score = new Float64Array(n)
    this.termScore = new Float64Array(n)
    this.seenAt = new Int32Array(n)
    this.termAt = new Int32Array(n)
    this.quality = new Uint16Array(n)
    this.rejected = new Uint8Array(n)
  }

  /** From MiniSearch's JSON (`miniSearch.toJSON()`, or the parsed file). Documents must not have been removed. */
  static fromMiniSearch(json: AsPlainObject): Postings {
    if (json.serializationVersion !== 2) throw new Error(`esg-facts: unsupported MiniSearch index version ${String(json.serializationVersion)}`)
    const fields = Object.entries(json.fieldIds).sort((a, b) => a[1] - b[1]).map(([field]) => field)
    const f = fields.length
    // MiniSearch numbers documents 0, 1, 2… as they are added; a gap means a removed document.
    const ids = Object.entries(json.documentIds).map(([shortId, id], i) => {
      if (Number(shortId) !== i) throw new Error('esg-facts: index has removed documents; rebuild it')
      return id as string
    })
    const fieldLength = new Uint32Array(ids.length * f)
    for (const [shortId, lengths] of Object.entries(json.fieldLength)) {
      lengths.forEach((length, field) => (fieldLength[Number(shortId) * f + field] = length ?? 0))
    }
    let count = 0
    for (const [, data] of json.index) for (const freqs of Object.values(data)) count += Object.keys(freqs).length
    const offsets = new Uint32Array(json.index.length * f + 1)
    const docs = new Int32Array(count)
    const freqs = new Uint16Array(count)
    const impact = new Float64Array(count)
    const termNames: string[] = []
    const terms = new SearchableMap<number>()
    let at = 0
    json.index.forEach(([term, data], t) => {
      termNames.push(term)
      terms.set(term, t)
      for (let field = 0; field < f; field++) {
        offsets[t * f + field] = at
        const postings = data[field]
        if (!postings) continue
        const matching = Object.keys(postings).length
        const avg = json.averageFieldLength[field]!
        for (const [shortId, tf] of Object.entries(postings)) {
          const doc = Number(shortId)
          docs[at] = doc
          freqs[at] = tf
          impact[at] = bm25(tf, matching, ids.length, fieldLength[doc * f + field]!, avg)
          at++
        }
      }
    })
    offsets[json.index.length * f] = at
    return new Postings(ids, fields, terms, termNames, offsets, docs, freqs, impact, fieldLength, json.averageFieldLength)
  }

  /** MiniSearch's JSON for this index. */
  toJSON(): AsPlainObject {
    const f = this.fields.length
    const index: AsPlainObject['index'] = this.termNames.map((term, t) => {
      const data: Record<string, Record<string, number>> = {}
      for (let field = 0; field < f; field++) {
        const from = this.offsets[t * f + field]!
        const to = this.offsets[t * f + field + 1]!
        if (from === to) continue
        const postings: Record<string, number> = {}
        for (let i = from; i < to; i++) postings[this.docs[i]!] = this.freqs[i]!
        data[field] = postings
      }
      return [term, data]
    })
    return {
      documentCount: this.ids.length,
      nextId: this.ids.length,
      documentIds: Object.fromEntries(this.ids.map((id, doc) => [doc, id])),
      fieldIds: Object.fromEntries(this.fields.map((field, i) => [field, i])),
      fieldLength: Object.fromEntries(this.ids.map((_, doc) => [doc, Array.from(this.fieldLength.subarray(doc * f, doc * f + f))])),
      averageFieldLength: this.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    }
  }

  /**
   * The documents matching any of the query terms (OR), each term's matches weighted by field
   * `boosts` (a field without one weighs 1), best first. A document `accept` turns down is not
   * counted. A query term given twice counts twice in the score, once in the number matched.
   */
  search(queries: readonly TermQuery[], boosts: Readonly<Record<string, number>>, accept?: (id: string) => boolean): Ranking {
    if (this.stamp > MAX_STAMP) this.restamp()
    const search = ++this.stamp
    const f = this.fields.length
    const fieldBoost = this.fields.map((field) => boosts[field] ?? 1)
    const derivedAll: Derived[] = []
    const touched: number[] = []
    const counted = new Set<string>()
    for (const query of queries) {
      const spec = ++this.stamp
      const derived = this.expand(query)
      derivedAll.push(...derived)
      const first = !counted.has(query.term)
      counted.add(query.term)
      const inTerm: number[] = []
      for (const { termNo, weight } of derived) {
        for (let field = 0; field < f; field++) {
          const w = weight * fieldBoost[field]!
          const to = this.offsets[termNo * f + field + 1]!
          for (let i = this.offsets[termNo * f + field]!; i < to; i++) {
            const doc = this.docs[i]!
            if (this.seenAt[doc] !== search) {
              this.seenAt[doc] = search
              this.rejected[doc] = accept && !accept(this.ids[doc]!) ? 1 : 0
              if (this.rejected[doc]) continue
              this.score[doc] = 0
              this.quality[doc] = 0
              touched.push(doc)
            } else if (this.rejected[doc]) continue
            if (this.termAt[doc] !== spec) {
              this.termAt[doc] = spec
              this.termScore[doc] = 0
              inTerm.push(doc)
              if (first) this.quality[doc] = this.quality[doc]! + 1
            }
            this.termScore[doc] = this.termScore[doc]! + w * this.impact[i]!
          }
        }
      }
      // Per term, then into the total: the order MiniSearch adds in, so equal documents tie exactly.
      for (const doc of inTerm) this.score[doc] = this.score[doc]! + this.termScore[doc]!
    }
    const docs = Int32Array.from(touched)
    const scores = Float64Array.from(touched, (doc) => this.score[doc]! * (this.quality[doc] || 1))
    return { total: docs.length, [Symbol.iterator]: () => this.best(docs, scores, derivedAll) }
  }

  /** The query term itself, then its prefix extensions, then its fuzzy neighbours, weighted as MiniSearch weighs them. */
  private expand({ term, fuzzy, prefix }: TermQuery): Derived[] {
    const out: Derived[] = []
    const exact = this.terms.get(term)
    if (exact !== undefined) out.push({ source: term, term, termNo: exact, weight: 1 })
    const prefixed = new Set<string>()
    if (prefix) {
      for (const [longer, termNo] of this.terms.atPrefix(term)) {
        const distance = longer.length - term.length
        if (!distance) continue
        prefixed.add(longer)
        out.push({ source: term, term: longer, termNo, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance) })
      }
    }
    if (fuzzy > 0) {
      for (const [near, [termNo, distance]] of this.terms.fuzzyGet(term, fuzzy)) {
        if (!distance || prefixed.has(near)) continue
        out.push({ source: term, term: near, termNo, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance) })
      }
    }
    return out
  }

  /** Pops matches off a max-heap (score, then first matched first), filling in what each matched. */
  private *best(docs: Int32Array, scores: Float64Array, derived: readonly Derived[]): Generator<Match> {
    const heap = Array.from(docs.keys())
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)
    const down = (i: number, size: number) => {
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let top = i
        if (l < size && before(heap[l]!, heap[top]!)) top = l
        if (r < size && before(heap[r]!, heap[top]!)) top = r
        if (top === i) return
        ;[heap[i], heap[top]] = [heap[top]!, heap[i]!]
        i = top
      }
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i, heap.length)
    for (let size = heap.length; size > 0; size--) {
      const k = heap[0]!
      heap[0] = heap[size - 1]!
      down(0, size - 1)
      yield { id: this.ids[docs[k]!]!, score: scores[k]!, ...this.matchesOf(docs[k]!, derived) }
    }
  }

  /** Which derived terms a document matched, in which fields. */
  private matchesOf(doc: number, derived: readonly Derived[]): Pick<Match, 'terms' | 'queryTerms' | 'match'> {
    const f = this.fields.length
    const match: Record<string, string[]> = {}
    const queryTerms: string[] = []
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
