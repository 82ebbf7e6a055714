/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { Graph } from 'schema-dts'
import { baseLang, type Lang } from '../../lang/lang-tag.js'
import type { Fact } from '../../facts/fact-schema.js'
import { MAX_QUERY_LENGTH } from '../../query/limits.js'
import { jsonLdScript } from '../json-ld.js'
import { markdownPath, SITE_NAME } from '../markdown-views.js'
import { paths, type Site } from '../site.js'

/** Interface words of the pages, in the language of the page's content (an Italian fact reads in Italian). */
const WORDS = {
  en: {
    search: 'Search',
    searchLabel: 'Search the facts (English or Italian)',
    figures: 'Figures',
    asWritten: 'As written',
    value: 'Value',
    unit: 'Unit',
    kind: 'Kind',
    period: 'Period',
    note: 'Note',
    measures: 'Measures',
    quote: 'Quote',
    source: 'Source',
    topics: 'Topics',
    claimType: 'Claim type',
    section: 'section',
    allFacts: 'All facts of this article',
    readArticle: 'Read the article',
    about: 'About',
    reportingYear: 'reporting year',
    published: 'Published',
    language: 'Language',
    fact: 'fact',
    facts: 'facts',
    openingParagraphs: 'Opening paragraphs',
    noFigures: 'The sentence states no figure.',
    license: 'Facts data: CC BY 4.0. Quotes remain the copyright of their publishers.',
  },
  it: {
    search: 'Cerca',
    searchLabel: 'Cerca tra i fatti (italiano o inglese)',
    figures: 'Cifre',
    asWritten: 'Come scritto',
    value: 'Valore',
    unit: 'Unità',
    kind: 'Tipo',
    period: 'Periodo',
    note: 'Nota',
    measures: 'Misura',
    quote: 'Citazione',
    source: 'Fonte',
    topics: 'Temi',
    claimType: 'Tipo di affermazione',
    section: 'sezione',
    allFacts: "Tutti i fatti dell'articolo",
    readArticle: "Leggi l'articolo",
    about: 'Riguarda',
    reportingYear: 'anno di rendicontazione',
    published: 'Pubblicato',
    language: 'Lingua',
    fact: 'fatto',
    facts: 'fatti',
    openingParagraphs: 'Paragrafi iniziali',
    noFigures: 'La frase non riporta cifre.',
    license: "Dati dei fatti: CC BY 4.0. Le citazioni restano di proprietà dei rispettivi editori.",
  },
} as const satisfies Record<Lang, Record<string, string>>
export type Words = (typeof WORDS)[Lang]
export const wordsFor = (lang: string): Words => WORDS[baseLang(lang)]
/** "1 fact", "2 facts" ("1 fatto", "2 fatti"). */
export const factCount = (n: number, w: Words): string => `${n} ${n === 1 ? w.fact : w.facts}`

/** Just enough style to read comfortably; the pages need no CSS (or JavaScript) to work. */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-bottom:1px solid #ddd;padding-bottom:.5rem}
a{color:#0645ad}blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #2e7d32;background:#f6f8f6}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}
li{margin:.4rem 0}footer{margin-top:2rem;border-top:1px solid #ddd;font-size:.875rem;color:#555}
body{overflow-wrap:anywhere}header input{min-width:0;flex:1 1 10rem}
@media (max-width:36rem){table,tbody,tr,td,th[scope=row]{display:block}thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
tr{border:1px solid #ccc;margin:.5rem 0}th,td{border:0}td.n{text-align:left}td:empty{display:none}td[data-label]::before{content:attr(data-label);font-weight:600;margin-right:.4em}}`

export interface PageMeta {
  /** Canonical path (with query for search), relative to the public URL. */
  path: string
  title: string
  description: string
  /** BCP 47 tag of the page's main content. */
  lang: string
  graph: Graph
  /** Search result pages are not worth indexing; their results are (each fact page is). */
  noindex?: boolean
}

/** The search form, a plain GET to /search, so it works without JavaScript. */
export function SearchForm({ words, q = '' }: { words: Words; q?: string }) {
  return (
    <form role="search" method="get" action="/search">
      <label>
        {words.searchLabel} <input type="search" name="q" value={q} required maxlength={MAX_QUERY_LENGTH} />
      </label>{' '}
      <button type="submit">{words.search}</button>
    </form>
  )
}

/** The document around every page: head with canonical, alternates and JSON-LD, and the site header. */
export function Layout({ site, meta, children }: { site: Site; meta: PageMeta; children: Child }) {
  const words = wordsFor(meta.lang)
  return (
    <html lang={meta.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} | ${SITE_NAME}`}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex, follow" /> : null}
        <link rel="canonical" href={site.publicUrl + meta.path} />
        <link rel="alternate" type="text/markdown" href={site.publicUrl + markdownPath(meta.path)} />
        <link rel="describedby" type="text/plain" href={`${site.publicUrl}/llms.txt`} />
        <style>{STYLE}</style>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(meta.graph) }} />
      </head>
      <body>
        <header>
          <a href={paths.home()}>
            <strong>{SITE_NAME}</strong>
          </a>
          <SearchForm words={words} />
        </header>
        <main>{children}</main>
        <footer>
          <p>
            {words.license} <a href="/openapi.json">API</a> · <a href="/llms.txt">llms.txt</a> ·{' '}
            <a href={markdownPath(meta.path)}>Markdown</a>
          </p>
        </footer>
      </body>
    </html>
  )
}

/** A fact as a list item: the sentence linking to its page, in its own language. */
export function FactItem({ fact, withSource = false }: { fact: Fact; withSource?: boolean }) {
  return (
    <li lang={fact.lang}>
      <a href={paths.fact(fact.id)}>{fact.text}</a>
      {withSource ? (
        <>
          {' '}
          — <a href={paths.source(fact.source.id)}>{fact.source.publisher}</a>
        </>
      ) : null}
    </li>
  )
}

/** Renders a page component to a complete HTML document. */
export async function renderDocument(node: { toString(): string | Promise<string> }): Promise<string> {
  return `<!DOCTYPE html>${String(await node.toString())}`
}
