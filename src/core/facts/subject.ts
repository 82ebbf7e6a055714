import { fold, isStopword, tokenize } from '../index/analyzer.js'
import type { Lang } from '../lang/lang-tag.js'
import { memoiseRecent } from '../index/memoise.js'
import { MEASURE_WORDS } from '../lang/measure-words-by-lang.js'
import { words } from '../lang/words.js'
import type { FigureKind, Span, Subject } from './fact-schema.js'
import { isMeasured } from './figure-kinds.js'
import { sentenceTokens } from './sentence-tokens.js'
import type { Sentence } from './measure.js'

/** Words a part or party's name may have before its noun: "Xiaomi's smart factory", "smartphone business suppliers". */
const MAX_MODIFIERS = 3
// A clause ends at these (not a comma inside a number: "252,5", "21,190"); a party named in another clause is not the figure's.
const CLAUSE_END = /[;:–—]|,(?!\p{N})/u
const CLAUSE_BREAK = new RegExp(CLAUSE_END.source, 'gu')

interface PartyWords {
  /** A clause that opens on the goal of the clause before it ("con l'obiettivo …"). */
  goalClause: RegExp
  /** A number right before a party, or "N of [its]": the words after it are what it counts ("31 filiali", "38 of its sites"). */
  counted: RegExp
  parties: string[][]
  named: { names: string[][]; subject: string }[]
  /** Indexes into `parties` and `named` by the first word of a phrase, in list order: a token is only checked against phrases it can start. */
  partiesByFirst: ReadonlyMap<string, readonly number[]>
  namedByFirst: ReadonlyMap<string, readonly number[]>
}

const toWords = (phrase: string) => tokenize(phrase).map((t) => fold(t.token))
const PARTY_WORDS: Readonly<Record<Lang, PartyWords>> = {
  en: partyWords('en'),
  it: partyWords('it'),
}

function partyWords(lang: Lang): PartyWords {
  const w = MEASURE_WORDS[lang]
  const parties = w.parties.map(toWords)
  const named = w.namedParties.map((p) => ({ names: p.names.map(toWords), subject: p.subject }))
  const counted = new RegExp(`\\p{N}(?:[ \\u00a0]*|[ \\u00a0]+(?:${w.of.join('|')})[ \\u00a0'’]+(?:[\\p{L}'’]+[ \\u00a0]+)?)$`, 'iu')
  const goalClause = new RegExp(`^[\\s,]*${words(w.goalClause)}`, 'iu')
  return { goalClause, counted, parties, named, partiesByFirst: byFirstWord(parties.map((p) => [p])), namedByFirst: byFirstWord(named.map((p) => p.names)) }
}

/** For each first word, the indexes (ascending, once each) of the entries one of whose phrases starts with it. */
function byFirstWord(entries: readonly (readonly string[][])[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  entries.forEach((phrases, i) => {
    for (const first of new Set(phrases.flatMap((p) => p.slice(0, 1)))) {
      let list = index.get(first)
      if (!list) index.set(first, (list = []))
      list.push(i)
    }
  })
  return index
}

// Every figure of a sentence reads the same words, and the heading's.
const wordsOf = memoiseRecent((text: string) => sentenceTokens(text).map((t) => ({ start: t.start, end: t.end, folded: fold(t.token) })))

const OUTSIDE: ReadonlySet<string> = new Set(Object.values(PARTY_WORDS).flatMap((w) => w.named.map((p) => p.subject)))

/** Whether a subject is a named outside party (the EU, the UN), not the organisation or a part of it. */
export const isOutsideParty = (subject: Subject | undefined): boolean => subject !== undefined && OUTSIDE.has(subject.name)

/**
 * Who or what a figure is about: a part or party named in the figure's clause before it or in its
 * measure ("smartphone suppliers", "the factory", "l'obiettivo UE"), else in the section heading
 * ("Supply Chain Sustainability"), else the organisation.
 */
export function subjectOf(sentence: Sentence, figure: { start: number; end: number; kind: FigureKind }, measure: Span | null, lang: Lang, organisation: Subject, heading?: string): Subject {
  const before = sentence.text.slice(0, figure.start - sentence.start)
  const breaks = [...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1)
  const clauseStart = Math.max(0, ...breaks)
  // a clause on the goal of the one before ("…del portafoglio investimenti, con l'obiettivo Net Zero entro il 2050") is of the part that one names
  const previous = PARTY_WORDS[lang].goalClause.test(before.slice(clauseStart)) ? [{ start: sentence.start + Math.max(0, ...breaks.slice(0, -1)), end: sentence.start + clauseStart }] : []
  const windows = [{ start: sentence.start + clauseStart, end: figure.end }, ...(measure ? [measure] : []), ...previous]
  // then, for a measured figure, an outside party named later in its clause: "i dieci principi del Global Compact delle Nazioni Unite"
  const after = sentence.text.slice(figure.end - sentence.start)
  const rest = { start: figure.end, end: figure.end + (after.search(CLAUSE_END) + 1 || after.length + 1) - 1 }
  return (
    windows.map((w) => partyIn(sentence, w, lang)).find((s) => s !== undefined) ??
    (isMeasured(figure) ? partyIn(sentence, rest, lang, true) : undefined) ??
    (heading ? partyIn({ text: heading, start: 0 }, { start: 0, end: heading.length }, lang) : undefined) ??
    organisation
  )
}

/** The first part or party named in the window of `text`: a named party's subject, or the party's words with their modifiers, verbatim. */
function partyIn(text: Sentence, window: { start: number; end: number }, lang: Lang, namedOnly = false): Subject | undefined {
  const words = PARTY_WORDS[lang]
  // The words' own offsets (into `text.text`), shared by every window: the window is moved to them, not they to it.
  const windowStart = window.start - text.start
  const windowEnd = window.end - text.start
  const inside = wordsOf(text.text).filter((t) => t.start >= windowStart && t.end <= windowEnd)
  for (let i = 0; i < inside.length; i++) {
    const first = inside[i]!.folded
    const named = words.namedByFirst.get(first)?.map((k) => words.named[k]!).find((p) => p.names.some((n) => startsAt(inside, i, n)))
    if (named) return { name: named.subject }
    if (namedOnly) continue
    const party = words.partiesByFirst.get(first)?.map((k) => words.parties[k]!).find((p) => startsAt(inside, i, p))
    if (!party) continue
    // Modifiers before the party's noun, up to a function word, punctuation or a number.
    let from = i
    while (from > 0 && i - from < MAX_MODIFIERS && !isStopword(inside[from - 1]!.folded, lang) && !NUMBER.test(inside[from - 1]!.folded) && !/[\p{P}]/u.test(gapOf(text.text, inside[from - 1]!.end, inside[from]!.start))) from--
    // What a number counts ("3 stabilimenti produttivi, 31 filiali", "38 of its sites") is a thing counted, not who a figure is about.
    if (words.counted.test(text.text.slice(Math.max(0, inside[from]!.start - 24), inside[from]!.start))) continue
    return { name: text.text.slice(inside[from]!.start, inside[i + party.length - 1]!.end) }
  }
  return undefined
}

const NUMBER = /^\p{N}/u

const gapOf = (text: string, from: number, to: number) => text.slice(from, to).replace(/['’]s?/gu, '')

function startsAt(tokens: readonly { folded: string }[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((w, k) => tokens[at + k]?.folded === w)
}
