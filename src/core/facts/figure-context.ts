import type { Fact, Figure } from './fact-schema.js'
import { isDating, isDuration, isMeasured } from './figure-kinds.js'
import { attributedTo, countsInARow, countsSince, datedToMonth, namesDecadeEnd, namesPlan, namesPreviousGoal, namesReport, namesScope, namesSameDate, namesThisYear, namesVaguePeriod, namesWarming, namesYearEnd, parseSentence, spansToNow } from './figures.js'
import { isOutsideParty } from './subject.js'

/** What the context pass needs of an article beyond its facts. */
export interface ArticleContext {
  /** The article body the facts' offsets point into. */
  text: string
  lang: string
  reportingYear: number
  /** Publication date (YYYY-MM-DD), when known. */
  published?: string
  /** The report's name, as the front matter gives it ("Ford 2022 Integrated Sustainability and Financial Report"). */
  reportName?: string
  /** The organisation's name: a party named in an estimate ("The IEA estimates that") is another one unless it shares a word. */
  organisation?: string
}

/** The article's own time: its publication year, else the year after the report's (when reports come out). */
export const articleYear = (published: string | undefined, reportingYear: number): number => (published ? Number(published.slice(0, 4)) : reportingYear + 1)

const nameWords = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2)

const YEAR_IN_NAME = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/u

/**
 * Periods and currencies that one sentence does not give but its context does, in one pass over an
 * article's facts in order (linear: each fact looks back only at its paragraph's running period and
 * at the amounts seen so far).
 *
 * - A reported value (or rank) without a period takes the period of the sentence it continues: the
 *   last dated sentence of its paragraph, else its section heading (`periodFrom: "context"`), else
 *   the report year when the article plainly retells the report (it names a report or the year):
 *   `periodFrom: "report"`. The report year is written as the article writes it: a financial year
 *   "2014/15" in the text makes the report period "2014/2015".
 * - A year later than the article's own time (its publication year, or the year after the report's)
 *   cannot date a reported value: "to be delivered from 2027" schedules, it reports nothing.
 * - A target without a deadline takes the deadline of the sentence before it in its paragraph
 *   ("interim targets it will meet by 2035. … by 50% from a 2019 base year"), or the end of the
 *   report's decade when it says "by the end of the decade".
 * - A number of millions with no currency takes the one that an amount of the same value already
 *   had in the article (a headline's "2,3 miliardi di euro" restated as "2,3 miliardi"); no other
 *   currency is ever guessed.
 *
 * `ownPeriods[i]` is the period that fact i's sentence states for itself ({@link parseSentence}).
 */
export function placeInContext(facts: readonly Fact[], ownPeriods: readonly (string | undefined)[], article: ArticleContext): Fact[] {
  const { text, lang, reportingYear } = article
  const now = articleYear(article.published, reportingYear)
  const future = (period: string | undefined) => period !== undefined && Number(period.slice(0, 4)) > now
  // a period still running at the article's time: its last year is not past
  const stillRunning = (period: string | undefined): period is string => period !== undefined && Number(period.slice(-4)) >= now
  const report = reportPeriod(facts, article)
  const ownWords = new Set(nameWords(article.organisation ?? ''))
  // An edition ("its first report", "23rd year of reporting") is dated by when that edition comes out:
  // the year its name carries, else the article's own year; not by the year the report covers.
  const edition = article.reportName?.match(YEAR_IN_NAME)?.[0] ?? article.published?.slice(0, 4) ?? report
  const headingPeriods = new Map<string, string | undefined>()
  const headingPeriod = (heading: string | undefined) => {
    if (heading === undefined) return undefined
    if (!headingPeriods.has(heading)) headingPeriods.set(heading, parseSentence(heading, lang).period)
    return headingPeriods.get(heading)
  }
  const amounts = new Map<number, string>()
  let running: string | undefined
  let prevDeadline: string | undefined
  // the last deadline of the article, across paragraphs: "by the same date" refers back to it
  let lastStated: string | undefined
  let prevEnd = -1
  // a count since a year runs to the report's: "oltre 700 aziende coinvolte, dal 2017" in a 2022 report is 2017/2022
  // a share since a year ("Già dal 2011, il 100% dell'energia … proviene da fonti rinnovabili") holds in the report's: it sums no span
  const sinceSpan = (fact: Fact, period: string, share = false): string => {
    const since = fact.figures.find((y) => y.kind === 'year' && !y.role && String(y.value) === period && countsSince(fact.text, y.start - fact.citation.start, lang))
    if (!since || since.value >= reportingYear) return period
    return share ? String(reportingYear) : `${since.value}/${reportingYear}`
  }
  return facts.map((fact, i) => {
    // a paragraph break (or a heading) between two facts ends the sentence one continues
    if (prevEnd < 0 || /\n/.test(text.slice(prevEnd, fact.citation.start))) {
      running = undefined
      prevDeadline = undefined
    }
    prevEnd = fact.citation.end
    // "this year", "quest'anno": the sentence is dated by the article's own year
    const thisYear = ownPeriods[i] === undefined && namesThisYear(fact.text, lang) ? String(now) : undefined
    const context = running ?? headingPeriod(fact.citation.heading)
    // another party's estimate ("The IEA estimates that …") is no result of the report
    const party = attributedTo(fact.text, lang)
    const vague = namesVaguePeriod(fact.text, lang) || (party !== undefined && !nameWords(party).some((w) => ownWords.has(w)))
    const figures = fact.figures.map((f): Figure => {
      if (f.kind === 'count' && !f.unit && f.value >= 1e6 && amounts.has(f.value)) f = { ...f, kind: 'amount', unit: amounts.get(f.value) }
      if (f.kind === 'amount' && f.unit && !amounts.has(f.value)) amounts.set(f.value, f.unit)
      // a temperature beside the world's warming ("in line with a 1.5C pathway", "riscaldamento globale a 1,5°") is the limit
      // the world aims at: a goal, met by none of the article's years
      if (f.unit === '°C' && namesWarming(fact.text, lang)) {
        const { period: _p, periodFrom: _f, targetYear: _t, ...limit } = f
        return { ...limit, role: 'target' }
      }
      // a span of years that ends after the article's time is a plan ("100 billion RMB between 2020 and 2030")
      if (f.kind === 'year-range' && !f.role && (f.valueEnd ?? 0) > now && !namesPlan(fact.text, f.start - fact.citation.start, f.end - fact.citation.start, lang)) return { ...f, role: 'target' }
      if (f.period && !f.role && f.periodFrom === 'sentence' && /\//.test(f.period) && future(f.period.slice(5))) return { ...f, role: 'target' }
      if (isDating(f) || f.role === 'comparison' || f.role === 'base') return f
      const { period: _drop, periodFrom: _from, ...undated } = f
      // a length ("30 anni", "over the next three years") is a span of time, dated by nothing, not even a goal's deadline;
      // years on end ("three years in a row") are a count like any other
      if (isDuration(f) && !countsInARow(fact.text.slice(f.end - fact.citation.start), lang)) {
        const { targetYear: _deadline, ...length } = undated
        return length
      }
      if (f.role === 'target') {
        if (f.period) return f
        const after = fact.text.slice(f.end - fact.citation.start)
        if (namesDecadeEnd(after, lang)) return { ...f, period: String(Math.floor(now / 10) * 10 + (now % 10 === 0 ? 0 : 10)), periodFrom: 'report' }
        // "entro fine anno", "planned for this year": the year the article was written in (the report's when that is unknown)
        if (namesYearEnd(fact.text, lang)) return { ...f, period: article.published?.slice(0, 4) ?? String(reportingYear), periodFrom: 'report' }
        // a goal whose clause states no deadline is met by its sentence's ("… al 2030 …, contro il precedente obiettivo del 46%"), else the sentence before's
        const own = lastDeadline(fact.figures.filter((g) => g.end <= f.start))
        if (own) return { ...f, period: own, periodFrom: 'sentence' }
        if (prevDeadline) return { ...f, period: prevDeadline, periodFrom: 'context' }
        // the year still running that the sentence names for itself: "Nel 2022 è attesa una riduzione del 42%" (written in 2022)
        if (stillRunning(ownPeriods[i])) return { ...f, period: ownPeriods[i]!, periodFrom: 'sentence' }
        // a time still running or to come that the sentence before states: a plan's span ("il piano per il periodo 2020-2024.
        // Nel prossimo triennio, … 4,7 miliardi"), the article's own year ("Quest'anno stimiamo … Lo scalo raddoppierà …")
        if (stillRunning(context)) return { ...f, period: context, periodFrom: 'context' }
        return lastStated && namesSameDate(fact.text, lang) ? { ...f, period: lastStated, periodFrom: 'context' } : f
      }
      if (f.period && !future(f.period)) return { ...f, period: sinceSpan(fact, f.period, f.kind === 'percent') }
      // a property written into its noun ("13,000-TEU vessels"; not "1,500-plus tonnes") is not dated by its context
      if (/\d[-‐]\p{L}+$/u.test(f.text)) return undated
      // an outside party's figure ("11 obiettivi dell'Agenda ONU") is not one of the report's results
      if (vague || isOutsideParty(f.subject)) return undated
      // the places a goal covers ("… by 50% at 15 breweries by 2025") are no result of any year
      if (f.kind === 'count' && !f.unit && fact.figures.some((g) => g.role === 'target') && namesScope(fact.text, f.start - fact.citation.start, lang)) return undated
      if (f.kind === 'ordinal' && edition && namesReport(fact.text, lang)) return { ...undated, period: edition, periodFrom: 'report' }
      if (thisYear) return { ...undated, period: thisYear, periodFrom: 'sentence' }
      // an amount or share of a plan that the sentence before dates to years still to come ("il piano per il periodo 2020-2024. …
      // le risorse sono cresciute del 23%") is planned, not reported; a count ("ci sono 53 nuovi obiettivi") is of things there now
      if (context && f.kind !== 'count' && f.kind !== 'ordinal' && future(context.slice(-4))) return { ...undated, role: 'target', period: context, periodFrom: 'context' }
      if (context) return { ...undated, period: context, periodFrom: 'context' }
      return report ? { ...undated, period: report, periodFrom: 'report' } : undated
    }).map((f) => lastYears(fact, f, text, lang))
    // a goal set aside beside a goal ("Sarà del 28% il calo …, contro il 21% precedente") is a goal, met by the same deadline
    const goal = figures.find((g) => g.role === 'target' && !isDating(g))
    if (goal) {
      figures.forEach((g, k) => {
        if (g.role || isDating(g) || !namesPreviousGoal(fact.text, g.start - fact.citation.start, g.end - fact.citation.start, lang)) return
        const { period: _p, periodFrom: _f, ...rest } = g
        figures[k] = { ...rest, role: 'target', ...(goal.period ? { period: goal.period, periodFrom: goal.periodFrom ?? 'context' } : {}) }
      })
    }
    const own = ownPeriods[i] ?? thisYear
    // a sentence that only dates an event to its month ("verified … in April 2024") dates no later sentence's values
    const eventOnly = !figures.some(isMeasured) && fact.figures.every((f) => !isDating(f) || datedToMonth(fact.text, f.start - fact.citation.start, lang))
    const stated = future(own) || own === undefined || eventOnly ? undefined : sinceSpan(fact, own)
    running = stated ?? figures.find((f) => !isDating(f) && !f.role && f.periodFrom === 'sentence')?.period ?? running
    prevDeadline = lastDeadline(figures) ?? undefined
    lastStated = prevDeadline ?? lastStated
    return { ...fact, figures }
  })
}

/** A reported value over the last years ("29 milioni nell'ultimo triennio", "over the past three years"): the span ending with its year. */
function lastYears(fact: Fact, f: Figure, text: string, lang: string): Figure {
  if (f.role || isDating(f) || !f.period || !/^\d{4}$/u.test(f.period)) return f
  const span = fact.figures.find((g) => g.unit === 'year' && g.start >= f.end && spansToNow(text.slice(f.end, g.start), lang))
  if (!span || span.value < 2) return f
  const end = Number(f.period)
  return { ...f, period: `${end - span.value + 1}/${end}` }
}

/** The last deadline a sentence states: a target year or span of years. */
function lastDeadline(figures: readonly Figure[]): string | undefined {
  const deadlines = figures.filter((f) => f.role === 'target' && (f.kind === 'year' || f.kind === 'year-range'))
  const last = deadlines.at(-1)
  if (!last) return undefined
  return last.kind === 'year-range' ? `${last.value}/${last.valueEnd}` : String(last.value)
}

/**
 * The report year as the period of the article's undated values, when the article plainly retells
 * that report: it names a report or states the year. A financial year that the text writes as a
 * span starting in the report year ("2014/15") is that span.
 */
function reportPeriod(facts: readonly Fact[], article: ArticleContext): string | undefined {
  const year = article.reportingYear
  const span = facts.flatMap((f) => f.figures).find((f) => f.kind === 'year-range' && f.value === year && f.valueEnd === year + 1)
  if (span) return `${year}/${year + 1}`
  // a plan named for the years it runs from the report year ("Piano Strategico 2024-2028") covers them all
  const named = article.reportName ? parseSentence(article.reportName, article.lang).figures.find((f) => f.kind === 'year-range' && f.value === year) : undefined
  if (named) return `${year}/${named.valueEnd}`
  // "this year" in an article of its report's year states that year
  const thisYear = article.published?.startsWith(String(year)) && namesThisYear(article.text, article.lang)
  return namesReport(article.text, article.lang) || article.text.includes(String(year)) || thisYear ? String(year) : undefined
}
