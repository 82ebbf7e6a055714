import type { FigureWords } from '../figure-words.js'

const PREP = "(?:di|del|dello|della|dell['’]|dei|degli|delle)"
const TO = "(?:a|al|allo|alla|all['’]|ai|agli|alle)"
const ART = "(?:il|lo|la|l['’]|i|gli|le)"
const FROM = "(?:dal|dallo|dalla|dall['’]|dai|dagli|dalle|da)"

const ordinal = (stem: string, n: number): [string, number][] => [[`${stem}o`, n], [`${stem}a`, n]]

/** How Italian writes figures (see {@link FigureWords}). */
export const figureWordsIt: FigureWords = {
  slashMonthFirst: false,
  decimal: ',',
  months: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  notNames: (
    'il lo la l i gli le un una uno del dello della dei degli delle nel nello nella nei negli nelle al allo alla ai agli alle ' +
    'dal dallo dalla dai dagli dalle sul sullo sulla sui sugli sulle di da con su tra fra entro dopo prima durante fino verso ' +
    'oltre circa quasi almeno ben solo soltanto già ancora e o ma anche nell dell sull dall all questo questa questi queste ' +
    'nostro nostra suo sua loro ogni tutti tutte inizio fine metà esercizio'
  ).split(' '),
  idPrefixes: ['versione', 'articolo', 'comma', 'allegato'],
  listJoin: ['e', 'o'],
  numbers: {
    grammar: 'compound',
    units: {},
    tens: {},
    pieces: {
      diciassette: 17, diciannove: 19, quattordici: 14, diciotto: 18, quindici: 15, tredici: 13, dodici: 12, undici: 11, sedici: 16,
      dieci: 10, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, novanta: 90, ottanta: 80, trenta: 30, quarant: 40,
      cinquant: 50, sessant: 60, settant: 70, novant: 90, ottant: 80, trent: 30, venti: 20, vent: 20, quattro: 4, cinque: 5,
      sette: 7, nove: 9, otto: 8, due: 2, tre: 3, tré: 3, sei: 6, uno: 1, un: 1,
    },
    hundred: ['cento', 'cent'],
    thousand: ['mille'],
    thousands: ['mila'],
    notNumbers: ['un', 'uno', 'una', 'mila'],
    needsNoun: ['sei'],
    ordinals: Object.fromEntries(
      // "secondo" ("according to") is left out; "prima" ("before") counts only after a determiner (ordinalOneAfter)
      ([['prim', 1], ['terz', 3], ['quart', 4], ['quint', 5], ['sest', 6], ['settim', 7], ['ottav', 8], ['non', 9], ['decim', 10]] as const)
        .flatMap(([stem, n]) => ordinal(stem, n)),
    ),
    fractions: { 'un terzo': 100 / 3, 'due terzi': 200 / 3, 'un quarto': 25, 'tre quarti': 75, 'un quinto': 20 },
    ratioLinks: ['su'],
    half: ['metà'],
    afterArticle: {},
    indefinite: ['un', 'uno', 'una'],
    listedIndefinite: ['un', 'uno', 'una'],
    needsNounNotAfter: [],
    singularEnding: '[oa]',
    allOf: ['tutt[ie] e'],
    ordinalOneAfter: [
      'il', 'lo', 'la', 'un', 'una', 'suo', 'sua', 'loro', 'nostro', 'nostra', 'proprio', 'propria', 'del', 'dello', 'della', 'al', 'allo',
      'alla', 'nel', 'nello', 'nella', 'dal', 'dalla', 'sul', 'sulla',
    ],
    halving: 'dimezz\\p{L}*',
    multiplying: [
      { forms: 'raddoppi(?:a|ano|are|at[oaie]|ando|erà|eranno)', factor: 2 },
      { forms: 'triplic(?:a|ano|are|at[oaie]|ando|herà|heranno)', factor: 3 },
      { forms: 'quadruplic(?:a|ano|are|at[oaie]|ando|herà|heranno)', factor: 4 },
    ],
    infinitive: [],
    scaleWithArticle: ['milione', 'miliardo'],
    halfScale: ['mezzo'],
    yearSpans: { biennio: 2, triennio: 3, quadriennio: 4, quinquennio: 5, lustro: 5, decennio: 10, biennale: 2, triennale: 3, quadriennale: 4, quinquennale: 5, decennale: 10 },
  },
  scales: [
    { words: ['mila'], factor: 1e3 },
    { words: ['milioni', 'milione', 'mln'], factor: 1e6 },
    { words: ['miliardi', 'miliardo', 'mld', 'mrd'], factor: 1e9 },
  ],
  units: [
    { words: ['punti percentuali', 'punto percentuale'], unit: 'pp', kind: 'percent' },
    { words: ['per\\s?cento'], unit: 'percent', kind: 'percent' },
    { words: ['tonnellat[ae]'], unit: 't', kind: 'quantity', co2: true },
    { words: ['chilogramm[io]'], unit: 'kg', kind: 'quantity' },
    { words: ['gramm[io]'], unit: 'g', kind: 'quantity' },
    // Acqua per unità di prodotto: "3,2 hl/hl".
    { words: ['ettolitr[io] per ettolitro', 'hl/hl'], unit: 'hl/hl', kind: 'quantity' },
    { words: ['ettolitr[io]', 'hl'], unit: 'hL', kind: 'quantity' },
    { words: ['megalitr[io]'], unit: 'ML', kind: 'quantity' },
    { words: ['litr[io]'], unit: 'L', kind: 'quantity' },
    { words: ['metri cubi', 'metro cubo'], unit: 'm3', kind: 'quantity' },
    { words: ['chilometri quadrati', 'chilometro quadrato', 'kmq', 'km²'], unit: 'km2', kind: 'quantity' },
    // "150.000 mq": Italian writes square metres as "mq"
    { words: ['metri quadr(?:at)?i', 'metro quadr(?:at)?o', 'mq', 'm²'], unit: 'm2', kind: 'quantity' },
    { words: ['chilometr[io]'], unit: 'km', kind: 'quantity' },
    // Italian "ha" is the verb ("nel 2023 ha investito"): hectares only spelt out
    { words: ['ettar[oi]'], unit: 'ha', kind: 'quantity' },
    { words: ['ore'], unit: 'h', kind: 'quantity' },
    { words: ['gradi(?: (?:celsius|centigradi))?', '° ?(?:celsius|centigradi)'], unit: '°C', kind: 'quantity' },
    // "vent’anni", "trent'anni": a number word elided before "anni"
    { words: ['anni', "(?<=\\p{L})['’]anni"], unit: 'year', kind: 'quantity' },
    { words: ['mesi'], unit: 'month', kind: 'quantity' },
  ],
  energy: { prefixes: { kilo: 'k', chilo: 'k', mega: 'M', giga: 'G', tera: 'T' }, hours: ['-?or[ae]'] },
  co2: ['anidride carbonica'],
  co2Equivalent: ['equivalente', 'equivalenti'],
  of: ['di'],
  per: ['per'],
  transportWork: {
    tkm: ['tonnellat[ae](?:-|\\s)(?:chilometr[oi]|km)', 'tkm'],
    pkm: ['passegger[oi](?:-|\\s)(?:chilometr[oi]|km)', 'pkm'],
  },
  perHours: { million: ['(?:un )?milione'], of: ['di'], hours: ['ore'], hoursKind: [], worked: ['lavorate'] },
  phoneWords: ['tel', 'telefono', 'fax', 'cell'],
  currencies: [
    { words: ['yuan', 'renminbi'], code: 'CNY' },
    { words: ['dollari di hong kong'], code: 'HKD' },
    { words: ['dollar[io](?: (?:usa|statunitensi|americani))?'], code: 'USD' },
    { words: ['euro'], code: 'EUR' },
    { words: ['sterlin[ae]'], code: 'GBP' },
    { words: ['yen'], code: 'JPY' },
  ],
  moneyNouns: [
    // "rispetto ai 2,2 miliardi del 2019": a year after the amount dates it, so it counts nothing else
    `(?:${PREP}|nel|dal) \\d{4}(?!\\d)`,
    // "sono 8,7 miliardi i finanziamenti concessi", "circa 2,1 miliardi sono correlati a…": the amount is the subject or predicate of what it funds
    'in', 'per', 'complessiv[oi]', 'total[ei]', `(?:${PREP}|i|gli|le) (?:nuov[ie] )?(?:green bond|bond|obbligazioni|prestiti|finanziamenti|investimenti|ricavi|crediti|credito|dividendi|sovvenzioni|contributi|liberalità)`,
    'sono (?:stati |state )?(?:destinat|correlat|legat|dedicat|investit|stanziat|allocat)[ioae]',
  ],
  qualifiers: [
    { phrases: [`non meno ${PREP}`], qualifier: 'at-least' },
    { phrases: [`non più ${PREP}`], qualifier: 'at-most' },
    { phrases: ['almeno', `(?:un )?minimo(?: ${PREP})?`, `minimo(?: [\\p{L}-]+){1,6} ${PREP}`], qualifier: 'at-least' },
    { phrases: [`fino ${TO}`, 'al massimo', `(?:un )?massimo(?: ${PREP})?`], qualifier: 'at-most' },
    {
      phrases: [
        `oltre(?: ${TO}| ${ART})?`, `più ${PREP}`, `superior[ei] ${TO}`, `(?:superat[oaie]|super(?:a|ano|ando|ava|avano|ò|eranno|erà))(?: ${ART})?`,
      ],
      qualifier: 'over',
    },
    { phrases: [`meno ${PREP}`, `inferior[ei] ${TO}`, `al di sotto ${PREP}`, `sotto(?: ${ART})?`], qualifier: 'under' },
    { phrases: ['quasi', `vicino ${TO}`], qualifier: 'almost' },
    { phrases: ['circa', 'ca\\.', `intorno ${TO}`, 'approssimativamente', "all['’]incirca"], qualifier: 'approximately' },
  ],
  plusSuffix: ['\\+'],
  articles: ['il', 'lo', 'la', "l['’]", 'i', 'gli', 'le', 'un', 'una'],
  cues: {
    targetNouns: [],
    fiscalLead: ['il', "l['’]", "nell['’]", "dell['’]", "all['’]", "sull['’]", "dall['’]"],
    compareAfterComma: [],
    clauseOpeners: ['mentre'],
    yearNouns: ['anno', 'anni'],
    halvesNoun: [],
    target: [
      // not through a subjunctive copula: "che l'obiettivo sia di quelli ambiziosi" tells of the goal, it states none
      `obiettiv[oi](?: (?!(?:sia|siano|fosse|fossero)(?![\\p{L}]))\\p{L}+){0,2}? (?:di|del|della|dell['’]|è)`, `target\\s*(?:di|del|:)`, 'punta(?:no)? a', 'mira(?:no)? a',
      'si (?:è )?impegnat[oa]? a', 'si impegna(?:no)? a', 'prevede di', "impegno a", 'traguardo (?:di|del)',
    ],
    achieved: ['riuscit[oaie]', 'riesce', 'riuscendo'],
    targetInfinitive: [],
    deadline: ["entro(?: il| l['’]anno| la fine del)?", 'anno (?:obiettivo|target)(?: (?:il|del))?'],
    sharedDeadline: ['tutti', 'tutte', 'entrambi', 'entrambe', 'il tutto'],
    softDeadline: ['al', 'nel', 'per il'],
    framingOpeners: ['con', "nell['’]ambito d\\p{L}*", 'in linea con', 'nel quadro d\\p{L}*', 'come parte d\\p{L}*'],
    cuedDeadline: ['prima del', "prima dell['’]"],
    scopeBefore: ['(?:in|nei|negli|nelle|presso|su|sui|sugli|sulle|tra|fra)(?: (?:i|gli|le|suoi|sue|propri|proprie|tutti i|tutte le))?'],
    goalPronoun: ['quello', 'quella'],
    decadeEnd: ['entro (?:la )?fine (?:del )?decennio'],
    sameDate: ['(?:entro|alla|per la|a quella) (?:stessa|medesima) data', 'entro (?:quella|tale) data', 'per allora'],
    yearEnd: ["entro (?:la )?fine (?:dell['’])?anno", "entro (?:quest['’]|l['’])anno", "(?:per|nel corso di) quest['’]anno"],
    // not "all'inizio di quest'anno": that dates one event within the year, it frames no results
    thisYear: ["(?<!(?:inizio|fine|primi mesi) (?:di|del) )quest['’]anno", 'anno in corso'],
    futureDeadline: ['al', "all['’]", 'nel', "nell['’]"],
    planNouns: ['pian[oi]', 'strategi[ae]', 'programm[ai]'],
    planPeriod: ['per il periodo', 'nel periodo', 'relativ[oi] al periodo'],
    planAmount: ['da', 'di', 'pari a'],
    warming: ['riscaldamento', "(?:innalzamento|aumento) (?:della|delle) temperatur[ae]", 'pre-?industrial[ei]', 'traiettori[ae]', 'accordo di parigi', 'accordi di parigi'],
    vaguePeriod: ['negli ultimi anni', 'in questi anni', 'nel corso degli anni', 'negli anni'],
    goalBefore: ['obiettiv[oi](?: (?:al|il|del))?', 'target(?: (?:al|il|del))?', 'traguard[oi](?: (?:al|il|del))?'],
    goalAfter: [],
    determiners: [],
    founded: ['fondat[oaie](?: \\p{L}+){0,3}? (?:nel|a)', 'nat[oaie] nel', 'costituit[oaie] nel', 'istituit[oaie] nel', `acquisit[oaie] (?:nel|${FROM})`, `rilevat[oaie] (?:nel|${FROM})`],
    // a bare "bilancio 2022" is the year's accounts, whose year is a period
    reportBefore: [
      '(?:bilancio|report|rapporto|relazione) (?:di sostenibilità|integrato|sociale|ambientale|esg|di impatto)', 'report',
      'dichiarazione (?:consolidata )?(?:di carattere )?non finanziaria',
    ],
    reportAfter: [],
    relative: ['che', 'il quale', 'la quale', 'i quali', 'le quali', 'dove'],
    maturity: ['(?:con )?scadenz[ae](?: (?:nel|al|il|a))?'],
    replaced: [
      "anziché(?: (?:il|l['’]|nel|nell['’]|del|dell['’]))?", "piuttosto che(?: (?:il|l['’]|nel|nell['’]|del|dell['’]))?",
      "invece (?:che|di)(?: (?:il|l['’]|nel|nell['’]|del|dell['’]))?", "invece (?:del|dell['’])",
    ],
    baseBefore: [
      "rispetto (?:al|all['’]anno|ai (?:livelli|valori|dati) del|(?:al |alla )?(?:dato|valore|livello|baseline) del)", '(?:il )?(?:doppio|triplo|quadruplo) (?:del|della|dello|di quell[oa] del)',
      'anno (?:base|di riferimento)(?: (?:il|del|è))?', '(?:in )?confronto (?:con|al)',
    ],
    baseAfter: ['come anno (?:base|di riferimento)'],
    since: ['dal', "dall['’]"],
    // "dal" is a since already: it counts from its year wherever it stands
    changeSince: [],
    changeBy: ['del', "dell['’]"],
    changeAfter: ['di (?:riduzione|calo|taglio|aumento|crescita|incremento)', 'in (?:meno|più)'],
    fiscal: ['esercizio(?: fiscale)?', 'anno fiscale'],
    compare: [
      `rispetto ${TO}`, 'contro', `a fronte ${PREP}`, `in confronto ${TO}`, FROM, "(?:sul|sullo|sulla|sull['’]|sui|sugli|sulle)",
    ],
    compareLink: ['nel', 'del', "dell['’]anno", "nell['’]anno"],
    comparedRightAfter: ['contro', `rispetto ${TO}`, FROM],
    yearComparedBefore: [FROM, `rispetto ${TO}`, 'contro'],
    yearPossessive: [],
    yearClause: ["(?:quando|in cui)(?: [\\p{L}'’]+){0,5}?"],
    lastYears: ["(?:nel corso )?(?:nell['’]|dell['’])ultimo", '(?:nel corso )?(?:negli|degli) ultimi'],
    inARow: ['di fila', 'in fila', 'consecutiv[ie]', 'di seguito'],
    baseValue: ['(?:una |la )?baseline (?:di|pari a)', '(?:un |il )?valore (?:di )?base (?:di|pari a)'],
    acrossYears: ['nel corso del', 'durante il'],
    changeTo: [`(?:salit|cresciut|aumentat|calat|sces|diminuit|ridott|passat|portat)[oaie](?: [\\p{L}'’]+){0,4}? ${TO}`],
    previousGoalBefore: [`precedent[ei](?: [\\p{L}'’]+){0,2}? (?:di|del|dell['’])`],
    previousGoalAfter: ['precedent[ei]', 'previst[oa] in precedenza'],
    previousYear: [
      "(?:dell['’]|nell['’]|l['’])\\s*(?:anno|esercizio) (?:precedente|prima|scorso)", '(?:di )?un anno (?:prima|fa)',
    ],
    changeFrom: [`(?<=\\()${FROM}`, `(?:pass(?:a|ano)|sal(?:e|gono)|scend(?:e|ono)|cresc(?:e|ono)|aument(?:a|ano)|cal(?:a|ano)|diminuisc(?:e|ono)|salit[oaie]|passat[oaie]|cresciut[oaie]|aumentat[oaie]|sces[oaie]|calat[oaie]|diminuit[oaie]|migliorat[oaie]|ridott[oaie]) ${FROM}`],
    rangeTo: [TO],
    clauseWords: ['ma', 'mentre', 'però', 'sebbene', 'pur', 'contro'],
    causes: ['grazie', 'dovut[oaie]', 'trainat[oaie]', 'favorit[oaie]', 'sostenut[oaie]', 'complice'],
    subjects: ['il', 'lo', 'la', 'i', 'gli', 'le', 'si', 'ci', 'questo', 'questa', 'questi', 'queste', "l['’]"],
    and: ['e', 'ed'],
    clauseVerbs: [
      'si', "s['’]", 'punta(?:no)?', 'mira(?:no)?', 'prevede', 'prevedono', 'intende', 'intendono', 'vuole', 'vogliono', 'ha', 'hanno', 'è',
      'sono', 'conta', 'ambisce', 'ora', 'anche',
    ],
    ofWhich: ['di cui', 'dei quali', 'delle quali'],
    partOpening: ['dei', 'degli', 'delle', 'del', 'dello', 'della', "dell['’]"],
    notNouns: ('il lo la l i gli le un una di a da in con su per tra fra che è stato stata più molto sempre già non anche qui tu').split(' '),
    halfPeriod: ['prima', 'seconda', 'a', 'in', 'entro', 'da', 'della'],
    afterChange: ('rispetto nel nell nello nella dal dall dallo dalla tra fra grazie e o ma mentre per con sul sull nei negli nelle dopo da in').split(' '),
    changeVerbs: [
      'di', 'calat[oaie]', 'sces[oaie]', 'salit[oaie]', 'cresciut[oaie]', 'ridott[oaie]', 'aumentat[oaie]', 'diminuit[oaie]',
    ],
    fractionQualifiers: ['circa', 'quasi', 'oltre', 'più di', 'meno di'],
    shareOf: [PREP],
    hyphenMeasures: [],
    ordinalNot: ['parte', 'settore'],
  },
  scaleOf: ['di'],
  yearRanges: [['(?:tra|fra)(?: il)?', 'e(?: il)?'], ['dal', '(?:fino )?al'], ['da', 'a']],
  ambiguousMonths: [],
  monthNotAfterDay: [],
  reportWords: ['report', 'rapporto', 'bilancio', 'relazione', 'rendiconto', 'dcnf', 'dichiarazione non finanziaria'],
  attribution: {
    verbs: ['stima(?:no)?', 'prevede', 'prevedono', 'calcola(?:no)?'],
    that: ['che'],
    selfNouns: ['gruppo', 'società', 'azienda', 'impresa', 'report', 'rapporto', 'bilancio', 'consiglio'],
  },
}
