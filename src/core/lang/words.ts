/**
 * Building regular expressions from a language's word lists (the `figure-words`, `claim-words`…
 * data modules). JavaScript's `\b` treats accented letters as non-letters ("capacità", "più"), so
 * word edges here are Unicode-aware: no letter, mark or digit may touch a word on either side.
 *
 * A phrase in a word list is a regular-expression source fragment in lower case; a space in it
 * matches any run of whitespace, so lists stay readable ("at least", "non meno di").
 */

/** No letter, mark or digit right before. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])'
/** No letter, mark or digit right after, or an elision's apostrophe just matched ("l'", "dell'"). */
export const WORD_END = "(?:(?<=['’])|(?![\\p{L}\\p{M}\\p{N}]))"

/** Whether a text is all ASCII: it has nothing to decompose or fold, no marks to strip, and most of a corpus's words are. */
export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text)

/** A plain word or phrase as regex source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A phrase as regex source: spaces match any whitespace (no-break spaces included). */
export const phrase = (p: string): string => p.replace(/ +/g, '\\s+')

/** An alternation of phrases, longest first so that "per cento" wins over "per". */
export function alt(phrases: readonly string[]): string {
  // no phrase: a pattern that never matches (an empty alternation would match everywhere)
  if (!phrases.length) return '(?!)'
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phrase).join('|')})`
}

/** Regular-expression fragments as one alternation, verbatim and in order (a space is one space): for rule tables whose patterns must match exactly as written. */
export const anyOf = (fragments: readonly string[]): string => (fragments.length ? `(?:${fragments.join('|')})` : '(?!)')

/** The phrases as whole words: `WORD_START(?:a|b)WORD_END`. */
export const words = (phrases: readonly string[]): string => `${WORD_START}${alt(phrases)}${WORD_END}`

/** A whole-word pattern, case-insensitive and Unicode-aware. */
export const wordRe = (phrases: readonly string[], flags = 'iu'): RegExp => new RegExp(words(phrases), flags)

/**
 * A regular expression written with `\b` and `\w`, rewritten with Unicode-aware edges: `\b` becomes
 * "a letter or digit on one side only", `\w` a letter, mark, digit or underscore. For rule tables
 * written as literals (question words, editorial cues), so "capacità" and "più" end as words.
 */
export function unicodeWords(re: RegExp): RegExp {
  const W = '[\\p{L}\\p{M}\\p{N}_]'
  const source = re.source.replace(/\\w/g, W)
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`
  // with no word edge to leave out there is nothing faster to scan for first
  if (!source.includes('\\b')) return new RegExp(source, flags)
  // The same pattern without its word edges matches wherever this one does, and scans for its words
  // fast (an edge's lookarounds open the pattern, so every position would be tried): it rules out most texts.
  return prefiltered(source.replace(/\\b/g, `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`), flags, source.replace(/\\b/g, ''))
}

/**
 * `source` as a pattern that first tests `looseSource`, which must match wherever `source` does
 * (the same pattern without its word-edge lookarounds, say): texts the loose one rules out cost one fast scan.
 */
export function prefiltered(source: string, flags: string, looseSource: string): RegExp {
  return new Prefiltered(source, flags, new RegExp(looseSource, flags.replace(/[gy]/g, '')))
}

/**
 * `(text) => patterns.some((re) => re.test(text))`, with most texts ruled out by one scan: the
 * patterns' loose forms (a prefiltered pattern's filter, else the pattern itself) joined into one
 * alternation per set of flags, which matches wherever any pattern does. A rule list of two dozen
 * patterns, nearly none of which matches a sentence, costs a build one scan a sentence, not two dozen.
 * Global or sticky patterns (whose tests depend on `lastIndex`) and patterns with back-references
 * or named groups (which an alternation would renumber or repeat) are tested one by one.
 */
export function anyMatch(patterns: readonly RegExp[]): (text: string) => boolean {
  const all = (text: string) => patterns.some((re) => re.test(text))
  const loose = patterns.map((re) => Prefiltered.looseOf(re))
  if (patterns.some((re) => re.global || re.sticky) || loose.some((re) => /\\[1-9k]|\(\?<[^=!]/.test(re.source))) return all
  const byFlags = new Map<string, string[]>()
  for (const re of loose) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`])
  const filters = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))
  return (text) => filters.some((f) => f.test(text)) && all(text)
}

/** A pattern run only on texts that `loose`, which matches wherever it does, matches. */
class Prefiltered extends RegExp {
  /** The pattern a prefiltered one tests first, else the pattern itself: either matches wherever `re` does. */
  static looseOf(re: RegExp): RegExp {
    return re instanceof Prefiltered && re.#loose ? re.#loose : re
  }

  readonly #loose: RegExp | undefined
  constructor(pattern: string | RegExp, flags?: string, loose?: RegExp) {
    super(pattern, flags)
    // A copy (as matchAll and split make one) keeps the filter.
    this.#loose = loose ?? (pattern instanceof Prefiltered ? pattern.#loose : undefined)
  }

  override exec(text: string): RegExpExecArray | null {
    // Past a match of a global or sticky pattern the filter has already passed this text.
    if (this.#loose && (this.lastIndex === 0 || !(this.global || this.sticky)) && !this.#loose.test(text)) {
      this.lastIndex = 0
      return null
    }
    return super.exec(text)
  }

  /** A text the filter rules out has no match to list: no copy of the pattern is made for it, as matchAll makes one. */
  override [Symbol.matchAll](text: string): ReturnType<RegExp[typeof Symbol.matchAll]> {
    if (this.#loose && !this.#loose.test(String(text))) return NO_MATCHES[Symbol.iterator]() as unknown as ReturnType<RegExp[typeof Symbol.matchAll]>
    return super[Symbol.matchAll](text)
  }
}

const NO_MATCHES: readonly RegExpExecArray[] = []
