import type { SourceWithText } from '../corpus/source-schema.js'
import type { Fact } from '../facts/fact-schema.js'
import { fold } from './analyzer.js'
import { packColumns, unpackColumns } from './columns-file.js'
import { analyseFacts, FIELDS } from './fact-fields.js'
import { Glossary, type GlossaryJSON } from './glossary.js'
import { Spelling } from './spelling.js'
import { PostingsBuilder } from './postings-builder.js'
import { Postings, type PostingsColumns } from './postings.js'

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

/** A word spelling correction learns: letters only, three or more. */
const WORD = /^\p{L}[\p{L}'-]{2,}$/u

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

  private constructor(
    /** The inverted index; ranking (query/rank.ts) searches it. */
    readonly postings: Postings,
    /** Every fact, in corpus order. */
    readonly facts: readonly Fact[],
    readonly sources: readonly SourceWithText[],
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
  }

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

  get(id: string): Fact | undefined {
    return this.byId.get(id)
  }

  /** The fact of a postings document. */
  factAt(doc: number): Fact {
    return this.byDoc[doc]!
  }

  /** The place in {@link FactIndex.sources} of a postings document's source. */
  sourceNumberOf(doc: number): number {
    return this.sourceOfDoc[doc]!
  }

  /** Some fact or the glossary uses the analysed term. */
  isKnown(term: string): boolean {
    return this.df.has(term) || this.glossary.isWord(term)
  }

  /** The corpus word closest to `word` (folded), if one is within `maxEdits`; see {@link Spelling.correct}. */
  correct(word: string, maxEdits?: number): string | undefined {
    return this.spelling.correct(word, maxEdits)
  }

  /** The term's rarity (inverse document frequency): a term no fact uses weighs most, since it names something the corpus may not know. */
  idf(term: string): number {
    const n = this.byId.size
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5))
  }
}

const hex = (words: Uint32Array) => Array.from(words, (w) => w.toString(16).padStart(8, '0')).join('')

