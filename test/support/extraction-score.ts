import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { collapse } from '../../src/core/ingest/block-features.js'
import { LangSchema, type Lang } from '../../src/core/lang/lang-tag.js'

/** Real news pages from a public content-extraction suite, with the suite's article text. */
export const SUITE_PAGES = fileURLToPath(new URL('../fixtures/ingest/pages/', import.meta.url))

const SuiteIndexSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z.object({ suiteId: z.string().regex(/^[0-9a-f]{64}$/), url: z.url(), publisher: z.string().min(1), lang: LangSchema }),
)

export interface SuitePage {
  name: string
  /** The page's HTML, as the suite saved it. */
  source: string
  /** The suite's article text, paragraph by paragraph, as the corpus normalises text. */
  expected: string[]
  url: string
  publisher: string
  lang: Lang
}

/** The suite pages listed in `pages.json`, validated, in name order. */
export async function suitePages(): Promise<SuitePage[]> {
  const index = SuiteIndexSchema.parse(JSON.parse(await readFile(join(SUITE_PAGES, 'pages.json'), 'utf8')))
  return Promise.all(
    Object.entries(index)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([name, { url, publisher, lang }]) => ({
        name,
        source: join(SUITE_PAGES, name, 'source.html'),
        expected: paragraphs(await readFile(join(SUITE_PAGES, name, 'expected.txt'), 'utf8')),
        url,
        publisher,
        lang,
      })),
  )
}

/**
 * Benchmark text: paragraphs separated by blank lines, whitespace collapsed as the corpus does.
 * A paragraph with no letter or digit (a zero-width space, a "___" rule) is no text to keep.
 */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(collapse).filter((p) => /[\p{L}\p{N}]/u.test(p))
}

/** A corpus body's blocks: the `#` headline apart, `##` headings as their text. */
export function bodyBlocks(markdown: string): { title: string; blocks: string[] } {
  const body = markdown.startsWith('---') ? markdown.split(/^---$/m).slice(2).join('---') : markdown
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
  return { title: blocks[0]!.replace(/^# /, ''), blocks: blocks.slice(1).map((b) => b.replace(/^#{2,6} /, '')) }
}

export interface Score {
  /** Expected paragraphs that came out verbatim. */
  kept: number
  /** Expected paragraphs that came out with other spacing only ("NPR ’s" in the hand-made text). */
  spaced: number
  lost: number
  /** Blocks that came out but are not in the expected text (page chrome, or text the annotators left out). */
  chrome: number
  lostTexts: string[]
  chromeTexts: string[]
}

const squeezed = (t: string) => t.replace(/\s+/gu, '')

/**
 * How much of a known article came out, paragraph by paragraph. Benchmarks' hand-made text
 * sometimes spaces inline markup differently: such a paragraph is counted apart, as kept with
 * other spacing, and never as chrome.
 */
export function score(expected: readonly string[], got: readonly string[]): Score {
  const gotSqueezed = new Set(got.map(squeezed))
  const wantSqueezed = new Set(expected.map(squeezed))
  const kept = expected.filter((p) => got.includes(p))
  const spaced = expected.filter((p) => !got.includes(p) && gotSqueezed.has(squeezed(p)))
  const lostTexts = expected.filter((p) => !got.includes(p) && !gotSqueezed.has(squeezed(p)))
  const chromeTexts = got.filter((p) => !wantSqueezed.has(squeezed(p)))
  return { kept: kept.length, spaced: spaced.length, lost: lostTexts.length, chrome: chromeTexts.length, lostTexts, chromeTexts }
}
