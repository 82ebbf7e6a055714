import type { Lang } from '../lang/lang-tag.js'
import type { Figure, ParsedFigure, Span, Subject } from './fact-schema.js'
import { measureCore, measureFigures, measureHead, type Sentence } from './measure.js'
import { subjectOf } from './subject.js'
import { variableOf } from './variables.js'

/** A sentence already described: the context the next one may refer back to ("this target"). */
export interface Described {
  sentence: Sentence
  measures: readonly (Span | null)[]
}

/**
 * The figures of a sentence (source-text offsets) with what each measures, its variable and its
 * subject, read with the sentence before (`previous`).
 */
export function describeFigures(sentence: Sentence, parsed: readonly ParsedFigure[], lang: Lang, organisation: Subject, previous?: Described): Figure[] {
  const measures = measureFigures(sentence, parsed, lang, previous?.measures)
  const context = previous ? `${previous.sentence.text} ${sentence.text}` : sentence.text
  return parsed.map((figure, i) => {
    const measure = measures[i] ?? null
    // An aside in the measure ("ESG (Environmental, Social…) report") says nothing of what it measures.
    const words = measure?.text.replace(/\([^)]*\)/gu, ' ')
    return {
      ...figure,
      measure,
      variable: words ? variableOf({ measure: words, head: measureHead(words, lang), core: measureCore(words, lang), kind: figure.kind, lang, context }) : null,
      subject: subjectOf(sentence, figure, measure, lang, organisation),
    }
  })
}
