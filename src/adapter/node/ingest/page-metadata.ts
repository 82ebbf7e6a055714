// linkedom gives Web-standard DOM objects; their types are the DOM lib's (Node-side code only).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { collapse } from '../../../core/ingest/block-features.js'
import type { PageArticle } from '../../../core/ingest/chrome-blocks.js'
import type { Lang } from '../../../core/lang/lang-tag.js'

/** What an HTML page states about itself in its head. */
export interface PageMetadata {
  title?: string
  publisher?: string
  lang?: string
  published?: string
  canonical?: string
  section?: string
}

/** A page's article with what the page states and the language it is read in, HTML or capture alike. */
export interface StatedArticle extends PageArticle {
  readonly meta: PageMetadata
  /** The language tag to write ("en-US" as declared), and the language the text is read in. */
  readonly langTag: string
  readonly lang: Lang
}

type JsonObject = Record<string, unknown>

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const content = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
    if (content?.trim()) return collapse(content)
  }
  return undefined
}

/** Every object of the page's JSON-LD, `@graph`s and arrays flattened; unparsable blocks are skipped. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      out.push(v as JsonObject)
      visit((v as JsonObject)['@graph'])
    }
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''))
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources of metadata still hold.
    }
  }
  return out
}

function isArticle(o: JsonObject): boolean {
  const type = ([] as unknown[]).concat(o['@type'])
  return type.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t))
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return collapse(v)
  if (Array.isArray(v)) return text(v[0])
  if (v && typeof v === 'object') return text((v as JsonObject).name)
  return undefined
}

/** A stated date as YYYY-MM-DD, the day as the page wrote it (no time-zone shift); never a guess. */
function isoDay(v: string | undefined): string | undefined {
  const day = v ? /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(v.trim())?.[1] : undefined
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined
}

/** schema.org microdata: `<time itemprop="datePublished" datetime="…">`. */
function microdataDate(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop="datePublished"]')
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? undefined
}

/** Read before the extractor runs: Readability rewrites the document it is given. */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc)
  const article = ld.find(isArticle)
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url')
  const out: PageMetadata = {
    title: meta(doc, 'og:title', 'twitter:title') ?? text(article?.headline) ?? text(doc.querySelector('title')?.textContent),
    publisher: meta(doc, 'og:site_name') ?? text(article?.publisher) ?? text(ld.find((o) => o['@type'] === 'Organization')?.name),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || undefined,
    published: isoDay(meta(doc, 'article:published_time', 'datePublished', 'date')) ?? isoDay(text(article?.datePublished)) ?? isoDay(microdataDate(doc)),
    canonical: canonical?.trim() || undefined,
    section: meta(doc, 'article:section') ?? text(article?.articleSection),
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v)) as PageMetadata
}
