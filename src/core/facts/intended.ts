import { INTENT_WORDS } from '../lang/intent-words-by-lang.js'
import type { Lang } from '../lang/lang-tag.js'
import { alt, WORD_END, WORD_START, words } from '../lang/words.js'
import { clausesOf } from './clauses.js'

/**
 * Which parts of a sentence speak of the future or of an intention, so that a figure there is a
 * goal although no "target" stands beside it: "Prysmian investirà 500 milioni", "le emissioni
 * saranno ridotte del 90%", "Aviva expects to invest a further £10 billion". Read per clause (the
 * shared splitter, clauses.ts): a cue makes its own clause intended (from the cue on when the
 * clause also states a past fact), and the clauses after it until one states a past fact, so that
 * "… (of which £5 billion has already been announced)" stays a reported value.
 */
export interface Intent {
  /** The intended stretch `offset` is in (one per cue that opens one), or -1. */
  regionOf(offset: number): number
  /** Whether `offset` is inside brackets that state a past fact: a value there is reported, whatever deadline is near. */
  reportedAt(offset: number): boolean
  /** The intended stretch whose deadline a year at `offset` may be, lead-in clauses included, or -1. */
  deadlineRegionOf(offset: number): number
  /** Whether the stretch between the commas around `offset`, after one, states a past fact ("…, an additional EUR 0.7 billion was invested"). */
  pastAfterCommaAt(offset: number): boolean
  /** Whether the year at `offset` is a deadline: after a deadline word, in an intended stretch or after a goal noun ("target di emissioni al 2030"). */
  deadlineAt(offset: number): boolean
}

interface Patterns {
  cue: RegExp
  decided: RegExp
  past: RegExp
  deadlineBefore: RegExp
  goalDeadlineBefore: RegExp
  leadIn: RegExp
  carryOn: RegExp
}

function compile(lang: Lang): Patterns {
  const w = INTENT_WORDS[lang]
  const future = w.futureEndings.length ? `|${WORD_START}\\p{L}+${alt(w.futureEndings)}${WORD_END}` : ''
  const deadline = `${words(w.deadline)}\\s*$`
  return {
    cue: new RegExp(`${words(w.cues)}${future}`, 'iu'),
    decided: new RegExp(words(w.decided), 'giu'),
    past: new RegExp(words(w.past), 'iu'),
    deadlineBefore: new RegExp(deadline, 'iu'),
    // words that carry a goal on across a comma ("…, consentendo così di"); an empty list never matches (alt)
    carryOn: new RegExp(`^[\\s,]*${words(w.carryOn)}`, 'iu'),
    // a clause that is only a deadline: "by the end of 2022"
    leadIn: new RegExp(`^\\s*${words(w.deadline)}\\s*(?:19|20)\\d\\d\\s*$`, 'iu'),
    // a goal noun, up to four words naming what it is of, then the deadline word
    goalDeadlineBefore: new RegExp(`${words(w.goalNouns)}(?:\\s+[\\p{L}'’]+){0,4}?\\s+${deadline}`, 'iu'),
  }
}

const PATTERNS: Readonly<Record<Lang, Patterns>> = { en: compile('en'), it: compile('it') }

/** A clause's intended part (a deadline year there comes after the cue), or a lead-in clause with only a deadline (no `values`). */
type Stretch = { start: number; end: number; region: number; deadlineFrom: number; values: boolean }

const BRACKETS = /\([^()]*\)/gu

/** Brackets that state a past fact, inside an intended clause: "(of which £5 billion has already been announced)". */
function pastBrackets(text: string, p: Patterns): Array<[number, number]> {
  return [...text.matchAll(BRACKETS)].filter((m) => p.past.test(m[0])).map((m) => [m.index, m.index + m[0].length])
}

export function intentOf(text: string, lang: Lang): Intent {
  const p = PATTERNS[lang]
  const stretches: Stretch[] = []
  if (p.cue.test(text)) {
    const { breaks } = clausesOf(text, lang)
    const starts = [0, ...breaks.map((b) => b.end)]
    const ends = [...breaks.map((b) => b.start), text.length]
    let region = -1
    let regions = 0
    // a clause that is only a horizon ("Nel prossimo triennio, …", "Over the next five years, …") frames the rest of the sentence
    let framed = false
    starts.forEach((start, i) => {
      const end = ends[i] ?? text.length
      const clause = text.slice(start, end)
      // blanked, not cut, so that offsets stay the text's
      const cue = p.cue.exec(clause.replace(p.decided, (m) => ' '.repeat(m.length)))
      const past = p.past.test(clause.replace(BRACKETS, ''))
      // an intention reaches on across "and"/"e", not past a comma: "…verrà effettuato tramite la piattaforma, dotata di circa 1.000 misuratori" describes what exists
      const joined = i > 0 && (/\p{L}/u.test(text.slice(breaks[i - 1]!.start, start)) || p.carryOn.test(clause))
      if (cue) {
        if (region < 0 || past) {
          region = regions++
          // a short clause just before that states only when is the goal's deadline: "by the end of 2022, Aviva expects to invest"
          const before = [...starts.slice(0, i).keys()].reverse().find((j) => /\p{L}/u.test(text.slice(starts[j]!, ends[j])))
          const lead = before === undefined ? undefined : { start: starts[before]!, end: ends[before] ?? start }
          if (lead && p.leadIn.test(text.slice(lead.start, lead.end))) {
            stretches.push({ ...lead, region, deadlineFrom: lead.start, values: false })
          }
        }
        stretches.push({ start: past ? start + cue.index : start, end, region, deadlineFrom: start + cue.index, values: true })
        framed = !/\p{L}/u.test(clause.slice(0, cue.index) + clause.slice(cue.index + cue[0].length))
      } else if (region >= 0 && (joined || framed) && !past) stretches.push({ start, end, region, deadlineFrom: start, values: true })
      else {
        region = -1
        framed = false
      }
    })
  }
  const excluded = text.includes('(') ? pastBrackets(text, p) : []
  const reported = (offset: number) => excluded.some(([a, b]) => offset >= a && offset < b)
  const stretchOf = (offset: number): Stretch | undefined =>
    reported(offset) ? undefined : stretches.find((s) => offset >= s.start && offset < s.end)
  return {
    regionOf: (offset) => {
      const at = stretchOf(offset)
      return at?.values ? at.region : -1
    },
    reportedAt: reported,
    pastAfterCommaAt: (offset) => {
      const comma = text.lastIndexOf(',', offset)
      if (comma < 0) return false
      const next = text.indexOf(',', offset)
      return p.past.test(text.slice(comma + 1, next < 0 ? text.length : next).replace(BRACKETS, ''))
    },
    deadlineRegionOf: (offset) => stretchOf(offset)?.region ?? -1,
    deadlineAt: (offset) => {
      const pre = text.slice(Math.max(0, offset - 60), offset)
      if (p.goalDeadlineBefore.test(pre)) return true
      // a year before the cue dates the clause rather than ending a goal: "piano industriale al 2025 verrà proposta"
      const at = stretchOf(offset)
      return at !== undefined && offset >= at.deadlineFrom && !inBrackets(text, offset) && p.deadlineBefore.test(pre)
    },
  }
}

/** Whether `text` holds a cue of the future or of an intention ("prevede", "will"): words that name no plan. */
export function speaksOfIntent(text: string, lang: Lang): boolean {
  return PATTERNS[lang].cue.test(text)
}

/** Whether `offset` is inside brackets, where a year dates a value quoted beside ("(0,161 euro per azione nel 2021)"). */
function inBrackets(text: string, offset: number): boolean {
  const open = text.lastIndexOf('(', offset)
  return open >= 0 && text.lastIndexOf(')', offset) < open
}
