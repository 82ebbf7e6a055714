/**
 * Acronyms the articles define themselves ("sustainable aviation fuel (SAF)", "power usage
 * effectiveness (PUE)"), so a fact that only says "SAF" is found by "sustainable aviation fuel"
 * and the other way round. Learnt from the corpus, so new articles bring their own.
 */
export type Acronyms = ReadonlyMap<string, string>

/** A parenthesised acronym: two to ten letters (digits may follow, as in COP29), at least two capitals. */
const DEFINITION = /\(([\p{Lu}][\p{L}&]{1,9})\d*\)/gu
/** Words an acronym's letters usually skip ("Conference of the Parties", "tasso di sostituzione"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'di', 'del', 'della', 'dei', 'delle', 'e', 'per', 'la', 'il', 'le', 'da', 'in'])

/** Every acronym defined in `texts`, mapped to its long form as first written. */
export function findAcronyms(texts: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>()
  for (const text of texts) {
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[1]!
      if (found.has(acronym) || (acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue
      const longForm = longFormBefore(text.slice(0, m.index).trimEnd(), acronym)
      if (longForm) found.set(acronym, longForm)
    }
  }
  return found
}

/**
 * The words just before "(ACR)" whose initials spell the acronym, read backwards; connectors may
 * be skipped, and a hyphenated word gives one letter per part. Undefined when they do not fit.
 */
function longFormBefore(before: string, acronym: string): string | undefined {
  const words = before.split(/\s+/)
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase()
  let need = letters.length
  let i = words.length
  while (need > 0 && i > 0) {
    const word = words[--i]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    const parts = word.split('-').filter(Boolean)
    const initials = parts.map((p) => p[0]!.toLowerCase()).join('')
    if (initials && letters.slice(need - initials.length, need) === initials) need -= initials.length
    else if (initials && letters[need - 1] === initials[0] && parts.length > 1) need -= 1
    else if (!CONNECTORS.has(word.toLowerCase())) return undefined
  }
  if (need > 0) return undefined
  return words.slice(i).join(' ').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
}

/**
 * Looks up the other spelling of every acronym or long form a text uses. Built once per corpus:
 * long forms are keyed by their first word, so each text costs one lookup per word.
 */
export function acronymExpander(acronyms: Acronyms): (text: string) => string {
  const byFirstWord = new Map<string, Array<[string, string]>>()
  for (const [acronym, longForm] of acronyms) {
    const first = longForm.split(/\s+/)[0]!.toLowerCase()
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), [acronym, longForm]])
  }
  return (text) => {
    const words: string[] = text.match(/[\p{L}\p{N}&]+/gu) ?? []
    const lower = text.toLowerCase()
    const out = new Set<string>()
    for (const word of words) {
      const longForm = acronyms.get(word.replace(/\d+$/, ''))
      if (longForm && !lower.includes(longForm.toLowerCase())) out.add(longForm)
      for (const [acronym, form] of byFirstWord.get(word.toLowerCase()) ?? []) {
        if (lower.includes(form.toLowerCase()) && !words.includes(acronym)) out.add(acronym)
      }
    }
    return [...out].join('; ')
  }
}
