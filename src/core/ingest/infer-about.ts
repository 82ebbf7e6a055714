import type { Lang } from '../lang/lang-tag.js'
import { PAGE_WORDS, bare, words } from './block-features.js'

const YEAR = /^(?:19|20)\d\d$/u

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/**
 * The organisation a headline plainly names: its first run of capitalised words ("Ocean Network
 * Express faces…", "In Banco Bpm 26%…", "Xiaomi's 2024 ESG…"), without the function words before
 * it, a possessive, or the report words after it, and only if the article names it too. A
 * headline's first word that the article writes in lowercase is an ordinary word ("Bilancio…").
 * Null when the headline names none that way: then the user must say.
 */
export function organisationInTitle(title: string, body: string, lang: Lang): string | null {
  const stop = new Set(PAGE_WORDS[lang].stopwords)
  const report = new Set(PAGE_WORDS[lang].report)
  const ws = title.split(/\s+/u)
  const bodyWords = new Set(words(body))
  for (let i = 0; i < ws.length; ) {
    if (!isCapitalised(ws[i]!)) {
      i++
      continue
    }
    const run: string[] = []
    let j = i
    for (; j < ws.length && isCapitalised(ws[j]!); j++) {
      const word = ws[j]!.replace(/[,:;.!?”"»)]+$/u, '')
      run.push(word)
      if (word !== ws[j]) {
        j++
        break
      }
    }
    const start = i
    i = j
    while (run.length && stop.has(bare(run[0]!))) run.shift()
    const cut = run.findIndex((w) => report.has(bare(w)))
    const name = (cut >= 0 ? run.slice(0, cut) : run).join(' ').replace(/['’]s$/u, '')
    if (!name) continue
    if (start === 0 && run.length === 1 && bodyWords.has(name.toLowerCase())) continue
    if (body.includes(name)) return name
  }
  return null
}

/**
 * A report the text names with its year: "2024 ESG Sustainability Report", "Rapporto di
 * sostenibilità 2022" (report words, function words between them, and a year right before or after).
 */
export interface NamedReport {
  readonly year: number
  /** The words as written, year included. */
  readonly phrase: string
}

function reportPhrases(text: string, lang: Lang): NamedReport[] {
  const stop = new Set(PAGE_WORDS[lang].stopwords)
  const report = new Set(PAGE_WORDS[lang].report)
  const ws = words(text)
  const found: NamedReport[] = []
  for (let i = 0; i < ws.length; i++) {
    if (!report.has(bare(ws[i]!))) continue
    let end = i
    for (let j = i + 1; j < ws.length && (report.has(bare(ws[j]!)) || stop.has(bare(ws[j]!))); j++) if (report.has(bare(ws[j]!))) end = j
    const before = ws[i - 1]
    const after = ws[end + 1]
    if (before && YEAR.test(before)) found.push({ year: Number(before), phrase: ws.slice(i - 1, end + 1).join(' ') })
    else if (after && YEAR.test(after)) found.push({ year: Number(after), phrase: ws.slice(i, end + 2).join(' ') })
    i = end
  }
  return found
}

/**
 * The report the article retells, when the text makes it plain: the one the headline names with a
 * year, else the one the body names, if every such mention in the body gives the same year.
 */
export function reportInText(title: string, body: string, lang: Lang): NamedReport | null {
  const inTitle = reportPhrases(title, lang)[0]
  if (inTitle) return inTitle
  const inBody = reportPhrases(body, lang)
  return inBody.length > 0 && inBody.every((r) => r.year === inBody[0]!.year) ? inBody[0]! : null
}

/** Lowercase ASCII letters and digits joined by hyphens: "ForlìToday" → "forlitoday". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The default id, from the publisher, the headline and the report year, as the bundled ids are:
 * the publisher's first word, the organisation's, the headline's first report word, the year
 * ("trendaily-xiaomi-esg-2024").
 */
export function defaultId(publisher: string, organisation: string, title: string, year: number, lang: Lang): string {
  const report = new Set(PAGE_WORDS[lang].report)
  const first = (text: string) => slug(text).split('-')[0] ?? ''
  const reportWord = words(title).map(bare).find((w) => report.has(w)) ?? 'report'
  return [first(publisher), first(organisation), slug(reportWord), String(year)].filter(Boolean).join('-').slice(0, 81)
}
