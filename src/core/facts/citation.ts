/**
 * Citation helpers: readable stable ids and URL text fragments. Both are pure functions of the
 * sentence (not its position), so editing one sentence changes only that sentence's id and link.
 */

import { isAscii } from '../lang/words.js'

/** Quotes up to this length go whole into the text fragment; longer ones use `start,end` words. */
const WHOLE_QUOTE_MAX = 80
/** Words taken from each end of a long quote: enough to be unique in an article, short enough to survive small edits. */
const EDGE_WORDS = 5
/** Words of the sentence that make the readable part of an id. */
const SLUG_WORDS = 7

/**
 * A URL-safe, readable id: the first words of the sentence plus a 53-bit hash of the source id and
 * the whitespace-folded sentence. 53 bits keep collisions negligible at millions of facts.
 */
export function factId(sourceId: string, sentence: string): string {
  const folded = foldSpaces(sentence)
  const slug = slugWords(folded, SLUG_PIECES) ?? slugWords(folded, Infinity)!
  return `${slug || 'fact'}-${hash53(`${sourceId}\n${folded}`).toString(36)}`
}

/** Whitespace runs as one space, trimmed; most sentences have only single spaces, and are not rebuilt. */
const foldSpaces = (text: string): string => (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim()

/** Space-separated pieces of a sentence slugified for its slug: nearly always holds SLUG_WORDS words. */
const SLUG_PIECES = SLUG_WORDS + 5

/**
 * The slug's words from the first `pieces` space-separated pieces of `folded`, or undefined when
 * they hold too few and more remain. A word never spans a space, before or after slugifying, so a
 * prefix cut at a space gives the whole sentence's first words: a build ids every sentence, and
 * need not slugify the rest of it.
 */
function slugWords(folded: string, pieces: number): string | undefined {
  let cut = -1
  for (let n = 0; n < pieces; n++) {
    cut = folded.indexOf(' ', cut + 1)
    if (cut < 0) break
  }
  const words = slugify(cut < 0 ? folded : folded.slice(0, cut)).split('-').filter(Boolean)
  return words.length >= SLUG_WORDS || cut < 0 ? words.slice(0, SLUG_WORDS).join('-') : undefined
}

/** Lowercase ASCII words joined by hyphens ("Nel corso del 2023, l’azienda" → "nel-corso-del-2023-l-azienda"). */
export function slugify(text: string): string {
  // ASCII has nothing to decompose and no marks to drop, and most sentences are ASCII
  return (isAscii(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The `#:~:text=` fragment for a quote (URL Fragment Text Directives). Long quotes use the
 * `textStart,textEnd` form so the link stays short and still selects the whole sentence.
 */
export function textFragment(quote: string): string {
  const words = foldSpaces(quote).split(' ')
  if (quote.length <= WHOLE_QUOTE_MAX || words.length <= EDGE_WORDS * 2) return `#:~:text=${encodeFragmentPart(words.join(' '))}`
  const head = words.slice(0, EDGE_WORDS).join(' ')
  const tail = words.slice(-EDGE_WORDS).join(' ')
  return `#:~:text=${encodeFragmentPart(head)},${encodeFragmentPart(tail)}`
}

/** Percent-encodes a fragment part; '-', ',' and '&' are syntax in text directives, so they are encoded too. */
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** cyrb53: a small, well-distributed 53-bit string hash that needs no crypto API (portable and synchronous). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
