import { CLAUSE_WORDS } from '../lang/clause-words-by-lang.js'
import type { Lang } from '../lang/lang-tag.js'
import { wordsPattern } from '../lang/question-words.js'
import { memoiseRecent } from '../index/memoise.js'

/**
 * The one way a sentence is cut into clauses, shared by what a figure measures (measure.ts) and
 * which figure answers a question (query/answer.ts), so the two read the same words as a figure's.
 * A clause ends at a comma (not one inside a number), semicolon, colon or dash, unless a relative pronoun follows ("…fuels
 * use, which increased by 52%"), and at a conjunction ("…36% of the total, with fresh produce
 * 25%"). Not at a bracket: "rate (WDR) of 99.35%".
 */
const BOUNDARY: Readonly<Record<Lang, RegExp>> = {
  en: boundary('en'),
  it: boundary('it'),
}

function boundary(lang: Lang): RegExp {
  const w = CLAUSE_WORDS[lang]
  const conjunction = wordsPattern(w.conjunctions).source
  // A comma between digits is a decimal or thousands separator ("0,218 euro", "21,190"), not a
  // boundary; nor is a conjunction between two numbers ("Scope 1 and 2 emissions", "Scope 1 e 2").
  return new RegExp(`(?:[;:\u2013\u2014]|(?<!\\p{N}),|,(?!\\p{N}))(?!\\s*(?:${wordsPattern(w.relatives).source}))|(?!(?<=\\p{N}\\s)(?:${conjunction})\\s\\p{N})(?:${conjunction})`, 'giu')
}

/** A text's clauses: the offsets (into `text`) where each boundary begins and ends, in order. */
export interface Clauses {
  breaks: ReadonlyArray<{ start: number; end: number }>
  length: number
}

const cut = (text: string, lang: Lang): Clauses => ({ breaks: [...text.matchAll(BOUNDARY[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length })), length: text.length })
// A sentence's figures (intended.ts), measures (measure.ts) and dated events (dated-event.ts) read the same clauses: cut once.
const CUT: Readonly<Record<Lang, (text: string) => Clauses>> = { en: memoiseRecent((text) => cut(text, 'en')), it: memoiseRecent((text) => cut(text, 'it')) }

/** Cuts `text` into clauses once; the offsets below index into it. */
export function clausesOf(text: string, lang: Lang): Clauses {
  return CUT[lang](text)
}

/** Which clause `offset` is in, counting from 0: the boundaries that end at or before it. */
export function clauseIndex(clauses: Clauses, offset: number): number {
  return clauses.breaks.filter((b) => b.end <= offset).length
}

/** Where the clause holding `offset` begins: after the last boundary before it. */
export function clauseStart(clauses: Clauses, offset: number): number {
  return clauses.breaks.findLast((b) => b.end <= offset)?.end ?? 0
}

/** Where the clause holding `offset` ends: at the first boundary at or after it. */
export function clauseEnd(clauses: Clauses, offset: number): number {
  return clauses.breaks.find((b) => b.start >= offset)?.start ?? clauses.length
}
