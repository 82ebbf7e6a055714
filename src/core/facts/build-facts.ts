import type { Corpus } from '../corpus/corpus-schema.js'
import type { SourceDocument, SourceWithText } from '../corpus/source-schema.js'
import { baseLang } from '../lang/lang-tag.js'
import { factId, textFragment } from './citation.js'
import { classifyClaim, isEditorial } from './claims.js'
import { learnAcronyms } from './acronyms.js'
import { describeFigures, type Described } from './describe-figures.js'
import type { Fact, Figure, SourceRef } from './fact-schema.js'
import { articleYear, placeInContext } from './figure-context.js'
import { parseSentence } from './figures.js'
import { markdownBlocks, type Paragraph } from './markdown-blocks.js'
import { splitSentences } from './segment.js'
import { pillarOf, tagTopics } from './topics.js'

/**
 * The pipeline: articles → sentences → facts. Pure and deterministic: the same documents give the
 * same facts, ids and order (source order, then position in the article).
 */
export function buildCorpus(docs: readonly SourceDocument[]): Corpus {
  const sources: SourceWithText[] = []
  const facts: Fact[] = []
  for (const doc of docs) {
    const own = extractFacts(doc)
    sources.push({ ...doc.meta, facts: own.length, text: doc.text })
    facts.push(...own)
  }
  return { sources, facts }
}

/** The facts of one article: every sentence that makes a claim, with figures, topics and citation. */
export function extractFacts(doc: SourceDocument): Fact[] {
  const { meta, text } = doc
  const lang = baseLang(meta.lang)
  const source: SourceRef = { id: meta.id, title: meta.title, publisher: meta.publisher, url: meta.url, lang: meta.lang }
  const { name, wikidata } = meta.about.organization
  const subject = { name, ...(wikidata ? { wikidata } : {}) }
  const facts: Fact[] = []
  const now = articleYear(meta.published, meta.about.report.reportingYear)
  const ownPeriods: (string | undefined)[] = []
  const seen = new Map<string, number>()
  const blocks = markdownBlocks(text)
  let previous: Described | undefined
  const acronyms = new Map<string, string>()
  // A title or heading that carries a figure states it ("…: 55,400 tonnes wasted"); other headings are only context.
  const headlines: (Paragraph & { headline: true })[] = blocks.headings.map((h) => ({ start: h.start, end: h.end, headline: true }))
  for (const para of [...blocks.paragraphs, ...headlines].sort((a, b) => a.start - b.start)) {
    const paraText = text.slice(para.start, para.end)
    for (const span of splitSentences(paraText, lang)) {
      const start = para.start + span.start
      const end = para.start + span.end
      const quote = text.slice(start, end)
      const sentence = { text: quote, start }
      // Headings and fragments without a verb-bearing sentence end are context, not claims.
      if (!/\p{L}/u.test(quote) || isEditorial(quote, lang)) {
        previous = { sentence, measures: [] }
        continue
      }
      const parsed = parseSentence(quote, lang, now)
      const figures = describeFigures(sentence, parsed.figures.map((f) => ({ ...f, start: f.start + start, end: f.end + start })), lang, subject, previous, para.heading, acronyms)
      learnAcronyms(quote, acronyms)
      previous = { sentence, measures: figures.map((f) => f.measure) }
      if ('headline' in para && !figures.length) continue
      const topics = tagTopics(quote, lang, para.heading)
      const pillar = pillarOf(topics)
      const baseId = factId(meta.id, quote)
      // The same sentence twice in one article: later copies get a counter, still position-free.
      const n = (seen.get(baseId) ?? 0) + 1
      seen.set(baseId, n)
      facts.push({
        id: n === 1 ? baseId : `${baseId}-${n}`,
        text: quote,
        lang: meta.lang,
        type: classifyClaim(quote, lang, figures.length > 0),
        ...(pillar ? { pillar } : {}),
        topics,
        figures,
        ...factTime(figures, parsed.period),
        source,
        citation: {
          quote,
          start,
          end,
          ...(para.heading ? { heading: para.heading } : {}),
          url: meta.url + textFragment(quote),
        },
      })
      ownPeriods.push(parsed.period)
    }
  }
  return placeInContext(facts, ownPeriods, { text, lang, reportingYear: meta.about.report.reportingYear, reportName: meta.about.report.name, organisation: name, ...(meta.published ? { published: meta.published } : {}) })
}

/**
 * The fact's period and target/base years, as its figures state them (never guessed). The period is
 * that of its first reported value; a value dated by a comparison ("from 51 kWh in 2023") dates
 * the comparison, not the fact, so values whose period is another figure's base year are skipped.
 * Failing a value, the year that dates the sentence (not a deadline, base or maturity: `own`) is the period.
 */
function factTime(figures: readonly Figure[], own: string | undefined): Pick<Fact, 'period' | 'targetYear' | 'baseYear'> {
  const out: Pick<Fact, 'period' | 'targetYear' | 'baseYear'> = {}
  const bases = new Set(figures.flatMap((f) => (f.baseYear !== undefined ? [String(f.baseYear)] : [])))
  for (const f of figures) {
    if (f.kind === 'year' && f.role === 'target') out.targetYear ??= f.value
    else if (f.kind === 'year' && f.role === 'base') out.baseYear ??= f.value
    else if (f.kind !== 'year' && f.kind !== 'year-range' && f.period && f.role !== 'target' && !bases.has(f.period)) out.period ??= f.period
  }
  if (!out.period && own) out.period = own
  return out
}
