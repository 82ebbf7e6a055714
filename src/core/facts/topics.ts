/**
 * The ESG topic taxonomy and a keyword tagger.
 *
 * Nineteen topics, small enough to list in full at `/v1/topics` and to tag by keyword, each mapped
 * to the GRI Standards disclosure and the ESRS (European Sustainability Reporting Standards)
 * topical standard that covers it, so answers can be related to the reporting frameworks:
 *
 * | id | pillar | meaning | GRI | ESRS |
 * |---|---|---|---|---|
 * | emissions | E | greenhouse gas emissions, carbon footprint, decarbonisation | 305 | E1 |
 * | energy | E | energy use, renewable electricity, energy efficiency | 302 | E1 |
 * | climate-strategy | E | climate change mitigation and adaptation, neutrality pledges, transition finance (EU taxonomy, green bonds), climate events (COP) | – | E1 |
 * | waste | E | waste, e-waste, food waste, landfill, disposal and diversion | 306 | E5 |
 * | circular-economy | E | recycling, reuse, trade-in, refurbishment, repair, take-back | 301 | E5 |
 * | materials | E | raw, recycled and bio-based materials, packaging, plastics | 301 | E5 |
 * | water | E | water withdrawal, use, stewardship and discharge | 303 | E3 |
 * | sustainable-products | E | low-emission and efficient products: electric vehicles, efficient appliances, eco-design | 302-5 | E1 |
 * | biodiversity | E | ecosystems, habitats, species, oceans and forests | 304 | E4 |
 * | supply-chain | S | suppliers and their social and environmental assessment | 308, 414 | S2 |
 * | workforce | S | own employees: headcount, training, working conditions, labour rights | 2-7 | S1 |
 * | health-safety | S | occupational health and safety | 403 | S1 |
 * | diversity-inclusion | S | diversity, gender balance, equal opportunity in the workforce | 405 | S1 |
 * | accessibility | S | accessible products and digital inclusion (disabilities, older users) | – | S4 |
 * | community | S | local communities, philanthropy, donations (food banks), volunteering | 413 | S3 |
 * | product-responsibility | S | product safety and quality, nutrition, customer privacy and data protection | 416 | S4 |
 * | innovation-rnd | G | research and development, patents, technological innovation (strategy; no GRI/ESRS topic) | – | – |
 * | governance | G | governance bodies, board, ESG-linked pay, reporting standards and assurance, environmental management systems (ISO 14001, EMAS) | 2-9 | G1 |
 * | ethics-compliance | G | business conduct, anti-corruption, codes of conduct, whistleblowing | 205 | G1 |
 */
import type { Pillar, Topic } from './fact-schema.js'
import { baseLang } from '../lang/lang-tag.js'
import { memoiseRecent } from '../index/memoise.js'
import { anyMatch, isAscii } from '../lang/words.js'

export type { Topic }

/** The taxonomy, environmental topics first (see the table above). */
export const TOPICS: readonly Topic[] = [
  { id: 'emissions', pillar: 'E', label: { en: 'GHG emissions', it: 'Emissioni di gas serra' }, gri: '305', esrs: 'E1', description: 'Greenhouse gas emissions (Scope 1–3), carbon footprint and decarbonisation.' },
  { id: 'energy', pillar: 'E', label: { en: 'Energy', it: 'Energia' }, gri: '302', esrs: 'E1', description: 'Energy consumption, renewable electricity and energy efficiency.' },
  { id: 'climate-strategy', pillar: 'E', label: { en: 'Climate strategy', it: 'Strategia climatica' }, esrs: 'E1', description: 'Climate change mitigation and adaptation, carbon-neutrality commitments, transition finance and climate diplomacy.' },
  { id: 'waste', pillar: 'E', label: { en: 'Waste', it: 'Rifiuti' }, gri: '306', esrs: 'E5', description: 'Waste, e-waste and food waste generated, diverted from and sent to landfill.' },
  { id: 'circular-economy', pillar: 'E', label: { en: 'Circular economy', it: 'Economia circolare' }, gri: '301', esrs: 'E5', description: 'Recycling, reuse, trade-in, refurbishment, repair and take-back of products.' },
  { id: 'materials', pillar: 'E', label: { en: 'Materials', it: 'Materiali' }, gri: '301', esrs: 'E5', description: 'Raw, recycled and bio-based materials, plastics and packaging.' },
  { id: 'water', pillar: 'E', label: { en: 'Water', it: 'Acqua' }, gri: '303', esrs: 'E3', description: 'Water withdrawal, consumption, discharge and stewardship.' },
  { id: 'sustainable-products', pillar: 'E', label: { en: 'Sustainable products', it: 'Prodotti sostenibili' }, gri: '302-5', esrs: 'E1', description: 'Low-emission and energy-efficient products and their share of sales: electric vehicles, efficient appliances, eco-design.' },
  { id: 'biodiversity', pillar: 'E', label: { en: 'Biodiversity', it: 'Biodiversità' }, gri: '304', esrs: 'E4', description: 'Ecosystems, habitats, species, oceans and forests.' },
  { id: 'supply-chain', pillar: 'S', label: { en: 'Supply chain', it: 'Catena di fornitura' }, gri: '308, 414', esrs: 'S2', description: 'Suppliers, their environmental and social assessment, and workers in the value chain.' },
  { id: 'workforce', pillar: 'S', label: { en: 'Workforce', it: 'Personale' }, gri: '2-7', esrs: 'S1', description: 'Own employees: headcount, training, working conditions and labour rights.' },
  { id: 'health-safety', pillar: 'S', label: { en: 'Health and safety', it: 'Salute e sicurezza' }, gri: '403', esrs: 'S1', description: 'Occupational health and safety of workers.' },
  { id: 'diversity-inclusion', pillar: 'S', label: { en: 'Diversity and inclusion', it: 'Diversità e inclusione' }, gri: '405', esrs: 'S1', description: 'Diversity, gender balance and equal opportunity in the workforce.' },
  { id: 'accessibility', pillar: 'S', label: { en: 'Accessibility and digital inclusion', it: 'Accessibilità e inclusione digitale' }, esrs: 'S4', description: 'Products usable by people with disabilities and older people; digital inclusion.' },
  { id: 'community', pillar: 'S', label: { en: 'Communities', it: 'Comunità' }, gri: '413', esrs: 'S3', description: 'Local communities, philanthropy, donations and volunteering.' },
  { id: 'product-responsibility', pillar: 'S', label: { en: 'Product responsibility', it: 'Responsabilità di prodotto' }, gri: '416', esrs: 'S4', description: 'Product safety and quality, nutrition and health of products, customer privacy and data protection.' },
  { id: 'innovation-rnd', pillar: 'G', label: { en: 'Innovation and R&D', it: 'Innovazione e R&S' }, description: 'Research and development, patents and technological innovation, as strategy (no GRI or ESRS topic).' },
  { id: 'governance', pillar: 'G', label: { en: 'Governance', it: 'Governance' }, gri: '2-9', esrs: 'G1', description: 'Governance bodies, the board, ESG-linked pay, sustainability reporting standards and assurance, and environmental management systems (ISO 14001, EMAS).' },
  { id: 'ethics-compliance', pillar: 'G', label: { en: 'Ethics and compliance', it: 'Etica e compliance' }, gri: '205', esrs: 'G1', description: 'Business conduct, anti-corruption, codes of conduct and whistleblowing.' },
]

/**
 * Keywords per topic, as word stems: each word of a keyword matches a word of the text that starts
 * with it ("recycl" matches "recycling", "ricicl" "riciclati"); words of three letters or fewer
 * must match whole ("ghg", "in" of "trade in"). Text and keywords are compared lowercase without
 * accents and with hyphens as spaces, so "e-waste", "trade-in" and "elettricità" match.
 * Italian text is matched against both lists (Italian ESG prose borrows English terms: "supply
 * chain", "carbon neutrality"); English text against the English list only, so Italian stems do not
 * misfire on English words.
 */
const KEYWORDS: Record<string, { en: readonly string[]; it: readonly string[] }> = {
  emissions: {
    // a fleet (aircraft, ships, company vehicles) is the operator's direct fuel burn, renewed for lower emissions
    en: ['emission', 'ghg', 'greenhouse', 'carbon', 'co2', 'decarboni', 'scope 1', 'scope 2', 'scope 3', 'net zero', 'low carbon', 'iso 14064', 'fleet', 'company car', 'company vehicl', 'ground vehicl', 'ground support vehicl', 'fuel efficien', 'fuel burn', 'sustainable aviation fuel', 'saf', 'contrail'],
    it: ['gas serra', 'anidride carbonica', 'decarbonizz', 'impronta di carbonio', 'flotta', 'flotte', 'veicoli aziendali', 'auto aziendali'],
  },
  energy: {
    en: ['energy', 'electricity', 'renewabl', 'solar', 'photovoltaic', 'wind power', 'wind energy', 'kwh', 'mwh', 'gwh', 'power purchase', 'power grid', 'electricity grid', 'smart meter', 'iso 50001', 'fuel consumption', 'fuel use', 'jet fuel', 'aviation fuel', 'alternative fuel', 'biofuel', 'fossil fuel', 'fuel mix'],
    it: ['energ', 'elettricita', 'rinnovabil', 'fotovoltaic', 'solare', 'eolic', 'rete elettrica', 'contatori intelligenti', 'combustibil', 'carburant', 'biocarburant'],
  },
  'climate-strategy': {
    en: ['climate', 'carbon neutral', 'neutrality', 'unfccc', 'cop2', 'paris agreement', 'science based', 'sbti', 'tcfd', 'global warming', 'energy transition', 'transition plan', 'taxonomy', 'green bond', 'sustainability linked'],
    it: ['clima', 'neutralita', 'riscaldamento globale', 'accordo di parigi', 'transizione energetica', 'transizione ecologica', 'piano di transizione', 'tassonomia', 'obbligazioni verdi'],
  },
  waste: {
    en: ['waste', 'landfill', 'diversion rate', 'disposal', 'hazardous', 'food loss'],
    it: ['rifiut', 'discaric', 'smaltiment', 'sprec'],
  },
  'circular-economy': {
    en: ['circular', 'recycl', 'reuse', 'refurbish', 'remanufactur', 'trade in', 'take back', 'repair', 'second life', 'lifecycle extension'],
    it: ['circolar', 'ricicl', 'riutilizz', 'riuso', 'ricondizion', 'rigenera', 'permuta', 'riparazion', 'riparabil', 'seconda vita'],
  },
  materials: {
    en: ['material', 'plastic', 'packaging', 'aluminium', 'aluminum', 'copper', 'bio based', 'polyurethane', 'minerals', 'cobalt', 'lithium'],
    it: ['materiali', 'materie prime', 'materia prima', 'imballagg', 'alluminio', 'rame', 'litio'],
  },
  // bare "water"/"acqua" is in PHRASES: "ships on the water" and "bottigliette d'acqua" are no water use
  water: {
    en: ['wastewater', 'effluent', 'freshwater', 'groundwater', 'rainwater', 'greywater', 'graywater'],
    it: ['idric'],
  },
  'sustainable-products': {
    en: ['electric vehicl', 'electric car', 'electric model', 'battery electric', 'fully electric', 'plug in hybrid', 'hybrid vehicl', 'zero emission vehicl', 'ev', 'evs', 'bev', 'bevs', 'phev', 'electrif', 'electric drivetrain', 'e mobility', 'sustainable products', 'green products', 'low carbon products', 'eco design', 'ecodesign', 'efficient products', 'efficient appliances', 'efficient models', 'energy label', 'than the models', 'than previous models'],
    it: ['veicoli elettrici', 'veicolo elettrico', 'auto elettrich', 'vetture elettrich', 'modelli elettrici', 'mobilita elettrica', 'elettrific', 'prodotti sostenibili', 'prodotti a basso impatto', 'ecoprogettazion', 'classe energetica', 'etichetta energetica'],
  },
  biodiversity: {
    en: ['biodivers', 'ecosystem services', 'habitat', 'species', 'deforest', 'reforest', 'forest', 'ocean', 'marine', 'coral', 'nature', 'wildlife', 'regenerative agricultur', 'crop rotation', 'soil health'],
    it: ['specie', 'foreste', 'oceano', 'oceani', 'marin', 'corallin', 'subacque', 'fauna', 'agricoltura rigenerativ', 'rotazione delle colture', 'salute del suolo'],
  },
  'supply-chain': {
    en: ['supply chain', 'supplier', 'procurement', 'sourcing', 'value chain', 'conflict minerals', 'traceab', 'traced back', 'traced to'],
    it: ['fornitor', 'catena di fornitura', 'catena del valore', 'filiera', 'approvvigionament', 'tracciabil'],
  },
  workforce: {
    en: ['employee', 'workforce', 'staff', 'worker', 'labour', 'labor rights', 'labor practices', 'child labor', 'forced labor', 'talent', 'training', 'wage', 'hiring', 'human rights', 'headcount', 'employs', 'retrain', 'reskill', 'upskill', 'sa8000', 'sa 8000', 'people employed', 'persons employed'],
    it: ['dipendent', 'lavorator', 'forza lavoro', 'formazione', 'occupazion', 'risorse umane', 'diritti umani', 'salari', 'addetti', 'in organico', 'l organico', 'organico del', 'organico medio', 'organico complessivo'],
  },
  'health-safety': {
    en: ['health and safety', 'occupational', 'workplace safety', 'injur', 'fatalit', 'lost time', 'ltifr', 'iso 45001', 'ohsas 18001'],
    it: ['salute e sicurezza', 'sicurezza sul lavoro', 'infortun', 'malattie professionali'],
  },
  'diversity-inclusion': {
    en: ['diversity', 'gender', 'women', 'female', 'pay gap', 'equal pay', 'equal opportunit', 'minorit', 'lgbt'],
    it: ['diversita', 'parita di genere', 'divario di genere', 'donne', 'pari opportunit'],
  },
  accessibility: {
    en: ['accessib', 'visually impaired', 'hearing impaired', 'blind', 'deaf', 'disabilit', 'disabled', 'elderly', 'older users', 'older generation', 'age friendly', 'digital inclusion', 'inclusiv', 'screen reader', 'subtitle'],
    it: ['accessibilita', 'ipovedent', 'non vedent', 'non udent', 'disabil', 'anzian', 'inclusione digitale'],
  },
  community: {
    en: ['communit', 'philanthrop', 'donat', 'volunteer', 'charit', 'non profit', 'nonprofit', 'social impact', 'food bank'],
    it: ['comunita', 'volontar', 'beneficenz', 'donat', 'donazion', 'filantrop', 'terzo settore', 'territorio', 'banchi alimentari', 'banco alimentare'],
  },
  'product-responsibility': {
    en: ['product safety', 'product quality', 'customer', 'privacy', 'data protection', 'cybersecurity', 'labelling', 'responsible marketing', 'food safety', 'nutrition', 'healthier', 'salt', 'sugar', 'sodium', 'allergen', 'iso 9001', 'iso 22000', 'iso 27001'],
    it: ['sicurezza dei prodotti', 'qualita dei prodotti', 'clienti', 'consumator', 'protezione dei dati', 'sicurezza informatica', 'etichettatura', 'sicurezza alimentare', 'nutrizion', 'contenuto di sale', 'zuccher', 'salutar'],
  },
  'innovation-rnd': {
    en: ['research', 'r d', 'innovat', 'patent', 'artificial intelligence', 'technological innovation'],
    it: ['ricerca', 'r s', 'innovazion', 'innovativ', 'brevett', 'intelligenza artificiale', 'sviluppo tecnologico'],
  },
  governance: {
    en: ['governance', 'board', 'directors', 'oversight', 'shareholder', 'remuneration', 'variable pay', 'executive pay', 'assurance', 'csrd', 'esrs', 'gri standards', 'reporting standards', 'iso 14001', 'emas', 'environmental management'],
    it: ['consiglio di amministrazione', 'cda', 'azionist', 'rendicontazion', 'retribuzione variabile', 'revisione limitata', 'standard gri', 'gestione ambientale'],
  },
  'ethics-compliance': {
    en: ['ethic', 'compliance', 'corruption', 'bribery', 'code of conduct', 'whistleblow', 'integrity', 'fraud', 'antitrust', 'sanction', 'iso 37001', 'anti bribery'],
    it: ['etica', 'etico', 'etici', 'corruzion', 'codice di condotta', 'codice etico', 'segnalazion', 'integrita', 'frode', 'antiriciclaggio'],
  },
}

/**
 * Phrases whose words are too common to be keywords alone: "employed 11,200 people" is headcount,
 * "employed advanced analytics" is not; "water use" and "consumo d'acqua" are the water resource,
 * "ships on the water" and "bottigliette d'acqua" are not. Matched on the lowercase, accent-free sentence.
 */
const PHRASES: Record<string, readonly RegExp[]> = {
  workforce: [
    /\bemploy(?:s|ed|ing)?\s+(?:(?:some|about|around|over|nearly|almost|roughly|more than|a total of)\s+)?\d[\d.,]*(?:\s+(?:thousand|million))?\s+(?:people|persons|staff|workers|employees)\b/,
  ],
  water: [
    /\bwater[\s-]*(?:withdr|consum|uses?\b|usage|used\b|intensit|discharg|stewardship|recycl|reus|efficien|manag|sav|footprint|stress|risk|scarc|qualit|treat|suppl|resource|reduc|pollut|recover|balance|neutral|positive|replenish|conserv|security|sources?\b|network|leak|meter|utilit|restor)/,
    /\b(?:withdr\w*|consum\w*|use[sd]?|usage|discharg\w*|sav\w*|reus\w*|recycl\w*|conserv\w*|treat\w*|replenish\w*|lit(?:re|er)s|m3|cubic\s+met(?:re|er)s|megalit(?:re|er)s|gallons)\s+(?:of\s+)?(?:(?:its|their|the|fresh|process)\s+)?water\b/,
    /\b(?:drinking|potable|process|cooling|surface|sea|storm|tap|mains|municipal|produced)\s+water\b/,
    /\b(?:consum|prelie|prelev|utilizz|uso|usi|risparmi|gestion|riutilizz|recuper|ricicl|scaric|trattament|fabbisogn|perdit|tutela|impronta)\w*\s+(?:d['’]\s?|di\s+|dell['’]\s?|delle\s+)acqu[ae]\b/,
    /\bacqu[ae]\s+(?:prelevat|consumat|utilizzat|riciclat|riutilizzat|recuperat|piovan|meteoric|dolc|potabil|reflu|grig|di\s+scarico|di\s+falda|di\s+processo|sotterrane|superficial|depurat|scaricat)/,
    /\b(?:metri\s+cubi|litri|megalitri|m3)\s+(?:d['’]\s?|di\s+)acqua\b/,
  ],
}

/** A section heading names its subject in a word: "Water", "Acqua e rifiuti". */
const HEADING_PHRASES: Record<string, readonly RegExp[]> = {
  water: [/\b(?:water|acqu[ae])\b/],
}

/** Topics that frame a field rather than name a specific subject; they rank after specific ones on equal evidence. */
const BROAD = new Set(['climate-strategy', 'innovation-rnd', 'governance'])

/** Lowercase words without accents; hyphens and other punctuation separate words. "R&D" becomes "r d". */
function words(text: string): string[] {
  return wordsOfPlain(plainText(text))
}

/** Lowercase without accents; ASCII has none to take off, and most sentences are ASCII. */
const plainText = (text: string): string => (isAscii(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase()

const wordsOfPlain = (plain: string): string[] => plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')

function matchesWord(word: string, stem: string): boolean {
  return stem.length <= 3 ? word === stem : word.startsWith(stem)
}

interface Keyword {
  topic: number
  stems: readonly string[]
  /** English keywords apply to text in both languages, Italian ones to Italian text only. */
  italianOnly: boolean
}

/** Each topic with its phrase patterns, for a sentence and for a heading. */
const COMPILED = TOPICS.map((topic, order) => {
  const phrases = PHRASES[topic.id] ?? []
  return { id: topic.id, order, phrases, headingPhrases: [...phrases, ...(HEADING_PHRASES[topic.id] ?? [])] }
})

const ANY_PHRASE = anyMatch(COMPILED.flatMap((t) => t.phrases))
const ANY_HEADING_PHRASE = anyMatch(COMPILED.flatMap((t) => t.headingPhrases))

/**
 * Keywords by the first three letters of their first stem (the whole stem when shorter), so a
 * text costs one lookup per word instead of a scan of every keyword: tagging is on the build's
 * hot path, once per sentence and heading.
 */
const BY_PREFIX = new Map<string, Keyword[]>()
TOPICS.forEach((topic, index) => {
  const lists = KEYWORDS[topic.id] ?? { en: [], it: [] }
  for (const [keywords, italianOnly] of [[lists.en, false], [lists.it, true]] as const) {
    for (const keyword of keywords) {
      const stems = words(keyword)
      const key = stems[0]!.slice(0, 3)
      BY_PREFIX.set(key, [...(BY_PREFIX.get(key) ?? []), { topic: index, stems, italianOnly }])
    }
  }
})

const IDIOMS = /\b(?:on|across the)\s+board\b/giu

/** Keyword hits per topic id in a text. */
function evidence(text: string, lang: string, heading = false): Map<string, number> {
  const italian = baseLang(lang) === 'it'
  const plain = plainText(text)
  // idioms with a keyword in them: "on board" an aircraft, "across the board" (most texts have none: their words are the plain text's)
  const unidiomatic = text.replace(IDIOMS, ' ')
  const tokens = unidiomatic === text ? wordsOfPlain(plain) : words(unidiomatic)
  const counts = new Map<number, number>()
  tokens.forEach((token, i) => {
    for (const kw of BY_PREFIX.get(token.slice(0, 3)) ?? []) {
      if (kw.italianOnly && !italian) continue
      if (i + kw.stems.length <= tokens.length && kw.stems.every((stem, k) => matchesWord(tokens[i + k]!, stem))) {
        counts.set(kw.topic, (counts.get(kw.topic) ?? 0) + 1)
      }
    }
  })
  const hits = new Map<string, number>()
  // most texts hold no topic's phrase: one scan says so
  const phrased = (heading ? ANY_HEADING_PHRASE : ANY_PHRASE)(plain)
  COMPILED.forEach((topic, index) => {
    const phrases = heading ? topic.headingPhrases : topic.phrases
    const n = (counts.get(index) ?? 0) + (phrased ? phrases.filter((re) => re.test(plain)).length : 0)
    if (n > 0) hits.set(topic.id, n)
  })
  return hits
}

/**
 * Topic ids for a sentence, most specific first, from keyword stems in both languages (see
 * `KEYWORDS`). The section `heading` decides only when the sentence names no topic, and otherwise
 * only breaks ties among the sentence's own topics: a heading groups several subjects ("Circularity
 * and water"), so it must never add one the sentence is not about. Remaining ties put specific
 * topics before broad ones (climate-strategy, innovation-rnd, governance), then taxonomy order.
 * A report named in passing ("published its sustainability report") is no evidence of governance.
 * @returns ids from `TOPICS`; empty when neither the sentence nor the heading matches a keyword.
 */
export function tagTopics(sentence: string, lang: string, heading?: string): string[] {
  const own = evidence(sentence, lang)
  const context = heading ? headingEvidence(`${lang}\u0000${heading}`) : NO_EVIDENCE
  const score = own.size > 0 ? own : context
  return COMPILED.filter((t) => score.has(t.id))
    .sort(
      (a, b) =>
        (score.get(b.id) as number) - (score.get(a.id) as number) ||
        (context.get(b.id) ?? 0) - (context.get(a.id) ?? 0) ||
        Number(BROAD.has(a.id)) - Number(BROAD.has(b.id)) ||
        a.order - b.order,
    )
    .map((t) => t.id)
}

const NO_EVIDENCE: ReadonlyMap<string, number> = new Map()
// Every sentence of a section asks for its heading's evidence: read once per heading, not per sentence.
const headingEvidence = memoiseRecent((key: string): ReadonlyMap<string, number> => {
  const at = key.indexOf('\u0000')
  return evidence(key.slice(at + 1), key.slice(0, at), true)
}, 4)

const PILLAR = new Map(TOPICS.map((t) => [t.id, t.pillar]))

/**
 * The ESG pillar of a fact: the pillar most of its topics belong to, ties going to the pillar of
 * the earlier (more specific) topic. Unknown ids are ignored.
 * @returns undefined when no id is a known topic.
 */
export function pillarOf(topicIds: string[]): Pillar | undefined {
  const votes = new Map<Pillar, number>()
  for (const id of topicIds) {
    const pillar = PILLAR.get(id)
    if (pillar) votes.set(pillar, (votes.get(pillar) ?? 0) + 1)
  }
  let best: Pillar | undefined
  for (const [pillar, n] of votes) if (best === undefined || n > (votes.get(best) as number)) best = pillar
  return best
}
