import { baseLang, type Lang } from '../lang/lang-tag.js'
import type { Fact, Figure, FigureKind } from '../facts/fact-schema.js'
import { isDating, isMeasured } from '../facts/figure-kinds.js'
import { answersIntent, type Intent } from './intent.js'
import type { Answer, AnswerCitation } from './result-schemas.js'
import { analyzeTerm, tokenize } from '../index/analyzer.js'
import type { FactIndex } from '../index/fact-index.js'
import type { Glossary } from '../index/glossary.js'
import { organisationsOf } from './organisations.js'
import type { ParsedQuestion } from './parse-question.js'
import { search, type SearchHit } from './rank.js'

/**
 * Below this coverage the best fact does not answer the question: the corpus lacks what the
 * question is about (an unknown company, product or event), so the answer abstains.
 */
export const MIN_COVERAGE = 0.5
const ANSWER_CANDIDATES = 10

/**
 * The best fact for a question, the figure in it that answers the question, and a citation ready to
 * paste. Abstains (answer null) when the best fact does not cover the question.
 * `lang` picks the wording of the citation sentence and breaks ties between equally good facts in
 * favour of that language; it never hides a fact in the other language.
 */
export function answer(index: FactIndex, q: ParsedQuestion, lang?: Lang): Answer {
  // The top few are enough: a near tie in the asked language, and the runner-up for confidence.
  const { hits } = search(index, q, {}, ANSWER_CANDIDATES)
  const { intent } = q
  const best = pickBest(hits, intent, lang)
  // "How many…", "how much…", "when…" are not answered by a fact that states no such number.
  const unanswered =
    !best || best.coverage < MIN_COVERAGE || best.missing.length > 0 || (intent?.strict && !best.fact.figures.some((f) => intent.kinds.includes(f.kind)))
  if (unanswered) return { answer: null, figure: null, citation: null, confidence: 0 }
  const second = hits.find((h) => h !== best)
  // Confidence: how much of the question the fact covers, lowered when a runner-up scores close.
  // A runner-up chosen over the top (it meets the conditions, states the number) keeps a floor:
  // 0 means abstaining.
  const margin = second ? Math.min(1, Math.max(MIN_MARGIN, (best.score - second.score) / best.score + 0.5)) : 1
  const confidence = Math.round(best.coverage * margin * 100) / 100
  // Organisation names locate the fact, not the figure: "Lumen Energia coal phase-out" is about the coal clause.
  const orgForms = organisationsOf(index).words
  const matched = best.terms.filter((t) => !orgForms.has(t))
  return { answer: best.fact, figure: chooseFigure(best.fact, q, index.glossary, matched, orgForms), citation: cite(best.fact, lang), confidence }
}

/**
 * Top hit by score, unless a close runner-up (within {@link RUNNER_UP} of its score) answers
 * better: one that meets the question's conditions (years, names) when the top does not, then one
 * stating a number — of the kind asked, if the question asks — when the top states none (the
 * sentence before a figure often names the topic better: "…sea and rail freight. In 2024 alone,
 * this initiative reduced…"). A hit in the requested language wins a near tie (within 5 %).
 */
function pickBest(hits: SearchHit[], intent: Intent | undefined, lang?: Lang): SearchHit | undefined {
  let top = hits[0]
  if (!top) return top
  const close = hits.filter((h) => h.score >= top!.score * RUNNER_UP)
  const states = (h: SearchHit) => (intent ? answersIntent(h.fact, intent) : h.fact.figures.some(isMeasured))
  if (top.missing.length > 0) top = close.find((h) => h.missing.length === 0) ?? top
  if (!states(top)) top = close.find((h) => h.missing.length === 0 && states(h)) ?? top
  if (!lang) return top
  return hits.find((h) => h.score >= top!.score * 0.95 && baseLang(h.fact.lang) === lang && h.coverage >= top!.coverage) ?? top
}

/** The lowest margin factor in the confidence of an answer given. */
const MIN_MARGIN = 0.25
/** A runner-up within this share of the top score may answer instead of it. */
const RUNNER_UP = 0.5

/**
 * Prior preference when the question gives no hint: quantities answer more questions than years,
 * and a year stays a candidate only when the fact has nothing else.
 */
const KIND_PRIOR: Record<FigureKind, number> = {
  amount: 0.3,
  quantity: 0.3,
  percent: 0.3,
  count: 0.2,
  'year-range': -3,
  year: -3,
  date: -3.5,
  ordinal: -4,
}

/** What a number counts or measures usually follows it ("nine overseas markets"), so words after weigh more. */
const BEFORE_WEIGHT = 0.8


/**
 * The figure of a fact that answers the question: the first intent the question expresses picks
 * the kinds that qualify; among them, the figure whose own words share most with the question
 * wins. A figure's own words are its neighbours up to the figures on either side, nearer ones
 * counting more, except that a target or base year owns the clause before it, back to the
 * previous year ("X by 2035 and Y by 2040": Y belongs to 2040). A non-year figure the question
 * already quotes is what the asker knows, not what they ask.
 */
export function chooseFigure(fact: Fact, q: ParsedQuestion, glossary: Glossary, matched: readonly string[] = [], ignore: ReadonlySet<string> = new Set<string>()): Figure | null {
  if (fact.figures.length === 0) return null
  const { intent, concepts: qConcepts, counted, units: askedUnits, years: askedYears } = q
  const pool = intent ? fact.figures.filter((f) => intent.kinds.includes(f.kind)) : []
  const candidates = pool.length > 0 ? pool : fact.figures
  // The fact's own matched terms stand in for misspelt question words ("patnet" matched "patent").
  const qForms = new Set([...q.terms, ...matched].filter((t) => !ignore.has(t)))
  const lang = baseLang(fact.lang)
  const tokens = tokenize(fact.text).map((t) => ({ ...t, term: analyzeTerm(t.token.toLowerCase(), lang) }))
  const figures = [...fact.figures].sort((a, b) => a.start - b.start)
  const rel = (offset: number) => offset - fact.citation.start
  const qLower = q.text.toLowerCase()
  let best: Figure | null = null
  let bestScore = -Infinity
  for (const f of candidates) {
    const i = figures.indexOf(f)
    let score = pool.length > 0 ? 0 : KIND_PRIOR[f.kind]
    if (isDating(f) && f.role) {
      const prev = figures.slice(0, i).findLast(isDating)
      const clause = fact.text.slice(prev ? rel(prev.end) : 0, rel(f.start))
      score += shared(clause, lang, qForms, qConcepts, glossary)
    } else {
      const from = i > 0 ? rel(figures[i - 1]!.end) : 0
      const to = i + 1 < figures.length ? rel(figures[i + 1]!.start) : fact.text.length
      const [first, last] = [rel(f.start), rel(f.end)]
      const near = tokens.filter((t) => t.start >= from && t.end <= to && (t.end <= first || t.start >= last))
      for (const t of near) {
        const before = t.end <= first
        const d = before ? near.filter((u) => u.start >= t.start && u.end <= first).length : near.filter((u) => u.start >= last && u.end <= t.end).length
        if (t.term && qForms.has(t.term)) score += (before ? BEFORE_WEIGHT : 1) / (1 + (d - 1) / 3)
      }
      score += shared(fact.text.slice(from, to), lang, new Set(), qConcepts, glossary)
    }
    if (f.unit && askedUnits.includes(f.unit)) score += 2
    if (counted.size > 0 && tokens.some((t) => t.start >= rel(f.end) && t.start - rel(f.end) < 24 && t.term && counted.has(t.term))) score += 1.5
    // A goal answers a target question; otherwise the reported value is what is asked for.
    if (f.role === 'target') score += intent?.target ? 0.5 : -0.5
    // "… share 2024": the figure of that year, not the one of the year before.
    if (f.kind !== 'year' && f.period && askedYears.some((y) => inPeriod(y, f.period!))) score += 1
    // A value the question quotes is known to the asker: any other figure, even a year, answers better.
    if (qLower.includes(f.text.toLowerCase())) score += f.kind === 'year' ? 0.5 : -4
    if (score > bestScore) {
      best = f
      bestScore = score
    }
  }
  return best
}

/** Whether `year` falls in an ISO 8601 year or interval ("2024", "2020/2030"). */
function inPeriod(year: number, period: string): boolean {
  const [from, to = from] = period.split('/').map(Number) as [number, number?]
  return year >= from && year <= to
}

/** Question words and glossary concepts that a stretch of the fact shares with the question; concepts count half. */
function shared(text: string, lang: Lang, qForms: Set<string>, qConcepts: ReadonlySet<string>, glossary: Glossary): number {
  const forms = new Set(tokenize(text).map(({ token }) => analyzeTerm(token.toLowerCase(), lang)))
  let n = [...qForms].filter((t) => forms.has(t)).length
  for (const c of glossary.findConcepts(text, lang)) if (qConcepts.has(c.id)) n += 0.5
  return n
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** A sentence an answer engine can paste: the quote, the publisher, the title and the deep link. */
export function cite(fact: Fact, lang: Lang = 'en'): AnswerCitation {
  const { quote, url } = fact.citation
  const { publisher, title } = fact.source
  const says = lang === 'it' ? 'Secondo' : 'According to'
  return {
    text: `${says} ${publisher}, “${title}”: “${quote}” (${url})`,
    markdown: `${says} ${publisher}, [*${title}*](${url}):\n\n> ${quote}`,
    html: `<p>${says} ${escapeHtml(publisher)}, <cite><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></cite>:</p><blockquote cite="${escapeHtml(url)}" lang="${escapeHtml(fact.lang)}"><p>${escapeHtml(quote)}</p></blockquote>`,
  }
}
