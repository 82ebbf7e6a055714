import { fold, isStopword, tokenize } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import type { Span, Subject } from './fact-schema.js'
import type { Sentence } from './measure.js'

/** Words a part or party's name may have before its noun: "Xiaomi's smart factory", "smartphone business suppliers". */
const MAX_MODIFIERS = 3
// A clause ends at these; a party named in another clause is not the figure's.
const CLAUSE_BREAK = /[,;:()–—]/gu

interface PartyWords {
  parties: string[][]
  named: { names: string[][]; subject: string }[]
}

const toWords = (phrase: string) => tokenize(phrase).map((t) => fold(t.token))
const PARTY_WORDS: Readonly<Record<Lang, PartyWords>> = {
  en: partyWords('en'),
  it: partyWords('it'),
}

function partyWords(lang: Lang): PartyWords {
  const w = MEASURE_WORDS[lang]
  return { parties: w.parties.map(toWords), named: w.namedParties.map((p) => ({ names: p.names.map(toWords), subject: p.subject })) }
}

/**
 * Who or what a figure is about: a part or party named in the figure's clause before it or in its
 * measure ("smartphone suppliers", "the factory", "l'obiettivo UE"), else the organisation.
 */
export function subjectOf(sentence: Sentence, figure: { start: number; end: number }, measure: Span | null, lang: Lang, organisation: Subject): Subject {
  const words = PARTY_WORDS[lang]
  const before = sentence.text.slice(0, figure.end - sentence.start)
  const clauseStart = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1))
  const windows = [{ from: sentence.start + clauseStart, to: figure.end }, ...(measure ? [measure] : [])]
  const tokens = tokenize(sentence.text).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start, folded: fold(t.token) }))
  for (const w of windows) {
    const inside = tokens.filter((t) => t.start >= ('from' in w ? w.from : w.start) && t.end <= ('to' in w ? w.to : w.end))
    for (let i = 0; i < inside.length; i++) {
      const named = words.named.find((p) => p.names.some((n) => startsAt(inside, i, n)))
      if (named) return { name: named.subject }
      const party = words.parties.find((p) => startsAt(inside, i, p))
      if (!party) continue
      // The party's name with the modifiers before it, verbatim: stop at a function word.
      let from = i
      while (from > 0 && i - from < MAX_MODIFIERS && !isStopword(inside[from - 1]!.folded, lang) && !/[\p{P}]/u.test(gapOf(sentence, inside[from - 1]!.end, inside[from]!.start))) from--
      const end = inside[i + party.length - 1]!.end
      return { name: sentence.text.slice(inside[from]!.start - sentence.start, end - sentence.start) }
    }
  }
  return organisation
}

const gapOf = (sentence: Sentence, from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start).replace(/['’]s?/gu, '')

function startsAt(tokens: readonly { folded: string }[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((w, k) => tokens[at + k]?.folded === w)
}
