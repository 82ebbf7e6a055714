import type { FigureKind, FigureRole, ParsedFigure, Qualifier } from './fact-schema.js'
import { baseLang } from '../lang/lang-tag.js'

/*
 * Figure parsing: a tokenizer finds number "cores" (digit groups and number words), then small
 * rules grow each core into a figure (currency before, scale word and unit after, qualifier words
 * before) and finally sentence-level rules give years their roles and other figures their
 * period / target year / base year. Every regex is either sticky at a known position or runs on a
 * short window, so the cost stays linear in the sentence length.
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
}

interface Ctx {
  s: string
  it: boolean
}

type Span = readonly [number, number]

const L = '\\p{L}\\p{M}'
/** Lookahead: no letter or digit glued on ("5 t" is tonnes, "5 tablets" is not). */
const END = `(?![${L}\\d])`
const SP = '[ \\u00a0\\u202f]*'
const WINDOW = 60

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
])

/** Words that, written with a capital, still are not names: a number after them is a figure ("In 2024", "Nearly 40%"). */
const NOT_NAMES = new Set(
  (
    'in on at by for from to of with since until till through during before after between over under above below within ' +
    'about around nearly almost approximately roughly some only just all top total the this that these those our its their ' +
    'his her a an and or but as than more less up per also each every both early late mid end ' +
    'il lo la l i gli le un una uno del dello della dei degli delle nel nello nella nei negli nelle al allo alla ai agli alle ' +
    'dal dallo dalla dai dagli dalle sul sullo sulla sui sugli sulle di da con su tra fra entro dopo prima durante fino verso ' +
    'oltre circa quasi almeno ben solo soltanto già ancora e o ma anche nell dell sull dall all questo questa questi queste ' +
    'nostro nostra suo sua loro ogni tutti tutte inizio fine metà fiscal fy esercizio'
  ).split(' '),
)

/** Prefixes that make the following number part of a name, in any case ("scope 3", "ISO 50001"). */
const ID_PREFIXES = new Set(
  'iso iec gri esrs sasb sdg sdgs scope cop euro pm tier version versione article articolo comma annex allegato'.split(' '),
)

const ID_ALT = [...ID_PREFIXES].join('|')
const LIST_SEP = '(?:[ \\u00a0]*[,&/–-][ \\u00a0]*|[ \\u00a0]+(?:and|e|or|o)[ \\u00a0]+)'
/** "Scope 1, 2 and 3", "Scope 1 e 2": every number in a list after an identifier prefix is part of the name. */
const ID_LIST_RE = new RegExp(`(?<![\\p{L}])(?:${ID_ALT})[ \\u00a0]+\\d{1,3}(?:${LIST_SEP}\\d{1,3})*${LIST_SEP}$`, 'iu')

const CURRENCY_CODES: Record<string, string> = {
  RMB: 'CNY', CNY: 'CNY', USD: 'USD', EUR: 'EUR', GBP: 'GBP', HKD: 'HKD', JPY: 'JPY', CHF: 'CHF',
  AUD: 'AUD', CAD: 'CAD', INR: 'INR', KRW: 'KRW', SGD: 'SGD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK',
}
const CODE_ALT = Object.keys(CURRENCY_CODES).join('|')
const SYMBOLS: Record<string, string> = { 'US$': 'USD', 'HK$': 'HKD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' }

// ---------- number syntax ----------

function parseWith(raw: string, group: string, decimal: string): number | undefined {
  const g = `[${group}\\u00a0\\u202f]`
  const d = `\\${decimal}`
  if (new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`).test(raw) || new RegExp(`^\\d+(?:${d}\\d+)?$`).test(raw)) {
    return Number(raw.replace(new RegExp(g, 'g'), '').replace(decimal, '.'))
  }
  return undefined
}

/** The value of a digit string in the language's format; the other format is a fallback for writers who mix them. */
function parseDigits(raw: string, it: boolean): number | undefined {
  return it ? (parseWith(raw, '.', ',') ?? parseWith(raw, ',', '.')) : (parseWith(raw, ',', '.') ?? parseWith(raw, '.', ','))
}

/** Avoids 24.1 * 1e9 = 24100000000.000004. */
function clean(n: number): number {
  return Number(n.toPrecision(15))
}

const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100

// ---------- scale words, units, currencies ----------

interface UnitRule {
  re: Sticky
  unit: string
  kind: 'percent' | 'quantity'
  factor?: number
  lang?: 'en' | 'it'
}

/**
 * A sticky pattern, compiled on its first use: a server's start need not compile the ~60 of them,
 * as it parses no figure until a question holds one.
 */
type Sticky = () => RegExp
const sticky = (src: string, flags = 'iu'): Sticky => {
  let re: RegExp | undefined
  return () => (re ??= new RegExp(src, `${flags}y`))
}

interface Scale {
  re: Sticky
  factor: number
  /** Only glued to a currency amount ("$3m" is money, "3m" is three metres). */
  moneyOnly?: boolean
}

const SCALES: readonly Scale[] = [
  { re: sticky(`${SP}(?:thousand|mila)${END}`), factor: 1e3 },
  { re: sticky(`${SP}(?:million|milioni|milione|mln|mn)${END}`), factor: 1e6 },
  { re: sticky(`${SP}(?:billion|miliardi|miliardo|bn|mld|mrd)${END}`), factor: 1e9 },
  { re: sticky(`${SP}(?:trillion|tn)${END}`), factor: 1e12 },
  { re: sticky(`k${END}`), factor: 1e3, moneyOnly: true },
  { re: sticky(`m${END}`), factor: 1e6, moneyOnly: true },
  { re: sticky(`b${END}`, 'u'), factor: 1e9, moneyOnly: true },
]

const CO2 = '(?:CO2|CO₂|carbon\\s+dioxide|anidride\\s+carbonica)'
const CO2E = `${CO2}(?:${SP}(?:-?e|-?eq|equivalent|equivalente|equivalenti))?`

const UNITS: readonly UnitRule[] = [
  { re: sticky(`${SP}(?:percentage\\s+points?|punti\\s+percentuali|punto\\s+percentuale|p\\.p\\.|pp${END})`), unit: 'pp', kind: 'percent' },
  { re: sticky(`${SP}(?:%|per\\s?cent(?:o)?${END})`), unit: 'percent', kind: 'percent' },
  { re: sticky(`${SP}kt(?:${SP}${CO2E})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e3 },
  { re: sticky(`${SP}Mt(?:${SP}${CO2E})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e6 },
  { re: sticky(`${SP}Gt(?:${SP}${CO2E})?${END}`, 'u'), unit: 't', kind: 'quantity', factor: 1e9 },
  { re: sticky(`${SP}(?:kilotonnes?|kilotons?)${END}`), unit: 't', kind: 'quantity', factor: 1e3 },
  { re: sticky(`${SP}(?:megatonnes?|megatons?)${END}`), unit: 't', kind: 'quantity', factor: 1e6 },
  {
    re: sticky(`${SP}(?:(?:metric\\s+)?(?:tonnes?|tons?)|tonnellat[ae])(?:\\s+(?:of|di)\\s+${CO2E})?${END}`),
    unit: 't',
    kind: 'quantity',
  },
  { re: sticky(`${SP}t(?:${SP}${CO2E})?${END}`, 'u'), unit: 't', kind: 'quantity' },
  { re: sticky(`${SP}(?:kg|kilogram(?:me)?s?|chilogramm[io])${END}`), unit: 'kg', kind: 'quantity' },
  { re: sticky(`${SP}(?:gram(?:me)?s?|gramm[io])${END}`), unit: 'g', kind: 'quantity' },
  // A bare "g" needs a space or a rate slash: "5G" and "4g" are network names.
  { re: sticky(`(?:[ \\u00a0]+g|g(?=/))${END}`, 'u'), unit: 'g', kind: 'quantity' },
  { re: sticky(`${SP}(?:megalit(?:re|er)s?|megalitr[io])${END}`), unit: 'ML', kind: 'quantity' },
  { re: sticky(`${SP}ML${END}(?!['’])`, 'u'), unit: 'ML', kind: 'quantity' },
  { re: sticky(`${SP}(?:lit(?:re|er)s?|litr[io])${END}`), unit: 'L', kind: 'quantity' },
  { re: sticky(`${SP}L${END}(?!['’])`, 'u'), unit: 'L', kind: 'quantity' },
  { re: sticky(`${SP}(?:m3|m³|cubic\\s+met(?:er|re)s?|metri\\s+cubi|metro\\s+cubo)${END}`), unit: 'm3', kind: 'quantity' },
  {
    re: sticky(`${SP}(?:km2|km²|square\\s+kilomet(?:er|re)s?|chilometri\\s+quadrati|chilometro\\s+quadrato)${END}`),
    unit: 'km2',
    kind: 'quantity',
  },
  {
    re: sticky(`${SP}(?:m2|m²|sq\\.?\\s*m|square\\s+met(?:er|re)s?|metri\\s+quadr(?:at)?i|metro\\s+quadr(?:at)?o)${END}`),
    unit: 'm2',
    kind: 'quantity',
  },
  { re: sticky(`${SP}(?:km|kilomet(?:er|re)s?|chilometr[io])${END}`), unit: 'km', kind: 'quantity' },
  { re: sticky(`${SP}(?:hectares?|ettar[oi])${END}`), unit: 'ha', kind: 'quantity' },
  // Italian "ha" is the verb ("nel 2023 ha investito"), so the abbreviation is read in English only.
  { re: sticky(`${SP}ha${END}`, 'u'), unit: 'ha', kind: 'quantity', lang: 'en' },
  { re: sticky(`${SP}(?:hours?|hrs?)${END}`), unit: 'h', kind: 'quantity', lang: 'en' },
  { re: sticky(`${SP}ore${END}`), unit: 'h', kind: 'quantity', lang: 'it' },
  { re: sticky(`${SP}h${END}`, 'u'), unit: 'h', kind: 'quantity' },
  // durations: "9.4 years" (average fleet age), "12 mesi"
  { re: sticky(`${SP}(?:years?|yrs?)${END}`), unit: 'year', kind: 'quantity', lang: 'en' },
  { re: sticky(`${SP}anni${END}`), unit: 'year', kind: 'quantity', lang: 'it' },
  { re: sticky(`${SP}months?${END}`), unit: 'month', kind: 'quantity', lang: 'en' },
  { re: sticky(`${SP}mesi${END}`), unit: 'month', kind: 'quantity', lang: 'it' },
  // data rates: "speeds below 30 Mbps", "1 Gbit/s"
  { re: sticky(`${SP}(?:kbps|kbit/s|kb/s)${END}`), unit: 'kbps', kind: 'quantity' },
  { re: sticky(`${SP}(?:Mbps|Mbit/s|Mb/s)${END}`), unit: 'Mbps', kind: 'quantity' },
  { re: sticky(`${SP}(?:Gbps|Gbit/s|Gb/s)${END}`), unit: 'Gbps', kind: 'quantity' },
  { re: sticky(`${SP}(?:Tbps|Tbit/s|Tb/s)${END}`), unit: 'Tbps', kind: 'quantity' },
]

/** kWh, MWh, GWh, TWh and kW, MW, GW: the unit as written, in canonical case. */
const ENERGY_RE = sticky(`${SP}([kmgt]?)(wh|W)(p?)${END}`)
/** "4.850 megawatt", "187 … per kilowattora", "kilowatt-hours": the same units spelt out. */
const ENERGY_WORD_RE = sticky(`${SP}(kilo|chilo|mega|giga|tera)watt(?:s)?((?:[- ]?hours?|-?or[ae])?)${END}`)
const ENERGY_PREFIX: Record<string, string> = { kilo: 'k', chilo: 'k', mega: 'M', giga: 'G', tera: 'T' }

/** "g CO2/kWh", "grammi di CO2 per kilowattora", "t per hectare": a measure per unit of another measure. */
const RATE_SEP = sticky(`(?:${SP}(?:(?:of|di)\\s+)?${CO2E})?(?:${SP}/${SP}|\\s+per\\s+(?:(?:a|one|un|una|ogni)\\s+)?)`)
const RATE_DENOMINATORS = new Set(['kWh', 'MWh', 'GWh', 'TWh', 'km', 't', 'kg', 'm2', 'm3', 'L', 'ha'])
/** Transport work as a denominator: "per tonne-kilometre" is g/tkm, "per passenger-km" g/pkm (before "tonne" alone is read as t). */
const TRANSPORT_DENOMINATORS: readonly [Sticky, string][] = [
  [sticky(`(?:(?:metric\\s+)?(?:tonnes?|tons?|t)[- ]?(?:kilomet(?:re|er)s?|km)|tkm|tonnellat[ae][- ](?:chilometr[oi]|km))${END}`), 'tkm'],
  [sticky(`(?:(?:passengers?|pax|p)[- ]?(?:kilomet(?:re|er)s?|km)|pkm|passegger[oi][- ](?:chilometr[oi]|km))${END}`), 'pkm'],
]
/**
 * Frequency rates per hours worked ("LTIFR of 0.87 per million hours worked", "4,1 per milione di ore
 * lavorate"): unit "per 1M hours", or "per 200k hours" on the US (OSHA) basis.
 */
const PER_HOURS_RE = sticky(
  `\\s+per\\s+(?:(?:one|a|un|1)\\s+)?(million|milione|1[,.]000[,.]000|200[,.]000)\\s+(?:(?:of|di)\\s+)?(?:(?:man|working|work|labou?r)[- ]?)?(?:hours|ore)(?:\\s+(?:worked|lavorate))?${END}`,
)

const CURRENCY_WORDS: readonly [Sticky, string][] = [
  [sticky(`${SP}(?:${CODE_ALT})${END}`, 'u'), ''],
  [sticky(`${SP}(?:US\\$|HK\\$|[$€£¥])`, 'u'), ''],
  [sticky(`${SP}(?:yuan|renminbi)${END}`), 'CNY'],
  [sticky(`${SP}(?:hong\\s+kong\\s+dollars?|dollari\\s+di\\s+hong\\s+kong)${END}`), 'HKD'],
  [sticky(`${SP}(?:(?:US\\s+|U\\.S\\.\\s+)?dollars?|dollar[io](?:\\s+(?:USA|statunitensi|americani))?)${END}`), 'USD'],
  [sticky(`${SP}euros?${END}`), 'EUR'],
  [sticky(`${SP}(?:pounds?(?:\\s+sterling)?|sterlin[ae])${END}`), 'GBP'],
  [sticky(`${SP}yen${END}`), 'JPY'],
]

function currencyOf(written: string, s: string): string {
  const w = written.trim()
  const code = CURRENCY_CODES[w] ?? SYMBOLS[w] ?? ''
  // "¥" is shared by yuan and yen; these articles are about China unless the sentence says yen.
  if (w === '¥' && /JPY|\byen\b/i.test(s)) return 'JPY'
  return code
}

function execAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(s)
}

// ---------- qualifiers and cues ----------

const PREP_IT = "(?:di|del|dello|della|dell['’]|dei|degli|delle)"
const TO_IT = "(?:a|al|allo|alla|all['’]|ai|agli|alle)"
const ART_IT = "(?:il|lo|la|l['’]|i|gli|le)"
const B = `(?<![${L}])`

/** Ordered: the negated forms ("no less than") must win over the plain ones ("less than"). */
const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [new RegExp(`${B}(?:no|not)\\s+(?:less|fewer)\\s+than\\s*$|${B}non\\s+meno\\s+${PREP_IT}\\s*$`, 'iu'), 'at-least'],
  [new RegExp(`${B}(?:no|not)\\s+more\\s+than\\s*$|${B}non\\s+più\\s+${PREP_IT}\\s*$`, 'iu'), 'at-most'],
  [
    new RegExp(
      `${B}(?:at\\s+least|(?:a\\s+)?minimum(?:\\s+of)?|almeno|(?:un\\s+)?minimo(?:\\s+${PREP_IT})?)\\s*(?:${ART_IT}\\s*)?$|${B}minimum(?:\\s+[${L}-]+){1,6}\\s+of\\s*$|${B}minimo(?:\\s+[${L}-]+){1,6}\\s+${PREP_IT}\\s*$`,
      'iu',
    ),
    'at-least',
  ],
  [
    new RegExp(
      `${B}(?:up\\s+to|at\\s+most|(?:a\\s+)?maximum(?:\\s+of)?|fino\\s+${TO_IT}|al\\s+massimo|(?:un\\s+)?massimo(?:\\s+${PREP_IT})?)\\s*(?:${ART_IT}\\s*)?$`,
      'iu',
    ),
    'at-most',
  ],
  [
    new RegExp(
      `${B}(?:more\\s+than|over|exceeding|exceeds?|exceeded|surpass(?:ed|es|ing)?|above|in\\s+excess\\s+of|upwards\\s+of|oltre(?:\\s+${TO_IT}|\\s+${ART_IT})?|più\\s+${PREP_IT}|superior[ei]\\s+${TO_IT}|(?:superat[oaie]|super(?:a|ano|ando|ava|avano|ò|eranno|erà))(?:\\s+${ART_IT})?)\\s*$`,
      'iu',
    ),
    'over',
  ],
  [
    new RegExp(
      `${B}(?:less\\s+than|fewer\\s+than|under|below|meno\\s+${PREP_IT}|inferior[ei]\\s+${TO_IT}|al\\s+di\\s+sotto\\s+${PREP_IT}|sotto(?:\\s+${ART_IT})?)\\s*$`,
      'iu',
    ),
    'under',
  ],
  [new RegExp(`${B}(?:almost|nearly|close\\s+to|quasi|vicino\\s+${TO_IT})\\s*(?:${ART_IT}\\s*)?$`, 'iu'), 'almost'],
  [
    new RegExp(
      `${B}(?:about|approximately|approx\\.|approx|around|roughly|some|an\\s+estimated|circa|ca\\.|intorno\\s+${TO_IT}|approssimativamente|all['’]incirca)\\s*(?:${ART_IT}\\s*)?$`,
      'iu',
    ),
    'approximately',
  ],
]

const TARGET_CUE = new RegExp(
  `${B}(?:targets?\\s*(?:of|to|for|:)|aim(?:s|ing|ed)?\\s+to|goals?\\s+(?:of|to|is)|commit(?:s|ted|ment)?\\s+to|pledge[sd]?\\s+to|plans?\\s+to|obiettiv[oi]\\s+(?:di|del|della|è)|punta(?:no)?\\s+a|mira(?:no)?\\s+a|si\\s+(?:è\\s+)?impegnat[oa]?\\s+a|si\\s+impegna\\s+a|prevede\\s+di)`,
  'iu',
)

const YEAR_TARGET_BEFORE = new RegExp(
  `${B}(?:by(?:\\s+the\\s+year)?|(?:no|not)\\s+later\\s+than|entro(?:\\s+il|\\s+l['’]anno)?|target\\s+year(?:\\s+of)?|anno\\s+(?:obiettivo|target)(?:\\s+(?:il|del))?)\\s*$`,
  'iu',
)
const YEAR_TARGET_AFTER = new RegExp(`^\\s*(?:targets?|goals?)(?![${L}])`, 'iu')
/** A goal named with its year as an adjective: "l'obiettivo 2030", "its 2030 emissions target", "the 2030 goals". */
const YEAR_GOAL_BEFORE = new RegExp(`${B}(?:obiettiv[oi]|target|traguard[oi])(?:\\s+(?:al|il|del))?\\s*$`, 'iu')
const YEAR_GOAL_AFTER = new RegExp(
  `^\\s*(?:[${L}-]+\\s+){0,2}?(?:targets?|goals?|objectives?|ambitions?|deadline|commitments?|pledges?)(?![${L}])`,
  'iu',
)
/** Only a determiner or possessive before the year makes the words after it its noun phrase ("its 2030 … target"). */
const DETERMINER_BEFORE = new RegExp(`${B}(?:its|their|our|the|this|his|her|[${L}]+['’]s)\\s*$`, 'iu')
/** "con scadenza 2031", "notes due 2031", "maturing in 2031": when a debt is repaid, not when anything happened. */
const MATURITY_BEFORE = new RegExp(
  `${B}(?:(?:con\\s+)?scadenz[ae](?:\\s+(?:nel|al|il|a))?|matur(?:ing|es|ity)(?:\\s+(?:in|of))?|(?:notes?|bonds?|loans?|debt)\\s+due(?:\\s+in)?|expir(?:ing|es)(?:\\s+in)?)\\s*$`,
  'iu',
)
/** "by 2045 rather than 2040", "invece del 2040": a year replaced by another, neither a period nor a base year. */
const REPLACED_BEFORE = new RegExp(
  `${B}(?:rather\\s+than|instead\\s+of|anziché|piuttosto\\s+che|invece\\s+(?:che|di))(?:\\s+(?:in|the|il|l['’]|nel|nell['’]|del|dell['’]))?\\s*$|${B}invece\\s+(?:del|dell['’])\\s*$`,
  'iu',
)
const YEAR_BASE_BEFORE = new RegExp(
  `${B}(?:base(?:line)?\\s+year(?:\\s+(?:of|is|was))?|baseline(?:\\s+of)?|compared\\s+(?:to|with)|relative\\s+to|versus|vs\\.?|against|(?<!(?:later|rather)\\s)than(?:\\s+(?:in|during))?|from\\s+a|(?:double|triple|twice|thrice|quadruple|(?:two|three|four)\\s+times|half)\\s+(?:of\\s+)?(?:the|its|their)|(?:il\\s+)?(?:doppio|triplo|quadruplo)\\s+(?:del|della|dello|di\\s+quell[oa]\\s+del)|rispetto\\s+(?:al|all['’]anno|ai\\s+livelli\\s+del)|anno\\s+(?:base|di\\s+riferimento)(?:\\s+(?:il|del|è))?)\\s*(?:the\\s+)?$`,
  'iu',
)
/** "fiscal 2015", "FY 2024", "entro l'esercizio 2026": a fiscal year takes the roles a bare year would. */
const FISCAL_TAIL = new RegExp(
  `(?:${B}(?:the|its|our|il|l['’]|nell['’]|dell['’]|all['’]|sull['’]|dall['’])\\s*)?${B}(?:fiscal(?:\\s+year)?|financial\\s+year|FY|esercizio(?:\\s+fiscale)?|anno\\s+fiscale)\\s*$`,
  'iu',
)
/** What opens a comparison with an earlier dated value: "up from 14% in 2022", "to 38 kWh, from 51 kWh in 2023", "contro il 51% del 2021". */
const COMPARE_CUE = new RegExp(
  `(?:,\\s*from|${B}(?:(?:up|down|rose|rising|fell|falling|grew|growing|increased|decreased|declined|dropped|climbed|jumped)\\s+from|compared\\s+(?:to|with)|relative\\s+to|versus|vs\\.?|against|(?:lower|higher|greater|smaller|larger|better|worse)\\s+than|rispetto\\s+${TO_IT}|contro|a\\s+fronte\\s+${PREP_IT}|in\\s+confronto\\s+${TO_IT}|dal|dallo|dalla|dall['’]|dai|dagli|dalle|sul|sullo|sulla|sull['’]|sui|sugli|sulle))\\s*(?:(?:the|a|an|${ART_IT})\\s*)?(?:[${L}]+\\s+)?$`,
  'iu',
)
/** Between that value and its year: "14% in 2022", "51% del 2021", "36% in fiscal 2020". */
const COMPARE_LINK = /^[ \u00a0]*(?:in|during|of|for|nel|del|dell['’]anno|nell['’]anno)?[ \u00a0]*$/iu
const SUBJECT = `(?:(?:the|it|its|they|their|we|our|this|that|these|those|there|il|lo|la|i|gli|le|si|ci|questo|questa|questi|queste)(?![${L}])|l['’])`
/** Causes after a comma ("…, helped by the closure of 64 branches", "…, grazie a …"): a new clause with its own figures. */
const CAUSE = `(?:helped|driven|boosted|aided|supported|thanks\\s+to|due\\s+to|owing\\s+to|grazie|dovut[oaie]|trainat[oaie]|favorit[oaie]|sostenut[oaie]|complice)`
/**
 * Where a new clause starts, for target and base-year scoping: ";", ", but/while/against/mentre …",
 * ", and the/it …", ", e l'…", ", helped by …". A bare ", and" does not split, so "30% by 2030, and
 * 25% …" lists stay one target clause.
 */
const CLAUSE_BREAK = new RegExp(
  `;|,\\s+(?=(?:but|yet|while|whereas|although|though|still|against|ma|mentre|però|sebbene|pur|contro|${CAUSE})(?![${L}])|(?:and|e|ed)\\s+${SUBJECT})|\\s(?=(?:while|whereas|mentre)(?![${L}]))`,
  'giu',
)
/**
 * ", and Northwind aims to…", ", e Lagomare si impegna a…": a named subject with its verb opens a new
 * clause too. Case-sensitive (a name is capitalised), and only with a verb after the name: ", and
 * Scope 3 …" or ", and Spain 25%" go on listing.
 */
const NAMED_CLAUSE = new RegExp(
  `,\\s+(?:and|e|ed)\\s+(?=\\p{Lu}[${L}'’.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[${L}'’.-]*){0,3}\\s+(?:aims?|plans?|intends?|targets?|expects?|wants?|commits?|committed|pledge[sd]?|hopes?|seeks?|vow(?:s|ed)?|has|have|had|is|are|was|were|will|would|says?|said|also|now|still|si|s['’]|punta(?:no)?|mira(?:no)?|prevede|prevedono|intende|intendono|vuole|vogliono|ha|hanno|è|sono|conta|ambisce|ora|anche)(?![${L}]))`,
  'gu',
)
const YEAR_BASE_AFTER = new RegExp(
  `^\\s*(?:as\\s+(?:the\\s+|a\\s+|its\\s+|our\\s+)?base(?:line)?(?:\\s+year)?|base(?:line)?(?:\\s+year)?|levels?|come\\s+anno\\s+(?:base|di\\s+riferimento))(?![${L}])`,
  'iu',
)

/** Words after which "one"/"sei" are not numbers ("one of the", "one another", "sei il"). */
const NOT_NOUNS = new Set(
  (
    'of another the a an and or to by in on at is was are were who that which can could would will may might must should has ' +
    'have had did does do day more less way than thing time it its as for with from if when where what how ' +
    'il lo la l i gli le un una di a da in con su per tra fra che è stato stata più molto sempre già non anche qui tu'
  ).split(' '),
)

function before(s: string, at: number, width = WINDOW): string {
  return s.slice(Math.max(0, at - width), at)
}

function qualifierBefore(s: string, at: number): Qualifier | undefined {
  const w = before(s, at)
  for (const [re, q] of QUALIFIERS) if (re.test(w)) return q
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

const isNounish = (w: string | undefined): boolean => w !== undefined && w.length > 1 && !NOT_NOUNS.has(w)

// ---------- blocked spans: URLs, e-mail addresses, phone numbers ----------

function blockedSpans(s: string): Span[] {
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
    const looksLikePhone = m[0].startsWith('0') || m[0].startsWith('(') || /(?:tel|phone|telefono|fax|cell)\.?:?\s*$/iu.test(before(s, m.index, 20))
    if (looksLikePhone) spans.push([m.index, m.index + m[0].length])
  }
  return spans
}

const inside = (spans: readonly Span[], at: number): boolean => spans.some(([a, b]) => at >= a && at < b)

// ---------- year ranges and numeric dates ----------

const Y = '((?:19|20)\\d\\d|2100)'
const YEAR_RANGE_RE = new RegExp(
  `(?<![${L}\\d.,/-])(?:between\\s+${Y}\\s+and\\s+${Y}|from\\s+${Y}\\s+(?:to|through|until|till)\\s+${Y}|` +
    `(?:tra|fra)\\s+(?:il\\s+)?${Y}\\s+e\\s+(?:il\\s+)?${Y}|dal\\s+${Y}\\s+(?:fino\\s+)?al\\s+${Y}|da\\s+${Y}\\s+a\\s+${Y}|` +
    `${Y}\\s*(?:[-–—/]|\\s(?:to|through)\\s)\\s*(${Y.slice(1, -1)}|\\d\\d))(?![\\d${L}]|[-/.]\\d)`,
  'giu',
)

function yearRanges(s: string): Draft[] {
  const out: Draft[] = []
  for (const m of s.matchAll(YEAR_RANGE_RE)) {
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
function numericDates(s: string, it: boolean): Draft[] {
  const out: Draft[] = []
  for (const m of s.matchAll(NUMERIC_DATE_RE)) {
    let day: number
    let month: number
    let year: string
    if (m[5] && m[6] && m[7]) {
      ;[year, month, day] = [m[5], Number(m[6]), Number(m[7])]
    } else {
      const a = Number(m[1])
      const b = Number(m[3])
      // English slashes are usually month/day; everything else day-month.
      const usOrder = !it && m[2] === '/' && b > 12
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

// Maps, not object literals: a word of the text is the key, and "constructor" must not find Object's.
const EN_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}))
const EN_TENS: ReadonlyMap<string, number> = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }))
const EN_ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
}))
const IT_ORDINALS: ReadonlyMap<string, number> = new Map(
  ([['terz', 3], ['quart', 4], ['quint', 5], ['sest', 6], ['settim', 7], ['ottav', 8], ['non', 9], ['decim', 10]] as const).flatMap(([stem, n]) => [
    [`${stem}o`, n],
    [`${stem}a`, n],
  ]),
)

// Italian writes compounds as one word (duecentotrentacinquemila); these are its pieces, longest first.
const IT_PIECES: readonly [string, number][] = (
  [
    ['diciassette', 17], ['diciannove', 19], ['quattordici', 14], ['diciotto', 18], ['quindici', 15], ['tredici', 13],
    ['dodici', 12], ['undici', 11], ['sedici', 16], ['dieci', 10], ['quaranta', 40], ['cinquanta', 50], ['sessanta', 60],
    ['settanta', 70], ['novanta', 90], ['ottanta', 80], ['trenta', 30], ['quarant', 40], ['cinquant', 50], ['sessant', 60],
    ['settant', 70], ['novant', 90], ['ottant', 80], ['trent', 30], ['venti', 20], ['vent', 20], ['quattro', 4], ['cinque', 5],
    ['sette', 7], ['nove', 9], ['otto', 8], ['due', 2], ['tre', 3], ['tré', 3], ['sei', 6], ['uno', 1], ['un', 1],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length)

function italianNumber(word: string): number | undefined {
  // Articles, and scale words standing alone, are not numbers.
  if (word === 'un' || word === 'uno' || word === 'una' || word === 'mila') return undefined
  let total = 0
  let cur = 0
  let i = 0
  let pieces = 0
  while (i < word.length) {
    const rest = word.slice(i)
    if (rest.startsWith('mille') || rest.startsWith('mila')) {
      if (rest.startsWith('mila') && cur === 0) return undefined
      total += (cur || 1) * 1000
      cur = 0
      i += rest.startsWith('mille') ? 5 : 4
    } else if (rest.startsWith('cento') || rest.startsWith('cent')) {
      cur = (cur || 1) * 100
      i += rest.startsWith('cento') ? 5 : 4
    } else {
      const piece = IT_PIECES.find(([p]) => rest.startsWith(p))
      if (!piece) return undefined
      cur += piece[1]
      i += piece[0].length
    }
    pieces++
  }
  return pieces > 0 ? total + cur : undefined
}

const FRACTIONS_EN: ReadonlyMap<string, number> = new Map(Object.entries({
  'a third': 100 / 3, 'one third': 100 / 3, 'two thirds': 200 / 3, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75,
  'a fifth': 20, 'one fifth': 20,
}))
const FRACTIONS_IT: ReadonlyMap<string, number> = new Map(Object.entries({ 'un terzo': 100 / 3, 'due terzi': 200 / 3, 'un quarto': 25, 'tre quarti': 75, 'un quinto': 20 }))
/** First words of the fractions of either language. */
const FRACTION_STARTS: ReadonlySet<string> = new Set([...FRACTIONS_EN.keys(), ...FRACTIONS_IT.keys()].map((f) => f.split(' ')[0]!))
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
}

const HALF_CONTEXT_BAD = /(?<![\p{L}])(?:first|second|latter|prima|seconda|a|in|entro|da|della|the)\s+$/iu

/** "…, of which nearly two thirds", "di cui quasi due terzi": a share of the whole just named. */
const SHARE_OF_WHICH = /(?<![\p{L}])(?:of\s+(?:which|whom|these|them|those)|di\s+cui|dei\s+quali|delle\s+quali)\s+(?:[\p{L}]+\s+)?$/iu

/** "half of the …", "un terzo dei …" are shares; "first half of 2024", "a metà 2025" and "il quarto trimestre" are not. */
function sharePart(s: string, it: boolean, start: number, end: number): boolean {
  if (HALF_CONTEXT_BAD.test(before(s, start, 12))) return false
  if (SHARE_OF_WHICH.test(before(s, start, 30))) return true
  const after = s.slice(end, end + 20)
  const ofWhat = it ? /^\s+(?:(?:di|del|dello|della|dei|degli|delle)\s+|dell['’])/iu : /^\s+(?:of|the)\s+/iu
  return ofWhat.test(after) && !/^\s+\S+\s+(?:\d|anno|year)/iu.test(after)
}

/** Qualifier words that may stand between "by"/a verb and a fraction ("grew by roughly a quarter"). */
const FRACTION_QUALIFIER = '(?:about|around|roughly|nearly|almost|some|over|just\\s+over|just\\s+under|more\\s+than|less\\s+than|approximately|circa|quasi|oltre|più\\s+di|meno\\s+di)'
const CHANGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:by|of|di|(?:fell|rose|grew|dropped|declined|decreased|increased|shrank|cut|reduced|slashed|climbed|jumped|expanded|lowered|trimmed|calat[oaie]|sces[oaie]|salit[oaie]|cresciut[oaie]|ridott[oaie]|aumentat[oaie]|diminuit[oaie]))\\s+(?:${FRACTION_QUALIFIER}\\s+)?$`,
  'iu',
)
/** Words that may follow a change by a fraction ("fell by a fifth after…"); a noun instead makes it a name ("by a third party"). */
const AFTER_CHANGE = new Set(
  (
    'after since in on at from to compared against versus vs over between during while and or but as thanks following year last this ' +
    'rispetto nel nell nello nella dal dall dallo dalla tra fra grazie e o ma mentre per con sul sull nei negli nelle dopo da in'
  ).split(' '),
)

/** "fell by a fifth", "cut by a third in 2024", "è calato di un quarto": a change by a share of itself ("by a third-party firm" is not). */
function changePart(s: string, start: number, end: number): boolean {
  if (!CHANGE_BEFORE.test(before(s, start, 40)) || /^[-‐]\p{L}/u.test(s.slice(end, end + 2))) return false
  const next = execAt(/[ \u00a0]*([\p{L}\p{M}]+)?/uy, s, end)?.[1]?.toLowerCase()
  return next === undefined || AFTER_CHANGE.has(next)
}

/** Measure nouns a number word may be hyphenated to and still count something ("three-star", "five-year"). */
const HYPHEN_MEASURES = new Set('star year month week day hour minute storey story floor seat point fold person member stage step page'.split(' '))

/** "second-life", "one-off", "tier-one": a number word glued into a compound word is not a figure; "three-star" is. */
function inCompound(s: string, start: number, end: number, ordinal: boolean): boolean {
  if ((s[start - 1] === '-' || s[start - 1] === '‐') && isLetter(s[start - 2])) return true
  const m = execAt(/[-‐]([\p{L}]+)/uy, s, end)
  if (!m?.[1]) return false
  return ordinal || !HYPHEN_MEASURES.has(m[1].toLowerCase().replace(/s$/u, ''))
}

/** "halve", "halved", "dimezzarle", "il dimezzamento": a cut by 50%, like "cut by half". */
const HALVING = { en: /^halv(?:e|es|ed|ing)$/u, it: /^dimezz\p{L}*$/u }
/** "the two halves", "first and second halves": the noun, not the verb. */
const HALVES_NOUN_BEFORE = /(?<![\p{L}])(?:the|two|both|first|second|its|their|into|in)\s+$/iu

function wordCore(ctx: Ctx, start: number, end: number): Core | undefined {
  const { s, it } = ctx
  const word = s.slice(start, end).normalize('NFC').toLowerCase()
  if ((it ? HALVING.it : HALVING.en).test(word) && !(word === 'halves' && HALVES_NOUN_BEFORE.test(before(s, start, 12)))) {
    return { start, end, value: 50, kind: 'percent' }
  }
  const fractions = it ? FRACTIONS_IT : FRACTIONS_EN
  // Every word of a sentence comes here: the next word is read only after one that can start a fraction.
  const second = FRACTION_STARTS.has(word) ? execAt(/(?:[ \u00a0]+|-)([\p{L}\p{M}]+)/uy, s, end) : null
  const frac = second?.[1] ? fractions.get(`${word} ${second[1].toLowerCase()}`) : undefined
  if (frac !== undefined) {
    const fracEnd = end + (second?.[0].length ?? 0)
    return sharePart(s, it, start, fracEnd) || changePart(s, start, fracEnd) ? { start, end: fracEnd, value: round2(frac), kind: 'percent' } : undefined
  }
  if (word === 'half' || word === 'metà') return sharePart(s, it, start, end) ? { start, end, value: 50, kind: 'percent' } : undefined
  if (!it && (word === 'dozen' || word === 'hundred')) {
    const prev = prevWord(s, start)
    if (prev?.word.toLowerCase() === 'a') return { start: prev.start, end, value: word === 'dozen' ? 12 : 100 }
  }
  const ordinal = (it ? IT_ORDINALS : EN_ORDINALS).get(word)
  if (ordinal !== undefined) {
    if (/^[ -]?part(?:y|ies)/iu.test(s.slice(end, end + 9)) || inCompound(s, start, end, true)) return undefined
    return { start, end, value: ordinal, kind: 'ordinal' }
  }
  let core: Core | undefined
  if (it) {
    const v = italianNumber(word)
    // "sei" is also "you are": a number before a noun, or in "tutte e sei" ("all six")
    core = v === undefined ? undefined : { start, end, value: v, needsNoun: word === 'sei' && !/(?<![\p{L}])tutt[ie][ \u00a0]+e[ \u00a0]+$/iu.test(before(s, start, 12)) }
  } else core = englishWords(s, start, end, word)
  return core && !inCompound(s, core.start, core.end, false) ? core : undefined
}

const EN_NEXT = /(?:\s+and\s+|[ \u00a0]+|-)([a-z]+)(?![\p{L}])/iuy

/** "twenty-five", "one hundred and twenty": English number words joined by spaces or hyphens. */
function englishWords(s: string, start: number, end: number, word: string): Core | undefined {
  const first = EN_UNITS.get(word) ?? EN_TENS.get(word)
  if (first === undefined) return undefined
  let value = first
  let last: 'unit' | 'ten' | 'hundred' = EN_TENS.get(word) !== undefined ? 'ten' : 'unit'
  let stop = end
  let words = 1
  for (;;) {
    const m = execAt(EN_NEXT, s, stop)
    const w = m?.[1]?.toLowerCase()
    if (!m || !w) break
    const joinedByAnd = /and/i.test(m[0])
    if (w === 'hundred' && last !== 'hundred' && value < 100 && !joinedByAnd) {
      value *= 100
      last = 'hundred'
    } else if (last === 'ten' && !joinedByAnd && (EN_UNITS.get(w) ?? 10) < 10) {
      value += EN_UNITS.get(w) ?? 0
      last = 'unit'
    } else if (last === 'hundred' && (EN_UNITS.get(w) ?? EN_TENS.get(w)) !== undefined) {
      value += EN_UNITS.get(w) ?? EN_TENS.get(w) ?? 0
      last = EN_TENS.get(w) !== undefined ? 'ten' : 'unit'
    } else break
    stop = m.index + m[0].length
    words++
  }
  return { start, end: stop, value, needsNoun: words === 1 && word === 'one' }
}

// ---------- digit cores ----------

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch)
}

function digitCore(ctx: Ctx, start: number, raw: string): Core | undefined {
  const { s, it } = ctx
  const end = start + raw.length
  const p1 = s[start - 1]
  const p2 = s[start - 2]
  // Glued to letters ("COP29", "COVID-19") or part of a path, time or fraction ("24/7", "14001:2015"); "FY2024" is a year.
  const fiscalYear = /^\d{4}$/.test(raw) && /(?<![\p{L}])FY$/u.test(before(s, start, 3))
  if ((isLetter(p1) && !fiscalYear) || ((p1 === '-' || p1 === '‐') && isLetter(p2))) return undefined
  if (p1 !== undefined && '/:#@_\\'.includes(p1)) return undefined
  if ((s[end] === '/' || s[end] === ':') && /\d/.test(s[end + 1] ?? '')) return undefined
  const value = parseDigits(raw, it)
  if (value === undefined) return undefined
  const plainInt = /^\d+$/.test(raw)

  const prev = prevWord(s, start)
  const prevLower = prev?.word.toLowerCase() ?? ''
  if (prev && plainInt && value >= 1 && value <= 31 && MONTHS.has(prevLower) && prev.word !== 'may') {
    const suffix = execAt(/(?:st|nd|rd|th)?(?![\p{L}\d])/uy, s, end)
    return { start: prev.start, end: end + (suffix?.[0].length ?? 0), value, kind: 'date' }
  }
  if (plainInt && value >= 1 && value <= 31) {
    const m = execAt(new RegExp(`(?:st|nd|rd|th|°|º)?${SP}([${L}]+)`, 'uy'), s, end)
    if (m?.[1] && MONTHS.has(m[1].toLowerCase()) && m[1] !== 'may' && !/^(?:mar|dec)$/iu.test(m[1])) {
      return { start, end: end + m[0].length, value, kind: 'date' }
    }
  }
  if (ID_PREFIXES.has(prevLower) && !hasCurrencyBefore(s, start)) return undefined
  if (ID_LIST_RE.test(before(s, start, 40))) return undefined
  if (p1 === '-' || p1 === '–') {
    // "Scope 1-3": the right end of a range after an identifier is an identifier too.
    const left = /(\d+)[-–]$/.exec(before(s, start, 20))
    const leftPrev = left ? prevWord(s, start - left[0].length)?.word : undefined
    if (leftPrev && (ID_PREFIXES.has(leftPrev.toLowerCase()) || (/^\p{Lu}/u.test(leftPrev) && !NOT_NAMES.has(leftPrev.toLowerCase())))) return undefined
  }
  const afterName = prev !== undefined && /^\p{Lu}/u.test(prev.word) && !NOT_NAMES.has(prevLower) && !MONTHS.has(prevLower)
  const next = s[end]
  if (plainInt && (next === 'º' || next === 'ª' || (it && next === '°' && !/[CF]/.test(s[end + 1] ?? '')))) {
    return { start, end: end + 1, value, kind: 'ordinal' }
  }
  if (isLetter(next)) {
    const ord = execAt(/(?:st|nd|rd|th)(?![\p{L}\d])/uy, s, end)
    if (ord && plainInt) return { start, end: end + ord[0].length, value, kind: 'ordinal' }
    // A glued suffix must be a known scale or unit ("5kWh", "$3m"), else it is a name ("14T").
    const money = hasCurrencyBefore(s, start)
    const known = SCALES.some((r) => (!r.moneyOnly || money) && execAt(r.re(), s, end)?.index === end) || measureAt(ctx, end) !== undefined
    if (!known) return undefined
  }
  return { start, end, value, raw, ...(afterName ? { afterName } : {}) }
}

const PREFIX_RE = new RegExp(`(?<![${L}\\d])(US\\$|HK\\$|[$€£¥]|${CODE_ALT}|euro)[ \\u00a0]?$`, 'u')

function hasCurrencyBefore(s: string, at: number): boolean {
  return PREFIX_RE.test(before(s, at, 8))
}

// ---------- growing a core into a figure ----------

function grow(ctx: Ctx, core: Core): Draft | undefined {
  const { s, it } = ctx
  if (core.kind === 'ordinal' || core.kind === 'date') return { start: core.start, end: core.end, kind: core.kind, value: core.value }
  if (core.kind === 'percent') {
    const qualifier = qualifierBefore(s, core.start)
    return { start: core.start, end: core.end, kind: 'percent', value: core.value, unit: 'percent', ...(qualifier ? { qualifier } : {}) }
  }
  let start = core.start
  let end = core.end
  let value = core.value
  let unit: string | undefined
  let kind: FigureKind = 'count'
  let factor = 1

  const prefix = core.raw ? PREFIX_RE.exec(before(s, start, 8)) : null
  if (prefix?.[1]) {
    unit = currencyOf(prefix[1] === 'euro' ? 'EUR' : prefix[1], s)
    kind = 'amount'
    start -= prefix[0].length
  }
  let scaled = false
  for (const r of SCALES) {
    if (r.moneyOnly && (!unit || !core.raw)) continue
    const m = execAt(r.re(), s, end)
    if (m) {
      factor *= r.factor
      end += m[0].length
      scaled = true
      break
    }
  }
  if (!unit) {
    // Italian puts "di" between a scale word and what it counts: "60 milioni di RMB".
    const di = scaled && it ? execAt(/[ \u00a0]+di(?=[ \u00a0])/uy, s, end) : null
    const at = di ? end + di[0].length : end
    const suffix = unitAfter(ctx, at)
    if (suffix) {
      ;({ unit, kind } = suffix)
      factor *= suffix.factor
      end = suffix.end
    }
  }
  if (core.afterName && !unit && !scaled) return undefined
  if (core.needsNoun) {
    const prevLower = prevWord(s, core.start)?.word.toLowerCase()
    const next = nextWord(s, core.end)
    // Italian counts plural nouns ("sei cementerie"); "sei interessato/pronta" is the verb with an adjective
    const singular = it && next !== undefined && /[oa]$/u.test(next)
    if (!scaled && !unit && (!isNounish(next) || singular || (prevLower && /^(?:no|any|every|each|some|the|this|that|which|at)$/.test(prevLower)))) {
      return undefined
    }
  }
  const qualifier = qualifierBefore(s, start)
  const yearLike = kind === 'count' && !scaled && core.raw !== undefined && /^\d{4}$/.test(core.raw) && isYear(value)
  if (yearLike) {
    // "over 2000 employees" counts things; "around 2030," is still a year.
    const countsThings = qualifier !== undefined && qualifier !== 'at-most' && isNounish(nextWord(s, end))
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
  const { s, it } = ctx
  for (const r of UNITS) {
    if (r.lang && r.lang !== (it ? 'it' : 'en')) continue
    const m = execAt(r.re(), s, at)
    if (m) return { unit: r.unit, kind: r.kind, factor: r.factor ?? 1, end: at + m[0].length }
  }
  const e = execAt(ENERGY_RE(), s, at)
  if (e) {
    const [, scale = '', base = '', peak = ''] = e
    const unit = (scale.toLowerCase() === 'k' ? 'k' : scale.toUpperCase()) + (base.toLowerCase() === 'wh' ? 'Wh' : 'W') + peak.toLowerCase()
    return { unit, kind: 'quantity', factor: 1, end: at + e[0].length }
  }
  const w = execAt(ENERGY_WORD_RE(), s, at)
  if (w) {
    const unit = `${ENERGY_PREFIX[(w[1] ?? '').toLowerCase()] ?? ''}${w[2] ? 'Wh' : 'W'}`
    return { unit, kind: 'quantity', factor: 1, end: at + w[0].length }
  }
  return undefined
}

/** A measure, grown into a rate when "per <unit>" or "/<unit>" follows ("187 g CO2/kWh" is g/kWh). */
function measureOrRateAt(ctx: Ctx, at: number): UnitMatch | undefined {
  const num = measureAt(ctx, at)
  if (!num || num.kind !== 'quantity') return num
  const sep = execAt(RATE_SEP(), ctx.s, num.end)
  if (!sep) return num
  const denAt = num.end + sep[0].length
  for (const [re, unit] of TRANSPORT_DENOMINATORS) {
    const m = execAt(re(), ctx.s, denAt)
    if (m) return { ...num, unit: `${num.unit}/${unit}`, end: denAt + m[0].length }
  }
  const den = measureAt(ctx, denAt)
  if (!den || !RATE_DENOMINATORS.has(den.unit)) return num
  return { ...num, unit: `${num.unit}/${den.unit}`, end: den.end }
}

function unitAfter(ctx: Ctx, at: number): UnitMatch | undefined {
  const { s } = ctx
  for (const [re, code] of CURRENCY_WORDS) {
    const m = execAt(re(), s, at)
    if (m) return { unit: code || currencyOf(m[0], s), kind: 'amount', factor: 1, end: at + m[0].length }
  }
  const perHours = execAt(PER_HOURS_RE(), s, at)
  if (perHours) return { unit: /^200/.test(perHours[1] ?? '') ? 'per 200k hours' : 'per 1M hours', kind: 'quantity', factor: 1, end: at + perHours[0].length }
  return measureOrRateAt(ctx, at)
}

// ---------- sentence-level rules ----------

/**
 * Base year, deadline, goal named by its year ("its 2030 target": dates only what follows), or
 * year that dates nothing and has no role (a maturity, or a year set aside: "rather than 2040").
 */
function setYearRole(s: string, d: Draft): void {
  const pre = before(s, d.start, 60).replace(FISCAL_TAIL, '')
  const post = s.slice(d.end, d.end + 40)
  if (MATURITY_BEFORE.test(pre) || REPLACED_BEFORE.test(pre)) d.dateless = true
  else if (YEAR_BASE_BEFORE.test(pre) || YEAR_BASE_AFTER.test(post)) d.role = 'base'
  else if (YEAR_TARGET_BEFORE.test(pre)) d.role = 'target'
  else if (YEAR_GOAL_BEFORE.test(pre) || YEAR_TARGET_AFTER.test(post) || (DETERMINER_BEFORE.test(pre) && YEAR_GOAL_AFTER.test(post))) {
    d.role = 'target'
    d.forwardOnly = true
  }
}

function nearest(d: Draft, pool: readonly Draft[], preferAfter: boolean): Draft | undefined {
  const after = pool.filter((p) => p.start >= d.end)
  const candidates = preferAfter && after.length > 0 ? after : pool
  let best: Draft | undefined
  for (const p of candidates) {
    const dist = p.start >= d.end ? p.start - d.end : d.start - p.end
    const bestDist = best ? (best.start >= d.end ? best.start - d.end : d.start - best.end) : Infinity
    // On a tie the following year wins: "14.2% in 2022" after "… in 2023 vs".
    if (dist < bestDist || (dist === bestDist && p.start >= d.end)) best = p
  }
  return best
}

const periodOf = (d: Draft): string => (d.kind === 'year-range' ? `${d.value}/${d.valueEnd}` : String(d.value))

const isValue = (d: Draft): boolean => d.kind === 'amount' || d.kind === 'percent' || d.kind === 'quantity' || d.kind === 'count'

/** "up from 74% a year earlier", "contro il 47% dell'anno precedente": the year before the sentence's own. */
const PREVIOUS_YEAR = new RegExp(
  `^[ \\u00a0]*(?:a\\s+year\\s+(?:earlier|before|ago)|(?:in\\s+)?the\\s+(?:previous|prior|preceding)\\s+(?:year|period)|the\\s+year\\s+before|last\\s+year|(?:dell['’]|nell['’]|l['’])\\s*(?:anno|esercizio)\\s+(?:precedente|prima|scorso)|(?:di\\s+)?un\\s+anno\\s+(?:prima|fa))(?![${L}])`,
  'iu',
)

/**
 * Values compared against an earlier dated value ("22.5%, up from 14% in 2022"): the year becomes a
 * base year and is the period of the value inside the comparison only. A comparison with "a year
 * earlier" is dated the year before the sentence's own year, through a base year that is not a
 * figure of the sentence; with no year in the sentence it is dated nothing (`null`). `drafts` is
 * sorted by start.
 */
function comparisons(s: string, drafts: readonly Draft[]): Map<Draft, Draft | null> {
  const out = new Map<Draft, Draft | null>()
  drafts.forEach((value) => {
    if (!isValue(value) || !PREVIOUS_YEAR.test(s.slice(value.end, value.end + 40)) || !COMPARE_CUE.test(before(s, value.start, 50))) return
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
    if (!COMPARE_LINK.test(s.slice(value.end, year.start).replace(FISCAL_TAIL, ''))) return
    const window = before(s, value.start, 50)
    const cue = COMPARE_CUE.exec(window)
    if (!cue) return
    const cueStart = value.start - window.length + cue.index
    // "15.5% in 2023 vs 14.2% in 2022" contrasts two dated values: both years stay periods.
    const prior = drafts[i - 2]
    if (prior?.kind === 'year' && !prior.role && prior.end <= cueStart && /^[\s,]*$/u.test(s.slice(prior.end, cueStart))) return
    year.role = 'base'
    out.set(value, year)
  })
  return out
}

function clauseStarts(s: string): number[] {
  const breaks = [...s.matchAll(CLAUSE_BREAK), ...s.matchAll(NAMED_CLAUSE)].map((m) => m.index + m[0].length)
  return [0, ...breaks.sort((a, b) => a - b)]
}

function finish(s: string, drafts: Draft[]): ParsedFigure[] {
  for (const d of drafts) if (d.kind === 'year') setYearRole(s, d)
  const compared = comparisons(s, drafts)
  const years = drafts.filter((d) => d.kind === 'year' || d.kind === 'year-range')
  const periods = years.filter((d) => !d.role && !d.dateless)
  const targets = years.filter((d) => d.role === 'target')
  // years that date a compared value ("up from 74% in 2023"), including "a year earlier" with no year figure
  const comparisonBases = new Set([...compared.values()].filter((b): b is Draft => b !== null))
  const bases = [...new Set([...years.filter((d) => d.role === 'base'), ...comparisonBases])]
  const starts = clauseStarts(s)
  const clauseStart = (at: number): number => starts.filter((c) => c <= at).at(-1) ?? 0
  // clauses with a value of their own; one with none (", against a 2019 baseline") or only a compared
  // value (", contro il 47% dell'anno precedente") qualifies its neighbours
  const valueClauses = new Set(drafts.filter((d) => isValue(d) && !compared.has(d)).map((d) => clauseStart(d.start)))
  return drafts.map((d): ParsedFigure => {
    const fig: ParsedFigure = { text: s.slice(d.start, d.end), start: d.start, end: d.end, kind: d.kind, value: d.value }
    if (d.valueEnd !== undefined) fig.valueEnd = d.valueEnd
    if (d.unit) fig.unit = d.unit
    if (d.qualifier) fig.qualifier = d.qualifier
    if (d.kind === 'year' || d.kind === 'year-range') {
      if (d.role) fig.role = d.role
      else if (!d.dateless) fig.period = periodOf(d)
      return fig
    }
    if (d.kind === 'ordinal' || d.kind === 'date') return fig
    const inComparison = compared.get(d)
    if (inComparison !== undefined) {
      if (inComparison) fig.period = periodOf(inComparison)
      return fig
    }
    // A target year or target wording makes a value a target only within its own clause:
    // "Women held 21.7%, against a target of 25% by 2027" targets only the 25%; and a target takes
    // its period and comparison year from that clause only ("bought in 2024, up from 74% a year earlier,
    // and it commits to 100% by 2027"); a stated base year ("against a 2019 base year") reaches every clause.
    // Any other value takes a base year from its own clause, or from a clause with no value of its own:
    // "58% lower than in 2019, …, helped by the closure of 64 branches" gives the 64 none.
    const from = clauseStart(d.start)
    const sameClause = (y: Draft): boolean => clauseStart(y.start) === from
    const target = nearest(
      d,
      targets.filter((t) => sameClause(t) && (!t.forwardOnly || t.end <= d.start)),
      true,
    )
    const isTarget = target !== undefined || TARGET_CUE.test(s.slice(Math.max(from, d.start - 80), d.start))
    const period = nearest(d, isTarget ? periods.filter(sameClause) : periods, false)
    const reaches = (b: Draft): boolean =>
      sameClause(b) || (isTarget ? !comparisonBases.has(b) : !valueClauses.has(clauseStart(b.start)))
    const base = nearest(d, bases.filter(reaches), false)
    if (period) fig.period = periodOf(period)
    if (target) fig.targetYear = target.value
    if (base) fig.baseYear = base.value
    if (isTarget) fig.role = 'target'
    return fig
  })
}

/** "10-15%", "da 10 a 15 milioni": a bare number joined to a measured one shares its scale and unit. */
function isRange(s: string, a: Draft, b: Draft): boolean {
  const bare = a.kind === 'count' && a.factor === 1 && !a.unit
  const measured = b.unit !== undefined || (b.factor ?? 1) !== 1
  return bare && measured && b.value > a.value * (b.factor ?? 1) && /^[ \u00a0]*(?:[-–—]|to|a)[ \u00a0]*$/u.test(s.slice(a.end, b.start))
}

/** Right between a measured value and a bare number it is compared with: "0.87 per million hours worked, compared with 1.02". */
const COMPARED_RIGHT_AFTER = new RegExp(
  `^[ \\u00a0]*,?[ \\u00a0]*(?:compared\\s+(?:with|to)|(?:up|down)\\s+from|from|against|versus|vs\\.?|contro|rispetto\\s+${TO_IT}|dal|dallo|dalla|dall['’]|dai|dagli|dalle|da)[ \\u00a0]*(?:(?:the|${ART_IT})[ \\u00a0]*)?$`,
  'iu',
)
/** "…, of which 500 million", "di cui 60 milioni": a part of the whole just named. */
const PART_OF_WHICH = new RegExp(`${B}(?:of\\s+which|di\\s+cui|dei\\s+quali|delle\\s+quali)\\s+(?:[${L}]+\\s+)?$`, 'iu')
/** "Of the €145 million invested, 60 million…", "Dei 145 milioni di euro, 60 milioni…": the sentence opens with the whole. */
const PART_OF_OPENING = new RegExp(`^\\s*(?:of|out\\s+of|dei|degli|delle|del|dello|della|dell['’])(?![${L}])`, 'iu')

/**
 * Bare numbers that take the unit of the value they belong to:
 * - a number compared right after a measured one ("0.87 per million hours, compared with 1.02",
 *   "850.000 euro, contro 700.000") shares its unit, when neither has a scale word or scaled unit;
 * - a scaled number that is part of an amount ("$2 billion …, of which 500 million", "Dei 145 milioni
 *   di euro …, 60 milioni …") is money in that currency, when the sentence has exactly one currency
 *   and the number counts nothing else ("60 milioni di clienti" stays a count).
 */
function inheritUnits(s: string, drafts: Draft[]): void {
  const currencies = new Set(drafts.filter((d) => d.kind === 'amount').map((d) => d.unit))
  const firstComma = s.indexOf(',')
  drafts.forEach((d, i) => {
    if (d.kind !== 'count' || d.unit) return
    const prev = drafts[i - 1]
    if ((d.factor ?? 1) === 1) {
      if (prev?.unit && isValue(prev) && (prev.factor ?? 1) === 1 && COMPARED_RIGHT_AFTER.test(s.slice(prev.end, d.start))) {
        d.kind = prev.kind
        d.unit = prev.unit
      }
      return
    }
    const [currency] = currencies
    if (currencies.size !== 1 || !currency || /^[ \u00a0]+(?:of|di|de)[ \u00a0]+[\p{L}]/iu.test(s.slice(d.end, d.end + 8))) return
    // the whole is the value just before ("of which") or the one the sentence opens with ("Of the …,")
    const values = drafts.slice(0, i).filter(isValue)
    const last = values.at(-1)
    const first = values[0]
    const ofWhich = last?.kind === 'amount' && PART_OF_WHICH.test(before(s, d.start, 30))
    const opening =
      first?.kind === 'amount' &&
      PART_OF_OPENING.test(s) &&
      first.end <= firstComma &&
      /^,[ \u00a0]*(?:[\p{L}]+[ \u00a0]+)?$/u.test(s.slice(firstComma, d.start))
    if (ofWhich || opening) {
      d.kind = 'amount'
      d.unit = currency
    }
  })
}

const ATOM_RE = /\d+(?:[.,\u00a0\u202f]\d+)*|[\p{L}\p{M}]+/gu

function parse(s: string, it: boolean): ParsedFigure[] {
  const ctx: Ctx = { s, it }
  const blocked = blockedSpans(s)
  const fixed = [...numericDates(s, it), ...yearRanges(s)].filter((d) => !inside(blocked, d.start))
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
    if (last && isRange(s, last, draft)) {
      const { qualifier, value } = last
      drafts[drafts.length - 1] = { ...draft, start: last.start, value: clean(value * (draft.factor ?? 1)), valueEnd: draft.value, ...(qualifier ? { qualifier } : {}) }
    } else drafts.push(draft)
    cursor = draft.end
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end)
  inheritUnits(s, drafts)
  return finish(s, drafts)
}

/** Words that may make a figure without a digit, in either language (Italian compounds are checked by italianNumber). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...EN_UNITS.keys(), ...EN_TENS.keys(), ...EN_ORDINALS.keys(), ...IT_ORDINALS.keys(),
  ...[...FRACTIONS_EN.keys(), ...FRACTIONS_IT.keys()].flatMap((f) => f.split(' ')).filter((w) => w !== 'a'),
  'half', 'metà', 'dozen', 'hundred',
])

/**
 * False when `text` holds no figure {@link parseFigures} could find, in either language: no digit
 * and no number word. Much cheaper than parsing, for callers that parse every short text they get
 * (each search query): most have neither.
 */
export function mayHoldFigure(text: string): boolean {
  if (/\d/.test(text)) return true
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = word.normalize('NFC').toLowerCase()
    if (NUMBER_WORDS.has(w) || HALVING.en.test(w) || HALVING.it.test(w) || italianNumber(w) !== undefined) return true
  }
  return false
}

/**
 * Finds every number in one sentence and normalises it (value, unit, kind, qualifier, role,
 * period, target and base year). Offsets are relative to `sentence`, and
 * `sentence.slice(start, end) === text`. `lang` is a BCP 47 tag: "it…" reads Italian number format
 * ("42.000", "24,1"), anything else English. Identifiers ("COP29", "ISO 50001", "Scope 3") are
 * not figures, nor are number words inside compounds ("second-life", "tier-one"). A year inside a
 * comparison ("up from 14% in 2022", "rispetto al 36% del 2020") dates only the compared value and
 * is the base year of the others in its clause; a target year makes a value a target only within its own clause
 * ("21.7%, against a target of 25% by 2027" targets the 25%; ", and Northwind aims to…" opens a
 * clause) and gives a target its period and comparison year from that clause only (a stated base
 * year reaches every clause for a target, and for other values only from a clause with no value of
 * its own: "…, against a 2019 baseline"). "up from 74% a year earlier" dates the 74% the year before the
 * sentence's own year (nothing when the sentence has none); "its 2030 target" is a target year for
 * the values after it; a maturity ("con scadenza 2031", "notes due 2031") or a year set aside ("by
 * 2045 rather than 2040") dates nothing. A change by a fraction ("fell by a fifth") or a halving
 * ("halve", "dimezzare") is a percentage. Rates: "g/tkm", "g/pkm", "per 1M hours" (injury rates per
 * million hours worked; "per 200k hours" on the US basis). A bare number takes the unit of the
 * measured value it is compared with right after ("0.87 per million hours, compared with 1.02"), and
 * a scaled one the currency of the amount it is part of ("$2 billion, of which 500 million", with
 * one currency in the sentence). Never throws: a sentence it cannot
 * read yields fewer figures, not an error, because one odd sentence must not stop a whole corpus build.
 */
export function parseFigures(sentence: string, lang: string): ParsedFigure[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return []
  const it = typeof lang === 'string' && baseLang(lang) === 'it'
  try {
    return parse(sentence, it)
  } catch {
    return []
  }
}
