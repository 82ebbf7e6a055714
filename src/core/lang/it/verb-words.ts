import { VerbWordsSchema } from '../verb-words.js'

export const IT_VERB_WORDS = VerbWordsSchema.parse({
  auxiliaries: [
    'ha', 'hanno', 'ho', 'abbiamo', 'avete', 'aveva', 'avevano', 'avrà', 'avranno', 'è', 'sono', 'era', 'erano', 'sarà', 'saranno',
    'stato', 'stata', 'stati', 'state', 'viene', 'vengono', 'venne', 'vennero', 'si', 'siamo',
  ],
  pastSuffixes: ['ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'uti', 'ute'],
  irregular: [
    'prodotto', 'prodotta', 'prodotti', 'prodotte', 'fatto', 'fatta', 'fatti', 'fatte', 'messo', 'messa', 'messi', 'messe', 'preso',
    'presa', 'presi', 'prese', 'raccolto', 'raccolta', 'raccolti', 'raccolte', 'ridotto', 'ridotta', 'ridotti', 'ridotte', 'speso',
    'spesa', 'spesi', 'spese', 'aperto', 'aperta', 'aperti', 'scelto', 'scelta', 'promosso', 'promossa', 'coinvolto', 'coinvolti',
    'coinvolte', 'assunto', 'assunti', 'assunte', 'introdotto', 'introdotta', 'introdotti', 'condotto', 'condotta', 'condotti',
    'concluso', 'conclusa', 'diffuso', 'diffusa', 'vinto', 'vinta', 'scritto', 'scritta', 'detto', 'acceso', 'accesa', 'esteso', 'estesa',
    'emesso', 'emessa', 'emessi', 'distribuito', 'tradotto', 'costruito', 'rimasto', 'rimasta', 'risposto', 'chiuso', 'chiusa',
    'previsto', 'prevista', 'previsti', 'previste', 'atteso', 'attesa', 'attesi', 'ottenuto', 'ottenuta', 'ottenuti', 'ottenute',
  ],
  notVerbs: [
    'mercato', 'risultato', 'risultati', 'fatturato', 'dato', 'dati', 'senato', 'tonnellate', 'salute', 'partite', 'entrate', 'uscite',
    // nouns and adjectives with an infinitive's or gerund's ending
    'dividendo', 'dividendi', 'comando', 'stupendo', 'tremendo', 'orrendo', 'carattere', 'genere', 'cantiere', 'mestiere', 'quartiere',
    'ingegnere', 'consigliere', 'potere', 'dovere', 'piacere', 'sapere', 'avvenire', 'mare', 'affare', 'altare', 'solare', 'nucleare',
    'circolare', 'alimentare', 'particolare', 'popolare', 'regolare', 'lineare', 'militare', 'familiare', 'cellulare', 'terre', 'serre', 'torre',
  ],
  infinitiveSuffixes: ['are', 'ere', 'ire', 'rre'],
  infinitiveAfter: [
    'può', 'possono', 'potrà', 'potranno', 'potrebbe', 'potrebbero', 'deve', 'devono', 'dovrà', 'dovranno', 'dovrebbe', 'dovrebbero',
    'vuole', 'vogliono', 'sa', 'sanno', 'saputo', 'saputa', 'riuscito', 'riuscita', 'riusciti', 'riuscite', 'per', 'di', 'a',
  ],
  verbSuffixes: ['ando', 'endo', 'andosi', 'endosi', 'rà', 'ranno'],
  gerundSuffixes: ['ando', 'endo', 'andosi', 'endosi'],
  participleNeedsAuxiliary: true,
  adjectiveAfter: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una'],
  adverbSuffixes: ['mente'],
  adverbs: ['già', 'anche', 'ancora', 'inoltre', 'poi', 'sempre', 'non', 'mai', 'ormai', 'così', 'ben', 'invece', 'infatti', 'quindi', 'dunque', 'pure', 'solo', 'soltanto', 'appena', 'tuttavia', 'comunque', 'addirittura'],
  infinitive: [],
  finiteAfter: ['che'],
  finite: [
    'deriva', 'derivano', 'proviene', 'provengono', 'raggiunge', 'raggiungono', 'supera', 'superano', 'rappresenta', 'rappresentano',
    'cresce', 'crescono', 'scende', 'scendono', 'cala', 'calano', 'aumenta', 'aumentano', 'diminuisce', 'diminuiscono', 'lavora',
    'lavorano', 'mira', 'mirano', 'prevede', 'prevedono', 'resta', 'restano', 'rimane', 'rimangono', 'ammonta', 'ammontano', 'arriva',
    'arrivano', 'riguarda', 'riguardano', 'registra', 'registrano', 'copre', 'coprono', 'impiega', 'impiegano', 'produce', 'producono',
    'genera', 'generano', 'consuma', 'consumano', 'ottiene', 'ottengono', 'riduce', 'riducono', 'punta', 'puntano', 'conta', 'contano',
  ],
  objectEnds: [
    'in', 'nel', 'nella', 'nei', 'negli', 'nelle', 'nell', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all', 'da', 'dal', 'dallo',
    'dalla', 'dai', 'dagli', 'dalle', 'dall', 'con', 'per', 'su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'sull', 'tra', 'fra',
    'durante', 'grazie', 'secondo', 'come', 'che', 'cui', 'dove', 'quando', 'rispetto', 'entro', 'verso', 'presso', 'attraverso', 'oltre',
    'mentre', 'dopo', 'prima', 'contro', 'circa', 'sotto', 'tramite',
  ],
  dating: ['nel', 'nell', 'in', 'durante', 'del', 'dal', 'scorso', 'scorsa', 'entro'],
  datingBeforeTime: ['a'],
})
