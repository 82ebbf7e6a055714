import type { FigureKind } from './fact-schema.js'

/** Kinds that measure something: a JSON-LD Observation, an answer to "how much / how many". */
const MEASURED: ReadonlySet<FigureKind> = new Set(['amount', 'percent', 'quantity', 'count'])
/** Kinds that date a statement; their digits are already the words a query uses. An ordinal (a rank) does neither. */
const DATING: ReadonlySet<FigureKind> = new Set(['year', 'year-range', 'date'])

/** Whether a figure is a measurement, not a year, rank or date. */
export const isMeasured = (figure: { kind: FigureKind }): boolean => MEASURED.has(figure.kind)
/** Whether a figure places a statement in time: a year, a span of years or a date. */
export const isDating = (figure: { kind: FigureKind }): boolean => DATING.has(figure.kind)

const DURATION_UNITS: ReadonlySet<string> = new Set(['year', 'month'])
/** Whether a figure is a length of time ("over the past decade", "tre anni"): it qualifies a figure beside it more often than it is asked for. */
export const isDuration = (figure: { unit?: string | null }): boolean => DURATION_UNITS.has(figure.unit ?? '')
