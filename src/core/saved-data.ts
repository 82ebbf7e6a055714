import type { Corpus } from './corpus/corpus-schema.js'
import { FactIndex, type FactIndexJSON } from './index/fact-index.js'
import type { AppData } from './pipeline.js'

/**
 * The built data as it is stored: the corpus and the index's JSON part as text, the index's number
 * columns as bytes. Node keeps them as files in dist/; the Worker build puts them in its modules.
 */
export interface SavedData {
  corpus: string
  index: string
  columns: Uint8Array
}

export function saveData(data: AppData): SavedData {
  return { corpus: [...corpusText(data.corpus)].join(''), ...saveIndex(data.index) }
}

/** The index as it is stored: its JSON part as text, its number columns as bytes. */
export function saveIndex(index: FactIndex): Omit<SavedData, 'corpus'> {
  const { json, columns } = index.save()
  return { index: JSON.stringify(json), columns }
}

/** Facts per piece of {@link corpusText}: a few megabytes of text. */
const FACTS_PER_PIECE = 1000

/**
 * The corpus as JSON, `JSON.stringify(corpus)` to the byte, in pieces of a few megabytes, so a
 * writer need not hold the whole text at once: at 100,000 facts it is 217 MB, and one string of it
 * and its bytes cost a build seconds of copying and collecting.
 */
export function* corpusText(corpus: Corpus): Generator<string> {
  yield `{"sources":${JSON.stringify(corpus.sources)},"facts":[`
  for (let i = 0; i < corpus.facts.length; i += FACTS_PER_PIECE) {
    // the facts without their array's brackets, each piece after the first led by a comma
    const piece = JSON.stringify(corpus.facts.slice(i, i + FACTS_PER_PIECE))
    yield (i === 0 ? '' : ',') + piece.slice(1, -1)
  }
  yield ']}'
}

/**
 * The data again, from parts already read and checked by their reader: Node validates the files it
 * reads, the Worker's come from the build that made them. The index refuses columns of another
 * format or build itself.
 */
export function loadData(corpus: Corpus, index: FactIndexJSON, columns: Uint8Array): AppData {
  return { corpus, index: FactIndex.load({ json: index, columns }, corpus.facts, corpus.sources) }
}
