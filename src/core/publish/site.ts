import type { Corpus } from '../corpus/corpus-schema.js'
import type { Fact } from '../facts/fact-schema.js'

/** What every published view is rendered from: the corpus and the public base URL of our links. */
export interface Site {
  corpus: Corpus
  /** Absolute base URL, no trailing slash (PUBLIC_URL). */
  publicUrl: string
}

/** License of the facts data (ids, figures, topics); the quoted sentences stay their publishers'. */
export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

/** Where the MCP server card is served (the .well-known location of SEP-1649). */
export const SERVER_CARD_PATH = '/.well-known/mcp/server-card.json'

/** Canonical paths of the HTML pages; each also exists with `.md` appended (the home page as /index.md). */
export const paths = {
  home: () => '/',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  fact: (id: string) => `/facts/${id}`,
  source: (id: string) => `/sources/${id}`,
  topic: (id: string) => `/topics/${id}`,
  variable: (id: string) => `/variables/${encodeURIComponent(id)}`,
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
}

/** Facts of one source, in article order. */
export const factsOf = (site: Site, sourceId: string): Fact[] => site.corpus.facts.filter((f) => f.source.id === sourceId)

/** A run of consecutive facts under one section heading (undefined: before the first heading). */
export interface Section {
  heading: string | undefined
  facts: Fact[]
}

/** Consecutive runs of facts under the same heading, in article order (a heading can recur later). */
export function sectionsOf(facts: readonly Fact[]): Section[] {
  const runs: Section[] = []
  for (const f of facts) {
    const last = runs.at(-1)
    if (last && last.heading === f.citation.heading) last.facts.push(f)
    else runs.push({ heading: f.citation.heading, facts: [f] })
  }
  return runs
}

/** "GRI 302-1, ESRS E1-5": the reporting standards a topic or variable maps to; empty when none. */
export const standardsOf = (item: { gri?: string; esrs?: string }): string => [item.gri && `GRI ${item.gri}`, item.esrs && `ESRS ${item.esrs}`].filter(Boolean).join(', ')
