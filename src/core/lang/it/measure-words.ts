import { MeasureWordsSchema } from '../measure-words.js'

export const IT_MEASURE_WORDS = MeasureWordsSchema.parse({
  rightLink: [
    'è', 'sono', 'stato', 'stata', 'stati', 'state', 'destinato', 'destinati', 'destinate', 'investito', 'investiti', 'stanziati', 'allocati', 'dedicati',
    'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'd', 'in', 'il', 'lo', 'la', 'i', 'gli', 'le', 'l',
    // "circa 200 tra progetti di ricerca e partnership": what a count is made of follows "tra"
    'tra', 'fra',
    // "il calo di quelle «scope 3»": a pronoun standing for the noun it repeats
    'quello', 'quella', 'quelli', 'quelle',
    'suo', 'sua', 'suoi', 'sue', 'loro', 'tutti', 'tutte', 'totale', 'per', 'a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all',
  ],
  leftLink: [
    'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all',
    'pari', 'è', 'sono', 'stato', 'stata', 'stati', 'state', 'salito', 'salita', 'saliti', 'salite', 'sceso', 'scesa',
    'scesi', 'scese', 'cresciuto', 'cresciuta', 'cresciuti', 'aumentato', 'aumentata', 'aumentati', 'diminuito', 'diminuita',
    'ridotto', 'ridotta', 'ridotti', 'ridotte', 'raggiunto', 'raggiunta', 'raggiungendo', 'superato', 'superata', 'arrivato',
    'arrivata', 'arrivare', 'calato', 'calata', 'calati', 'calate', 'diminuiti', 'diminuite', 'aumentate', 'cresciute', 'migliorato',
    'migliorata', 'passato', 'passata', 'passati', 'passate', 'scesa', 'attestato', 'attestata', 'ammonta', 'ammontano', 'ammontato', 'già', 'anche', 'ora', 'oggi', 'ancora',
    'oltre', 'circa', 'quasi', 'più', 'meno', 'ha', 'hanno', 'ben', 'un', 'una', 'il', 'lo', 'la', 'i', 'gli', 'le', 'l',
    'da', 'dal', 'dalla', 'dai', 'in', 'nel', 'nella', 'per', 'sul', 'sulla', 'sui', 'entro', 'sotto', 'sopra',
  ],
  inner: [
    // "ad" and "ed" are "a" and "e" before a vowel: "finanziamenti ad alto impatto sociale"
    'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'd', 'e', 'ed', 'in', 'a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all',
    'sul', 'sulla', 'sui', 'sugli', 'sulle',
  ],
  of: ['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'd'],
  perUnit: ['per'],
  articles: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una'],
  // "le emissioni dei suoi stabilimenti": what a determiner after "di" begins belongs to the noun before
  attach: ['da', 'dal', 'dalla', 'dai', 'dalle', 'nel', 'nella', 'nei', 'negli', 'nelle', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell'],
  timeAttach: ['per', 'durante', 'lungo'],
  and: ['e', 'ed', '&'],
  boundary: [
    'rispetto', 'confronto', 'contro', 'versus', 'vs', 'inclusi', 'incluse', 'compresi', 'comprese', 'grazie', 'secondo',
    'mentre', 'che', 'cui', 'quale', 'quali', 'dove', 'quando', 'con', 'da', 'dal', 'dalla', 'tra', 'fra', 'entro', 'nel',
    'nella', 'nei', 'negli', 'nelle', 'per', 'su', 'sotto', 'sopra', 'durante', 'dopo', 'verso', 'attraverso', 'presso', 'oltre',
  ],
  locutions: [
    'a fronte', 'a partire', 'in linea', 'al fine', 'in vista', 'nei confronti', 'per conto', 'a causa', 'in seguito', 'a seguito',
    'in risposta', 'in aggiunta', 'sulla base', 'in relazione', 'per mezzo', 'in occasione',
  ],
  headFirst: true,
  generic: ['somma', 'esercizio', 'esercizi', 'volta', 'iniziale', 'iniziali', 'originario', 'attuale', 'fiscale', 'primo', 'prima', 'totale', 'complessivo', 'volte', 'anno', 'anni', 'precedente', 'scorso', 'periodo', 'livello', 'cifra', 'importo', 'numero', 'aumento', 'calo', 'crescita', 'cento', 'riduzione', 'diminuzione', 'flessione', 'contrazione', 'decremento', 'rialzo', 'ribasso', 'lieve', 'lievi', 'leggero', 'leggera', 'sensibile', 'sensibili', 'taglio', 'tagli', 'miglioramento', 'miglioramenti', 'incremento', 'variazione',
    'complessivi', 'complessiva', 'complessive', 'totali', 'più', 'meno', 'fine', 'inizio', 'corso', 'individui', 'quota', 'percentuale', 'parte', 'obiettivo', 'obiettivi', 'traguardo', 'target',
    'annuale', 'annuali', 'annuo', 'annui', 'assoluto', 'assoluta', 'assoluti', 'assolute', 'interno', 'interna', 'interni', 'interne',
    'proprio', 'propria', 'propri', 'proprie', 'rappresentativo', 'rappresentativa', 'rappresentativi', 'rappresentative', 'principale',
    'principali', 'nuovo', 'nuova', 'nuovi', 'nuove', 'globale', 'globali', 'medio', 'media',
    // "nell'ultimo quinquennio", "per il prossimo lustro", "rispetto al dato del 2019", "in termini assoluti": when, against what and how, not what
    'metà', 'ultimo', 'ultima', 'ultimi', 'ultime', 'prossimo', 'prossima', 'prossimi', 'prossime', 'dato', 'baseline', 'termini',
    'inverno', 'primavera', 'estate', 'autunno', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
    'settembre', 'ottobre', 'novembre', 'dicembre',
  ],
  equals: ['pari', 'equivalente', 'equivalenti', 'ovvero'],
  totals: ['totale'],
  cumulative: ['cumulativo', 'cumulativa', 'cumulativi', 'cumulative', 'cumulato', 'cumulata', 'cumulati', 'cumulate'],
  partitive: ['quali', 'cui'],
  wholes: ['totale', 'complessivo', 'complessiva', 'intero', 'intera'],
  changeBy: ['del', 'dello', 'della', 'dell', 'di', 'al', 'allo', 'alla', 'all', 'a', 'ad'],
  changeVerbs: ['ridu', 'ridott', 'aument', 'increment', 'abbatt', 'tagli', 'diminu', 'miglior', 'dimezz', 'abbass', 'cresc', 'alz', 'port'],
  spendVerbs: ['invest', 'stanzi', 'spend', 'spes', 'erog', 'destin'],
  moneyNouns: ['fondi', 'denaro', 'capitale', 'capitali', 'liquidità'],
  sourceVerbs: [
    'deriva', 'derivano', 'derivato', 'derivata', 'derivati', 'derivate', 'proviene', 'provengono', 'proveniente', 'provenienti', 'ottenuto',
    'ottenuta', 'ottenuti', 'ottenute', 'prodotto', 'prodotta', 'prodotti', 'prodotte', 'generato', 'generata', 'generati', 'generate',
  ],
  sourceLinks: ['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'dall'],
  anaphora: ['questo', 'questa', 'questi', 'queste', 'tale', 'tali', 'suddetto', 'suddetta', 'stesso', 'stessa'],
  parts: ['tra cui', 'fra cui', 'di cui', 'inclusi', 'incluse', 'compresi', 'comprese', 'tra questi', 'tra queste', 'ovvero'],
  parties: [
    'fornitore', 'fornitori', 'filiera', 'catena di fornitura', 'catena del valore', 'stabilimento', 'stabilimenti', 'fabbrica',
    'fabbriche', 'filiale', 'filiali', 'controllate', 'navi', 'flotta', 'campus', 'sito', 'siti', 'birrificio', 'birrifici',
    'cartiera', 'cartiere', 'miniera', 'miniere', 'raffineria', 'raffinerie', 'magazzino', 'magazzini', 'capogruppo', 'società madre', 'portafoglio investimenti', 'portafoglio di investimenti', 'portafoglio degli investimenti',
  ],
  unitQualifiers: ['anidride', 'carbonica', 'equivalente', 'equivalenti', 'co2', 'co2e', 'co2-e', 'co2eq', 'co2-eq', 'e', 'eq', 'celsius', 'fahrenheit', 'gradi', 'grado'],
  negations: ['non'],
  unitNouns: [{ words: ['ore'], unit: 'h' }],
  goalClause: ["con l'obiettivo", 'con l’obiettivo', 'con il target', 'con il traguardo', 'puntando'],
  yearClosesName: true,
  goalNouns: ['obiettivo', 'obiettivi', 'target', 'traguardo', 'traguardi'],
  goalNames: ['net zero', 'net-zero', 'zero emissioni nette', 'emissioni nette zero', 'neutralità carbonica', 'neutralità climatica', 'carbon neutrality'],
  namedParties: [
    { names: ['UE', 'Unione europea', 'Unione Europea'], subject: 'Unione europea' },
    { names: ['ONU', 'Nazioni Unite'], subject: 'Nazioni Unite' },
    { names: ['Accordo di Parigi', 'Accordi di Parigi'], subject: 'Accordo di Parigi' },
  ],
})
