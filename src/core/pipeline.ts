import type { SourceDocument } from './corpus/source-schema.js'
import type { Corpus } from './corpus/corpus-schema.js'
import { buildCorpus } from './facts/build-facts.js'
import { BUNDLED_GLOSSARY } from './index/bundled-glossary.js'
import { FactIndex } from './index/fact-index.js'

/** What the app serves: the built corpus and its index. The app is built from data only. */
export interface AppData {
  corpus: Corpus
  index: FactIndex
}

/** The whole pipeline on parsed articles: corpus → facts → index. Pure: the same documents give the same data. */
export function buildData(docs: readonly SourceDocument[]): AppData {
  const corpus = buildCorpus(docs)
  return { corpus, index: FactIndex.build(corpus.facts, corpus.sources, BUNDLED_GLOSSARY) }
}
