/**
 * Deterministic synthetic ESG articles for scale benchmarks: English and Italian sentences with
 * figures, built from varied templates × companies × metrics × years × units, plus a long tail of
 * invented proper nouns (plants, programmes) so the vocabulary grows with the corpus as a real
 * one does. The same seed always gives the same articles.
 */
import type { SourceDocument } from '../src/core/corpus/source-schema.js'

/** mulberry32: small, fast, good enough to vary text; seeded so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Lang = 'en' | 'it'
type Rand = () => number

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

/** A number as each language writes it: "12,345.6" in English, "12.345,6" in Italian. */
function num(value: number, lang: Lang, decimals = 0): string {
  return value.toLocaleString(lang === 'en' ? 'en-US' : 'it-IT', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

const NAME_A = ['Alpina', 'Borealis', 'Castello', 'Delta', 'Euganea', 'Fiordo', 'Granito', 'Helios', 'Iberia', 'Laguna', 'Meridiana', 'Nordica', 'Orizzonte', 'Pinnacle', 'Quarzo', 'Riviera', 'Sirio', 'Tessera', 'Umbra', 'Vesta', 'Zenith', 'Aurora', 'Brenta', 'Corallo']
const NAME_B = ['Energia', 'Logistics', 'Foods', 'Textiles', 'Cementi', 'Pharma', 'Mobility', 'Telecom', 'Banca', 'Steel', 'Packaging', 'Retail']
const LEGAL = ['S.p.A.', 'Group', 'plc', 'S.r.l.', 'AG', 'Inc.']
const CITIES = ['Milan', 'Turin', 'Bologna', 'Bari', 'Verona', 'Lyon', 'Rotterdam', 'Austin', 'Monterrey', 'Gdansk', 'Porto', 'Brescia', 'Catania', 'Ravenna', 'Bergamo', 'Valencia']
const SYLLABLES = ['val', 'mor', 'ta', 'ri', 'sen', 'do', 'lu', 'ca', 'bri', 'no', 'ver', 'gal', 'pe', 'zi', 'an', 'tor', 'el', 'fa', 'mi', 'ro', 'su', 'len', 'qua', 'dis']

/** An invented proper noun; Zipf-like draw so a few recur often and most are rare, as in real text. */
function coined(r: Rand, vocabulary: number): string {
  let k = Math.floor(vocabulary ** r()) // log-uniform rank: a long tail of rare names
  let word = ''
  do {
    word += SYLLABLES[k % SYLLABLES.length]
    k = Math.floor(k / SYLLABLES.length)
  } while (k > 0)
  return word.length < 4 ? `${word}ra`.replace(/^./, (c) => c.toUpperCase()) : word.replace(/^./, (c) => c.toUpperCase())
}

interface Metric {
  en: string
  it: string
  unit: { en: string; it: string }
  lo: number
  hi: number
  decimals: number
  section: number
}

const METRICS: readonly Metric[] = [
  { en: 'Scope 1 emissions', it: 'le emissioni Scope 1', unit: { en: 'tCO2e', it: 'tonnellate di CO2 equivalente' }, lo: 1_000, hi: 900_000, decimals: 0, section: 0 },
  { en: 'market-based Scope 2 emissions', it: 'le emissioni Scope 2 market-based', unit: { en: 'tonnes of CO2e', it: 'tCO2e' }, lo: 500, hi: 400_000, decimals: 0, section: 0 },
  { en: 'Scope 3 emissions from purchased goods', it: 'le emissioni Scope 3 da beni acquistati', unit: { en: 'tCO2e', it: 'tCO2e' }, lo: 10_000, hi: 5_000_000, decimals: 0, section: 0 },
  { en: 'total energy consumption', it: 'il consumo energetico totale', unit: { en: 'MWh', it: 'MWh' }, lo: 2_000, hi: 2_000_000, decimals: 0, section: 1 },
  { en: 'the share of renewable electricity', it: "la quota di energia elettrica da fonti rinnovabili", unit: { en: '%', it: '%' }, lo: 5, hi: 100, decimals: 1, section: 1 },
  { en: 'water withdrawal', it: 'il prelievo idrico', unit: { en: 'cubic metres', it: 'metri cubi' }, lo: 10_000, hi: 9_000_000, decimals: 0, section: 2 },
  { en: 'the share of waste recycled', it: 'la quota di rifiuti avviati a riciclo', unit: { en: '%', it: '%' }, lo: 20, hi: 99, decimals: 1, section: 2 },
  { en: 'hazardous waste generated', it: 'i rifiuti pericolosi prodotti', unit: { en: 'tonnes', it: 'tonnellate' }, lo: 10, hi: 50_000, decimals: 0, section: 2 },
  { en: 'recycled plastic in packaging', it: 'la plastica riciclata negli imballaggi', unit: { en: '%', it: '%' }, lo: 5, hi: 80, decimals: 0, section: 2 },
  { en: 'the share of women in management', it: 'la percentuale di donne in posizioni manageriali', unit: { en: '%', it: '%' }, lo: 10, hi: 55, decimals: 1, section: 3 },
  { en: 'average training hours per employee', it: 'le ore medie di formazione per dipendente', unit: { en: 'hours', it: 'ore' }, lo: 4, hi: 80, decimals: 1, section: 3 },
  { en: 'the lost-time injury frequency rate', it: "l'indice di frequenza degli infortuni", unit: { en: 'per million hours worked', it: 'per milione di ore lavorate' }, lo: 0.2, hi: 12, decimals: 2, section: 3 },
  { en: 'the workforce', it: "l'organico", unit: { en: 'employees', it: 'dipendenti' }, lo: 200, hi: 120_000, decimals: 0, section: 3 },
  { en: 'the share of independent directors on the board', it: 'la quota di consiglieri indipendenti nel consiglio di amministrazione', unit: { en: '%', it: '%' }, lo: 30, hi: 90, decimals: 0, section: 4 },
  { en: 'suppliers assessed on ESG criteria', it: 'i fornitori valutati secondo criteri ESG', unit: { en: 'suppliers', it: 'fornitori' }, lo: 20, hi: 8_000, decimals: 0, section: 4 },
  { en: 'community investment', it: 'gli investimenti nella comunità', unit: { en: 'million euros', it: 'milioni di euro' }, lo: 0.1, hi: 40, decimals: 1, section: 4 },
  { en: 'spending on research and development', it: 'gli investimenti in ricerca e sviluppo', unit: { en: 'million euros', it: 'milioni di euro' }, lo: 1, hi: 900, decimals: 1, section: 4 },
]

const SECTIONS = {
  en: ['Climate and emissions', 'Energy', 'Water, waste and circularity', 'People and safety', 'Governance and supply chain'],
  it: ['Clima ed emissioni', 'Energia', 'Acqua, rifiuti e circolarità', 'Persone e sicurezza', 'Governance e catena di fornitura'],
}

const CHANGE = {
  en: { down: ['down', 'a decrease of', 'a reduction of'], up: ['up', 'an increase of', 'a rise of'] },
  it: { down: ['in calo del', 'con una riduzione del', 'in diminuzione del'], up: ['in aumento del', 'con una crescita del', 'in rialzo del'] },
}

interface Ctx {
  r: Rand
  lang: Lang
  company: string
  year: number
  vocabulary: number
}

/** One sentence stating a figure; the templates vary verb, clause order and figure kind. */
function sentence({ r, lang, company, year, vocabulary }: Ctx, m: Metric): string {
  const value = m.lo + r() * (m.hi - m.lo)
  const v = `${num(value, lang, m.decimals)}${m.unit[lang] === '%' ? '%' : ` ${m.unit[lang]}`}`
  const pct = num(1 + r() * 40, lang, int(r, 0, 1))
  const prev = year - 1
  const target = year + int(r, 3, 15)
  const base = year - int(r, 2, 6)
  const place = r() < 0.5 ? pick(r, CITIES) : coined(r, vocabulary)
  const programme = coined(r, vocabulary)
  const down = r() < 0.6
  const change = pick(r, CHANGE[lang][down ? 'down' : 'up'])
  const cap = (s: string) => s.replace(/^./, (c) => c.toUpperCase())
  if (lang === 'en') {
    switch (int(r, 0, 7)) {
      case 0: return `In ${year}, ${company} reported ${m.en} of ${v}, ${change} ${pct}% compared with ${prev}.`
      case 1: return `${company} aims to cut ${m.en} by ${pct}% by ${target} against a ${base} baseline.`
      case 2: return `At the ${place} site, ${m.en} reached ${v} in ${year}, according to the ${year} sustainability report.`
      case 3: return `${cap(m.en)} stood at ${v} at the end of ${year}, ${down ? 'reflecting' : 'despite'} the ${programme} programme.`
      case 4: return `Through the ${programme} initiative, ${company} invested ${num(1 + r() * 90, lang, 1)} million euros in ${year} to improve ${m.en}.`
      case 5: return `By ${target}, the group expects ${m.en} to reach ${v}, up from ${num(m.lo + r() * (m.hi - m.lo), lang, m.decimals)} in ${base}.`
      case 6: return `Over ${num(int(r, 50, 40_000), lang)} employees at ${place} took part in ${programme}, totalling ${num(int(r, 500, 900_000), lang)} training hours in ${year}.`
      default: return `${pct}% of ${company}'s plants were certified to ISO ${pick(r, ['14001', '45001', '50001', '9001'])} in ${year}, while ${m.en} was ${v}.`
    }
  }
  switch (int(r, 0, 7)) {
    case 0: return `Nel ${year} ${company} ha registrato ${m.it} pari a ${v}, ${change} ${pct}% rispetto al ${prev}.`
    case 1: return `${company} si impegna a ridurre ${m.it} del ${pct}% entro il ${target} rispetto ai livelli del ${base}.`
    case 2: return `Nello stabilimento di ${place} ${m.it} ha raggiunto ${v} nel ${year}, secondo il bilancio di sostenibilità.`
    case 3: return `Alla fine del ${year} ${m.it} si è attestato a ${v}, anche grazie al progetto ${programme}.`
    case 4: return `Con il programma ${programme}, ${company} ha investito ${num(1 + r() * 90, lang, 1)} milioni di euro nel ${year} per migliorare ${m.it}.`
    case 5: return `Entro il ${target} il gruppo prevede che ${m.it} raggiunga ${v}, rispetto a ${num(m.lo + r() * (m.hi - m.lo), lang, m.decimals)} nel ${base}.`
    case 6: return `Oltre ${num(int(r, 50, 40_000), lang)} dipendenti di ${place} hanno partecipato al percorso ${programme}, per un totale di ${num(int(r, 500, 900_000), lang)} ore di formazione nel ${year}.`
    default: return `Nel ${year} il ${pct}% degli stabilimenti di ${company} è stato certificato ISO ${pick(r, ['14001', '45001', '50001', '9001'])}, mentre ${m.it} è stato pari a ${v}.`
  }
}

/** Sentences per paragraph; paragraphs per section follow from the article's sentence budget. */
const PARAGRAPH = 4

/**
 * About `facts` fact-bearing sentences, spread over `max(20, facts / 250)` articles (400 articles
 * at 100k facts), 55 % English and 45 % Italian. Every sentence carries a figure, so nearly every
 * sentence becomes a fact; the real fact count is whatever the pipeline extracts.
 */
export function syntheticCorpus(facts: number, seed = 42): SourceDocument[] {
  const r = prng(seed)
  const articles = Math.max(20, Math.round(facts / 250))
  // The invented-name pool grows with the corpus, as real vocabularies do (roughly Heaps' law).
  const vocabulary = Math.max(200, Math.round(30 * Math.sqrt(facts) * 10))
  const docs: SourceDocument[] = []
  for (let a = 0; a < articles; a++) {
    const lang: Lang = r() < 0.55 ? 'en' : 'it'
    const company = `${NAME_A[a % NAME_A.length]} ${NAME_B[Math.floor(a / NAME_A.length) % NAME_B.length]} ${pick(r, LEGAL)}`
    const year = int(r, 2019, 2025)
    const budget = Math.round(facts / articles)
    const ctx: Ctx = { r, lang, company, year, vocabulary }
    const title = lang === 'en' ? `${company}: ${year} sustainability report in figures` : `${company}: il bilancio di sostenibilità ${year} in cifre`
    const lines = [`# ${title}`, '']
    let written = 0
    let section = 0
    while (written < budget) {
      lines.push(`## ${SECTIONS[lang][section % SECTIONS[lang].length]}`, '')
      const metrics = METRICS.filter((m) => m.section === section % SECTIONS[lang].length)
      for (let p = 0; p < 3 && written < budget; p++) {
        const n = Math.min(PARAGRAPH, budget - written)
        lines.push(Array.from({ length: n }, () => sentence(ctx, pick(r, metrics))).join(' '), '')
        written += n
      }
      section++
    }
    const id = `synthetic-${a}-${company.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}-${year}`
    docs.push({
      meta: {
        id,
        title,
        publisher: lang === 'en' ? 'Synthetic ESG Review' : 'Rassegna ESG Sintetica',
        url: `https://example.org/${lang}/${id}`,
        lang,
        about: { organization: { name: company }, report: { name: `${company} ${year} sustainability report`, reportingYear: year } },
      },
      text: lines.join('\n'),
      path: `synthetic/${id}.md`,
    })
  }
  return docs
}
