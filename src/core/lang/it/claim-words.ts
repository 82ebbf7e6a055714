import { ClaimWordsSchema } from '../claim-words.js'
import { anyOf, unicodeWords } from '../words.js'
import { IT_INTENT_WORDS } from './intent-words.js'

/** Goal nouns, as the intended-goal rules read them: "obiettivo", "target", "traguardi". */
const GOAL_NOUNS = anyOf(IT_INTENT_WORDS.goalNouns)

/** Participles that agree in gender and number: the stems with their endings "-o", "-a", "-i", "-e". */
const agreeing = (stems: readonly string[]): string => `(?:${stems.join('|')})[oaie]`

/** Participles that describe content to add to a text ("…vanno specificati"). */
const CONTENT_PARTICIPLES = agreeing([
  'inclus', 'inserit', 'dettagliat', 'spiegat', 'descritt', 'presentat', 'approfondit', 'ampliat', 'aggiunt', 'chiarit', 'illustrat', 'specificat',
  'quantificat', 'esplicitat', 'evidenziat', 'motivat', 'argomentat', 'citat',
])
/** Adverbs that may follow a modal of adding content: "andrebbero anche descritte". */
const CONTENT_FILLERS = ['anche', 'ulteriormente', 'meglio']
/** What a writer calls the text they are writing ("il servizio"): the object of a note. */
const OWN_TEXT = '(?:articolo|servizio|pezzo|testo|analisi|report|rapporto|post|approfondimento|inchiesta)'
/** Future or conditional of improving: "arricchiranno", "completerà", "migliorerebbe". */
const IMPROVE = '(?:arricchi|complete|integre|migliore|rafforze)(?:rà|ranno|rebbe|rebbero)'
/** Participles of results and trends that headline style uses without an auxiliary ("Ridotte del 30% le emissioni"). */
const RESULT_PARTICIPLES = `${agreeing([
  'raggiunt', 'ridott', 'riciclat', 'ricondizionat', 'investit', 'ottenut', 'risparmiat', 'evitat', 'recuperat', 'raccolt', 'installat', 'completat',
  'superat', 'stanziat', 'donat', 'dimezzat', 'aumentat', 'diminuit', 'cresciut', 'calat', 'sces', 'salit', 'abbattut', 'generat', 'piantat',
  'registrat', 'vendut',
])}|portat[oaie] a termine`

/** How Italian states goals, results and reported speech, and marks notes and page chrome (see {@link ClaimWordsSchema}). */
export const claimWordsIt = ClaimWordsSchema.parse({
  targetStrong: [
    /\p{L}{2,}(?:rà|ranno)(?!\p{L})/iu, // futuro semplice: "verrà esteso", "raggiungerà", "dovrà", "saranno"
    unicodeWords(/\b(?:impegno|impegnata|impegnato|impegnati|impegna)\s+(?:a|ad)\b/i),
    unicodeWords(/\b(?:si|s['’])\s?(?:è\s)?impegn/i),
    /(?<!\p{L})(?:mira|mirano|punta|puntano)\s+(?:a|ad|al|allo|alla|ai|agli|alle|all['’])(?!\p{L})/iu,
    unicodeWords(/\b(?:intende|intendono|prevede|prevedono|pianifica|ambisce|si prefigge)\b/i),
    /(?<!\p{L})(?:è|sono)\s+(?:\p{L}+mente\s+)?previst[oaie](?!\p{L})/iu,
    /(?<!\p{L})(?:vuole|vogliono)\s+(?:\p{L}+\s+)?\p{L}+(?:are|ere|ire|rre)(?!\p{L})/iu, // "vuole ridurre", "vogliono raggiungere"
    unicodeWords(new RegExp(`\\b(?:fissato|fissa|fissati|stabilito|annunciato)\\s+(?:\\S+\\s+){0,5}?${GOAL_NOUNS}\\b`, 'i')),
    unicodeWords(/\bin futuro\b/i),
    new RegExp(`(?<!\\p{L})${GOAL_NOUNS}\\s+(?:\\p{L}+\\s+){0,2}?(?:restano|rimangono|resta|rimane|sono|è)\\s+(?:stat[oi]\\s+)?(?:\\p{L}+mente\\s+)?${agreeing(['invariat', 'confermat', 'immutat', 'ribadit', 'mantenut'])}(?!\\p{L})`, 'iu'),
  ],
  modal: /(?<!\p{L})(?:dovrebbe|dovrebbero|dovrà|dovranno|deve|devono)(?!\p{L})/iu,
  targetYear: unicodeWords(/\bentro (?:il |la fine del |fine )?(?:19|20)\d\d\b/i),
  targetNoun: unicodeWords(new RegExp(`\\b${GOAL_NOUNS}\\b`, 'i')),
  reporting: /^(?:presentat|pubblicat|annunciat|dichiarat|comunicat|confermat|rivelat|illustrat|evidenziat|sottolineat)[oaie]$/i,
  trend: /(?<!\p{L})(?:una|un)\s+(?:riduzione|diminuzione|crescita|calo|aumento|flessione|incremento)\s+(?:del|dello|di)\s+(?:circa\s+|quasi\s+|oltre\s+)?(?:il\s+)?\d|\d\s*(?:%|per\s?cento)\s+(?:\p{L}+\s+){0,3}?rispetto\s+(?:al|all['’]anno|ai\s+livelli\s+del)\s+(?:19|20)\d\d/iu,
  results: {
    past: [
      // auxiliary + participle: "ha ridotto", "sono state donate", "sono scese"
      '(?<!\\p{L})(?:ha|hanno|aveva|avevano|è|sono|era|erano)\\s+(?:\\p{L}+mente\\s+|anche\\s+|inoltre\\s+|già\\s+)?(?:stat[oaie]\\s+)?(\\p{L}+(?:at|it|ut|ott|ost|ess|ist|ert|olt|unt)[oaie]|sces[oaie])(?!\\p{L})',
      // a participle on its own opening the sentence, or followed by a figure ("emissioni ridotte del 30%");
      // elsewhere it is an adjective ("plastica riciclata entro il 2030")
      `^(?:${RESULT_PARTICIPLES})(?!\\p{L})|(?<!\\p{L})(?:${RESULT_PARTICIPLES})\\s+(?:del|dello|della|dell['’]|di|al|allo|alla|all['’]|a|fino al|quota)\\s*\\d`,
      // a reported trend: "in calo del 42 per cento"
      '(?<!\\p{L})in (?:calo|crescita|aumento|diminuzione|ribasso|rialzo|flessione)(?!\\p{L})',
    ],
    caseSensitive: false,
    passiveAuxiliaries: [],
  },
  certification: {
    states: [
      `(?<!\\p{L})(?:è|sono|era|erano|stat[oaie]|essere|viene|vengono)\\s+(?:\\p{L}+mente\\s+|anche\\s+|ora\\s+)?${agreeing(['certificat', 'accreditat'])}(?!\\p{L})`,
      // not "certificata da": "energia certificata da fonti rinnovabili" is the adjective again
      `(?<!\\p{L})${agreeing(['certificat', 'accreditat'])}\\s+(?:secondo|ISO)(?!\\p{L})`,
    ],
    obtaining: ['ottenut[oaie]', 'conseguit[oaie]', 'ricevut[oaie]'],
    nouns: [
      '(?<!\\p{L})(?:certificazion[ei]|accreditament[oi])(?!\\p{L})',
      '(?<!\\p{L})(?:il|un|i|dei|del|nuov[oi])\\s+certificat[oi](?!\\p{L})',
    ],
    events: [
      '(?<!\\p{L})(?:ottenut[oaie]|ottiene|ottengono|ottenere|conseguit[oaie]|ricevut[oaie]|riceve|rinnovat[oaie]|mantenut[oaie]|possiede|possiedono|conferit[oaie]|assegnat[oaie])(?!\\p{L})',
    ],
    instruments: ['(?<!\\p{L})certificat[oi]\\s+(?:verdi|bianchi|energetici|di\\s+origine)(?!\\p{L})'],
  },
  regulation: ['legge', 'leggi', 'normativ[ae]', 'direttiv[ae]', 'regolament[oi]', 'ai sensi', 'obbligatori[oae]'],
  notes: {
    contentPassives: [
      {
        modals: ['dovrebbe', 'dovrebbero', 'deve', 'devono', 'andrebbe', 'andrebbero', 'occorre', 'bisogna'],
        fillers: CONTENT_FILLERS,
        be: 'essere',
        participles: [CONTENT_PARTICIPLES],
      },
      { modals: ['va', 'vanno', 'andrebbe', 'andrebbero'], fillers: [...CONTENT_FILLERS, 'qui'], participles: [CONTENT_PARTICIPLES] },
    ],
    adverbEnding: 'mente',
    phrases: [
      // "sarebbe da aggiungere", "è da inserire": a gerundive of adding content (not "è da sottolineare che…", which introduces a claim)
      '(?<!\\p{L})(?:sarebbe|sarebbero|è|sono|resta|restano)\\s+(?:anche\\s+|ancora\\s+)?da\\s+(?:aggiungere|inserire|includere|integrare|citare|spiegare|chiarire|dettagliare|ampliare)(?!\\p{L})',
      // "arricchiranno l'articolo", "completerà questo servizio": future or conditional of improving the text.
      // "il servizio"/"il report" alone are also things in the world ("completerà il servizio idrico"),
      // so they need "questo", "la prossima versione", or a sentence about further research.
      `(?<!\\p{L})${IMPROVE}\\s+(?:ulteriormente\\s+)?(?:(?:il|lo|l['’])\\s*(?:articolo|pezzo|testo|post)|(?:questo|questa|quest['’]|la\\s+prossima\\s+versione\\s+(?:del|dell['’]|della))\\s*${OWN_TEXT})(?!\\p{L})`,
      `^(?:ulteriori|maggiori)\\s+(?:approfondimenti|ricerche|dettagli|informazioni|dati|esempi|analisi)(?!\\p{L}).*${IMPROVE}\\s+(?:ulteriormente\\s+)?(?:il|lo|la|l['’])\\s*${OWN_TEXT}(?!\\p{L})`,
      // a later version of the article itself: "la prossima versione dell'articolo"
      "(?<!\\p{L})(?:prossima|futura|nuova) versione (?:di questo|del|dell['’]|della)\\s*(?:articolo|servizio|pezzo|post|testo)(?!\\p{L})",
      '\\bda (?:approfondire|verificare|completare|integrare|confermare|ricontrollare)\\b',
      // checks still to make before the piece goes out: "verificare con l'azienda…", "prima della pubblicazione"
      "(?:^|[:;–—]\\s*)(?:ri)?(?:controllare|verificare|confermare|chiedere)\\s+(?:con|a|al|alla|all['’]|presso|se)(?!\\p{L})",
      "(?<!\\p{L})(?:ri)?(?:controllare|verificare|confermare)(?!\\p{L}).*\\b(?:con\\s+(?:l['’]\\s*)?(?:ufficio\\s+stampa|portavoce)|prima\\s+(?:della\\s+pubblicazione|di\\s+pubblicare|di\\s+andare\\s+in\\s+stampa))",
      '\\b(?:servono|sono necessari|occorrono|richiede|richiedono)\\s+(?:ulteriori\\s+|maggiori\\s+)?(?:approfondimenti|dettagli)\\b',
      '\\bin questo articolo,? (?:vedremo|esploreremo|analizzeremo|parleremo)\\b',
      // what the writer would like to add: "sarebbe utile un confronto"
      '\\b(?:sarebbe|sarebbero|risulterebbe) (?:anche )?(?:utile|utili|opportun[oa]|interessante|importante|auspicabile|bene)\\b',
      // "vale la pena ricordare che…" introduces a claim; only an inquiry still to be made is a note
      '\\bvale la pena (?:di )?(?:confrontare|approfondire|verificare|esaminare|analizzare|capire|chiedersi|indagare)\\b',
    ],
    markers: [],
    bracketed: ['fonte[^\\]]*', 'da verificare', 'aggiungere[^\\]]*'],
    parenthetical: ['da confermare', 'da verificare'],
  },
  moreInfoLeads: ['per saperne (?:di )?più', 'per (?:maggiori|ulteriori) (?:informazioni|dettagli)', 'per approfondire'],
  callToAction: {
    openers: [
      "(?:scarica|leggi|visita|consulta|segui|guarda|scopri|clicca)\\s+(?:il|lo|la|l['’]|i|gli|le|un|una|qui|anche|ora|subito|gratis|tutt[oaie]|questo|questa|nostr[oaie])",
    ],
    openerPrefixes: [
      'iscriviti', 'seguici', 'rimani (?:sempre )?aggiornat', 'resta (?:sempre )?aggiornat', 'leggi anche', 'leggi di più', 'scopri di più', 'scopri come',
      'clicca', 'contattaci', "scarica (?:il|la|l'|gratis|ora)", 'non perdere', 'visita il nostro', 'condividi',
    ],
    phrases: ['iscriviti alla', 'seguici su', 'clicca qui', 'se questo articolo ti è piaciuto', 'per approfondimenti', 'per saperne (?:di )?più'],
    imperatives: [
      // the imperative before a name ("Abbonati a Carta & Imballaggio Oggi", "Segui Turismo Sostenibile");
      // "Abbonati in crescita" and "Registrati 12 infortuni" are a noun and a participle
      { verbs: ['abbonati', 'registrati', 'iscriviti'], next: ['ora', 'subito', 'gratis', 'gratuitamente', 'qui', 'oggi', 'per', '(?:a|al|alla|ai|alle)\\s+(?:nostr|\\p{Lu})'] },
      { verbs: ['scopri', 'scarica', 'segui', 'guarda', 'visita', 'consulta'], next: ['\\p{Lu}'], capitalOnly: true },
    ],
  },
})
