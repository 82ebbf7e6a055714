import type { FigureKind, FigureRole, ParsedFigure, Qualifier } from './fact-schema.js'
import { isDating } from './figure-kinds.js'
import { intentOf, speaksOfIntent } from './intended.js'
import { FIGURE_WORDS, type FigureWords } from '../lang/figure-words.js'
import { baseLang, type Lang } from '../lang/lang-tag.js'
import { alt, anyMatch, WORD_END, WORD_START, words } from '../lang/words.js'
import { memoise } from '../index/memoise.js'

/*
 * Figure parsing: a tokenizer finds number "cores" (digit groups and number words), then small
 * rules grow each core into a figure (currency before, scale word and unit after, qualifier words
 * before) and finally sentence-level rules give years their roles and other figures their
 * period, target year, base year and role. The words of each language are data
 * (src/core/lang/<lang>/figure-words.ts); the patterns are built from them once per language. Every
 * regex is either sticky at a known position or runs on a short window, so the cost stays linear
 * in the sentence length.
 */

interface Draft {
  start: number
  end: number
  kind: FigureKind
  value: number
  valueEnd?: number
  unit?: string
  qualifier?: Qualifier
  role?: FigureRole
  /** What scale word and unit multiplied the written number by (internal: lets "10-15 million" share the scale). */
  factor?: number
  /** A target year written as an adjective ("its 2030 target"): it dates only the values that follow it. */
  forwardOnly?: boolean
  /**
   * A year that dates nothing and has no role: a maturity ("con scadenza 2031", "notes due 2031") or
   * a year set aside ("by 2045 rather than 2040", "anziché il 2040").
   */
  dateless?: boolean
  /**
   * A year that dates a value quoted for comparison ("rispetto ai 216,6 milioni dell'esercizio 2021"):
   * that value's period and the base of the value compared with it, with no role of its own.
   */
  datesComparison?: boolean
  /** A deadline with no year of its own ("by the end of the decade"): internal, never a figure. */
  relative?: boolean
}

type Span = readonly [number, number]

const L = '\\p{L}\\p{M}'
/** Lookahead: no letter or digit glued on ("5 t" is tonnes, "5 tablets" is not). */
const END = `(?![${L}\\d])`
const SP = '[ \\u00a0\\u202f]*'
const WINDOW = 60
const B = `(?<![${L}])`

/** Identifier prefixes of no language ("scope 3", "ISO 50001", "COP29"); each language adds its words ("article 5"). */
const ID_CODES = 'iso iec gri esrs sasb sdg sdgs scope cop euro pm tier'.split(' ')

const CURRENCY_CODES: Record<string, string> = {
  RMB: 'CNY', CNY: 'CNY', USD: 'USD', EUR: 'EUR', GBP: 'GBP', HKD: 'HKD', JPY: 'JPY', CHF: 'CHF',
  AUD: 'AUD', CAD: 'CAD', INR: 'INR', KRW: 'KRW', SGD: 'SGD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK',
}
const CODE_ALT = Object.keys(CURRENCY_CODES).join('|')
const SYMBOLS: Record<string, string> = { 'US$': 'USD', 'HK$': 'HKD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' }
const PREFIX_RE = new RegExp(`(?<![${L}\\d])(US\\$|HK\\$|[$€£¥]|${CODE_ALT}|euro)[ \\u00a0]?$`, 'u')

/**
 * A sticky pattern, compiled on its first use: a server's start need not compile them, as it parses
 * no figure until a question holds one.
 */
type Sticky = (() => RegExp) & { src: string; flags: string }
const sticky = (src: string, flags = 'iu'): Sticky => {
  let re: RegExp | undefined
  return Object.assign(() => (re ??= new RegExp(src, `${flags}y`)), { src, flags })
}

interface UnitRule {
  re: Sticky
  unit: string
  kind: 'percent' | 'quantity'
  factor?: number
}

/**
 * Consecutive rules of the same flags as one sticky alternation, tried in list order as the rules
 * are: a number's unit or currency word is found in one match per run, not one per rule (a build
 * reads every number's). `groups[k]` is the capture group wrapping `rules[k]`.
 */
interface Run<T> {
  re: Sticky
  rules: readonly T[]
  groups: readonly number[]
}

function runsOf<T extends { re: Sticky }>(rules: readonly T[]): Run<T>[] {
  const runs: T[][] = []
  for (const u of rules) {
    const last = runs.at(-1)
    if (last && last[0]!.re.flags === u.re.flags) last.push(u)
    else runs.push([u])
  }
  return runs.map((run) => {
    const groups: number[] = []
    let group = 1
    for (const u of run) {
      groups.push(group)
      // the rule's own capture groups come after its wrapping one (an empty alternative counts them)
      group += new RegExp(`${u.re.src}|`, u.re.flags).exec('')!.length
    }
    return { re: sticky(run.map((u) => `(${u.re.src})`).join('|'), run[0]!.re.flags), rules: run, groups }
  })
}

/** The first rule of `runs` that matches at `at` in `s`, with its match. */
function firstAt<T>(runs: readonly Run<T>[], s: string, at: number): { rule: T; match: RegExpExecArray } | undefined {
  for (const run of runs) {
    const match = execAt(run.re(), s, at)
    if (match) return { rule: run.rules[run.groups.findIndex((g) => match[g] !== undefined)]!, match }
  }
  return undefined
}

interface Scale {
  re: Sticky
  factor: number
  /** Only glued to a currency amount ("$3m" is money, "3m" is three metres). */
  moneyOnly?: boolean
}

const CO2_SYMBOL = '(?:CO2|CO₂)'
/** A name: up to four capitalised words ("IEA", "The International Energy Agency"). */
const PARTY_NAME = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}"

/** Unit symbols, the same in every language; a language's unit words come first. */
function unitSymbols(co2e: string): UnitRule[] {
  return [
    { re: sticky(`${SP}(?:p\\.p\\.|pp${END})`), unit: 'pp', kind: 'percent' },
    { re: sticky(`${SP}%`), unit: 'percent', kind: 'percent' },
    { re: sticky(`${SP}kt(?:${SP}${co2e})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e3 },
    { re: sticky(`${SP}Mt(?:${SP}${co2e})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e6 },
    { re: sticky(`${SP}Gt(?:${SP}${co2e})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e9 },
    { re: sticky(`${SP}t(?:${SP}${co2e})?${END}`, 'u'), unit: 't', kind: 'quantity' },
    { re: sticky(`${SP}kg${END}`), unit: 'kg', kind: 'quantity' },
    // A bare "g" needs a space or a rate slash: "5G" and "4g" are network names.
    { re: sticky(`(?:[ \\u00a0]+g|g(?=/))${END}`, 'u'), unit: 'g', kind: 'quantity' },
    { re: sticky(`${SP}ML${END}(?!['’])`, 'u'), unit: 'ML', kind: 'quantity' },
    { re: sticky(`${SP}L${END}(?!['’])`, 'u'), unit: 'L', kind: 'quantity' },
    { re: sticky(`${SP}(?:m3|m³)${END}`), unit: 'm3', kind: 'quantity' },
    { re: sticky(`${SP}(?:km2|km²)${END}`), unit: 'km2', kind: 'quantity' },
    { re: sticky(`${SP}(?:m2|m²|sq\\.?\\s*m)${END}`), unit: 'm2', kind: 'quantity' },
    { re: sticky(`${SP}km${END}`), unit: 'km', kind: 'quantity' },
    { re: sticky(`${SP}h${END}`, 'u'), unit: 'h', kind: 'quantity' },
    // A bare degree sign or a glued "C" after a decimal is a temperature ("a 1,5° rispetto", "a 1.5C pathway");
    // after an integer it may be an angle or a name ("a 360° view", "3C").
    { re: sticky(`(?:${SP}°${SP}C|(?<=[.,]\\d+)[°C])${END}`, 'u'), unit: '°C', kind: 'quantity' },
    // container capacity: "2,100 TEU", "13,000-TEU vessels"
    { re: sticky(`(?:${SP}|-)TEU${END}`, 'u'), unit: 'TEU', kind: 'quantity' },
    // data rates: "speeds below 30 Mbps", "1 Gbit/s"
    { re: sticky(`${SP}(?:kbps|kbit/s|kb/s)${END}`), unit: 'kbps', kind: 'quantity' },
    { re: sticky(`${SP}(?:Mbps|Mbit/s|Mb/s)${END}`), unit: 'Mbps', kind: 'quantity' },
    { re: sticky(`${SP}(?:Gbps|Gbit/s|Gb/s)${END}`), unit: 'Gbps', kind: 'quantity' },
    { re: sticky(`${SP}(?:Tbps|Tbit/s|Tb/s)${END}`), unit: 'Tbps', kind: 'quantity' },
  ]
}

/** kWh, MWh, GWh, TWh and kW, MW, GW: the unit as written, in canonical case. */
// a watt's suffix: peak ("MWp"), electric ("MWe") or thermal ("MWth") power
const ENERGY_RE = sticky(`${SP}([kmgt]?)(wh|W)(p|e|th)?${END}`)
const RATE_DENOMINATORS = new Set(['kWh', 'MWh', 'GWh', 'TWh', 'km', 't', 'kg', 'm2', 'm3', 'L', 'ha'])
/** The patterns of one language, built from its {@link FigureWords}. */
/**
 * The rules that tell whether one word is a number word of the language beyond its lists (halving,
 * multiplying, compound): part of {@link Rules}, and compiled on their own for mayHoldFigure, which
 * reads every search query with them. Compiling a language's whole rule set for that cost a fresh
 * server's first question some 40 ms of its cold start.
 */
interface NumberWordRules {
  w: FigureWords
  halving: RegExp
  /** Every multiplying form, one group per factor (`multiplyFactors[i]` for group i + 1). */
  multiplying: RegExp
  /** The same for the infinitive-only forms ("double" after "to"). */
  multiplyingAfterTo: RegExp
  multiplyFactors: readonly number[]
  pieces: readonly [string, number][]
}

interface Rules extends NumberWordRules {
  lang: Lang
  months: ReadonlySet<string>
  notNames: ReadonlySet<string>
  idPrefixes: ReadonlySet<string>
  idList: RegExp
  scales: readonly Scale[]
  units: readonly Run<UnitRule>[]
  energyWord: Sticky
  energyPrefix: Readonly<Record<string, string>>
  rateSep: Sticky
  transport: readonly [Sticky, string][]
  perHours: Sticky
  phone: RegExp
  currencyWords: readonly Run<{ re: Sticky; code: string }>[]
  yen: RegExp
  qualifiers: readonly [RegExp, Qualifier][]
  /** Whether any of `qualifiers` matches: one scan of a window that none matches (most). */
  anyQualifier: (window: string) => boolean
  plus: Sticky
  targetCue: RegExp
  /** The same, global: every goal cue of a window. */
  targetCues: RegExp
  /** What opens a phrase that frames its sentence ("With a commitment to …,", "Nell'ambito dell'impegno a …,"). */
  framingOpener: RegExp
  targetInfinitive: RegExp
  achievedBefore: RegExp
  yearTargetBefore: RegExp
  softDeadline: RegExp
  scopeBefore: RegExp
  cuedDeadline: RegExp
  goalPronoun: RegExp
  decadeEnd: RegExp
  yearEnd: RegExp
  thisYear: RegExp
  sameDate: RegExp
  futureDeadline: RegExp
  planName: RegExp
  planAfter: RegExp
  planAmount: RegExp
  leadDeadline: RegExp
  sharedDeadline: RegExp
  vaguePeriod: RegExp
  warming: RegExp
  report: RegExp
  attributed: RegExp
  selfNouns: ReadonlySet<string>
  yearTargetAfter: RegExp
  /** Years listed before and after a year ("2025 and 2038", "2025, 2030 e 2040"): a goal's name reaches every year of the list. */
  yearListBefore: RegExp
  yearListAfter: RegExp
  yearGoalBefore: RegExp
  yearGoalAfter: RegExp
  determinerBefore: RegExp
  maturityBefore: RegExp
  foundedBefore: RegExp
  reportNameBefore: RegExp
  reportNameAfter: RegExp
  /** One word of a capitalised name ("Serve", "360", "(ESG)", "and"), at the start of a window. */
  nameWord: RegExp
  joinedByAnd: RegExp
  listedAfter: RegExp
  relative: RegExp
  replacedBefore: RegExp
  yearBaseBefore: RegExp
  yearBaseAfter: RegExp
  since: RegExp
  changeSince: RegExp
  changeBy: RegExp
  changeAfter: RegExp
  fiscalTail: RegExp
  compareCue: RegExp
  compareLink: RegExp
  parenLink: RegExp
  clauseBreak: RegExp
  namedClause: RegExp
  notNouns: ReadonlySet<string>
  previousYear: RegExp
  yearComparedBefore: RegExp
  lastYears: RegExp
  inARow: RegExp
  baseValue: RegExp
  changeTo: RegExp
  acrossYears: RegExp
  /** "and" between two years a value spans, with an article where the language writes one ("2018 e il 2019"). */
  yearsJoin: RegExp
  previousGoalBefore: RegExp
  previousGoalAfter: RegExp
  yearOwnsValue: RegExp
  changeFrom: RegExp
  rangeTo: RegExp
  rangeAround: RegExp
  comparedRightAfter: RegExp
  partOfWhich: RegExp
  partOfOpening: RegExp
  countedAfter: RegExp
  moneyAfter: RegExp
  scaleOf: Sticky
  yearRange: RegExp
  halfPeriod: RegExp
  shareOfWhich: RegExp
  shareOf: RegExp
  periodAfter: RegExp
  changeBefore: RegExp
  afterChange: ReadonlySet<string>
  hyphenMeasures: ReadonlySet<string>
  halvesNoun: RegExp
  allOf: RegExp
  ordinalNot: RegExp
  ordinalOneAfter: RegExp
  needsNounNotAfter: ReadonlySet<string>
  singular?: RegExp
  units1: ReadonlyMap<string, number>
  /** Number words after an article ("a dozen"), as a map: every word of a sentence is looked up in it. */
  afterArticle: ReadonlyMap<string, number>
  tens: ReadonlyMap<string, number>
  ordinals: ReadonlyMap<string, number>
  fractions: ReadonlyMap<string, number>
  /** A ratio's link and the number word after it, right after a number word (sticky). */
  ratio: RegExp
  fractionStarts: ReadonlySet<string>
  scaleWithArticle: ReadonlySet<string>
  indefinite: ReadonlySet<string>
  yearSpans: ReadonlyMap<string, number>
}

const map = (o: Readonly<Record<string, number>> = {}): ReadonlyMap<string, number> => new Map(Object.entries(o))
const set = (list: readonly string[]): ReadonlySet<string> => new Set(list)
/** A phrase list at the end of a window ("… at least "), words edged. */
const tail = (list: readonly string[], rest = ''): RegExp => new RegExp(`${WORD_START}${alt(list)}${rest}\\s*$`, 'iu')
/** A phrase list at the start of a window (" as the base year…"). */
const head = (list: readonly string[]): RegExp => new RegExp(`^\\s*${alt(list)}${WORD_END}`, 'iu')

function compile(lang: Lang): Rules {
  const w = FIGURE_WORDS[lang]
  const c = w.cues
  const co2 = `(?:${CO2_SYMBOL}|${alt(w.co2)})`
  const co2e = `${co2}(?:${SP}(?:-?e|-?eq${END}|${alt(w.co2Equivalent)}${END}))?`
  const art = alt(w.articles)
  const of = alt(w.of)
  const subject = `(?:${alt(c.subjects)}${WORD_END})`
  const Y = '((?:19|20)\\d\\d|2100)'
  const ranges = w.yearRanges.map(([a, b]) => `${a ? `${alt([a])}\\s+` : ''}${Y}\\s+${alt([b])}\\s+${Y}`)
  const wordUnits: UnitRule[] = w.units.map((u) => ({
    re: sticky(`${SP}${alt(u.words)}${u.co2 ? `(?:\\s+${of}\\s+${co2e})?` : ''}${END}`),
    unit: u.unit,
    kind: u.kind,
    ...(u.factor ? { factor: u.factor } : {}),
  }))
  const yearSpans = map(w.numbers.yearSpans)
  const qualifiers = w.qualifiers.map(({ phrases, qualifier }): [RegExp, Qualifier] => [tail(phrases, `(?:\\s*${art})?`), qualifier])
  return {
    ...numberWordRulesOf(lang),
    lang,
    months: set(w.months),
    notNames: set(w.notNames),
    idPrefixes: set([...ID_CODES, ...w.idPrefixes]),
    idList: new RegExp(
      `(?<![\\p{L}])(?:${[...ID_CODES, ...w.idPrefixes].join('|')})[ \\u00a0]+\\d{1,3}(?:(?:[ \\u00a0]*[,&/–-][ \\u00a0]*|[ \\u00a0]+${alt(w.listJoin)}[ \\u00a0]+)\\d{1,3})*(?:[ \\u00a0]*[,&/–-][ \\u00a0]*|[ \\u00a0]+${alt(w.listJoin)}[ \\u00a0]+)$`,
      'iu',
    ),
    scales: [
      ...w.scales.map((s) => ({ re: sticky(`${SP}${alt(s.words)}${END}`), factor: s.factor })),
      { re: sticky(`k${END}`), factor: 1e3, moneyOnly: true },
      { re: sticky(`m${END}`), factor: 1e6, moneyOnly: true },
      { re: sticky(`b${END}`, 'u'), factor: 1e9, moneyOnly: true },
    ],
    units: runsOf([...wordUnits, ...unitSymbols(co2e)]),
    energyWord: sticky(`${SP}(${Object.keys(w.energy.prefixes).join('|')})watt(?:s)?((?:${alt(w.energy.hours)})?)${END}`),
    energyPrefix: w.energy.prefixes,
    transport: (['tkm', 'pkm'] as const).map((u): [Sticky, string] => [sticky(`${alt(w.transportWork[u])}${END}`), u]),
    perHours: sticky(
      `\\s+${alt(w.per)}\\s+(${alt(w.perHours.million)}|1[,.]000[,.]000|200[,.]000)\\s+(?:${alt(w.perHours.of)}\\s+)?(?:${alt(w.perHours.hoursKind)}(?:-|\\s)?)?${alt(w.perHours.hours)}(?:\\s+${alt(w.perHours.worked)})?${END}`,
    ),
    phone: new RegExp(`${words(w.phoneWords)}\\.?:?\\s*$`, 'iu'),
    rateSep: sticky(`(?:${SP}(?:${of}\\s+)?${co2e})?(?:${SP}/${SP}|\\s+${alt(w.per)}\\s+(?:${alt(w.numbers.indefinite)}\\s+)?)`),
    // a code or symbol (empty `code`) is read as written (currencyOf)
    currencyWords: runsOf([
      { re: sticky(`${SP}(?:${CODE_ALT})${END}`, 'u'), code: '' },
      { re: sticky(`${SP}(?:US\\$|HK\\$|[$€£¥])`, 'u'), code: '' },
      ...w.currencies.map((cur) => ({ re: sticky(`${SP}${alt(cur.words)}${END}`), code: cur.code })),
    ]),
    yen: new RegExp(`JPY|${words(w.currencies.filter((cur) => cur.code === 'JPY').flatMap((cur) => cur.words))}`, 'iu'),
    qualifiers,
    anyQualifier: anyMatch(qualifiers.map(([re]) => re)),
    plus: sticky(`${alt(w.plusSuffix)}${END}`),
    targetCue: new RegExp(`${WORD_START}${alt(c.target)}${WORD_END}`, 'iu'),
    targetCues: new RegExp(`${WORD_START}${alt(c.target)}${WORD_END}`, 'giu'),
    framingOpener: head(c.framingOpeners),
    targetInfinitive: new RegExp(`${WORD_START}${alt(c.targetInfinitive)}${WORD_END}`, 'iu'),
    achievedBefore: tail(c.achieved),
    yearTargetBefore: tail(c.deadline),
    // a noun or two may stand between a goal's value and its deadline: "a 10 million tonne reduction in 2025"
    softDeadline: new RegExp(`^\\s*(?:[${L}-]+\\s+){0,2}?${alt(c.softDeadline)}\\s*$`, 'iu'),
    cuedDeadline: tail(c.cuedDeadline),
    scopeBefore: tail(c.scopeBefore),
    goalPronoun: tail(c.goalPronoun),
    decadeEnd: new RegExp(`${WORD_START}${alt(c.decadeEnd)}${WORD_END}`, 'giu'),
    yearEnd: new RegExp(`${WORD_START}${alt(c.yearEnd)}${WORD_END}`, 'iu'),
    thisYear: new RegExp(`${WORD_START}${alt(c.thisYear)}${WORD_END}`, 'iu'),
    sameDate: new RegExp(`${WORD_START}${alt(c.sameDate)}${WORD_END}`, 'iu'),
    futureDeadline: tail(c.futureDeadline),
    // a plan noun, a word or two of its name ("Strategico", "di Sostenibilità", "industriale"), then the year
    planName: new RegExp(`${WORD_START}${alt(c.planNouns)}(?:\\s+[${L}'’]+){0,2}?(?:\\s+${alt([...c.futureDeadline, ...c.planPeriod])})?\\s*$`, 'iu'),
    planAmount: new RegExp(`${WORD_START}${alt(c.planNouns)}(?:\\s+[${L}'’]+){0,2}?\\s+${alt(c.planAmount)}\\s*(?:${art}\\s*)?$`, 'iu'),
    // or the year first, a word of the name between: "its 2026-2030 Strategic Plan"
    planAfter: new RegExp(`^\\s+(?:[${L}-]+\\s+)?${alt(c.planNouns)}${WORD_END}`, 'iu'),
    // a clause that opens with its deadline ("By 2025, it will invest"): the deadline reaches across its comma
    sharedDeadline: new RegExp(`,\\s*${WORD_START}${alt(c.sharedDeadline)}\\s+${alt(c.deadline)}\\s*$`, 'iu'),
    leadDeadline: new RegExp(`^[\\s\\p{P}]*(?:${alt([...c.deadline, ...c.softDeadline, ...c.futureDeadline])})?\\s*$`, 'iu'),
    vaguePeriod: new RegExp(`${WORD_START}${alt(c.vaguePeriod)}${WORD_END}`, 'iu'),
    warming: new RegExp(`${WORD_START}${alt(c.warming)}${WORD_END}`, 'iu'),
    report: new RegExp(words(w.reportWords), 'iu'),
    // case-sensitive: the party is a capitalised name ("The IEA estimates that")
    attributed: new RegExp(`${WORD_START}(${PARTY_NAME})[ \\u00a0]+${alt(w.attribution.verbs)}[ \\u00a0]+${alt(w.attribution.that)}${WORD_END}`, 'u'),
    selfNouns: set(w.attribution.selfNouns),
    yearTargetAfter: head(c.targetNouns),
    yearListBefore: new RegExp(`(?:(?<![\\p{N}])(?:19|20)\\d\\d(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]+${alt(w.listJoin)}[ \\u00a0]+))+$`, 'iu'),
    yearListAfter: new RegExp(`^(?:(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]+${alt(w.listJoin)}[ \\u00a0]+)(?:19|20)\\d\\d(?![\\p{N}]))+`, 'iu'),
    yearGoalBefore: tail(c.goalBefore),
    yearGoalAfter: head(c.goalAfter),
    determinerBefore: tail(c.determiners),
    maturityBefore: tail(c.maturity),
    foundedBefore: tail(c.founded),
    reportNameBefore: tail(c.reportBefore),
    reportNameAfter: head(c.reportAfter),
    // case-sensitive: a name is its capitals; "and"/"of" may join its words
    nameWord: new RegExp(`^[ \\u00a0]*(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’-]*|\\p{N}+|\\(\\p{Lu}[\\p{L}\\p{M}\\p{N}]*\\)|${alt(c.and)}|${of}),?(?=[ \\u00a0])`, 'u'),
    joinedByAnd: new RegExp(`^[ \\u00a0]+${alt(c.and)}[ \\u00a0]+$`, 'iu'),
    // the next item of a list: ", ", " and ", ", and the "
    listedAfter: new RegExp(`^[ \\u00a0]*,?[ \\u00a0]*(?:${alt(c.and)}[ \\u00a0]+)?(?:${art}[ \\u00a0]*)?$`, 'iu'),
    relative: new RegExp(`,\\s+${alt(c.relative)}${WORD_END}`, 'giu'),
    replacedBefore: tail(c.replaced),
    yearBaseBefore: tail(c.baseBefore, `(?:\\s*${art})?`),
    yearBaseAfter: head(c.baseAfter),
    since: tail(c.since),
    changeSince: tail(c.changeSince),
    changeBy: tail(c.changeBy),
    changeAfter: head(c.changeAfter),
    fiscalTail: new RegExp(`(?:${WORD_START}${alt(c.fiscalLead)}\\s*)?${WORD_START}${alt(c.fiscal)}\\s*$`, 'iu'),
    compareCue: new RegExp(`(?:,\\s*${alt(c.compareAfterComma)}|${WORD_START}${alt(c.compare)})\\s*(?:${art}\\s*)?(?:[${L}]+\\s+)?$`, 'iu'),
    compareLink: new RegExp(`^[ \\u00a0]*(?:${alt(c.compareLink)})?[ \\u00a0]*$`, 'iu'),
    // in brackets a few words of the value's unit may come first: "(0,161 euro per azione nel 2021)"
    parenLink: new RegExp(`^[ \\u00a0]*(?:[${L}'’]+[ \\u00a0]+){0,3}?(?:${alt(c.compareLink)})?[ \\u00a0]*$`, 'iu'),
    clauseBreak: new RegExp(
      `;|[ \\u00a0][–—-][ \\u00a0]|,\\s+(?=(?:${alt([...c.clauseWords, ...c.causes])})${WORD_END}|${alt(c.and)}\\s+${subject})|\\s(?=${alt(c.clauseOpeners)}${WORD_END})`,
      'giu',
    ),
    namedClause: new RegExp(
      `,\\s+${alt(c.and)}\\s+(?=\\p{Lu}[${L}'’.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[${L}'’.-]*){0,3}\\s+${alt(c.clauseVerbs)}(?![${L}]))`,
      'gu',
    ),
    notNouns: set(c.notNouns),
    previousYear: new RegExp(`^[ \\u00a0]*${alt(c.previousYear)}${WORD_END}`, 'iu'),
    yearComparedBefore: tail(c.yearComparedBefore),
    baseValue: tail(c.baseValue),
    changeTo: tail(c.changeTo),
    acrossYears: tail(c.acrossYears),
    yearsJoin: new RegExp(`^[ \\u00a0]+${alt(c.and)}(?:[ \\u00a0]+${art})?[ \\u00a0]+$`, 'iu'),
    previousGoalBefore: tail(c.previousGoalBefore),
    previousGoalAfter: head(c.previousGoalAfter),
    inARow: new RegExp(`^[ \\u00a0]*${alt(c.inARow)}${WORD_END}`, 'iu'),
    // a few words of what the value is of may come first: "invested DKK 165bn in renewable energy over the past decade"
    lastYears: new RegExp(`^(?:[ \\u00a0]+[${L}'’-]+){0,4}?[ \\u00a0]*${WORD_START}${alt(c.lastYears)}[ \\u00a0]*$`, 'iu'),
    // group 1: a possessive ("2022’s 5.4"); else a clause on the year ("2022 where its workforce was 15.3%")
    yearOwnsValue: new RegExp(`^(?:(${alt(c.yearPossessive)})|[ \\u00a0]*,?[ \\u00a0]*${WORD_START}${alt(c.yearClause)})[ \\u00a0]+$`, 'iu'),
    changeFrom: tail(c.changeFrom),
    rangeTo: new RegExp(`^[ \\u00a0]*(?:[-–—]|${alt(c.rangeTo)})[ \\u00a0]*$`, 'iu'),
    // the words that open and join a range of years open and join a range of values: "between 15 and 16%", "tra il 47 e il 49%";
    // tested on the text before the first value, a NUL, and the gap between the two
    rangeAround: new RegExp(`${WORD_START}(?:${w.yearRanges.filter(([a]) => a).map(([a, b]) => `${a}\\s*\\0\\s*${b}`).join('|')})[ \\u00a0]*$`, 'iu'),
    comparedRightAfter: new RegExp(`^[ \\u00a0]*,?[ \\u00a0]*${alt(c.comparedRightAfter)}[ \\u00a0]*(?:${art}[ \\u00a0]*)?$`, 'iu'),
    partOfWhich: tail(c.ofWhich, `\\s+(?:[${L}]+)?`),
    partOfOpening: new RegExp(`^\\s*${alt(c.partOpening)}${WORD_END}`, 'iu'),
    countedAfter: new RegExp(`^[ \\u00a0]+${of}[ \\u00a0]+[\\p{L}]`, 'iu'),
    moneyAfter: new RegExp(`^(?:[ \\u00a0]*[,;.)]|[ \\u00a0]*$|[ \\u00a0]+${alt(w.moneyNouns)}${WORD_END})`, 'iu'),
    scaleOf: sticky(`[ \\u00a0]+${alt(w.scaleOf)}(?=[ \\u00a0])`),
    yearRange: new RegExp(
      `(?<![${L}\\d.,/-])(?:${ranges.join('|')}|${Y}\\s*[-–—/]\\s*(${Y.slice(1, -1)}|\\d\\d))(?![\\d${L}]|[-/.]\\d)`,
      'giu',
    ),
    halfPeriod: tail(c.halfPeriod),
    shareOfWhich: tail(c.ofWhich, `\\s+(?:[\\p{L}]+\\s+)?`),
    shareOf: new RegExp(`^\\s+${alt(c.shareOf)}(?:\\s+|(?<=['’]))`, 'iu'),
    periodAfter: new RegExp(`^\\s+\\S+\\s+(?:\\d|${alt(c.yearNouns)}${WORD_END})`, 'iu'),
    changeBefore: new RegExp(`${WORD_START}${alt(c.changeVerbs)}\\s+(?:${alt(c.fractionQualifiers)}\\s+)?$`, 'iu'),
    afterChange: set(c.afterChange),
    hyphenMeasures: set(c.hyphenMeasures),
    halvesNoun: tail(c.halvesNoun),
    allOf: tail(w.numbers.allOf),
    ordinalNot: new RegExp(`^[ -]?${alt(c.ordinalNot)}${WORD_END}`, 'iu'),
    ordinalOneAfter: tail(w.numbers.ordinalOneAfter),
    needsNounNotAfter: set(w.numbers.needsNounNotAfter),
    ...(w.numbers.singularEnding ? { singular: new RegExp(`${w.numbers.singularEnding}$`, 'u') } : {}),
    units1: map(w.numbers.units),
    afterArticle: map(w.numbers.afterArticle),
    tens: map(w.numbers.tens),
    ordinals: map(w.numbers.ordinals),
    fractions: map(w.numbers.fractions),
    ratio: new RegExp(`[ \\u00a0]+${alt(w.numbers.ratioLinks)}[ \\u00a0]+([\\p{L}\\p{M}]+)(?![\\p{L}\\p{M}])`, 'iuy'),
    fractionStarts: set(Object.keys(w.numbers.fractions).map((f) => f.split(' ')[0] ?? f)),
    scaleWithArticle: set(w.numbers.scaleWithArticle),
    indefinite: set(w.numbers.indefinite),
    yearSpans,
  }
}

const RULES = new Map<Lang, Rules>()
const rulesOf = (lang: Lang): Rules => {
  let r = RULES.get(lang)
  if (!r) RULES.set(lang, (r = compile(lang)))
  return r
}

const NUMBER_WORD_RULES = new Map<Lang, NumberWordRules>()
const numberWordRulesOf = (lang: Lang): NumberWordRules => {
  let r = NUMBER_WORD_RULES.get(lang)
  if (!r) {
    const w = FIGURE_WORDS[lang]
    r = {
      w,
      halving: new RegExp(`^${w.numbers.halving}$`, 'u'),
      multiplying: new RegExp(`^(?:${w.numbers.multiplying.map((m) => `(${m.forms})`).join('|') || '(?!)'})$`, 'u'),
      multiplyingAfterTo: new RegExp(`^(?:${w.numbers.multiplying.map((m) => `(${m.afterTo ?? '(?!)'})`).join('|') || '(?!)'})$`, 'u'),
      multiplyFactors: w.numbers.multiplying.map((m) => m.factor),
      pieces: Object.entries(w.numbers.pieces ?? {}).sort((a, b) => b[0].length - a[0].length),
    }
    NUMBER_WORD_RULES.set(lang, r)
  }
  return r
}

interface Ctx {
  s: string
  r: Rules
  /** The article's own year, when known: a later year cannot date what it reports. */
  now?: number
}

// ---------- number syntax ----------

// Every number of a build is read in one of two formats: each format's patterns are compiled once.
const numberFormat = memoise((format: string) => {
  const [group, decimal] = [format[0]!, format[1]!]
  const g = `[${group}\\u00a0\\u202f]`
  const d = `\\${decimal}`
  return { grouped: new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`), plain: new RegExp(`^\\d+(?:${d}\\d+)?$`), separators: new RegExp(g, 'g'), decimal }
})

function parseWith(raw: string, group: string, decimal: string): number | undefined {
  const f = numberFormat(group + decimal)
  if (f.grouped.test(raw) || f.plain.test(raw)) {
    return Number(raw.replace(f.separators, '').replace(f.decimal, '.'))
  }
  return undefined
}

/** The value of a digit string in the language's format; the other format is a fallback for writers who mix them. */
function parseDigits(raw: string, decimal: '.' | ','): number | undefined {
  const other = decimal === '.' ? ',' : '.'
  return parseWith(raw, other, decimal) ?? parseWith(raw, decimal, other)
}

/** Avoids 24.1 * 1e9 = 24100000000.000004. */
function clean(n: number): number {
  return Number(n.toPrecision(15))
}

const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100

function currencyOf(written: string, ctx: Ctx): string {
  const w = written.trim()
  const code = CURRENCY_CODES[w] ?? SYMBOLS[w] ?? ''
  // "¥" is shared by yuan and yen; these articles are about China unless the sentence says yen.
  if (w === '¥' && ctx.r.yen.test(ctx.s)) return 'JPY'
  return code
}

function execAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(s)
}

function before(s: string, at: number, width = WINDOW): string {
  return s.slice(Math.max(0, at - width), at)
}

function qualifierBefore(ctx: Ctx, at: number): Qualifier | undefined {
  const w = before(ctx.s, at)
  if (!ctx.r.anyQualifier(w)) return undefined
  for (const [re, q] of ctx.r.qualifiers) if (re.test(w)) return q
  return undefined
}

function nextWord(s: string, at: number): string | undefined {
  const m = execAt(/[ \u00a0]+([\p{L}\p{M}]+)/uy, s, at)
  return m?.[1]?.toLowerCase()
}

function prevWord(s: string, at: number): { word: string; start: number } | undefined {
  const w = before(s, at, 40)
  const m = /([\p{L}\p{M}]+)[ \u00a0]+$/u.exec(w)
  if (!m?.[1]) return undefined
  const start = at - w.length + m.index
  // A letter or apostrophe right before means m[1] is the tail of a longer token ("Xiaomi's").
  if (start > 0 && /[\p{L}\p{M}\d'’]/u.test(s[start - 1] ?? '')) return { word: '', start }
  return { word: m[1], start }
}

const isNounish = (r: Rules, w: string | undefined): boolean => w !== undefined && w.length > 1 && !r.notNouns.has(w)

// ---------- blocked spans: URLs, e-mail addresses, phone numbers ----------

function blockedSpans(ctx: Ctx): Span[] {
  const { s } = ctx
  const spans: Span[] = []
  for (const m of s.matchAll(/(?:https?:\/\/|www\.)[^\s]+/giu)) spans.push([m.index, m.index + m[0].length])
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let a = at
    let b = at + 1
    while (a > 0 && !/\s/u.test(s[a - 1] ?? ' ')) a--
    while (b < s.length && !/\s/u.test(s[b] ?? ' ')) b++
    spans.push([a, b])
    at = b
  }
  for (const m of s.matchAll(/\+\d[\d \-().\/]{6,}\d/gu)) spans.push([m.index, m.index + m[0].length])
  for (const m of s.matchAll(/(?<![\d.,])\(?\d{2,4}\)?(?:[ -]\d{2,4}){2,}(?![\d.,])/gu)) {
    const looksLikePhone = m[0].startsWith('0') || m[0].startsWith('(') || ctx.r.phone.test(before(s, m.index, 20))
    if (looksLikePhone) spans.push([m.index, m.index + m[0].length])
  }
  return spans
}

const inside = (spans: readonly Span[], at: number): boolean => spans.some(([a, b]) => at >= a && at < b)

// ---------- year ranges and numeric dates ----------

function yearRanges(ctx: Ctx): Draft[] {
  const out: Draft[] = []
  for (const m of ctx.s.matchAll(ctx.r.yearRange)) {
    const [a, b] = m.slice(1).filter((g): g is string => g !== undefined)
    if (!a || !b) continue
    const from = Number(a)
    const to = b.length === 2 ? Math.floor(from / 100) * 100 + Number(b) : Number(b)
    if (to > from) out.push({ start: m.index, end: m.index + m[0].length, kind: 'year-range', value: from, valueEnd: to })
  }
  return out
}

const NUMERIC_DATE_RE = /(?<![\d\p{L}.,/-])(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d\p{L}]|[-/.]\d)/gu

/** "13-03-2026", "2026-03-13": a date (the day) plus the year it names. */
function numericDates(ctx: Ctx): Draft[] {
  const out: Draft[] = []
  for (const m of ctx.s.matchAll(NUMERIC_DATE_RE)) {
    let day: number
    let month: number
    let year: string
    if (m[5] && m[6] && m[7]) {
      ;[year, month, day] = [m[5], Number(m[6]), Number(m[7])]
    } else {
      const a = Number(m[1])
      const b = Number(m[3])
      // Where the language writes month/day with slashes (English), a day over 12 second says so; everything else is day-month.
      const usOrder = ctx.r.w.slashMonthFirst && m[2] === '/' && b > 12
      ;[day, month, year] = usOrder ? [b, a, m[4] ?? ''] : [a, b, m[4] ?? '']
    }
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'date', value: day })
    const y = Number(year)
    const yStart = m.index + m[0].indexOf(year, m[5] ? 0 : m[0].length - 4)
    if (isYear(y)) out.push({ start: yStart, end: yStart + 4, kind: 'year', value: y })
  }
  return out
}

// ---------- number words ----------


/** The first of `list` that `word` holds at `at`. */
const pieceAt = (word: string, at: number, list: readonly string[]): string | undefined => list.find((p) => word.startsWith(p, at))

/** A number written as one compound word ("duecentotrentacinquemila"), from the language's pieces. */
function compoundNumber(r: NumberWordRules, word: string): number | undefined {
  const n = r.w.numbers
  // Articles, and scale words standing alone, are not numbers.
  if (n.notNumbers.includes(word)) return undefined
  let total = 0
  let cur = 0
  let i = 0
  let pieces = 0
  // Every word of an Italian sentence comes here: it is read in place, not sliced at every piece.
  while (i < word.length) {
    const thousand = pieceAt(word, i, n.thousand)
    const thousands = pieceAt(word, i, n.thousands ?? [])
    const hundred = pieceAt(word, i, n.hundred)
    if (thousand || thousands) {
      if (!thousand && cur === 0) return undefined
      total += (cur || 1) * 1000
      cur = 0
      i += (thousand ?? thousands ?? '').length
    } else if (hundred) {
      cur = (cur || 1) * 100
      i += hundred.length
    } else {
      const piece = r.pieces.find(([p]) => word.startsWith(p, i))
      if (!piece) return undefined
      cur += piece[1]
      i += piece[0].length
    }
    pieces++
  }
  return pieces > 0 ? total + cur : undefined
}

const round2 = (n: number): number => Math.round(n * 100) / 100

interface Core {
  start: number
  end: number
  value: number
  kind?: 'ordinal' | 'percent' | 'date'
  /** The digits as written, for year detection; absent for words. */
  raw?: string
  /** Number words that are numbers only before a noun ("one wearable device"). */
  needsNoun?: boolean
  /** Right after a capitalised word: a name ("Xiaomi 14", "HyperOS 2") unless money or a measure follows ("Investiti 2 miliardi"). */
  afterName?: boolean
  /** A scale word after an article ("un miliardo"): the number is the scale itself. */
  scaleWord?: boolean
  /** A duration word ("biennio", "quinquennale"): a number of years. */
  years?: boolean
}

/** "half of the …", "un terzo dei …" are shares; "first half of 2024", "a metà 2025" and "il quarto trimestre" are not. */
function sharePart(ctx: Ctx, start: number, end: number): boolean {
  const { s, r } = ctx
  if (r.halfPeriod.test(before(s, start, 12))) return false
  if (r.shareOfWhich.test(before(s, start, 30))) return true
  const after = s.slice(end, end + 20)
  return r.shareOf.test(after) && !r.periodAfter.test(after)
}

/** "fell by a fifth", "cut by a third in 2024", "è calato di un quarto": a change by a share of itself ("by a third-party firm" is not). */
function changePart(ctx: Ctx, start: number, end: number): boolean {
  const { s, r } = ctx
  if (!r.changeBefore.test(before(s, start, 40)) || /^[-‐]\p{L}/u.test(s.slice(end, end + 2))) return false
  const next = execAt(/[ \u00a0]*([\p{L}\p{M}]+)?/uy, s, end)?.[1]?.toLowerCase()
  return next === undefined || r.afterChange.has(next)
}

/** "second-life", "one-off", "tier-one": a number word glued into a compound word is not a figure; "three-star" is. */
function inCompound(ctx: Ctx, start: number, end: number, ordinal: boolean): boolean {
  const { s } = ctx
  if ((s[start - 1] === '-' || s[start - 1] === '‐') && isLetter(s[start - 2])) return true
  const m = execAt(/[-‐]([\p{L}]+)/uy, s, end)
  if (!m?.[1]) return false
  return ordinal || !ctx.r.hyphenMeasures.has(m[1].toLowerCase().replace(/s$/u, ''))
}

/** Right after a comma that ends a list item holding a number ("tra cui due modelli di smartphone, "). */
function inCountList(ctx: Ctx, at: number): boolean {
  const { s, r } = ctx
  const window = before(s, at, 60)
  if (!/,[ \u00a0]*$/u.test(window)) return false
  const item = window.slice(0, -(/,[ \u00a0]*$/u.exec(window)?.[0].length ?? 0)).split(/[,;:]/u).at(-1) ?? ''
  if (/\d/u.test(item)) return true
  return [...item.matchAll(/\p{L}+/gu)].some(([w]) => {
    const lower = w.toLowerCase()
    return r.units1.has(lower) || r.tens.has(lower) || (r.w.numbers.grammar === 'compound' && compoundNumber(r, lower) !== undefined)
  })
}

function wordCore(ctx: Ctx, start: number, end: number): Core | undefined {
  const { s, r } = ctx
  const n = r.w.numbers
  const word = s.slice(start, end).normalize('NFC').toLowerCase()
  if (r.halving.test(word) && !(word === 'halves' && r.halvesNoun.test(before(s, start, 12)))) {
    return { start, end, value: 50, kind: 'percent' }
  }
  // "more than doubles", "to triple its solar capacity", "più che triplicati": the factor
  // (the word before is read only for an infinitive-only form: every word of a sentence comes here)
  const infinitive = r.multiplyingAfterTo.exec(word)
  const times = r.multiplying.exec(word) ?? (infinitive && r.w.numbers.infinitive.includes(prevWord(s, start)?.word.toLowerCase() ?? '') ? infinitive : null)
  if (times) {
    const factor = r.multiplyFactors[times.findIndex((g, i) => i > 0 && g !== undefined) - 1]
    if (factor !== undefined) return { start, end, value: factor }
  }
  // Every word of a sentence comes here: the next word is read only after one that can start a fraction.
  const second = r.fractionStarts.has(word) ? execAt(/(?:[ \u00a0]+|-)([\p{L}\p{M}]+)/uy, s, end) : null
  const frac = second?.[1] ? r.fractions.get(`${word} ${second[1].toLowerCase()}`) : undefined
  if (frac !== undefined) {
    const fracEnd = end + (second?.[0].length ?? 0)
    return sharePart(ctx, start, fracEnd) || changePart(ctx, start, fracEnd) ? { start, end: fracEnd, value: round2(frac), kind: 'percent' } : undefined
  }
  if (n.half.includes(word)) return sharePart(ctx, start, end) ? { start, end, value: 50, kind: 'percent' } : undefined
  const afterArticle = r.afterArticle.get(word)
  if (afterArticle !== undefined) {
    const prev = prevWord(s, start)
    return prev && r.indefinite.has(prev.word.toLowerCase()) ? { start: prev.start, end, value: afterArticle } : undefined
  }
  // "un miliardo di euro", "il milione di tonnellate": a scale word is the number one times itself
  // (the word before is read only for a scale word: every word of a sentence comes here)
  const prev = r.scaleWithArticle.has(word) ? prevWord(s, start) : undefined
  if (prev && r.w.articles.some((a) => a === prev.word.toLowerCase())) {
    return { start: r.indefinite.has(prev.word.toLowerCase()) ? prev.start : start, end: start, value: 1, scaleWord: true }
  }
  if (prev && r.w.numbers.halfScale.includes(prev.word.toLowerCase())) return { start: prev.start, end: start, value: 0.5, scaleWord: true }
  // "due modelli di smartphone, un modello …": an indefinite article listed among counts is one
  if (r.w.numbers.listedIndefinite.includes(word) && /^[ \u00a0]+\p{L}/u.test(s.slice(end, end + 2)) && inCountList(ctx, start)) return { start, end, value: 1 }
  const span = r.yearSpans.get(word)
  if (span !== undefined) return { start, end, value: span, years: true }
  const ordinal = r.ordinals.get(word)
  if (ordinal !== undefined) {
    if (r.ordinalNot.test(s.slice(end, end + 12)) || inCompound(ctx, start, end, true)) return undefined
    // "first" is also an adverb ("First, …", "came first."), Italian "prima" also "before": see ordinalOneAfter
    const needsDeterminer = r.w.numbers.ordinalOneAfter.length > 0
    if (ordinal === 1 && (/^[ \u00a0]*[,;:.]/u.test(s.slice(end, end + 3)) || (needsDeterminer && !r.ordinalOneAfter.test(before(s, start, 20))))) return undefined
    return { start, end, value: ordinal, kind: 'ordinal' }
  }
  // "one in four new vehicles", "uno su tre": a share written as a ratio of two number words
  const ratio = execAt(r.ratio, s, end)
  if (ratio) {
    const [x, y] = [r.indefinite.has(word) ? 1 : numberWordValue(r, word), numberWordValue(r, ratio[1]!.toLowerCase())]
    if (x !== undefined && y !== undefined && x >= 1 && y > x) return { start, end: end + ratio[0].length, value: round2((100 * x) / y), kind: 'percent' }
  }
  let core: Core | undefined
  if (n.grammar === 'compound') {
    const v = compoundNumber(r, word)
    // "sei" is also "you are": a number before a noun, or in "tutte e sei" ("all six")
    core = v === undefined ? undefined : { start, end, value: v, needsNoun: n.needsNoun.includes(word) && !r.allOf.test(before(s, start, 12)) }
  } else core = spacedWords(ctx, start, end, word)
  return core && !inCompound(ctx, core.start, core.end, false) && !inName(s, core.start, core.end) ? core : undefined
}

/** The value of one number word ("four", "quattro"), in the language's grammar. */
function numberWordValue(r: Rules, word: string): number | undefined {
  return r.w.numbers.grammar === 'compound' ? compoundNumber(r, word) : (r.units1.get(word) ?? r.tens.get(word))
}

/**
 * "the charity One Tree Planted": a capitalised number word inside a sentence, before a capitalised
 * word that is no number, is part of a name — unless the whole line is in title case (a headline).
 */
function inName(s: string, start: number, end: number): boolean {
  if (!/\p{Lu}/u.test(s[start] ?? '') || !/\p{L}[^.!?:;"“(]*$/u.test(before(s, start, 40))) return false
  const next = /^[ \u00a0]+(\p{Lu}\p{Ll}+)/u.exec(s.slice(end, end + 40))
  if (!next || NUMBER_WORDS.has(next[1]!.toLowerCase())) return false
  const words = s.match(/\p{L}+/gu) ?? []
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length
}

const NEXT_WORD = /(\s+\p{L}+\s+|[ \u00a0]+|-)(\p{L}+)(?![\p{L}])/uy

/** "twenty-five", "one hundred and twenty": number words joined by spaces, hyphens or "and". */
function spacedWords(ctx: Ctx, start: number, end: number, word: string): Core | undefined {
  const { s, r } = ctx
  // Every word of a sentence comes here: most are no number word, and return before any more work.
  const first = r.units1.get(word) ?? r.tens.get(word)
  if (first === undefined) return undefined
  const n = r.w.numbers
  const unitOf = (w: string) => r.units1.get(w)
  const tenOf = (w: string) => r.tens.get(w)
  let value = first
  let last: 'unit' | 'ten' | 'hundred' = tenOf(word) !== undefined ? 'ten' : 'unit'
  let stop = end
  let words = 1
  for (;;) {
    const m = execAt(NEXT_WORD, s, stop)
    const w = m?.[2]?.toLowerCase()
    const joiner = m?.[1]?.trim().toLowerCase() ?? ''
    const joinedByAnd = /\p{L}/u.test(joiner)
    if (!m || !w || (joinedByAnd && !r.w.cues.and.includes(joiner))) break
    if (n.hundred.includes(w) && last !== 'hundred' && value < 100 && !joinedByAnd) {
      value *= 100
      last = 'hundred'
    } else if (last === 'ten' && !joinedByAnd && (unitOf(w) ?? 10) < 10) {
      value += unitOf(w) ?? 0
      last = 'unit'
    } else if (last === 'hundred' && (unitOf(w) ?? tenOf(w)) !== undefined) {
      value += unitOf(w) ?? tenOf(w) ?? 0
      last = tenOf(w) !== undefined ? 'ten' : 'unit'
    } else break
    stop = m.index + m[0].length
    words++
  }
  return { start, end: stop, value, needsNoun: words === 1 && n.needsNoun.includes(word) }
}

// ---------- digit cores ----------

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch)
}

const isMonth = (r: Rules, word: string): boolean => r.months.has(word.toLowerCase()) && !r.w.ambiguousMonths.includes(word)

function digitCore(ctx: Ctx, start: number, raw: string): Core | undefined {
  const { s, r } = ctx
  const end = start + raw.length
  const p1 = s[start - 1]
  const p2 = s[start - 2]
  // Glued to letters ("COP29", "COVID-19") or part of a path, time or fraction ("24/7", "14001:2015"); "FY2024" is a year.
  const afterFY = /(?<![\p{L}])FY$/u.test(before(s, start, 3))
  const fiscalYear = /^\d{4}$/.test(raw) && afterFY
  // "FY24" is the year 2024, the span with its prefix; two-digit years pivot as POSIX's %y does (69 → 2069, 70 → 1970).
  if (afterFY && /^\d{2}$/.test(raw) && !isLetter(s[end]) && !/\d/.test(s[end] ?? '')) {
    const year = String((Number(raw) < 70 ? 2000 : 1900) + Number(raw))
    return { start: start - 2, end, value: Number(year), raw: year }
  }
  if ((isLetter(p1) && !fiscalYear) || ((p1 === '-' || p1 === '‐') && isLetter(p2))) return undefined
  if (p1 !== undefined && '/:#@_\\'.includes(p1)) return undefined
  if ((s[end] === '/' || s[end] === ':') && /\d/.test(s[end + 1] ?? '')) return undefined
  const value = parseDigits(raw, r.w.decimal)
  if (value === undefined) return undefined
  const plainInt = /^\d+$/.test(raw)

  const prev = prevWord(s, start)
  const prevLower = prev?.word.toLowerCase() ?? ''
  if (prev && plainInt && value >= 1 && value <= 31 && isMonth(r, prev.word)) {
    const suffix = execAt(/(?:st|nd|rd|th)?(?![\p{L}\d])/uy, s, end)
    return { start: prev.start, end: end + (suffix?.[0].length ?? 0), value, kind: 'date' }
  }
  if (plainInt && value >= 1 && value <= 31) {
    const m = execAt(new RegExp(`(?:st|nd|rd|th|°|º)?${SP}([${L}]+)`, 'uy'), s, end)
    if (m?.[1] && isMonth(r, m[1]) && !r.w.monthNotAfterDay.includes(m[1].toLowerCase())) {
      return { start, end: end + m[0].length, value, kind: 'date' }
    }
  }
  if (r.idPrefixes.has(prevLower) && !hasCurrencyBefore(s, start)) return undefined
  if (r.idList.test(before(s, start, 40))) return undefined
  if (p1 === '-' || p1 === '–') {
    // "Scope 1-3": the right end of a range after an identifier is an identifier too.
    const left = /(\d+)[-–]$/.exec(before(s, start, 20))
    const leftPrev = left ? prevWord(s, start - left[0].length)?.word : undefined
    if (leftPrev && (r.idPrefixes.has(leftPrev.toLowerCase()) || (/^\p{Lu}/u.test(leftPrev) && !r.notNames.has(leftPrev.toLowerCase())))) return undefined
  }
  const afterName = prev !== undefined && /^\p{Lu}/u.test(prev.word) && !r.notNames.has(prevLower) && !r.months.has(prevLower)
  const next = s[end]
  if (plainInt && (next === 'º' || next === 'ª' || (r.w.decimal === ',' && next === '°' && !/[CF]/.test(s[end + 1] ?? '')))) {
    return { start, end: end + 1, value, kind: 'ordinal' }
  }
  if (isLetter(next)) {
    const ord = execAt(/(?:st|nd|rd|th)(?![\p{L}\d])/uy, s, end)
    if (ord && plainInt) return { start, end: end + ord[0].length, value, kind: 'ordinal' }
    // A glued suffix must be a known scale or unit ("5kWh", "$3m"), else it is a name ("14T").
    const money = hasCurrencyBefore(s, start)
    const known =
      r.scales.some((sc) => {
        const m = execAt(sc.re(), s, end)
        return m?.index === end && (!sc.moneyOnly || money || measureAt(ctx, end + m[0].length) !== undefined)
      }) || measureAt(ctx, end) !== undefined
    if (!known) return undefined
  }
  return { start, end, value, raw, ...(afterName ? { afterName } : {}) }
}

function hasCurrencyBefore(s: string, at: number): boolean {
  return PREFIX_RE.test(before(s, at, 8))
}

// ---------- growing a core into a figure ----------

function grow(ctx: Ctx, core: Core): Draft | undefined {
  const { s, r } = ctx
  if (core.kind === 'ordinal' || core.kind === 'date') return { start: core.start, end: core.end, kind: core.kind, value: core.value }
  if (core.kind === 'percent') {
    const qualifier = qualifierBefore(ctx, core.start)
    return { start: core.start, end: core.end, kind: 'percent', value: core.value, unit: 'percent', ...(qualifier ? { qualifier } : {}) }
  }
  if (core.years) return { start: core.start, end: core.end, kind: 'quantity', value: core.value, unit: 'year', factor: 1 }
  let start = core.start
  let end = core.end
  let value = core.value
  let unit: string | undefined
  let kind: FigureKind = 'count'
  let factor = 1

  const prefix = core.raw ? PREFIX_RE.exec(before(s, start, 8)) : null
  if (prefix?.[1]) {
    unit = currencyOf(prefix[1] === 'euro' ? 'EUR' : prefix[1], ctx)
    kind = 'amount'
    start -= prefix[0].length
  }
  let scaled = false
  for (const sc of r.scales) {
    if (sc.moneyOnly && !core.raw) continue
    const m = execAt(sc.re(), s, end)
    // "k", "m", "b" scale money ("£25m"), or a measure whose unit follows ("6.3m tonnes"); "5 m" alone is metres
    if (m && sc.moneyOnly && !unit && measureAt(ctx, end + m[0].length) === undefined) continue
    if (m) {
      factor *= sc.factor
      end += m[0].length
      scaled = true
      break
    }
  }
  // a scale word with an article ("un miliardo") is the number: without its scale it is no figure
  if (core.scaleWord && !scaled) return undefined
  let qualifier: Qualifier | undefined
  const plus = !unit ? execAt(r.plus(), s, end) : null
  if (plus) {
    // "1,500-plus tonnes": at least the number, and the unit after the suffix
    end += plus[0].length
    qualifier = 'over'
  }
  if (!unit) {
    // Some languages put "of" between a scale word and what it counts: "60 milioni di RMB"; a large number
    // written out may take it too, as a scale word would ("129.388 di tonnellate")
    const di = scaled || value >= 1000 ? execAt(r.scaleOf(), s, end) : null
    const at = di ? end + di[0].length : end
    const suffix = unitAfter(ctx, at)
    if (suffix) {
      ;({ unit, kind } = suffix)
      factor *= suffix.factor
      end = suffix.end
    }
  }
  // after a name a number is part of it ("Xiaomi 14"), but a year stays a year ("Bilancio di Sostenibilità Chiesi 2022")
  const yearDigits = core.raw !== undefined && /^\d{4}$/.test(core.raw) && isYear(value)
  if (core.afterName && !unit && !scaled && !yearDigits) return undefined
  if (core.needsNoun) {
    const prevLower = prevWord(s, core.start)?.word.toLowerCase()
    const next = nextWord(s, core.end)
    // A language may mark "sei interessato/pronta" (the verb before an adjective) by its singular ending.
    const singular = r.singular !== undefined && next !== undefined && r.singular.test(next)
    // opening a quotation it is a name's word: the "zero waste to landfill" certification, the “One Planet” plan
    const quoted = /["“«]/u.test(s[core.start - 1] ?? '')
    if (!scaled && !unit && (quoted || !isNounish(r, next) || singular || (prevLower && r.needsNounNotAfter.has(prevLower)))) {
      return undefined
    }
  }
  qualifier ??= qualifierBefore(ctx, start)
  const yearLike = kind === 'count' && !scaled && core.raw !== undefined && /^\d{4}$/.test(core.raw) && isYear(value)
  if (yearLike) {
    // "over 2000 employees" counts things; "around 2030," is still a year.
    const countsThings = qualifier !== undefined && qualifier !== 'at-most' && isNounish(r, nextWord(s, end))
    if (!countsThings) return { start, end, kind: 'year', value }
  }
  return { start, end, kind, value: clean(value * factor), factor, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) }
}

interface UnitMatch {
  unit: string
  kind: FigureKind
  factor: number
  end: number
}

/** A measure unit (not money) starting at `at`, spaces first allowed. */
function measureAt(ctx: Ctx, at: number): UnitMatch | undefined {
  const { s, r } = ctx
  const found = firstAt(r.units, s, at)
  if (found) {
    const { rule: u, match: m } = found
    return { unit: u.unit, kind: u.kind, factor: u.factor ?? 1, end: at + m[0].length }
  }
  const e = execAt(ENERGY_RE(), s, at)
  // a suffix only after a capital W: "in 2030 we" is a year and a pronoun
  if (e && !(e[2] === 'w' && e[3])) {
    const [, scale = '', base = '', peak = ''] = e
    const unit = (scale.toLowerCase() === 'k' ? 'k' : scale.toUpperCase()) + (base.toLowerCase() === 'wh' ? 'Wh' : 'W') + peak.toLowerCase()
    return { unit, kind: 'quantity', factor: 1, end: at + e[0].length }
  }
  const w = execAt(r.energyWord(), s, at)
  if (w) {
    const unit = `${r.energyPrefix[(w[1] ?? '').toLowerCase()] ?? ''}${w[2] ? 'Wh' : 'W'}`
    return { unit, kind: 'quantity', factor: 1, end: at + w[0].length }
  }
  return undefined
}

/** A measure, grown into a rate when "per <unit>" or "/<unit>" follows ("187 g CO2/kWh" is g/kWh). */
function measureOrRateAt(ctx: Ctx, at: number): UnitMatch | undefined {
  const num = measureAt(ctx, at)
  if (!num || num.kind !== 'quantity') return num
  const sep = execAt(ctx.r.rateSep(), ctx.s, num.end)
  if (!sep) return num
  const denAt = num.end + sep[0].length
  for (const [re, unit] of ctx.r.transport) {
    const m = execAt(re(), ctx.s, denAt)
    if (m) return { ...num, unit: `${num.unit}/${unit}`, end: denAt + m[0].length }
  }
  const den = measureAt(ctx, denAt)
  if (!den || !RATE_DENOMINATORS.has(den.unit)) return num
  return { ...num, unit: `${num.unit}/${den.unit}`, end: den.end }
}

function unitAfter(ctx: Ctx, at: number): UnitMatch | undefined {
  const { s, r } = ctx
  const currency = firstAt(r.currencyWords, s, at)
  if (currency) return { unit: currency.rule.code || currencyOf(currency.match[0], ctx), kind: 'amount', factor: 1, end: at + currency.match[0].length }
  const perHours = execAt(r.perHours(), s, at)
  if (perHours) return { unit: /^200/.test(perHours[1] ?? '') ? 'per 200k hours' : 'per 1M hours', kind: 'quantity', factor: 1, end: at + perHours[0].length }
  return measureOrRateAt(ctx, at)
}

// ---------- sentence-level rules ----------

/**
 * Base year, deadline, goal named by its year ("its 2030 target": dates only what follows), or
 * year that dates nothing and has no role (a maturity, or a year set aside: "rather than 2040").
 */
function setYearRole(ctx: Ctx, d: Draft): void {
  const { s, r } = ctx
  const pre = before(s, d.start, 60).replace(r.fiscalTail, '').replace(r.yearListBefore, '')
  const post = s.slice(d.end, d.end + 60).replace(r.yearListAfter, '')
  // a name runs longer: "2024 Environmental, Social and Governance (ESG) Report"
  const named = s.slice(d.end, d.end + 90).replace(r.yearListAfter, '')
  if (r.maturityBefore.test(pre) || r.replacedBefore.test(pre) || r.foundedBefore.test(pre)) d.dateless = true
  // a report's edition ("bilancio di sostenibilità 2022", "its 2024 Serve 360 Report") is no period: a 2022 report tells of 2021
  else if (r.reportNameBefore.test(pre) || afterName(r, named, r.reportNameAfter)) d.dateless = true
  else if (r.yearBaseBefore.test(pre) || r.yearBaseAfter.test(post)) d.role = 'base'
  else if (r.yearTargetBefore.test(pre)) d.role = 'target'
  // goals named for their year: "2030 targets", "Toward 2025 Serve 360 Goals", "its 2025 Sustainability and Social Impact goals"
  else if (r.yearGoalBefore.test(pre) || afterName(r, named, r.yearTargetAfter) || (r.determinerBefore.test(pre) && r.yearGoalAfter.test(post))) {
    d.role = 'target'
    d.forwardOnly = true
  }
}

/** Words of a capitalised name read past before the noun after a year: "2024 Environmental, Social and Governance (ESG) Report". */
const MAX_NAME_WORDS = 6

/** Whether `noun` starts `after` right away or once the words of a capitalised name are passed. */
function afterName(r: Rules, after: string, noun: RegExp): boolean {
  let rest = after
  for (let passed = 0; passed <= MAX_NAME_WORDS; passed++) {
    if (noun.test(rest)) return true
    const word = r.nameWord.exec(rest)
    if (!word) return false
    rest = rest.slice(word[0].length)
  }
  return false
}

const distance = (d: Draft, p: Draft): number => (p.start >= d.end ? p.start - d.end : d.start - p.end)

function nearest(d: Draft, pool: readonly Draft[], preferAfter: boolean): Draft | undefined {
  const after = pool.filter((p) => p.start >= d.end)
  const candidates = preferAfter && after.length > 0 ? after : pool
  let best: Draft | undefined
  for (const p of candidates) {
    // On a tie the following year wins: "14.2% in 2022" after "… in 2023 vs".
    if (!best || distance(d, p) < distance(d, best) || (distance(d, p) === distance(d, best) && p.start >= d.end)) best = p
  }
  return best
}

const periodOf = (d: Draft): string => (d.kind === 'year-range' ? `${d.value}/${d.valueEnd}` : String(d.value))

const isValue = (d: Draft): boolean => d.kind === 'amount' || d.kind === 'percent' || d.kind === 'quantity' || d.kind === 'count'
const isYearDraft = (d: Draft): boolean => d.kind === 'year' || d.kind === 'year-range'

/**
 * Values compared against an earlier dated value ("22.5%, up from 14% in 2022"): the year dates the
 * value inside the comparison only (its period) and is the other values' base year, with no role of its own. A comparison with "a year
 * earlier" is dated the year before the sentence's own year, through a base year that is not a
 * figure of the sentence; with no year in the sentence it is dated nothing (`null`). `drafts` is
 * sorted by start.
 */
function comparisons(ctx: Ctx, drafts: readonly Draft[]): Map<Draft, Draft | null> {
  const { s, r } = ctx
  const out = new Map<Draft, Draft | null>()
  drafts.forEach((value) => {
    if (!isValue(value) || !r.previousYear.test(s.slice(value.end, value.end + 40)) || !r.compareCue.test(before(s, value.start, 50))) return
    const own = nearest(
      value,
      drafts.filter((d) => d.kind === 'year' && !d.role && !d.dateless),
      false,
    )
    out.set(value, own ? { start: value.end, end: value.end, kind: 'year', value: own.value - 1, role: 'base' } : null)
  })
  drafts.forEach((year, i) => {
    const value = drafts[i - 1]
    if (year.kind !== 'year' || year.role || !value || !isValue(value)) return
    if (!r.compareLink.test(s.slice(value.end, year.start).replace(r.fiscalTail, ''))) return
    const window = before(s, value.start, 50)
    const cue = r.compareCue.exec(window)
    if (!cue) return
    const cueStart = value.start - window.length + cue.index
    // "15.5% in 2023 vs 14.2% in 2022" contrasts two dated values: both years stay periods.
    const prior = drafts[i - 2]
    const contrast = prior?.kind === 'year' && !prior.role && prior.end <= cueStart && /^[\s,]*$/u.test(s.slice(prior.end, cueStart))
    if (!contrast) year.datesComparison = true
    out.set(value, year)
  })
  // "a decrease from 2022’s four", "an increase from 2022 where its workforce was 15.3%": the value after the year is that year's
  drafts.forEach((year, i) => {
    const value = drafts[i + 1]
    if (year.kind !== 'year' || year.dateless || year.role === 'target' || !value || !isValue(value) || out.has(value)) return
    if (!r.yearComparedBefore.test(before(s, year.start, 30))) return
    const link = r.yearOwnsValue.exec(s.slice(year.end, value.start))
    if (!link) return
    // a possessive only dates the value; a clause on the year makes it the base the change is counted from
    if (link[1]) year.datesComparison = true
    else year.role ??= 'base'
    out.set(value, year)
  })
  // "down from 46 the previous year and 118 in 2022": the next item of a compared value's list, dated by its own year, is compared too
  drafts.forEach((value, i) => {
    const year = drafts[i + 1]
    const prior = drafts.findLast((p) => p.end <= value.start && isValue(p))
    if (!prior || !out.has(prior) || out.has(value) || !isValue(value) || year?.kind !== 'year' || year.role || year.dateless) return
    const priorYear = out.get(prior)
    const from = priorYear && priorYear.end > prior.end ? priorYear.end : prior.end
    const joiner = s.slice(from, value.start).replace(r.previousYear, '')
    if (!r.listedAfter.test(joiner) || !r.compareLink.test(s.slice(value.end, year.start))) return
    year.datesComparison = true
    out.set(value, year)
  })
  return out
}

/** Bracketed asides: a comma inside one ("(indirette, legate al consumo di energia)") does not part what stands around it. */
const BRACKETED = /\([^()]*\)/gu

/**
 * Whether the year or span from `at` to `end` names a plan ("Piano Strategico 2024-2028", "piano
 * industriale al 2025", "its 2026-2030 Strategic Plan"): no deadline. Words of intent between the
 * plan and the year make it the plan's goal instead ("Il piano prevede al 2028").
 */
function namesPlanAt(ctx: Ctx, at: number, end: number): boolean {
  const { s, r } = ctx
  const name = r.planName.exec(before(s, at, 40))
  return (name !== null && !speaksOfIntent(name[0], r.lang)) || r.planAfter.test(s.slice(end, end + 40))
}

/** The spans inside round brackets: a year there dates only the values beside it there. */
function parenSpans(s: string): Span[] {
  const spans: Span[] = []
  let open = -1
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(' && open < 0) open = i
    else if (s[i] === ')' && open >= 0) {
      spans.push([open, i + 1])
      open = -1
    }
  }
  return spans
}

/** ", which was launched in 2006,", ", che …,": from the opener to the next comma or the end. */
function relativeSpans(ctx: Ctx): Span[] {
  const { s, r } = ctx
  return [...s.matchAll(r.relative)].map((m) => {
    const next = s.slice(m.index + 1).search(/[,;]/u)
    return [m.index, next < 0 ? s.length : m.index + 1 + next] as const
  })
}

function clauseStarts(ctx: Ctx): number[] {
  const { s, r } = ctx
  const breaks = [...s.matchAll(r.clauseBreak), ...s.matchAll(r.namedClause)].map((m) => m.index + m[0].length)
  return [0, ...breaks.sort((a, b) => a - b)]
}

/** A goal cue before `at` within its clause, with no value between it and `at` ("obiettivo di arrivare al 64%"). */
function cueLeads(ctx: Ctx, drafts: readonly Draft[], from: number, at: number): boolean {
  const { s, r } = ctx
  const window = s.slice(from, at)
  let last = -1
  for (const m of window.matchAll(r.targetCues)) last = from + m.index + m[0].length
  return last >= 0 && !drafts.some((d) => isValue(d) && d.start >= last && d.end <= at)
}

/**
 * Where the words that may lead the value at `at` begin, from `from`: after an opening phrase with no value of its own
 * ("With a commitment to consistent public disclosure, WM is shifting …, publishing content in two formats"; "As part of
 * its pledge to reach net zero, the group installed 5 MW"), since goal wording there only frames the sentence.
 */
function framedUntil(ctx: Ctx, drafts: readonly Draft[], from: number, at: number): number {
  const { s, r } = ctx
  const opener = r.framingOpener.exec(s)
  if (!opener) return from
  const comma = s.indexOf(',', opener[0].length)
  return comma < from || comma >= at || drafts.some((v) => isValue(v) && v.start < comma) ? from : comma
}

/** A goal's wording as a change in the infinitive ("to reduce … by 50%"), unless an achievement leads it ("managed to reduce"). */
function infinitiveGoal(ctx: Ctx, from: number, at: number): boolean {
  const { s, r } = ctx
  const m = r.targetInfinitive.exec(s.slice(from, at))
  return m !== null && !r.achievedBefore.test(s.slice(Math.max(0, from + m.index - 30), from + m.index))
}

/**
 * "the company’s 10% reduction target", "the original 25% target": a goal noun that ends the value's
 * noun phrase makes the value the goal's; not across a word of grammar ("95% of this target", "20 years off its target"),
 * nor for a bare count, which counts the goals ("12 new climate goals").
 */
function goalNounAfter(ctx: Ctx, d: Draft): boolean {
  const { s, r } = ctx
  if (d.kind === 'count') return false
  const m = r.yearGoalAfter.exec(s.slice(d.end, d.end + 40))
  return m !== null && !m[0].trim().split(/\s+/u).slice(0, -1).some((w) => r.notNames.has(w.toLowerCase()))
}

/**
 * A change is counted from a base year: "reduced … by 21% since 2018" makes 2018 a base, and a span
 * of years over which a change is stated ("Dal 2019 al 2021 … ridotto del 5%") is its base year and
 * the year it reaches, which dates the change. Only in a clause that states a change by a value
 * ("by 21%", "a 76% reduction") and sets no goal ("to cut emissions by 30% between 2020 and 2030" keeps its span).
 */
function changeBases(ctx: Ctx, drafts: Draft[], clauseStart: (at: number) => number): Draft[] {
  const { s, r } = ctx
  const changed = drafts.filter((d) => isValue(d) && (r.changeBy.test(before(s, d.start, 12)) || r.changeAfter.test(s.slice(d.end, d.end + 24))))
  const changes = new Set(changed.map((d) => clauseStart(d.start)))
  if (!changes.size) return drafts
  const inChange = (d: Draft) => changes.has(clauseStart(d.start)) && !r.targetCue.test(s.slice(clauseStart(d.start), d.start))
  // "from" counts from a year only after the change: "highlights from 2020 including a 76% reduction" dates the highlights
  const counted = (d: Draft) =>
    r.since.test(before(s, d.start, 20)) ||
    (r.changeSince.test(before(s, d.start, 20)) && changed.some((c) => c.end <= d.start && clauseStart(c.start) === clauseStart(d.start)))
  return drafts.flatMap((d): Draft[] => {
    if (d.kind === 'year' && !d.dateless && counted(d) && inChange(d)) return [{ ...d, role: 'base' }]
    if (d.kind !== 'year-range' || d.role || !inChange(d) || d.valueEnd === undefined) return [d]
    const digits = [...s.slice(d.start, d.end).matchAll(/\d+/gu)]
    const [first, last] = [digits[0], digits.at(-1)]
    if (!first || !last || first === last) return [d]
    const at = (m: RegExpMatchArray) => d.start + (m.index ?? 0)
    return [
      { start: at(first), end: at(first) + first[0].length, kind: 'year', value: d.value, role: 'base' },
      { start: at(last), end: at(last) + last[0].length, kind: 'year', value: d.valueEnd },
    ]
  })
}

/** What one sentence says: its figures, and its own period (a year that dates it) when it states one. */
export interface ParsedSentence {
  figures: ParsedFigure[]
  period?: string
}

function finish(ctx: Ctx, input: Draft[]): ParsedSentence {
  const { s, r } = ctx
  const starts = clauseStarts(ctx)
  // `starts` ascends: the last at or before `at` is its clause's
  const clauseStart = (at: number): number => starts.findLast((c) => c <= at) ?? 0
  const drafts = changeBases(ctx, input, clauseStart)
  for (const d of drafts) if (d.kind === 'year' && !d.relative && !d.role) setYearRole(ctx, d)
  // a clause of the future or of an intention makes its values goals and its deadline years theirs
  const intent = intentOf(s, r.lang)
  // A year later than the article's time cannot date a result: after "al"/"in" it is a deadline ("utile al 2028").
  // Neither makes a deadline of a year that names a plan ("il piano industriale al 2025 verrà proposto").
  const future = (d: Draft) => ctx.now !== undefined && d.value > ctx.now && r.futureDeadline.test(before(s, d.start, 12))
  for (const d of drafts) {
    if (d.kind === 'year' && !d.relative && !d.role && !d.dateless && (intent.deadlineAt(d.start) || future(d)) && !namesPlanAt(ctx, d.start, d.end)) d.role = 'target'
  }
  // A year right after a goal's value is its deadline: "l'obiettivo di arrivare al 64% nel 2027", "aims for 50% in 2030".
  drafts.forEach((year, i) => {
    const value = drafts[i - 1]
    if (year.kind !== 'year' || year.role || year.dateless || !value || !isValue(value)) return
    if (r.softDeadline.test(s.slice(value.end, year.start)) && cueLeads(ctx, drafts, clauseStart(value.start), value.start)) year.role = 'target'
  })
  // "l'obiettivo di net zero prima del 2030": a deadline word that a goal's wording leads in its clause
  for (const y of drafts) {
    if (y.kind === 'year' && !y.role && !y.dateless && r.cuedDeadline.test(before(s, y.start, 20)) && cueLeads(ctx, drafts, clauseStart(y.start), y.start)) y.role = 'target'
  }
  // "… prima del 2030 … e quello 2050": a pronoun for the goal just named, before another deadline
  if (drafts.some((d) => d.kind === 'year' && d.role === 'target')) {
    for (const y of drafts) if (y.kind === 'year' && !y.role && !y.dateless && r.goalPronoun.test(before(s, y.start, 20))) y.role = 'target'
  }
  // a span of years in a goal's clause is the goal's: "aims to recycle 38,000 tons between 2022 and 2026"
  for (const y of drafts) if (y.kind === 'year-range' && !y.role && r.targetCue.test(s.slice(clauseStart(y.start), y.start))) y.role = 'target'
  // "(from a baseline of 1.16 million tonnes … in 2019)": the baseline is a base value, and the year that dates it the base year
  const baseValues = new Map<Draft, Draft | undefined>()
  drafts.forEach((d, i) => {
    if (!isValue(d) || d.role || !r.baseValue.test(before(s, d.start, 40))) return
    const next = drafts[i + 1]
    const year = next?.kind === 'year' && !next.role && !next.dateless && next.start - d.end < 60 ? next : undefined
    if (year) year.role = 'base'
    baseValues.set(d, year)
  })
  const compared = comparisons(ctx, drafts)
  const parens = parenSpans(s)
  const parenOf = (d: Draft): number => parens.findIndex(([a, b]) => d.start >= a && d.end <= b)
  // brackets and relative clauses (", which was launched in 2006,"): a year inside dates only what is inside
  const enclosed = [...parens, ...relativeSpans(ctx)]
  const enclosureOf = (d: Draft): number => enclosed.findIndex(([a, b]) => d.start >= a && d.end <= b)
  // "l'80% … (62% nel 2021 e 74% nel 2022)": values dated inside brackets beside a value outside them are comparisons;
  // a total since a year ("(circa 1,2 miliardi dal 2018)") is no other year's value
  const outsideValue = drafts.find((d) => isValue(d) && parenOf(d) < 0)
  drafts.forEach((year, i) => {
    const value = drafts[i - 1]
    const p = parenOf(year)
    if (p < 0 || !outsideValue || year.kind !== 'year' || year.role || year.dateless || !value || !isValue(value) || compared.has(value)) return
    const link = s.slice(value.end, year.start)
    if (parenOf(value) !== p || outsideValue.start > value.start || !r.parenLink.test(link) || r.since.test(link)) return
    compared.set(value, year)
  })
  const years = drafts.filter(isYearDraft)
  const plain = years.filter((d) => !d.role && !d.dateless && !d.relative)
  const targets = years.filter((d) => d.role === 'target')
  // years that date a compared value ("up from 74% in 2023"), including "a year earlier" with no year figure
  const comparisonYears = new Set([...compared.values()].filter((b): b is Draft => b !== null))
  const periods = plain.filter((d) => !comparisonYears.has(d))
  const bases = [...new Set([...years.filter((d) => d.role === 'base' || d.datesComparison), ...[...comparisonYears].filter((d) => d.role === 'base')])]
  // clauses with a value of their own; one with none (", against a 2019 baseline") or only a compared
  // value (", contro il 47% dell'anno precedente") qualifies its neighbours
  const valueClauses = new Set(drafts.filter((d) => isValue(d) && !compared.has(d)).map((d) => clauseStart(d.start)))
  // the deadline each value took, read by the values after it
  const deadlineOf = new Map<Draft, Draft>()
  const figures = drafts
    .filter((d) => !d.relative)
    .map((d): ParsedFigure => {
      const fig: ParsedFigure = { text: s.slice(d.start, d.end), start: d.start, end: d.end, kind: d.kind, value: d.value }
      if (d.valueEnd !== undefined) fig.valueEnd = d.valueEnd
      if (d.unit) fig.unit = d.unit
      if (d.qualifier) fig.qualifier = d.qualifier
      // a year is a period, a deadline or a base; it has no period of its own
      if (isYearDraft(d) || d.kind === 'date') {
        if (d.role) fig.role = d.role
        return fig
      }
      const dated = (y: Draft | undefined) => {
        if (!y) return
        fig.period = periodOf(y)
        fig.periodFrom = 'sentence'
      }
      if (baseValues.has(d)) {
        fig.role = 'base'
        dated(baseValues.get(d))
        return fig
      }
      const inComparison = compared.get(d)
      if (inComparison !== undefined || d.role === 'comparison') {
        fig.role = 'comparison'
        // the earlier value of a change whose base year the sentence states is that year's: "rispetto al 2021 (da 0,21 a 0,20)"
        dated(inComparison ?? (d.role === 'comparison' ? nearest(d, bases.filter((b) => b.end <= d.start && b.role === 'base'), false) : undefined))
        return fig
      }
      // a year in brackets dates only the values in the same brackets
      const p = enclosureOf(d)
      const reachable = periods.filter((y) => enclosureOf(y) < 0 || enclosureOf(y) === p)
      if (d.kind === 'ordinal') {
        dated(nearest(d, reachable, false))
        return fig
      }
      // A target year or target wording makes a value a target only within its own clause:
      // "Women held 21.7%, against a target of 25% by 2027" targets only the 25%; a deadline after
      // another goal's wording is that goal's ("salito al 61%, anticipando l'obiettivo UE del 60% al
      // 2030" targets only the 60%). A target's period is its deadline; a stated base year ("against
      // a 2019 base year") reaches every clause. Any other value takes a base year from its own clause,
      // or from a clause with no value of its own: "58% lower than in 2019, …, helped by the closure
      // of 64 branches" gives the 64 none.
      const from = clauseStart(d.start)
      const sameClause = (y: Draft): boolean => clauseStart(y.start) === from
      const cueFrom = Math.max(from, d.start - 120)
      const region = intent.regionOf(d.start)
      // what a plan is of is a goal: "un piano quinquennale da un miliardo di euro", "piano da 2,3 mld utile al 2028"
      const ledFrom = (from: number) => {
        const at = framedUntil(ctx, drafts, from, d.start)
        return r.targetCue.test(s.slice(at, d.start)) || infinitiveGoal(ctx, at, d.start) || r.planAmount.test(before(s, d.start, Math.min(50, d.start - at))) || goalNounAfter(ctx, d)
      }
      const led = ledFrom(cueFrom)
      // A deadline after the value is another goal's when a goal's wording stands between them, or,
      // for a value no goal's wording leads, a year that dates the value or a comma with no value of a
      // list between: "invested £25m to install heat pumps…, as part of its efforts to decarbonise its
      // UK sites by 2030", "a 50% cut in 2019 meant it had achieved a goal set for 2025"; not "cut
      // emissions by 30%, water by 20% and waste by 10% by 2030", nor "…, and cut energy use by 10% from a 2015 base, all by 2025".
      const between = (t: Draft) => (y: Draft) => y.start >= d.end && y.end <= t.start
      const othersDeadline = (t: Draft): boolean =>
        t.start >= d.end &&
        (r.targetCue.test(s.slice(d.end, t.start)) ||
          infinitiveGoal(ctx, d.end, t.start) ||
          (!led &&
            (plain.some(between(t)) ||
              (s.slice(d.end, t.start).replace(BRACKETED, '').includes(',') && !r.sharedDeadline.test(s.slice(d.end, t.start)) && !drafts.some((v) => isValue(v) && between(t)(v))))))
      // a goal with no deadline in its clause takes the one its intended stretch states: "Looking ahead to 2028, LEGO is scheduled to complete … 80MWp"
      // A deadline that only its year makes one ("utile al 2028"), before the value and across a comma, is the value's
      // only when it opens its clause ("By 2025, it will invest £6 billion") or a value between takes it too (a list:
      // "al 2028 un utile di 2,3 miliardi e ricavi a 13,5, oltre a 3,2"); not "utile al 2028, 53 nuovi obiettivi".
      const endsBefore = (t: Draft): boolean =>
        !led &&
        t.end <= d.start &&
        intent.deadlineRegionOf(t.start) < 0 &&
        !r.targetCue.test(s.slice(clauseStart(t.start), t.start)) &&
        s.slice(t.end, d.start).replace(BRACKETED, '').includes(',') &&
        !r.leadDeadline.test(s.slice(clauseStart(t.start), t.start)) &&
        !drafts.some((v) => v.start >= t.end && v.end <= d.start && deadlineOf.get(v) === t)
      const target =
        nearest(d, targets.filter((t) => sameClause(t) && (!t.forwardOnly || t.end <= d.start) && !othersDeadline(t) && !endsBefore(t)), true) ??
        (region >= 0 ? nearest(d, targets.filter((t) => intent.deadlineRegionOf(t.start) === region && !othersDeadline(t)), true) : undefined)
      // a value after a comma whose own stretch states a past fact is reported, whatever goal the words before the comma name:
      // "As part of its commitment to invest EUR 7.5 billion by 2030, an additional EUR 0.7 billion was invested"
      const pastAfterGoal = intent.pastAfterCommaAt(d.start) && !ledFrom(s.lastIndexOf(',', d.start))
      // "reduce carbon emissions by 50% at 15 breweries by 2025": a bare count after a preposition of place is where the goal applies
      const scope = d.kind === 'count' && !d.unit && namesScopeAt(ctx, d.start)
      const isTarget = (target !== undefined || led || region >= 0) && !intent.reportedAt(d.start) && !pastAfterGoal && !scope
      const reaches = (b: Draft): boolean =>
        sameClause(b) || (isTarget ? !comparisonYears.has(b) : !valueClauses.has(clauseStart(b.start)))
      // a base year stated after a value with no other value between is that value's: "a 51% reduction … from 2006, and a 93% reduction … since 2003"
      const reached = bases.filter(reaches)
      const base = nearest(d, reached.filter((b) => b.start >= d.end && !drafts.some((v) => isValue(v) && between(b)(v))), false) ?? nearest(d, reached, false)
      if (isTarget) {
        fig.role = 'target'
        if (target && !target.relative) {
          dated(target)
          deadlineOf.set(d, target)
          if (target.kind === 'year') fig.targetYear = target.value
          // a goal with no deadline is met over the span of years its clause names: "(looking ahead,) 100 billion between 2020 and 2030"
        } else if (!target) dated(nearest(d, reachable.filter((y) => y.kind === 'year-range' && sameClause(y)), true))
      } else {
        const y = nearest(d, reachable, false)
        // "Between 2019 and 2023, … increased its emissions output to 1.82 million": the level a change reaches over a span is its last year's
        if (y?.kind === 'year-range' && y.valueEnd !== undefined && r.changeTo.test(before(s, d.start, 60))) dated({ ...y, kind: 'year', value: y.valueEnd })
        else dated(acrossYears(ctx, y, reachable) ?? y)
      }
      if (base) fig.baseYear = base.value
      return fig
    })
  const own = periods.find((y) => parenOf(y) < 0) ?? periods[0]
  return { figures, ...(own ? { period: periodOf(own) } : {}) }
}

/** "across 2018 and 2019": two years joined by "and" after a word of spanning date a value nearest the first by the span from one to the other. */
function acrossYears(ctx: Ctx, y: Draft | undefined, years: readonly Draft[]): Draft | undefined {
  if (y?.kind !== 'year') return undefined
  const { s, r } = ctx
  const pair = (a: Draft, b: Draft) => b.kind === 'year' && b.value > a.value && r.yearsJoin.test(s.slice(a.end, b.start)) && r.acrossYears.test(before(s, a.start, 30))
  // only from the span's first year: a value nearest its last may be dated by another mention of that year ("… and 2019 and processed 15.5 million tons in 2019")
  const next = years.find((z) => z.start >= y.end && pair(y, z))
  return next && { ...y, kind: 'year-range', valueEnd: next.value, end: next.end }
}

/** "10-15%", "da 10 a 15 milioni": a bare number joined to a measured one shares its scale and unit. */
function isRange(ctx: Ctx, a: Draft, b: Draft): boolean {
  const bare = a.kind === 'count' && a.factor === 1 && !a.unit
  const measured = b.unit !== undefined || (b.factor ?? 1) !== 1
  return bare && measured && b.value > a.value * (b.factor ?? 1) && (ctx.r.rangeTo.test(ctx.s.slice(a.end, b.start)) || ctx.r.rangeAround.test(`${before(ctx.s, a.start, 30)}\0${ctx.s.slice(a.end, b.start)}`))
}

/** "2 miliardi e 749 milioni di euro", "1 billion and 200 million": one amount written in two scales. */
function sumOfScales(ctx: Ctx, a: Draft, b: Draft): boolean {
  const big = a.factor ?? 1
  const small = b.factor ?? 1
  return (a.kind === 'count' || a.kind === b.kind) && !(a.unit && a.unit !== b.unit) && big >= 1e6 && small >= 1e3 && small < big &&
    b.value < big && ctx.r.joinedByAnd.test(ctx.s.slice(a.end, b.start))
}

/**
 * "salito dal 7 al 10%", "rose from 7% to 10%": a change from an earlier value, which is a
 * comparison (its period is its own, when the sentence gives one), not a range; a bare first
 * number shares the second's unit.
 */
function changeFromTo(ctx: Ctx, a: Draft, b: Draft): boolean {
  const { s, r } = ctx
  if (!isValue(a) || !isValue(b) || !r.rangeTo.test(s.slice(a.end, b.start)) || !r.changeFrom.test(before(s, a.start, 40))) return false
  a.role = 'comparison'
  if (a.kind === 'count' && !a.unit && a.factor === 1 && b.unit) {
    a.kind = b.kind
    a.unit = b.unit
    a.value = clean(a.value * (b.factor ?? 1))
  }
  return true
}

/**
 * Bare numbers that take the unit of the value they belong to:
 * - a number compared right after a measured one ("0.87 per million hours, compared with 1.02",
 *   "850.000 euro, contro 700.000") shares its unit, when neither has a scale word or scaled unit;
 * - a number of millions or billions in a sentence with exactly one currency is money in that
 *   currency when what follows is no other thing it counts ("4,6 milioni in liberalità", "2,05
 *   miliardi di nuovi green bond"; "60 milioni di clienti" stays a count), and so is any scaled
 *   part of an amount ("$2 billion …, of which 500 million", "Dei 145 milioni di euro …, 60 milioni …").
 */
function inheritUnits(ctx: Ctx, drafts: Draft[]): void {
  const { s, r } = ctx
  const currencies = new Set(drafts.filter((d) => d.kind === 'amount').map((d) => d.unit))
  const firstComma = s.indexOf(',')
  drafts.forEach((d, i) => {
    if (d.kind !== 'count' || d.unit) return
    const prev = drafts[i - 1]
    if ((d.factor ?? 1) === 1) {
      if (prev?.unit && isValue(prev) && (prev.factor ?? 1) === 1 && r.comparedRightAfter.test(s.slice(prev.end, d.start))) {
        d.kind = prev.kind
        d.unit = prev.unit
      }
      return
    }
    const [currency] = currencies
    if (currencies.size !== 1 || !currency) return
    const money = (d.factor ?? 1) >= 1e6 && r.moneyAfter.test(s.slice(d.end, d.end + 40))
    if (!money && r.countedAfter.test(s.slice(d.end, d.end + 8))) return
    // the whole is the value just before ("of which") or the one the sentence opens with ("Of the …,")
    const values = drafts.slice(0, i).filter(isValue)
    const last = values.at(-1)
    const first = values[0]
    const ofWhich = last?.kind === 'amount' && r.partOfWhich.test(before(s, d.start, 30))
    const opening =
      first?.kind === 'amount' &&
      r.partOfOpening.test(s) &&
      first.end <= firstComma &&
      /^,[ \u00a0]*(?:[\p{L}]+[ \u00a0]+)?$/u.test(s.slice(firstComma, d.start))
    if (money || ofWhich || opening) {
      d.kind = 'amount'
      d.unit = currency
    }
  })
}

const ATOM_RE = /\d+(?:[.,\u00a0\u202f]\d+)*|[\p{L}\p{M}]+/gu

function parse(ctx: Ctx): ParsedSentence {
  return finish(ctx, draftsOf(ctx))
}

/** Every number of the sentence as a draft figure (value, unit, kind, qualifier), before {@link finish} gives them roles and periods. */
function draftsOf(ctx: Ctx): Draft[] {
  const { s, r } = ctx
  const blocked = blockedSpans(ctx)
  const fixed = [...numericDates(ctx), ...yearRanges(ctx)].filter((d) => !inside(blocked, d.start))
  const taken: Span[] = fixed.map((d) => [d.start, d.end])
  const drafts: Draft[] = [...fixed]
  let cursor = 0
  for (const m of s.matchAll(ATOM_RE)) {
    const at = m.index
    if (at < cursor || inside(blocked, at) || inside(taken, at)) continue
    const core = /\d/.test(m[0][0] ?? '') ? digitCore(ctx, at, m[0]) : wordCore(ctx, at, at + m[0].length)
    const draft = core && grow(ctx, core)
    if (!draft || draft.start < cursor || taken.some(([a, b]) => draft.start < b && draft.end > a)) continue
    const last = drafts[drafts.length - 1]
    if (last && sumOfScales(ctx, last, draft)) drafts[drafts.length - 1] = { ...draft, start: last.start, value: clean(last.value + draft.value) }
    else if (last && changeFromTo(ctx, last, draft)) drafts.push(draft)
    else if (last && isRange(ctx, last, draft)) {
      const { qualifier, value } = last
      drafts[drafts.length - 1] = { ...draft, start: last.start, value: clean(value * (draft.factor ?? 1)), valueEnd: draft.value, ...(qualifier ? { qualifier } : {}) }
    } else drafts.push(draft)
    cursor = draft.end
  }
  // "by the end of the decade": a deadline whose year the report gives (figure-context.ts reads it), not a decade's length
  for (const m of s.matchAll(r.decadeEnd)) {
    const end = m.index + m[0].length
    const within = drafts.findIndex((d) => d.start >= m.index && d.end <= end)
    if (within >= 0) drafts.splice(within, 1)
    drafts.push({ start: m.index, end, kind: 'year', value: NaN, role: 'target', relative: true })
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end)
  // "April 29, 2019", "31 dicembre 2023": a day and month before their year are one date, which the year dates and values
  for (let k = drafts.length - 2; k >= 0; k--) {
    const [day, year] = [drafts[k]!, drafts[k + 1]!]
    if (day.kind === 'date' && year.kind === 'year' && !year.role && DAY_YEAR_GAP.test(s.slice(day.end, year.start))) drafts.splice(k, 2, { ...year, start: day.start })
  }
  inheritUnits(ctx, drafts)
  return drafts
}

const DAY_YEAR_GAP = /^,?[ \u00a0]+$/u

/** Words that may make a figure without a digit, in any language (compounds are checked by compoundNumber). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  Object.values(FIGURE_WORDS).flatMap((w) => {
    const n = w.numbers
    return [
      ...Object.keys(n.units), ...Object.keys(n.tens), ...Object.keys(n.ordinals), ...Object.keys(n.afterArticle), ...n.half,
      ...n.scaleWithArticle, ...Object.keys(n.yearSpans),
      ...Object.keys(n.fractions).flatMap((f) => f.split(' ')).filter((x) => !n.indefinite.includes(x)),
    ]
  }),
)

/**
 * False when `text` holds no figure {@link parseFigures} could find, in any language: no digit
 * and no number word. Much cheaper than parsing, for callers that parse every short text they get
 * (each search query): most have neither.
 */
export function mayHoldFigure(text: string): boolean {
  if (/\d/.test(text)) return true
  const all = (Object.keys(FIGURE_WORDS) as Lang[]).map(numberWordRulesOf)
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = word.normalize('NFC').toLowerCase()
    if (NUMBER_WORDS.has(w) || all.some((r) => r.halving.test(w) || r.multiplying.test(w) || r.multiplyingAfterTo.test(w) || (r.w.numbers.grammar === 'compound' && compoundNumber(r, w) !== undefined))) return true
  }
  return false
}

/**
 * Reads one sentence: every number in it, normalised (value, unit, kind, qualifier, role, period,
 * target and base year), and the sentence's own period. Offsets are relative to `sentence`, and
 * `sentence.slice(start, end) === text`. `lang` is a BCP 47 tag; its language's words
 * (src/core/lang/<lang>/figure-words.ts) read the sentence ("42.000" and "24,1" in Italian),
 * anything unknown is read as English.
 *
 * Identifiers ("COP29", "ISO 50001", "Scope 3") are not figures, nor are number words inside
 * compounds ("second-life", "tier-one"). Periods: a value's period is the year of the sentence
 * that dates it (a year has none of its own); a target's is its deadline ("5% by 2030" → 2030;
 * "l'obiettivo di arrivare al 64% nel 2027" → 2027), and a deadline belongs to the goal whose
 * wording it follows ("salito al 61%, anticipando l'obiettivo UE del 60% al 2030" targets only the
 * 60%). A target year or target wording makes a value a target only within its own clause. Roles:
 * `comparison` for another period's value quoted beside the current one ("up from 14% in 2022",
 * "(62% nel 2021 e 74% nel 2022)", "salito dal 7 al 10%": the 7), dated by its own year (the
 * year before the sentence's own for "a year earlier"); `base` for base years. A maturity ("con
 * scadenza 2031") or a year set aside ("by 2045 rather than 2040") dates nothing. Units: a bare
 * number takes the unit of the measured value it is compared with right after, and millions or
 * billions the currency of a sentence with exactly one. `now`, the article's own year when known,
 * makes a later year after "al"/"in" a deadline ("utile al 2028"). Never throws: a sentence it cannot read
 * yields fewer figures, not an error, because one odd sentence must not stop a whole corpus build.
 */
export function parseSentence(sentence: string, lang: string, now?: number): ParsedSentence {
  if (typeof sentence !== 'string' || sentence.length === 0) return { figures: [] }
  try {
    return parse({ s: sentence, r: rulesOf(baseLang(typeof lang === 'string' ? lang : 'en')), ...(now !== undefined ? { now } : {}) })
  } catch {
    return { figures: [] }
  }
}

/** The figures of one sentence ({@link parseSentence}). */
export function parseFigures(sentence: string, lang: string): ParsedFigure[] {
  return parseSentence(sentence, lang).figures
}

/**
 * Where {@link parseFigures} finds a value in `text` (a figure but a year, span of years or date)
 * and the value, without the roles and periods it works out for them, which change neither: for a
 * search query, whose numbers only match as values, at two thirds of the cost.
 */
export function parseValues(text: string, lang: string): Array<Pick<ParsedFigure, 'start' | 'end' | 'value'>> {
  try {
    return draftsOf({ s: text, r: rulesOf(baseLang(lang)) })
      .filter((d) => !isDating(d))
      .map(({ start, end, value }) => ({ start, end, value }))
  } catch {
    return []
  }
}

/** Whether `word` is one after which a number is a name ("Scope" of "Scope 3", "articolo"), in the language's words. */
export function isIdentifierPrefix(word: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).idPrefixes.has(word.toLowerCase())
}

/** "by the end of the decade": whether `text` names a deadline at the end of the decade, in the language's words. */
export function namesDecadeEnd(text: string, lang: string): boolean {
  const re = rulesOf(baseLang(lang)).decadeEnd
  re.lastIndex = 0
  return re.test(text)
}

/** Whether `text` sets the deadline the article stated last, without its year ("by the same date", "entro la stessa data"). */
export function namesSameDate(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).sameDate.test(text)
}

/** Whether `text` sets a deadline at the end of the article's own year ("entro fine anno", "planned for this year"). */
export function namesYearEnd(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).yearEnd.test(text)
}

/** Whether `text` names the article's own year without its number ("this year", "quest'anno"). */
export function namesThisYear(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).thisYear.test(text)
}

/** Whether the year or span from `at` to `end` in `text` names a plan ("Piano Strategico 2024-2028"), in the language's words. */
export function namesPlan(text: string, at: number, end: number, lang: string): boolean {
  return namesPlanAt({ s: text, r: rulesOf(baseLang(lang)) }, at, end)
}

/** Whether the year at `at` in `text` follows a month ("in April 2024", "nel marzo 2023") or begins with its day and month: the date of an event, to the month or day. */
export function datedToMonth(text: string, at: number, lang: string): boolean {
  const r = rulesOf(baseLang(lang))
  const word = prevWord(text, at)?.word
  if (word !== undefined && isMonth(r, word)) return true
  // "April 29, 2019", "31 dicembre 2023": a year written with its day and month, from either
  const written = DATE_START.exec(text.slice(at, at + DATE_START_REACH))?.[1]
  return written !== undefined && isMonth(r, written)
}

const DATE_START = /^(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+)?([\p{L}\p{M}]+)/u
const DATE_START_REACH = 24

/** Whether `after`, the words right after a number of years, make it years on end ("three years in a row"). */
export function countsInARow(after: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).inARow.test(after)
}

/** Whether the value from `start` to `end` in `text` is a goal set aside ("an earlier target of 30%", "contro il 21% precedente"). */
export function namesPreviousGoal(text: string, start: number, end: number, lang: string): boolean {
  const r = rulesOf(baseLang(lang))
  return r.previousGoalBefore.test(before(text, start, 40)) || r.previousGoalAfter.test(text.slice(end, end + 30))
}

/** Whether `text` leaves its time open in the language's words ("in recent years", "negli ultimi anni"). */
export function namesVaguePeriod(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).vaguePeriod.test(text)
}

/** Whether `text` speaks of the world's warming ("a 1.5C pathway", "riscaldamento globale"): a temperature there is the world's limit. */
export function namesWarming(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).warming.test(text)
}

/** Whether `between`, the words from a value to a span of years, make the span end with the value's year ("… nell'ultimo triennio"). */
export function spansToNow(between: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).lastYears.test(between)
}

/** Whether the words right before `at` in `text` count from the year there ("since 2017", "dal 2017"). */
export function countsSince(text: string, at: number, lang: string): boolean {
  return rulesOf(baseLang(lang)).since.test(before(text, at, 20))
}

/**
 * The party whose estimate `text` gives ("The IEA estimates that …" → "IEA"), in the language's
 * words, when it is a name and not a noun for the article's own organisation ("The Group estimates").
 */
export function attributedTo(text: string, lang: string): string | undefined {
  const r = rulesOf(baseLang(lang))
  const words = r.attributed.exec(text)?.[1]?.split(/[ \u00a0]+/u).filter((x) => !r.w.articles.includes(x.toLowerCase()))
  return words?.length && !words.some((x) => r.selfNouns.has(x.toLowerCase())) ? words.join(' ') : undefined
}

const namesScopeAt = (ctx: Ctx, at: number): boolean => ctx.r.scopeBefore.test(before(ctx.s, at, 30))

/** Whether the words right before `at` in `text` make a bare count there the places a goal covers ("at 15 breweries", "nei 20 stabilimenti"). */
export function namesScope(text: string, at: number, lang: string): boolean {
  return namesScopeAt({ s: text, r: rulesOf(baseLang(lang)) }, at)
}

/** Whether `text` names a report in the language's words ("report", "bilancio"). */
export function namesReport(text: string, lang: string): boolean {
  return rulesOf(baseLang(lang)).report.test(text)
}
