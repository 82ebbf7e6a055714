import type { QuestionWords } from '../question-words.js'

/** The words that ask for a count, and after which the counted thing is named. */
const HOW_MANY = ['quanti', 'quante', 'numero di']

/** How an Italian question says what it asks (see QuestionWords). */
export const IT_QUESTION_WORDS: QuestionWords = {
  yearBefore: {
    base: ['rispetto al', 'rispetto a', 'dal', 'anno base', 'a partire dal'],
    target: ['entro il', "entro l'", 'entro', 'obiettivo', 'traguardo'],
    period: ['nel', 'del', 'durante', 'per', 'anno', 'esercizio'],
  },
  units: [
    { unit: 't', words: ['tonnellate', 'tonnellata'] },
    { unit: 'EUR', words: ['euro'] },
    { unit: 'USD', words: ['dollari', 'dollaro'] },
    { unit: 'GBP', words: ['sterline', 'sterlina'] },
    { unit: 'percent', words: ['per cento', 'percentuale'] },
    { unit: 'ha', words: ['ettari', 'ettaro'] },
    { unit: 'L', words: ['litri', 'litro'] },
    { unit: 'm3', words: ['metri cubi', 'metro cubo'] },
    { unit: 'h', words: ['ore'] },
    { unit: 'km', words: ['chilometri', 'chilometro'] },
  ],
  cues: [
    { words: ['entro quale anno', 'entro che anno', 'entro quando', 'per quando'], asks: { kind: 'year', role: 'target' } },
    { words: ['rispetto a quale anno', 'rispetto a che anno', 'da quale anno', 'da quando', 'quale anno base'], asks: { kind: 'year', role: 'base' } },
    // "Anno base dell'obiettivo" names the base without asking a year: the base value answers it too.
    { words: ['anno base', 'anno di base', 'anno di riferimento'], asks: { role: 'base' } },
    { words: ['quando', 'in che anno', 'in quale anno', 'quale anno', 'che anno'], asks: { kind: 'year' } },
    { words: ['quota', 'percentuale', 'tasso', 'rapporto', 'per cento'], asks: { unit: 'percent' } },
    { words: ['quanta parte', 'quale parte'], asks: { unit: 'percent', part: true } },
    { words: ['quanto', 'quanta'], asks: { amount: true } },
    { words: ['quanto denaro', 'quanti soldi', 'quanti fondi'], asks: { unit: 'money', outright: true } },
    { words: ['costo', 'costi', 'costato', 'costata', 'spesa', 'spese', 'speso', 'investito', 'investimento', 'investimenti', 'fatturato', 'ricavi', 'utile', 'utili', 'prezzo', 'raccolto'], asks: { unit: 'money', names: true } },
    { words: ['di quanto', 'riduzione', 'ridotto', 'ridotta', 'ridotti', 'ridotte', 'ridurre', 'ridurrà', 'riducendo', 'taglio', 'crescita', 'cresciuto', 'aumento', 'aumentato', 'calo', 'calato', 'calata', 'sceso', 'scesa', 'scesi', 'scese', 'salito', 'salita', 'salire', 'scendere', 'cresciuta', 'aumentata', 'diminuzione', 'diminuito', 'diminuita', 'miglioramento', 'migliorato', 'migliorata', 'crescere', 'cresce', 'crescono', 'aumentare', 'aumenta', 'aumentano', 'diminuire', 'diminuisce', 'calare', 'cala', 'calano', 'migliorare'], asks: { change: true } },
    { words: HOW_MANY, asks: { kind: 'count' } },
    { words: ['capacità', 'quanto grande'], asks: { kind: 'quantity' } },
    // "Quanta potenza" asks for watts (megawatt, MWp), and power is also what is measured.
    { words: ['potenza'], asks: { kind: 'quantity', unit: 'power', names: true } },
    { words: ['obiettivo', 'obiettivi', 'traguardo', 'punta', 'puntano', 'mira', 'mirano', 'impegno', 'prevede', 'vuole', 'entro'], asks: { role: 'target' } },
  ],
  periodWords: ["l'anno scorso", 'lo scorso anno', "quest'anno", 'finora', 'oggi', 'ora', 'attualmente', 'fine decennio', 'fine del decennio'],
  per: ['per', 'a', 'al', 'alla', 'ogni'],
  countedAfter: HOW_MANY,
  intents: {
    change: ['di quanto'],
    amount: ['quanto', 'quanta', 'importo', 'ammontare', 'denaro', 'soldi', 'spes[ae]', 'costi'],
    share: ['quota', 'percentuale', 'tasso', 'rapporto'],
    size: ['capacità', 'potenza'],
    deadline: ['entro quando', 'entro che anno'],
    when: ['quando', 'in che anno'],
    goal: ['obiettiv[oi]', 'traguardo', 'impegno', 'entro'],
  },
  asksYear: ['quando', 'entro quando'],
  deadlineBefore: ["entro(?: il| l'anno)?"],
  resultWords: ['hanno', 'finora', 'è stat[oa]', 'sono stat[ie]', 'ha\\s+\\w+(?:ato|uto|ito)'],
  goalWords: ['obiettiv[oi]', 'traguardo', 'entro', 'punta', 'prevede'],
  oppositePrefixes: ['in', 'non', 'non-'],
  outside: ['fuori', 'al di fuori', 'escluso', 'esclusa', 'esclusi', 'escluse', 'eccetto', 'tranne', 'ad eccezione'],
  partEnd: ['è', 'sono', 'era', 'erano', 'sarà', 'saranno', 'va', 'vanno', 'andrà', 'andranno', 'ha', 'hanno', 'viene', 'vengono', 'verrà', 'verranno'],
  goesOn: ['anche', 'inoltre', 'ulteriore', 'ulteriori', 'altresì', 'a sua volta'],
  rest: ['resto del mondo', 'altrove', 'altri paesi', 'altre regioni', 'altri mercati', 'estero'],
}
