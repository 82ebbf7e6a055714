import type { Series, SeriesPoint } from '../query/series.js'

/*
 * Series laid out as a table by year, for the variable and organisation pages (HTML and
 * Markdown): one row per series, one column per period that any of them has, and a last column
 * for points whose period is unknown. A cell holds every point of its period: two when the
 * values disagree.
 */

export interface SeriesRow {
  series: Series
  label: string
  /** Points per column of {@link SeriesTable.periods}. */
  cells: SeriesPoint[][]
}

export interface SeriesTable {
  /** Column periods in order; null (last, when present) for points without a period. */
  periods: (string | null)[]
  rows: SeriesRow[]
}

/** What a row is labelled by: on a variable's page the organisation, on an organisation's page the variable. */
export type RowLabel = 'organization' | 'variable'

export function seriesTable(series: readonly Series[], by: RowLabel): SeriesTable {
  const known = [...new Set(series.flatMap((s) => s.points.flatMap((p) => (p.period === null ? [] : [p.period]))))].sort()
  const periods: (string | null)[] = series.some((s) => s.points.some((p) => p.period === null)) ? [...known, null] : known
  return { periods, rows: series.map((s) => ({ series: s, label: seriesLabel(s, by), cells: periods.map((period) => s.points.filter((p) => p.period === period)) })) }
}

/** "renewable energy share (target), percent", or on a variable's page "Aurora Foods S.p.A. — its suppliers". */
export function seriesLabel(s: Series, by: RowLabel): string {
  const head = by === 'variable' ? s.variable.names.en : s.organization.name
  const subject = s.subject.name !== s.organization.name ? ` — ${s.subject.name}` : ''
  const role = s.role ? ` (${s.role})` : ''
  return `${head}${subject}${role}${s.unit ? `, ${s.unit}` : ''}`
}

/** A point's value as a reader sees it: "over 42,000", "10–20"; years are not grouped ("2040", not "2,040"). */
export function pointValue(p: SeriesPoint): string {
  const n = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: p.kind !== 'year' && p.kind !== 'year-range' })
  const value = p.valueEnd !== undefined ? `${n.format(p.value)}–${n.format(p.valueEnd)}` : n.format(p.value)
  return p.qualifier ? `${p.qualifier.replace('-', ' ')} ${value}` : value
}

/** Series with two or more dated points: those that get a chart. */
export const chartable = (s: Series): boolean => s.points.filter((p) => p.period !== null).length >= 2
