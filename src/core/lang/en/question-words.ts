import type { QuestionWords } from '../question-words.js'

/** The words that ask for a count, and after which the counted thing is named. */
const HOW_MANY = ['how many', 'number of']

/** How an English question says what it asks (see QuestionWords). */
export const EN_QUESTION_WORDS: QuestionWords = {
  yearBefore: {
    base: ['since', 'from', 'compared with', 'compared to', 'versus', 'vs', 'vs.', 'against', 'relative to', 'base year', 'base'],
    target: ['by', 'until', 'target', 'goal', 'deadline'],
    period: ['in', 'during', 'for', 'of', 'fiscal', 'year'],
  },
  units: [
    { unit: 't', words: ['tonnes', 'tonne', 'tons', 'ton', 'tCO2e', 'tCO2'] },
    { unit: 'EUR', words: ['euros', 'euro', 'eur', '€'] },
    { unit: 'USD', words: ['dollars', 'dollar', 'usd', '$'] },
    { unit: 'CNY', words: ['yuan', 'renminbi', 'rmb', 'cny'] },
    { unit: 'GBP', words: ['pounds sterling', 'gbp', '£'] },
    { unit: 'percent', words: ['percent', 'per cent', 'percentage', '%'] },
    { unit: 'kWh', words: ['kwh', 'kilowatt hours'] },
    { unit: 'MWh', words: ['mwh', 'megawatt hours'] },
    { unit: 'GWh', words: ['gwh', 'gigawatt hours'] },
    { unit: 'MW', words: ['megawatts', 'megawatt', 'mw'] },
    { unit: 'GW', words: ['gigawatts', 'gigawatt', 'gw'] },
    { unit: 'ha', words: ['hectares', 'hectare'] },
    { unit: 'L', words: ['litres', 'litre', 'liters', 'liter'] },
    { unit: 'm3', words: ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3'] },
    { unit: 'TEU', words: ['teu', 'teus'] },
    { unit: 'h', words: ['hours'] },
    { unit: 'km', words: ['kilometres', 'kilometers', 'km'] },
  ],
  cues: [
    { words: ['by what year', 'by which year', 'by when', 'when will', 'what deadline', 'deadline'], asks: { kind: 'year', role: 'target' } },
    { words: ['compared with which year', 'compared to which year', 'from which year', 'since which year', 'since what year', 'from what year', 'since when', 'what base year', 'which base year'], asks: { kind: 'year', role: 'base' } },
    // "Baseline emissions" asks for the base value, "the target's base year" for its year: both are the base.
    { words: ['base year', 'baseline year', 'baseline'], asks: { role: 'base' } },
    { words: ['when', 'what year', 'which year', 'in what year'], asks: { kind: 'year' } },
    { words: ['share', 'percentage', 'percent', 'per cent', 'proportion', 'rate', 'ratio'], asks: { unit: 'percent' } },
    { words: ['how much of', 'what part of', 'what portion of'], asks: { unit: 'percent', part: true } },
    { words: ['how much'], asks: { amount: true } },
    { words: ['how much money', 'what amount of money', 'how much funding'], asks: { unit: 'money', outright: true } },
    { words: ['cost', 'costs', 'costed', 'spend', 'spent', 'spending', 'invest', 'invested', 'investing', 'investment', 'investments', 'budget', 'revenue', 'revenues', 'turnover', 'profit', 'earnings', 'price', 'raise', 'raised'], asks: { unit: 'money', names: true } },
    { words: ['by how much', 'reduction', 'reduce', 'reduced', 'reducing', 'cut', 'cuts', 'cutting', 'growth', 'grow', 'grew', 'growing', 'increase', 'increased', 'increasing', 'decrease', 'decreased', 'decreasing', 'decline', 'declined', 'fall', 'fell', 'drop', 'dropped', 'fallen', 'grown', 'risen', 'rise', 'rose', 'improvement', 'improve', 'improved', 'improving'], asks: { change: true } },
    { words: HOW_MANY, asks: { kind: 'count' } },
    { words: ['capacity', 'how big', 'how large'], asks: { kind: 'quantity' } },
    // "The power of its plants" asks for watts, and power is also what is measured, as "potenza".
    { words: ['power'], asks: { kind: 'quantity', unit: 'power', names: true } },
    { words: ['target', 'goal', 'aim', 'aims', 'aiming', 'aimed', 'targeting', 'targeted', 'planning', 'plan', 'plans', 'pledge', 'want', 'wants', 'will', 'commitment', 'objective', 'targets', 'goals', 'objectives'], asks: { role: 'target' } },
  ],
  periodWords: ['last year', 'this year', 'previous year', 'past year', 'so far', 'now', 'today', 'currently', 'end of the decade', 'the end of the decade'],
  per: ['per', 'each', 'a'],
  countedAfter: HOW_MANY,
  intents: {
    // "By how much did it fall?" asks for the size of a change, almost always stated as a share.
    change: ['by how much', 'how much\\b.*\\b(?:reduc|cut|fall|fell|drop|declin|decreas|grow|grew|increas|rise|rose|risen|improv)\\w*'],
    amount: ['how much', 'what amount', 'amount', 'money', 'spend\\w*', 'costs?', 'budget', 'capex', 'invest\\w*'],
    share: ['share', 'percent(?:age)?', 'proportion', 'rate', 'ratio'],
    size: ['capacity', 'how (?:big|large)'],
    // "When will…" asks for a goal's year, "when did…" for a past one.
    deadline: ['when will', 'by when', 'by what year', 'deadline'],
    when: ['when', 'what year', 'which year'],
    goal: ['target', 'goal', 'aim', 'pledge', 'commit\\w*', 'by \\d{4}'],
  },
  asksYear: ['when', 'by when', 'deadline'],
  deadlineBefore: ['by', 'until'],
  resultWords: ['did', 'was', 'were', 'had', 'has been', 'have been', 'so far', 'since', 'achieved', 'reached', '(?:has|have)\\s+\\w+ed'],
  goalWords: ['will', 'target', 'goal', 'aim', 'plan', 'pledge', 'by \\d{4}'],
  oppositePrefixes: ['in', 'un', 'non', 'non-'],
  outside: ['outside', 'outside of', 'excluding', 'except', 'except for', 'apart from', 'other than'],
  partEnd: ['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'goes', 'go', 'went', 'comes', 'come', 'came'],
  goesOn: ['also', 'further', 'furthermore', 'additionally', 'in addition', 'as well'],
  rest: ['rest of the world', 'elsewhere', 'other countries', 'other regions', 'other markets', 'abroad'],
}
