import { Postings } from './postings.js'

/** One field of one document as the index sees it. */
export interface FieldTerms {
  /** Its distinct tokens before analysis: BM25's field length, as MiniSearch counts it. */
  length: number
  /** Its analysed terms, in text order, repeats included (they make the term frequency). */
  terms: readonly string[]
}

const MAX_STAMP = 2 ** 30

/** An Int32Array that doubles when full, so a build of millions of postings neither copies per push nor keeps a boxed array. */
class IntColumn {
  values = new Int32Array(1024)
  length = 0

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  get(i: number): number {
    return this.values[i]!
  }

  set(i: number, value: number): void {
    this.values[i] = value
  }
}

const CHUNK_BITS = 16
const CHUNK = 1 << CHUNK_BITS

/**
 * An append-only column of fixed-size chunks, for the postings: growing it copies nothing, so a
 * build allocates its millions of postings once. Each doubling of a flat column allocated as much
 * again outside the heap, and V8 answers that growth with full collections of the whole heap of
 * facts (at 100,000 facts, several of about half a second each).
 */
class ChunkedColumn {
  private readonly chunks: (Int32Array | Uint16Array)[] = []
  length = 0

  constructor(private readonly Type: typeof Int32Array | typeof Uint16Array) {}

  push(value: number): void {
    const at = this.length & (CHUNK - 1)
    if (at === 0) this.chunks.push(new this.Type(CHUNK))
    this.chunks[this.length >>> CHUNK_BITS]![at] = value
    this.length++
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & (CHUNK - 1)]!
  }
}

/**
 * Builds {@link Postings} from analysed documents, one at a time, as MiniSearch's `add` would index
 * them: terms numbered in order of first occurrence, field lengths and their running averages
 * computed as MiniSearch computes them, so scores and tie order are MiniSearch's (the tests compare
 * every ranking with MiniSearch's own search). MiniSearch keeps a map of documents per term and
 * field while it indexes; at 100,000 facts (12 million postings) its `add` was most of a 45 s
 * build. Here postings are appended to flat columns in document order and grouped by term once,
 * in {@link PostingsBuilder.build}.
 */
export class PostingsBuilder {
  private readonly ids: string[] = []
  private readonly seenIds = new Set<string>()
  private readonly terms: string[] = []
  private readonly termNo = new Map<string, number>()
  /** Per term: the last document it occurred in, and in how many documents it occurs (any field). */
  private readonly lastDoc = new IntColumn()
  private readonly docCount = new IntColumn()
  private readonly fieldLength = new IntColumn()
  private readonly averageFieldLength: number[]
  /** One row per posting, in document order: term × field slot and term frequency; and per document, where its rows end. */
  private readonly slots = new ChunkedColumn(Int32Array)
  private readonly freqs = new ChunkedColumn(Uint16Array)
  private readonly docEnd = new IntColumn()
  /** Scratch, per term: the field it was last counted in (a stamp) and its frequency there; and the terms of that field in order of first occurrence. */
  private readonly fieldAt = new IntColumn()
  private readonly tf = new IntColumn()
  private readonly fieldTerms: number[] = []
  private stamp = 0

  /** `fields` names the fields in the order {@link PostingsBuilder.add} gives them. */
  constructor(private readonly fields: readonly string[]) {
    this.averageFieldLength = fields.map(() => 0)
  }

  /** Adds a document: its id (unique) and each field's terms, in the order of `fields`. */
  add(id: string, fields: readonly FieldTerms[]): void {
    const f = this.fields.length
    if (fields.length !== f) throw new Error(`esg-facts: document ${id} has ${fields.length} fields, the index ${f}`)
    if (this.seenIds.has(id)) throw new Error(`esg-facts: duplicate document id ${id} in the index`)
    this.seenIds.add(id)
    const doc = this.ids.length
    this.ids.push(id)
    for (let field = 0; field < f; field++) {
      const { length, terms } = fields[field]!
      this.fieldLength.push(length)
      // MiniSearch's running average, step by step, so the float is the same to the last bit.
      this.averageFieldLength[field] = (this.averageFieldLength[field]! * doc + length) / (doc + 1)
      if (this.stamp === MAX_STAMP) this.restamp()
      const stamp = ++this.stamp
      const order = this.fieldTerms
      order.length = 0
      for (const term of terms) {
        const t = this.termNo.get(term) ?? this.newTerm(term)
        if (this.fieldAt.get(t) !== stamp) {
          this.fieldAt.set(t, stamp)
          this.tf.set(t, 0)
          order.push(t)
        }
        this.tf.set(t, this.tf.get(t) + 1)
      }
      for (const t of order) {
        if (this.tf.get(t) > 0xffff) throw new Error(`esg-facts: document ${id} repeats "${this.terms[t]}" over 65,535 times in one field`)
        if (this.lastDoc.get(t) !== doc) {
          this.lastDoc.set(t, doc)
          this.docCount.set(t, this.docCount.get(t) + 1)
        }
        this.slots.push(t * f + field)
        this.freqs.push(this.tf.get(t))
      }
    }
    this.docEnd.push(this.slots.length)
  }

  /** Stamps restart before they outgrow an Int32. */
  private restamp(): void {
    this.fieldAt.values.fill(0)
    this.stamp = 0
  }

  /** Numbers a term not seen before: the next number, as MiniSearch inserts terms into its tree in order of first occurrence. */
  private newTerm(term: string): number {
    const t = this.terms.length
    this.terms.push(term)
    this.termNo.set(term, t)
    this.lastDoc.push(-1)
    this.docCount.push(0)
    this.fieldAt.push(0)
    this.tf.push(0)
    return t
  }

  /** In how many documents each term occurs, in any field. */
  documentFrequencies(): Map<string, number> {
    return new Map(this.terms.map((term, t) => [term, this.docCount.get(t)]))
  }

  /** The postings of every document added so far, grouped by term and field (a counting sort: stable, so documents stay ascending). */
  build(): Postings {
    const n = this.slots.length
    const counts = new Uint32Array(this.terms.length * this.fields.length)
    for (let i = 0; i < n; i++) counts[this.slots.get(i)]!++
    const next = new Uint32Array(counts.length)
    for (let slot = 1; slot < counts.length; slot++) next[slot] = next[slot - 1]! + counts[slot - 1]!
    const docs = new Int32Array(n)
    const freqs = new Uint16Array(n)
    for (let i = 0, doc = 0; i < n; i++) {
      while (i >= this.docEnd.get(doc)) doc++
      const at = next[this.slots.get(i)]!++
      docs[at] = doc
      freqs[at] = this.freqs.get(i)
    }
    return Postings.fromColumns({
      ids: [...this.ids],
      fields: [...this.fields],
      terms: [...this.terms],
      counts,
      docs,
      freqs,
      fieldLength: Uint32Array.from(this.fieldLength.values.subarray(0, this.fieldLength.length)),
      averageFieldLength: [...this.averageFieldLength],
    })
  }
}
