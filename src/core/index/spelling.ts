import SearchableMap from 'minisearch/SearchableMap'

/** Words shorter than this are not corrected: too many words are one edit away from them. */
const MIN_LENGTH = 4
/** Words whose correction is kept. */
const CORRECTED_WORDS = 10_000
/** From this length a word may be two edits off ("renewabel", "electricty" are one or two). */
const TWO_EDITS_FROM = 7

/**
 * The corpus's words as written (lowercase, accents folded), for correcting a misspelt query word
 * to a word that exists. Typo tolerance on stems cannot do this: a typo changes what the stemmer
 * strips ("renewabel" keeps its ending, "renewable" stems to "renew"), so the stems end up four
 * edits apart while the words are two.
 */
export class Spelling {
  private tree: SearchableMap<number> | undefined
  /** Words corrected, with their correction or none (see {@link Spelling.correct}). */
  private readonly corrected = new Map<string, string | undefined>()

  private constructor(private readonly counts: Array<[string, number]>) {}

  /** From word counts (word → occurrences). */
  static fromCounts(counts: Iterable<[string, number]>): Spelling {
    return new Spelling([...counts])
  }

  /** Word counts, for {@link Spelling.fromCounts}. */
  toJSON(): Array<[string, number]> {
    return this.counts.map(([word, count]) => [word, count])
  }

  /** The words as a tree for fuzzy lookups, made on first use: most questions are spelt right, and a start need not wait for it. */
  private get words(): SearchableMap<number> {
    return (this.tree ??= SearchableMap.from(this.counts))
  }

  /**
   * The closest corpus word to `word` (folded), or undefined when the word is known, too short, or
   * nothing is near enough. Ties go to the more frequent word. `maxEdits` caps the distance (the
   * default depends on length: one edit from four letters, two from seven); a swap of two
   * neighbouring letters counts as one edit.
   */
  correct(word: string, maxEdits = word.length >= TWO_EDITS_FROM ? 2 : 1): string | undefined {
    // Kept per word: distinct questions repeat their unknown words, and a fuzzy walk of the words is costly. Bounded, emptied when full.
    const key = `${maxEdits}${word}`
    if (this.corrected.has(key)) return this.corrected.get(key)
    if (this.corrected.size >= CORRECTED_WORDS) this.corrected.clear()
    const to = this.closest(word, maxEdits)
    this.corrected.set(key, to)
    return to
  }

  private closest(word: string, maxEdits: number): string | undefined {
    if (word.length < MIN_LENGTH || this.words.has(word)) return undefined
    let best: { word: string; distance: number; count: number } | undefined
    const consider = (candidate: string, distance: number, count: number) => {
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count }
    }
    for (const [candidate, [count, distance]] of this.words.fuzzyGet(word, maxEdits)) consider(candidate, distance, count)
    // Two letters swapped ("Xioami") is the commonest typo, but two edits to Levenshtein: count it as one.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
      const count = this.words.get(swapped)
      if (count !== undefined) consider(swapped, 1, count)
    }
    return best?.word
  }
}
