import type { Lang } from '../lang/lang-tag.js'
import type { Figure, ParsedFigure, Span, Subject, Variable } from './fact-schema.js'
import { isCumulative, measureCore, measureFigures, measureHead, partsOf, unitOfMeasure, type Sentence } from './measure.js'
import { subjectOf } from './subject.js'
import { isDating } from './figure-kinds.js'
import { variableOf, yearOf } from './variables.js'
import { datedEvent, objectVerb, widened } from './dated-event.js'

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) => inner.start >= outer.start && inner.end <= outer.end

/** A sentence already described: the context the next one may refer back to ("this target"). */
export interface Described {
  sentence: Sentence
  measures: readonly (Span | null)[]
}

/**
 * The figures of a sentence (source-text offsets) with what each measures, its variable and its
 * subject, read with the sentence before (`previous`) and the section heading.
 */
export function describeFigures(
  sentence: Sentence,
  parsed: readonly ParsedFigure[],
  lang: Lang,
  organisation: Subject,
  previous?: Described,
  heading?: string,
  acronyms?: ReadonlyMap<string, string>,
): Figure[] {
  const nouns = measureFigures(sentence, parsed, lang, previous?.measures)
  // A year that only dates something measures the event it dates ("In 2024, the company refurbished…").
  const measured = nouns.filter((_, j) => !isDating(parsed[j]!))
  const events = parsed.map((_, i) => {
    const event = datedEvent(sentence, parsed, i, lang)
    return event && widened(event, measured, sentence)
  })
  const measures = nouns.map((m, i) => events[i] ?? m)
  // "refurbished over 130,000 devices": the count's measure is "devices refurbished", and so is any figure sharing its measure.
  const verbs = parsed.map((figure, i) => (nouns[i] && nouns[i].start >= figure.end ? objectVerb(sentence, figure, lang) : null))
  const verbOf = (measure: Span) => verbs.find((v, j) => v && nouns[j]?.start === measure.start) ?? null
  const context = previous ? `${previous.sentence.text} ${sentence.text}` : sentence.text
  const parts = partsOf(sentence, parsed, lang)
  const variables: (Variable | null)[] = []
  parsed.forEach((figure, i) => {
    const measure = measures[i] ?? null
    if (!measure) return variables.push(null)
    const verb = events[i] ? null : verbOf(measure)
    // An aside in the measure ("ESG (Environmental, Social…) report") says nothing of what it measures.
    // A measure that is only an acronym the article defined earlier measures what it stands for.
    const stripped = measure.text.replace(/\([^)]*\)/gu, ' ')
    const words = (acronyms?.get(stripped.trim()) ?? stripped) + (verb ? ` ${verb}` : '')
    // Phrases that name the sentence's other figures cannot make this one's match more specific.
    const others = measures.filter((m, j) => m && j !== i && m.start !== measure.start).map((m) => m!.text).join(' ')
    // A part of a total ("including one wearable device") measures something else than the total, even where the vocabulary would name both alike.
    const whole = parts[i]! >= 0 ? variables[parts[i]!]?.id : undefined
    return variables.push(variableOf({ measure: words, head: measureHead(words, lang), core: measureCore(words, lang), kind: figure.kind, lang, context, sentence: sentence.text, others, cumulative: isCumulative(sentence, figure, measure, lang), ...(whole ? { whole } : {}) }))
  })
  // A year dates its event for whoever does it, named between the two ("In 2018, L'Oreal reduced the
  // emissions of its plants" is L'Oreal's; "In 2024, the factory achieved" the factory's), not for a party in its object.
  const agents = parsed.map((figure, i): Span | null => {
    const event = events[i]
    return event && event.start >= figure.end ? { text: sentence.text.slice(figure.end - sentence.start, event.start - sentence.start), start: figure.end, end: event.start } : null
  })
  const subjects = parsed.map((figure, i) => subjectOf(sentence, figure, agents[i] ?? measures[i] ?? null, lang, organisation, heading))
  return parsed.map((figure, i) => {
    const measure = measures[i] ?? null
    // A year that took its measure from a figure of the sentence, or whose event holds one, dates that figure's variable.
    const dates = (g: ParsedFigure, j: number) =>
      !isDating(g) && variables[j] && measure && (measures[j]?.start === measure.start || (events[i] && within(g, measure)) || (events[i] && measures[j] && within(measures[j]!, measure)))
    const dated = isDating(figure) && measure ? parsed.findIndex(dates) : -1
    const variable = dated >= 0 ? yearOf(variables[dated]!, lang) : variables[i]!
    // A value quoted for comparison is of whoever the value it is compared with is of ("la capogruppo … ha
    // registrato 252,5 milioni, … rispetto ai 216,6 milioni"), and a year of whoever the figure it dates is of, unless it names who did its event.
    const compared = figure.role === 'comparison' ? parsed.findLastIndex((g, j) => j < i && !isDating(g) && g.role !== 'comparison') : -1
    const own = compared >= 0 ? compared : agents[i] ? -1 : dated >= 0 && parsed[dated]!.role === 'comparison' ? parsed.findLastIndex((g, j) => j < dated && !isDating(g) && g.role !== 'comparison') : dated
    // a bare count of what its measure names as a unit ("171.000 le ore di formazione") is in that unit
    const unit = figure.kind === 'count' && !figure.unit && measure ? unitOfMeasure(measure.text, lang) : undefined
    return { ...figure, ...(unit ? { unit, kind: 'quantity' as const } : {}), measure, variable, subject: own >= 0 ? subjects[own]! : subjects[i]! }
  })
}
