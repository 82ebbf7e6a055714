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
  const { json, columns } = data.index.save()
  return { corpus: JSON.stringify(data.corpus), index: JSON.stringify(json), columns }
}

/**
 * The data again, from parts already read and checked by their reader: Node validates the files it
 * reads, the Worker's come from the build that made them. The index refuses columns of another
 * format or build itself.
 */
export function loadData(corpus: Corpus, index: FactIndexJSON, columns: Uint8Array): AppData {
  return { corpus, index: FactIndex.load({ json: index, columns }, corpus.facts, corpus.sources) }
}
