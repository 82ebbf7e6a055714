import { z } from 'zod'
import type { Corpus } from '../corpus/corpus-schema.js'
import type { SourceMeta } from '../corpus/source-schema.js'
import { slugify } from '../facts/citation.js'
import {
  FigureKindSchema,
  FigureRoleSchema,
  QualifierSchema,
  SubjectSchema,
  VariableSchema,
  type Fact,
  type Figure,
  type FigureKind,
  type FigureRole,
  type Qualifier,
  type Subject,
  type Variable,
} from '../facts/fact-schema.js'
import { isDating } from '../facts/figure-kinds.js'
import { analyzeText, queryTerms, tokenize } from '../index/analyzer.js'
import { baseLang, type Lang } from '../lang/lang-tag.js'

/*
 * Observations as series: every figure that measures a known variable, grouped by organisation,
 * variable, subject, unit and role, its points ordered by period. Two sources that give the same
 * value for the same period are one point with both citations (corroboration); values that disagree
 * stay apart, and their series says `conflict: true`. Pure, and computed once per corpus.
 */

export const ObservationSourceSchema = z
  .object({
    id: z.string().meta({ description: 'The source id (see /v1/sources).' }),
    publisher: z.string(),
    lang: z.string(),
    factId: z.string().meta({ description: 'The fact of this source that states the value.' }),
    citation: z.object({
      url: z.string().meta({ description: 'The article URL with a text fragment that scrolls to the quote.' }),
      quote: z.string().meta({ description: 'The sentence verbatim.' }),
    }),
  })
  .meta({ id: 'ObservationSource' })
export type ObservationSource = z.infer<typeof ObservationSourceSchema>

export const SeriesPointSchema = z
  .object({
    period: z.string().nullable().meta({ description: 'ISO 8601 year or interval the value refers to; null when no period is known (such points come last).', example: '2024' }),
    value: z.number(),
    valueEnd: z.number().optional().meta({ description: 'Upper end of a range.' }),
    qualifier: QualifierSchema.nullable(),
    kind: FigureKindSchema,
    text: z.string().meta({ description: 'The figure as written in the first source.', example: '24.1 billion RMB' }),
    factId: z.string().meta({ description: 'The fact of the first source.' }),
    sources: z.array(ObservationSourceSchema).meta({ description: 'Every source that states this value for this period, one entry per source: more than one corroborates it.' }),
  })
  .meta({ id: 'SeriesPoint' })
export type SeriesPoint = z.infer<typeof SeriesPointSchema>

export const OrganizationRefSchema = z
  .object({
    id: z.string().meta({ description: 'The Wikidata item when the corpus gives one, else the name as a slug; its page is /organizations/{id}.', example: 'Q1636958' }),
    name: z.string(),
    wikidata: z.string().optional(),
  })
  .meta({ id: 'OrganizationRef' })
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>

export const SeriesSchema = z
  .object({
    variable: VariableSchema,
    organization: OrganizationRefSchema.meta({ description: 'The organisation whose report the sources retell.' }),
    subject: SubjectSchema.meta({ description: 'Who the values are about: the organisation, or the part or party the sentences name.' }),
    unit: z.string().nullable().meta({ description: 'The unit of every point (ISO 4217 for money, "percent"…); null for plain counts.' }),
    role: FigureRoleSchema.nullable().meta({ description: 'null for reported values; else target, base or comparison.' }),
    conflict: z.literal(true).optional().meta({ description: 'Present when sources give different values for the same period: those points are kept apart.' }),
    points: z.array(SeriesPointSchema).meta({ description: 'Ordered by period.' }),
  })
  .meta({ id: 'Series' })
export type Series = z.infer<typeof SeriesSchema>

export const ObservationsSchema = z
  .object({ total: z.int().meta({ description: 'Series that match, before paging.' }), limit: z.int(), offset: z.int(), series: z.array(SeriesSchema) })
  .meta({ id: 'Observations' })
export type Observations = z.infer<typeof ObservationsSchema>

export const VariableUsageSchema = VariableSchema.extend({
  name: z.string().meta({ description: 'The English name.' }),
  figures: z.int().meta({ description: 'Figures in the corpus that measure it.' }),
  series: z.int().meta({ description: 'Series it has (by organisation, subject, unit and role).' }),
  sources: z.int().meta({ description: 'Sources that report it.' }),
}).meta({ id: 'VariableUsage' })
export type VariableUsage = z.infer<typeof VariableUsageSchema>

export const VariableListSchema = z.object({ variables: z.array(VariableUsageSchema) }).meta({ id: 'VariableList' })

/** What a request may narrow the series to; each given field must hold. */
export interface SeriesFilter {
  variable?: string
  organization?: string
  /** Words matched, in either language, against the variable's names, the measures' words and the subject. */
  q?: string
  period?: string
  /** `reported` for values without a role. */
  role?: FigureRole | 'reported'
  /** Only sources in this language; also the language of each variable's `name`. */
  lang?: Lang
}

/** The organisation id of an article's organisation: its Wikidata item, else its name as a slug. */
export const organizationId = (org: SourceMeta['about']['organization']): string => org.wikidata ?? slugify(org.name)

/** A point as stored: its sources carry what the point shows when they come first. */
interface StoredPoint {
  period: string | null
  value: number
  valueEnd?: number
  qualifier: Qualifier | null
  kind: FigureKind
  sources: (ObservationSource & { text: string })[]
}

interface StoredSeries {
  variable: Variable
  organization: OrganizationRef
  subject: Subject
  unit: string | null
  role: FigureRole | null
  points: StoredPoint[]
  /** Index forms of its names, measures and subject, for `q`. */
  terms: ReadonlySet<string>
}

/** The series of one corpus, with what filtering and the variable list need. */
export interface SeriesData {
  series: readonly StoredSeries[]
  variables: readonly VariableUsage[]
  organizations: ReadonlyMap<string, OrganizationRef>
}

const computed = new WeakMap<Corpus, SeriesData>()

/** The corpus's series, grouped on first use and kept for the life of the corpus object. */
export function seriesData(corpus: Corpus): SeriesData {
  let data = computed.get(corpus)
  if (!data) computed.set(corpus, (data = groupSeries(corpus)))
  return data
}

/**
 * A figure that is an observation: one whose variable is known, and, for a year or date, that is
 * a deadline, base or comparison ("carbon neutral by 2040"). A year without a role only dates its
 * sentence ("In 2024, … invested"), even when the pipeline names what it dates: it is when, not what.
 */
export const isObservation = (figure: Figure): figure is Figure & { variable: Variable } => figure.variable !== null && !onlyDates(figure)

/** A year or date with no role: it says when its sentence's values are, and measures nothing itself. */
export const onlyDates = (figure: Figure): boolean => isDating(figure) && figure.role === undefined

function groupSeries(corpus: Corpus): SeriesData {
  const orgOf = new Map(corpus.sources.map((s) => [s.id, organizationRef(s.about.organization)]))
  const organizations = new Map<string, OrganizationRef>()
  for (const org of orgOf.values()) organizations.set(org.id, org)
  // While grouping, each series also keeps its points by period and value, so adding a figure is one look-up.
  const byKey = new Map<string, StoredSeries & { terms: Set<string>; pointAt: Map<string, StoredPoint> }>()
  const usage = new Map<string, { variable: Variable; figures: number; series: Set<string>; sources: Set<string> }>()
  for (const fact of corpus.facts) {
    const organization = orgOf.get(fact.source.id)
    if (!organization) continue
    for (const figure of fact.figures) {
      if (!isObservation(figure)) continue
      const unit = figure.unit ?? null
      const role = figure.role ?? null
      const key = [organization.id, figure.variable.id, figure.subject.wikidata ?? figure.subject.name.toLowerCase(), unit, role].join('\u0000')
      let series = byKey.get(key)
      if (!series) {
        series = { variable: figure.variable, organization, subject: figure.subject, unit, role, points: [], terms: new Set(), pointAt: new Map() }
        byKey.set(key, series)
        for (const lang of ['en', 'it'] as const) addTerms(series.terms, `${figure.variable.names[lang]} ${figure.variable.id.replace(/-/g, ' ')} ${figure.subject.name}`, lang)
      }
      if (figure.measure) addTerms(series.terms, figure.measure.text, baseLang(fact.lang))
      addPoint(series, fact, figure)
      const used = usage.get(figure.variable.id) ?? { variable: figure.variable, figures: 0, series: new Set<string>(), sources: new Set<string>() }
      used.figures++
      used.series.add(key)
      used.sources.add(fact.source.id)
      usage.set(figure.variable.id, used)
    }
  }
  const series = [...byKey.values()].map(({ pointAt: _, ...s }) => s)
  for (const s of series) s.points.sort(byPeriod)
  const variables = [...usage.values()]
    .map(({ variable, figures, series: keys, sources }) => ({ ...variable, name: variable.names.en, figures, series: keys.size, sources: sources.size }))
    .sort((a, b) => b.figures - a.figures || a.id.localeCompare(b.id))
  return { series, variables, organizations }
}

function organizationRef(org: SourceMeta['about']['organization']): OrganizationRef {
  return { id: organizationId(org), name: org.name, ...(org.wikidata ? { wikidata: org.wikidata } : {}) }
}

const addTerms = (terms: Set<string>, text: string, lang: Lang) => {
  for (const term of analyzeText(text, lang)) terms.add(term)
}

/** Adds a figure to its series: to the point of the same period and value, or as a point of its own. A source counts once per point. */
function addPoint(series: { points: StoredPoint[]; pointAt: Map<string, StoredPoint> }, fact: Fact, figure: Figure): void {
  const period = figure.period ?? null
  const qualifier = figure.qualifier ?? null
  const source = {
    id: fact.source.id,
    publisher: fact.source.publisher,
    lang: fact.source.lang,
    factId: fact.id,
    citation: { url: fact.citation.url, quote: fact.citation.quote },
    text: figure.text,
  }
  const key = [period, figure.value, figure.valueEnd, qualifier].join('\u0000')
  const same = series.pointAt.get(key)
  if (!same) {
    const point = { period, value: figure.value, ...(figure.valueEnd !== undefined ? { valueEnd: figure.valueEnd } : {}), qualifier, kind: figure.kind, sources: [source] }
    series.points.push(point)
    series.pointAt.set(key, point)
  } else if (!same.sources.some((s) => s.id === source.id)) same.sources.push(source)
}

/** ISO 8601 periods order as strings ("2020/2030" before "2023", "2023" before "2023/2025"); unknown periods last. */
function byPeriod(a: { period: string | null }, b: { period: string | null }): number {
  if (a.period === b.period) return 0
  if (a.period === null) return 1
  if (b.period === null) return -1
  return a.period < b.period ? -1 : 1
}

/** Whether two points of one known period give different values. */
function hasConflict(points: readonly StoredPoint[]): boolean {
  const seen = new Map<string, string>()
  for (const p of points) {
    if (p.period === null) continue
    const value = `${p.value}/${p.valueEnd ?? ''}`
    if ((seen.get(p.period) ?? value) !== value) return true
    seen.set(p.period, value)
  }
  return false
}

/** The content words of `q`, each as its English and Italian index forms (stopwords dropped). */
const queryWords = (q: string): string[][] => tokenize(q).map(({ token }) => queryTerms(token)).filter((forms) => forms.length > 0)

/** Whether every word, in one of its forms, is among the terms. */
const matchesWords = (words: readonly string[][], terms: ReadonlySet<string>): boolean => words.every((forms) => forms.some((f) => terms.has(f)))

/** The series that pass the filter, each narrowed to its points (and sources) that do, in corpus order. */
export function findSeries(data: SeriesData, filter: SeriesFilter): Series[] {
  const out: Series[] = []
  const words = filter.q === undefined ? undefined : queryWords(filter.q)
  for (const s of data.series) {
    if (filter.variable !== undefined && s.variable.id !== filter.variable) continue
    if (filter.organization !== undefined && s.organization.id !== filter.organization) continue
    if (filter.role !== undefined && (s.role ?? 'reported') !== filter.role) continue
    if (words && !matchesWords(words, s.terms)) continue
    const points = s.points.flatMap((p): StoredPoint[] => {
      if (filter.period !== undefined && p.period !== filter.period) return []
      const sources = filter.lang === undefined ? p.sources : p.sources.filter((src) => baseLang(src.lang) === filter.lang)
      return sources.length ? [{ ...p, sources }] : []
    })
    if (!points.length) continue
    const { terms: _terms, ...rest } = s
    out.push({
      ...rest,
      variable: { ...s.variable, name: s.variable.names[filter.lang ?? 'en'] },
      ...(hasConflict(points) ? { conflict: true as const } : {}),
      points: points.map(({ sources, ...p }) => ({ ...p, text: sources[0]!.text, factId: sources[0]!.factId, sources: sources.map(({ text: _text, ...src }) => src) })),
    })
  }
  return out
}
