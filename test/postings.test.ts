import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { PostingsBuilder } from '../src/core/index/postings-builder.js'
import { packColumns, unpackColumns } from '../src/core/index/columns-file.js'
import { Postings, type PostingsColumns, type Ranking, type TermQuery } from '../src/core/index/postings.js'

/**
 * PostingsBuilder indexes as MiniSearch's `add` does and Postings answers queries without
 * MiniSearch's `search`; together they must rank exactly as MiniSearch does (same scores, same
 * order of ties, same match details) on any corpus and query, and rank the same once saved and loaded. Random corpora over a small vocabulary make shared
 * terms, equal scores, prefixes and one- or two-edit neighbours common.
 */

const VOCABULARY = ['emission', 'emissions', 'emit', 'energy', 'energia', 'renewable', 'renew', 'water', 'waste', 'wastes', 'scope', 'target', 'targets', 'carbon', 'recycle', 'recycled']
const FIELDS = ['text', 'heading', 'context']
const BOOST = { text: 2, heading: 0.6, context: 0 } // a boost of 0 weighs 1, as in MiniSearch

const sentence = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }).map((words) => words.join(' '))
const corpus = fc.array(fc.record({ text: sentence, heading: sentence, context: sentence }), { minLength: 1, maxLength: 40 })
const queryTerm = fc.record({
  term: fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom('emision', 'enrgy', 'recyc', 'wat', 'targte', 'nothing')),
  fuzzy: fc.integer({ min: 0, max: 2 }),
  prefix: fc.boolean(),
})
const query = fc.array(queryTerm, { minLength: 1, maxLength: 5 })

/** Columns as a saved index holds them: packed into one buffer and viewed again. */
function throughFile(c: PostingsColumns): PostingsColumns {
  const [counts, docs, freqs, fieldLength] = unpackColumns(packColumns([c.counts, c.docs, c.freqs, c.fieldLength]))
  return { ...c, counts: counts as Uint32Array, docs: docs as Int32Array, freqs: freqs as Uint16Array, fieldLength: fieldLength as Uint32Array }
}

const tokens = (text: string) => text.split(' ').filter(Boolean)

/**
 * An index of `docs` built by MiniSearch and by PostingsBuilder. Fuzzy and prefix matches come in
 * the order of MiniSearch's term tree, which depends on the order terms were first inserted; the
 * builder numbers terms in that order.
 */
function indexOf(docs: Array<Record<string, string>>): { ms: MiniSearch; postings: Postings; builder: PostingsBuilder } {
  const ms = new MiniSearch({ fields: FIELDS, storeFields: [], tokenize: tokens })
  ms.addAll(docs.map((doc, i) => ({ id: `doc-${i}`, ...doc })))
  const builder = new PostingsBuilder(FIELDS)
  docs.forEach((doc, i) => builder.add(`doc-${i}`, FIELDS.map((field) => ({ length: new Set(tokens(doc[field]!)).size, terms: tokens(doc[field]!) }))))
  return { ms, postings: builder.build(), builder }
}

/** The same query through MiniSearch: one term per word, with per-term fuzziness and prefix. */
function miniSearchResults(ms: MiniSearch, queries: TermQuery[], boostDocument?: (id: string) => number) {
  // A query term may come twice with different options; MiniSearch asks per term string, so the
  // generated queries give each string one setting (the first).
  const options = new Map(queries.map((q) => [q.term, q] as const).reverse())
  return ms.search(queries.map((q) => q.term).join(' '), {
    boost: BOOST,
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    fuzzy: (t) => options.get(t)!.fuzzy,
    prefix: (t) => options.get(t)!.prefix,
    ...(boostDocument ? { boostDocument: (id) => boostDocument(id as string) } : {}),
  })
}

const firstSetting = (queries: TermQuery[]) => queries.map((q) => queries.find((o) => o.term === q.term)!)

describe('Postings', () => {
  it('ranks as MiniSearch does: scores, ties, matched terms and fields', () => {
    fc.assert(
      fc.property(corpus, query, (docs, raw) => {
        const queries = firstSetting(raw)
        const { ms, postings } = indexOf(docs)
        const ranking = postings.search(queries, BOOST)
        const expected = miniSearchResults(ms, queries).map(({ id, score, terms, queryTerms, match }) => ({ id, score, terms, queryTerms, match }))
        const ranked = [...ranking]
        expect(ranked.map((r) => ({ id: r.id, score: r.score, ...ranking.details(r) }))).toEqual(expected)
        expect(ranking.total).toBe(expected.length)
        // The bits say which query terms each document matched, as its details do.
        for (const r of ranked) {
          expect(ranking.terms.filter((_, k) => r.matched & (1 << k))).toEqual(ranking.details(r).queryTerms.toSorted((a, b) => ranking.terms.indexOf(a) - ranking.terms.indexOf(b)))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('weighs documents by boostDocument as MiniSearch does, leaving out those it gives 0', () => {
    fc.assert(
      fc.property(corpus, query, fc.array(fc.constantFrom(0, 0.05, 1, 1.5), { minLength: 1, maxLength: 5 }), (docs, raw, factors) => {
        const queries = firstSetting(raw)
        const factor = (doc: number) => factors[doc % factors.length]!
        const { ms, postings } = indexOf(docs)
        const ranking = postings.search(queries, BOOST, factor)
        const expected = miniSearchResults(ms, queries, (id) => factor(Number(id.slice(4))))
        expect([...ranking].map((m) => [m.id, m.score])).toEqual(expected.map((r) => [r.id, r.score]))
        expect(ranking.total).toBe(expected.length)
      }),
      { numRuns: 100 },
    )
  })

  it('gives the top of a ranking without ranking the rest, and each search its own ranking', () => {
    const { postings } = indexOf([{ text: 'water water', heading: '', context: '' }, { text: 'water waste', heading: '', context: '' }, { text: 'waste', heading: '', context: '' }])
    const water = postings.search([{ term: 'water', fuzzy: 0, prefix: false }], BOOST)
    const waste = postings.search([{ term: 'waste', fuzzy: 0, prefix: false }], BOOST)
    expect(water.total).toBe(2)
    expect([...waste].map((m) => m.id)).toEqual(['doc-2', 'doc-1'])
    expect(water[Symbol.iterator]().next().value?.id).toBe('doc-0')
    expect(postings.search([{ term: 'solar', fuzzy: 2, prefix: true }], BOOST).total).toBe(0)
  })

  it('ranks the same after a round trip through its columns file', () => {
    fc.assert(
      fc.property(corpus, query, (docs, queries) => {
        const { postings } = indexOf(docs)
        const loaded = Postings.fromColumns(throughFile(postings.toColumns()))
        const explain = (ranking: Ranking) => [...ranking].map((r) => ({ ...r, ...ranking.details(r) }))
        expect(explain(loaded.search(queries, BOOST))).toEqual(explain(postings.search(queries, BOOST)))
        expect(loaded.toColumns()).toEqual(postings.toColumns())
      }),
      { numRuns: 100 },
    )
  })

  it('counts in how many documents each term occurs, in any field', () => {
    const { builder } = indexOf([{ text: 'water water', heading: 'waste', context: '' }, { text: 'waste', heading: 'waste water', context: 'energy' }])
    expect(Object.fromEntries(builder.documentFrequencies())).toEqual({ water: 2, waste: 2, energy: 1 })
  })

  it('refuses a term repeated more often in one field than a 16-bit frequency holds', () => {
    const builder = new PostingsBuilder(['text'])
    expect(() => builder.add('a', [{ length: 1, terms: new Array<string>(0x10000).fill('water') }])).toThrow(/^esg-facts: document a repeats "water" over 65,535 times/)
  })

  it("refuses a document id given twice, and fields that are not the index's", () => {
    const builder = new PostingsBuilder(FIELDS)
    const field = { length: 1, terms: ['water'] }
    builder.add('a', [field, field, field])
    expect(() => builder.add('a', [field, field, field])).toThrow(/^esg-facts: duplicate document id a/)
    expect(() => builder.add('b', [field])).toThrow(/^esg-facts: document b has 1 fields, the index 3/)
  })

  it('refuses columns that do not add up', () => {
    const c = indexOf([{ text: 'water waste', heading: 'waste', context: '' }]).postings.toColumns()
    expect(() => Postings.fromColumns({ ...c, counts: c.counts.slice(1) })).toThrow(/^esg-facts: index postings do not fit/)
    expect(() => Postings.fromColumns({ ...c, docs: Int32Array.of(...c.docs, 0), freqs: Uint16Array.of(...c.freqs, 1) })).toThrow(/^esg-facts: index posting counts do not add up/)
    expect(() => Postings.fromColumns({ ...c, docs: c.docs.map(() => 5) })).toThrow(/^esg-facts: index postings are out of order or out of range/)
    expect(() => Postings.fromColumns({ ...c, freqs: c.freqs.map(() => 0) })).toThrow(/^esg-facts: a term frequency of 0/)
    // Counts that wrap around 2^32 in Uint32 offsets would "add up" and then scan billions of postings.
    const wrapping = Uint32Array.from(c.counts, (_, slot) => (slot === 0 ? 2 ** 32 - 1 : slot === 1 ? c.docs.length + 1 : 0))
    expect(() => Postings.fromColumns({ ...c, counts: wrapping })).toThrow(/^esg-facts: index posting counts do not add up/)
  })
})
