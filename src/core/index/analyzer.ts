// The two lists and the two Snowball stemmers we use, not the packages' every language: loading
// 60 stopword lists and 24 stemmers cost a cold start ~100 ms for nothing.
import { eng } from 'stopword/src/stopwords_eng.js'
import { ita } from 'stopword/src/stopwords_ita.js'
import { stemmer as italianStem } from '@orama/stemmers/italian'
import englishStem from 'wink-porter2-stemmer'
import type { Lang } from '../lang/lang-tag.js'
import { isAscii } from '../lang/words.js'


/**
 * Words the stopword lists must never drop, grouped by why they matter to ESG retrieval. Applied
 * to both languages and checked even for words the `stopword` lists lack today, so an update of
 * the package cannot silently start dropping them. Accents are folded before lookup ("metà").
 */
const KEEP: Readonly<Record<string, readonly string[]>> = {
  // Magnitudes and totals carry the figure: "net zero", "24.1 billion", "60 milioni", "metà".
  magnitudes: [
    'net', 'zero', 'million', 'millions', 'milione', 'milioni', 'billion', 'billions', 'miliardo', 'miliardi',
    'thousand', 'thousands', 'mila', 'half', 'metà', 'percent', 'percentage', 'cent', 'percento', 'cento',
    'total', 'totale', 'full', 'part',
  ],
  // Written-out counts ("five products", "cinque prodotti"); Italian "sei" is also "you are" but in
  // reports it is almost always "six". "uno"/"una" stay stopwords: they are mostly articles.
  numbers: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci',
  ],
  // Bounds and comparisons qualify a figure: "over 80 pages", "oltre", "più", "less than", "top 3".
  bounds: ['over', 'under', 'more', 'less', 'most', 'least', 'oltre', 'più', 'meno', 'almeno', 'up', 'top'],
  // Time and progress: "first commercial building", "by the end of", "fine", "already", "still".
  progress: ['first', 'last', 'new', 'end', 'fine', 'already', 'still', 'primo', 'prima', 'ultimo', 'nuovo'],
  // Content words some lists treat as filler but ESG uses as terms: "green", "high/low carbon",
  // "water use", "system", "take back", "well-being".
  content: ['green', 'high', 'alta', 'alto', 'low', 'bassa', 'basso', 'use', 'uso', 'area', 'system', 'sistema', 'back', 'well'],
}

/**
 * Question phrasing the packages lack, which would otherwise outrank content words in a query
 * ("how much", "quanti"). Never corpus-specific words. Decisions: negations ("no", "not", "non")
 * are stopwords because retrieval is bag-of-words and the verbatim fact keeps the meaning;
 * "between"/"tra"/"fra" stay stopwords because the numbers carry a range, not the preposition.
 */
const EXTRA_STOPWORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'how', 'much', 'many', 'what', 'which', 'when', 'why', 'who', 'whom', 'whose', 'does', 'did', 'do',
    'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'shall', 'its', 'it', 'there', 'us',
    'no', 'not', 'nor', 'doesn', 'didn', 'don', 'isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'won',
  ],
  it: [
    'quanto', 'quanti', 'quante', 'quanta', 'quale', 'quali', 'qual', 'cosa', 'cos', 'come', 'quando',
    'perché', 'dove', 'chi', 'né', 'nonché', 'fra', 'd', 'quest', 'quell', 'ecc',
    // Auxiliary participles, as English 'been': "è stata fondata" asks about the founding.
    'stato', 'stata', 'stati', 'state',
  ],
}


/** Lowercase, NFKC (CO₂ → co2) and accents stripped, so "elettricità" and "elettricita" agree. */
export function fold(token: string): string {
  // ASCII is unchanged by NFKC/NFD and has no marks: lowercasing is the whole fold, and most tokens are ASCII.
  if (isAscii(token)) return token.toLowerCase()
  return token
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010\u2011]/g, '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

function stopwordSet(list: readonly string[], extra: readonly string[]): ReadonlySet<string> {
  const keep = new Set(Object.values(KEEP).flat().map(fold))
  return new Set([...list, ...extra].map(fold).filter((w) => !keep.has(w)))
}

const STOPWORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: stopwordSet(eng, EXTRA_STOPWORDS.en),
  it: stopwordSet(ita, EXTRA_STOPWORDS.it),
}

/** Snowball English (Porter2) and Snowball Italian. */
const STEMMERS: Readonly<Record<Lang, (word: string) => string>> = {
  en: englishStem,
  it: italianStem,
}

// Letters/digits, joined by "&", hyphens, or a decimal/thousands separator between digits, with an
// optional "%" after a digit: keeps "R&D", "e-waste", "tCO2e", "24,1", "99.35%" as one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[&\-\u2010\u2011]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*(?:(?<=\p{N})%)?/gu
// English clitics after an apostrophe ("Xiaomi's", "doesn't", a year's "2022’s") are grammar, not content.
const CLITIC = /^(?:s|t|d|m|ll|re|ve)$/i
const APOSTROPHE_AFTER_WORD = /[\p{L}\p{N}]['’]$/u

/**
 * Tokens of a text with their offsets (`end` exclusive), in text order. Keeps "R&D", "e-waste",
 * "CO2", "tCO2e", decimals "24.1"/"24,1", "99.35%" and "trade-in" intact; splits Italian elisions
 * ("dell'acqua" → "dell", "acqua") and drops English clitics ("'s", "n't"). Case is preserved:
 * lowercasing is `analyzeTerm`'s job, so offsets and surface forms stay exact.
 */
export function tokenize(text: string): Array<{ token: string; start: number; end: number }> {
  const tokens: Array<{ token: string; start: number; end: number }> = []
  // exec in a loop, not matchAll: this runs on every sentence several times in a build.
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const token = match[0]
    const start = match.index
    const before = text[start - 1]
    if ((before === "'" || before === '’') && CLITIC.test(token) && APOSTROPHE_AFTER_WORD.test(text.slice(Math.max(0, start - 2), start))) continue
    tokens.push({ token, start, end: start + token.length })
  }
  return tokens
}

/** The index forms of a text in `lang`, in order, stopwords dropped (tokenize + analyzeTerm). */
export function analyzeText(text: string, lang: Lang): string[] {
  const terms: string[] = []
  for (const { token } of tokenize(text)) {
    const term = analyzeTerm(token, lang)
    if (term !== null) terms.push(term)
  }
  return terms
}

/** True when the token (any case, accents optional) is a stopword in `lang` after the overrides. */
export function isStopword(token: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(fold(token))
}

// Numbers, percentages and identifiers ("24.1", "99.35%", "co2", "r&d", "14t") are matched as written.
const LITERAL = /[\p{N}&]/u
// Bounded because a long-running server sees an open vocabulary; clearing is cheaper than LRU upkeep.
const CACHE_LIMIT = 50_000
const CACHES: Readonly<Record<Lang, Map<string, string | null>>> = { en: new Map(), it: new Map() }

function analyze(token: string, lang: Lang): string | null {
  const folded = fold(token)
  if (folded === '' || STOPWORDS[lang].has(folded)) return null
  if (LITERAL.test(folded)) return folded
  const stemmer = STEMMERS[lang]
  // Stem each part of a compound so "trade-ins" and "trade-in" agree without splitting the term.
  return folded
    .split('-')
    .map((part) => (part === '' ? part : stemmer(part)))
    .join('-')
}

/**
 * The index form of one token in `lang`: NFKC, lowercased, accents folded, Snowball-stemmed
 * ('en' English, 'it' Italian; each part of a hyphenated compound separately); `null` for a
 * stopword. Tokens with a digit or "&" are kept as written (lowercased). Memoised per language
 * (up to 50,000 entries, then reset) because the index calls it for every token.
 */
export function analyzeTerm(token: string, lang: Lang): string | null {
  // Numbers are kept as written and nearly all distinct: caching them would only evict words.
  if (LITERAL.test(token)) return analyze(token, lang)
  const cache = CACHES[lang]
  const cached = cache.get(token)
  if (cached !== undefined) return cached
  const term = analyze(token, lang)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(token, term)
  return term
}

/**
 * Query side, where the language is unknown: the distinct index forms of `token` under English and
 * Italian analysis (English first); empty when it is a stopword in either.
 */
export function queryTerms(token: string): string[] {
  // A function word in either language ("how", "della") carries no topic in a question; keeping
  // its other-language analysis would make it count against coverage as an unmatched word.
  if (isStopword(token, 'en') || isStopword(token, 'it')) return []
  const terms: string[] = []
  for (const lang of ['en', 'it'] as const) {
    const term = analyzeTerm(token, lang)
    if (term !== null && !terms.includes(term)) terms.push(term)
  }
  return terms
}
