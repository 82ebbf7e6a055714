import { z } from 'zod'
import type { Corpus } from '../src/core/corpus/corpus-schema.js'
import type { Fact, Figure } from '../src/core/facts/fact-schema.js'

/**
 * The labelled-figure format of ../shared/eval/dev-observations.json and
 * test/fixtures/held-out/observations.json (see their READMEs): one entry per figure of an article.
 */
export const ObservationLabelSchema = z.object({
  source: z.string(),
  text: z.string(),
  context: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  kind: z.string(),
  role: z.enum(['actual', 'target', 'base', 'comparison', 'date']),
  period: z.string().nullable(),
  measureAny: z.array(z.string()),
  subject: z.string(),
  variable: z.string(),
  headline: z.boolean().optional(),
  borderline: z.boolean().optional(),
})
export const ObservationLabelFileSchema = z.array(ObservationLabelSchema)
export type ObservationLabel = z.infer<typeof ObservationLabelSchema>

export type Check = 'value' | 'unit' | 'role' | 'period' | 'measure' | 'subject'
export const CHECKS: readonly Check[] = ['value', 'unit', 'role', 'period', 'measure', 'subject']

export interface LabelResult {
  label: ObservationLabel
  /** The figure whose offsets overlap the labelled text, if the pipeline found one. */
  figure?: Figure
  fact?: Fact
  /** Why the label could not be placed in its article's text (a labelling error, not a miss). */
  unplaced?: string
  ok: Record<Check, boolean>
}

export interface SeriesResult {
  variable: string
  points: number
  /** The variable ids the pipeline gave the figures of this labelled variable (one when it is one series). */
  ids: string[]
}

export interface ObservationReport {
  n: number
  found: number
  /** Share of all labels (a figure not found counts as wrong on every check). */
  rates: Record<'found' | Check, number>
  /** Labelled variables with two or more figures, and whether the pipeline made each one series. */
  series: { n: number; one: number; results: SeriesResult[] }
  /** Pipeline variable ids shared by figures of different labelled variables. */
  merged: { id: string; variables: string[] }[]
  results: LabelResult[]
}

const fold = (s: string) => s.toLowerCase().normalize('NFC')

/** Where the label's text stands in the article: the occurrence inside its context nearest the context's middle. */
function locate(text: string, label: ObservationLabel): { start: number; end: number } | string {
  const at = text.indexOf(label.context)
  if (at < 0) return 'context not found in the article text'
  if (text.indexOf(label.context, at + 1) >= 0) return 'context occurs more than once'
  const hits: number[] = []
  for (let i = label.context.indexOf(label.text); i >= 0; i = label.context.indexOf(label.text, i + 1)) hits.push(i)
  if (!hits.length) return 'text not found in its context'
  const mid = label.context.length / 2
  const best = hits.reduce((a, b) => (Math.abs(b + label.text.length / 2 - mid) < Math.abs(a + label.text.length / 2 - mid) ? b : a))
  return { start: at + best, end: at + best + label.text.length }
}

/**
 * The label's role as the Figure schema writes it: a reported value has no role, and neither has
 * a year or day that only dates something.
 */
const schemaRole = (role: ObservationLabel['role']) => (role === 'actual' || role === 'date' ? undefined : role)

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-6

function measureOk(label: ObservationLabel, figure: Figure): boolean {
  const words = [figure.measure?.text, figure.variable?.names.en, figure.variable?.names.it].filter((w): w is string => !!w).map(fold)
  return label.measureAny.some((m) => words.some((w) => w.includes(fold(m))))
}

/** Content words, folded, with a possessive "'s" and each word's first five letters (a crude stem: "breweries" ~ "brewery"). */
const stems = (text: string) =>
  new Set(
    fold(text)
      .replace(/['’]s(?![\p{L}])/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2)
      .map((w) => w.slice(0, 5)),
  )

/**
 * The subject is right when both are the organisation (the label may shorten its name: "Ford" for
 * "Ford Motor Company") or both name a part or party beyond the organisation's own words and share
 * one of those words ("Xiaomi smart factory" ~ "factory"; "Heineken UK sites" is not "Heineken").
 */
function subjectOk(label: ObservationLabel, figure: Figure, organisation: string): boolean {
  const own = stems(organisation)
  const rest = (text: string) => [...stems(text)].filter((w) => !own.has(w))
  const want = rest(label.subject)
  const got = rest(figure.subject?.name ?? organisation)
  return want.length === 0 ? got.length === 0 : got.some((w) => want.includes(w))
}

/** Scores the pipeline's figures against labelled ones: found, value, unit, role, period, measure, subject, and series. */
export function scoreObservations(corpus: Corpus, labels: readonly ObservationLabel[]): ObservationReport {
  const texts = new Map(corpus.sources.map((s) => [s.id, s.text]))
  const organisations = new Map(corpus.sources.map((s) => [s.id, s.about.organization.name]))
  const bySource = new Map<string, { fact: Fact; figure: Figure }[]>()
  for (const fact of corpus.facts) {
    const list = bySource.get(fact.source.id) ?? []
    for (const figure of fact.figures) list.push({ fact, figure })
    bySource.set(fact.source.id, list)
  }
  const results: LabelResult[] = labels.map((label) => {
    const none: Record<Check, boolean> = { value: false, unit: false, role: false, period: false, measure: false, subject: false }
    const text = texts.get(label.source)
    if (text === undefined) return { label, unplaced: `no source ${label.source} in the corpus`, ok: none }
    const span = locate(text, label)
    if (typeof span === 'string') return { label, unplaced: span, ok: none }
    const hit = (bySource.get(label.source) ?? []).find(({ figure }) => figure.start < span.end && span.start < figure.end)
    if (!hit) return { label, ok: none }
    const { figure, fact } = hit
    return {
      label,
      figure,
      fact,
      ok: {
        value: sameValue(figure.value, label.value),
        unit: (figure.unit ?? null) === label.unit,
        role: figure.role === schemaRole(label.role),
        period: (figure.period ?? null) === label.period,
        measure: measureOk(label, figure),
        subject: subjectOk(label, figure, organisations.get(label.source) ?? ''),
      },
    }
  })
  const n = results.length
  const rate = (f: (r: LabelResult) => boolean) => (n ? results.filter(f).length / n : 0)
  const rates = { found: rate((r) => !!r.figure) } as ObservationReport['rates']
  for (const c of CHECKS) rates[c] = rate((r) => r.ok[c])

  const groups = new Map<string, LabelResult[]>()
  for (const r of results) groups.set(r.label.variable, [...(groups.get(r.label.variable) ?? []), r])
  const seriesResults: SeriesResult[] = [...groups]
    .filter(([, rs]) => rs.length >= 2)
    .map(([variable, rs]) => ({ variable, points: rs.length, ids: [...new Set(rs.map((r) => r.figure?.variable?.id ?? '(none)'))] }))
  const byId = new Map<string, Set<string>>()
  for (const r of results) {
    const id = r.figure?.variable?.id
    if (id) byId.set(id, (byId.get(id) ?? new Set()).add(r.label.variable))
  }
  return {
    n,
    found: results.filter((r) => r.figure).length,
    rates,
    series: { n: seriesResults.length, one: seriesResults.filter((s) => s.ids.length === 1 && s.ids[0] !== '(none)').length, results: seriesResults },
    merged: [...byId].filter(([, v]) => v.size > 1).map(([id, v]) => ({ id, variables: [...v] })),
    results,
  }
}

const pct = (x: number) => x.toFixed(2)

/** A plain-text report: the rates, then (with `misses`) every label a check got wrong, with what the pipeline gave. */
export function formatObservationReport(name: string, report: ObservationReport, misses: boolean): string {
  const lines = [
    `${name}: ${report.n} labelled figures, ${report.found} found`,
    `found ${pct(report.rates.found)}  ` + CHECKS.map((c) => `${c} ${pct(report.rates[c])}`).join('  '),
    `series: ${report.series.one}/${report.series.n} labelled variables with 2+ figures are one series; ${report.merged.length} pipeline ids merge different labelled variables`,
  ]
  if (!misses) return lines.join('\n')
  for (const r of report.results) {
    const wrong = CHECKS.filter((c) => !r.ok[c])
    if (!wrong.length) continue
    const l = r.label
    const f = r.figure
    const got = r.unplaced
      ? `UNPLACED: ${r.unplaced}`
      : !f
        ? 'NOT FOUND'
        : `got value=${f.value} unit=${f.unit ?? null} role=${f.role ?? '-'} period=${f.period ?? null} measure=${JSON.stringify(f.measure?.text ?? null)} variable=${f.variable?.id ?? null} subject=${JSON.stringify(f.subject?.name ?? null)}`
    lines.push(
      `\n[${l.source}] "${l.text}" in "${l.context}"${l.borderline ? ' (borderline)' : ''}`,
      `  wrong: ${wrong.join(', ')}`,
      `  want value=${l.value} unit=${l.unit} role=${l.role} period=${l.period} measureAny=${JSON.stringify(l.measureAny)} variable=${JSON.stringify(l.variable)} subject=${JSON.stringify(l.subject)}`,
      `  ${got}`,
    )
  }
  const split = report.series.results.filter((s) => s.ids.length !== 1 || s.ids[0] === '(none)')
  if (split.length) lines.push('\nseries split:', ...split.map((s) => `  ${s.variable} (${s.points}): ${s.ids.join(', ')}`))
  if (report.merged.length) lines.push('\nids merging labelled variables:', ...report.merged.map((m) => `  ${m.id}: ${m.variables.join(' | ')}`))
  return lines.join('\n')
}
