import type { Corpus } from '../facts/build-facts.js'
import type { Fact } from '../facts/fact-schema.js'

/** What every published view is rendered from: the corpus and the public base URL of our links. */
export interface Site {
  corpus: Corpus
  /** Absolute base URL, no trailing slash (PUBLIC_URL). */
  publicUrl: string
}

/** Canonical paths of the HTML pages; each also exists with `.md` appended (the home page as /index.md). */
export const paths = {
  home: () => '/',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  fact: (id: string) => `/facts/${id}`,
  source: (id: string) => `/sources/${id}`,
  topic: (id: string) => `/topics/${id}`,
}

/** Facts of one source, in article order. */
export const factsOf = (site: Site, sourceId: string): Fact[] => site.corpus.facts.filter((f) => f.source.id === sourceId)
