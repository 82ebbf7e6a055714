/**
 * Acronyms an article defines ("recordable injury frequency (RIF)"), so that a figure whose measure is
 * only the acronym ("reduce RIF further by 50%") is read as the words it stands for. Written in any
 * language alike: the words before the brackets whose initials spell it.
 */
const DEFINED = /((?:[\p{L}\p{M}'’-]+\s+){1,7})\((\p{Lu}{2,7})\)/gu

/** Adds the acronyms `text` defines to `into`: the first definition of each stands. */
export function learnAcronyms(text: string, into: Map<string, string>): void {
  for (const m of text.matchAll(DEFINED)) {
    const acronym = m[2]!
    if (into.has(acronym)) continue
    const words = m[1]!.trim().split(/\s+/u).slice(-acronym.length)
    if (words.length === acronym.length && words.every((w, i) => w[0]!.toUpperCase() === acronym[i])) into.set(acronym, words.join(' '))
  }
}
