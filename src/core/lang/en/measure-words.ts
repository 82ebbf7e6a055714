import { MeasureWordsSchema } from '../measure-words.js'

export const EN_MEASURE_WORDS = MeasureWordsSchema.parse({
  rightLink: [
    'was', 'were', 'is', 'are', 'been', 'has', 'have', 'had', 'invested', 'spent', 'allocated', 'dedicated', 'earmarked', 'went', 'to',
    'of', 'in', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'total', 'for', 'on', 'worth', 'a', 'an'],
  leftLink: [
    'of', 'in', 'for', 'reduce', 'lower', 'by', 'at', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'reached', 'reaching',
    'totalled', 'totaled', 'totalling', 'achieved', 'achieving', 'amounted', 'stood', 'rose', 'fell', 'grew', 'increased',
    'decreased', 'reduced', 'cut', 'dropped', 'declined', 'improved', 'climbed', 'jumped', 'went', 'up', 'down', 'about', 'around', 'nearly', 'almost', 'over', 'more', 'than', 'less',
    'already', 'also', 'now', 'still', 'some', 'exceeding', 'exceeded', 'surpassed', 'hit', 'a', 'an', 'the', 'as', 'much', 'many',
    'approximately', 'roughly', 'below', 'under', 'above', 'beneath', 'later', 'no', 'not', 'earlier', 'before', 'will', 'would', 'shall', 'it', 'meet', 'reach', 'achieve', 'only', 'just', 'another', 'further', 'additional', 'staggering', 'record', 'impressive',
  ],
  inner: ['of', 'and', 'per'],
  of: ['of'],
  perUnit: ['per'],
  articles: ['a', 'an', 'the'],
  // "the carbon emissions of its plants": what a determiner after "of" begins belongs to the noun before
  attach: ['from', 'across', 'at', 'in', 'of'],
  timeAttach: ['over', 'for', 'during', 'throughout'],
  and: ['and', '&'],
  boundary: [
    'compared', 'comparison', 'versus', 'vs', 'than', 'including', 'includes', 'such', 'thanks', 'due', 'according',
    'against', 'while', 'whereas', 'which', 'that', 'who', 'where', 'when', 'by', 'from', 'to', 'with', 'between', 'since',
    'as', 'in', 'on', 'at', 'for', 'globally', 'worldwide', 'alone', 'over', 'off', 'across', 'during', 'through', 'throughout', 'after',
    'under', 'within', 'via', 'into', 'towards', 'toward', 'among', 'despite', 'following', 'because', 'above', 'below',
  ],
  locutions: [
    'in a bid to', 'in line with', 'in order to', 'as part of', 'on behalf of', 'in view of', 'in the face of', 'in spite of',
    'on the back of', 'in the wake of', 'in response to', 'with regard to', 'in relation to', 'in addition to', 'by means of',
    'as a result of', 'in light of', 'in the light of', 'on the basis of',
  ],
  generic: ['total', 'times', 'year', 'years', 'previous', 'past', 'last', 'period', 'figure', 'level', 'amount', 'number', 'increase', 'decrease', 'rise', 'fall', 'growth', 'cent', 'reduction', 'cut', 'improvement', 'improvements', 'drop', 'decline', 'change', 'more', 'less', 'end', 'beginning', 'start', 'individuals', 'share', 'percentage', 'proportion', 'part', 'target', 'targets', 'goal', 'goals', 'objective',
    'sum', 'initial', 'original', 'current', 'fiscal', 'financial', 'time', 'first', 'annual', 'absolute', 'overall', 'internal', 'own', 'representative', 'selected', 'main', 'key', 'dedicated', 'new', 'global', 'average',
    // "over the next three years", "against a 2019 baseline", "by 77% in absolute terms": when, against what and how, not what
    'next', 'coming', 'baseline', 'terms', 'basis',
    'winter', 'spring', 'summer', 'autumn', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december',
  ],
  equals: ['equal', 'equalled', 'equaled', 'equals', 'equivalent', 'amounting', 'i.e'],
  cumulative: ['cumulative', 'cumulatively', 'cumulated'],
  partitive: ['whom', 'which'],
  wholes: ['total', 'overall', 'entire', 'whole'],
  changeBy: ['by', 'to'],
  changeVerbs: ['increas', 'reduc', 'cut', 'rais', 'lower', 'decreas', 'boost', 'grow', 'grew', 'expand', 'doubl', 'halv', 'improv', 'slash', 'lift'],
  spendVerbs: ['invest', 'spend', 'spent', 'allocat', 'earmark', 'donat'],
  anaphora: ['this', 'these', 'that', 'those', 'such', 'said', 'aforementioned'],
  parts: ['including', 'includes', 'included', 'of which', 'among them', 'such as', 'namely'],
  parties: [
    'supplier', 'suppliers', 'supply chain', 'value chain', 'factory', 'factories', 'plant', 'plants', 'subsidiary',
    'subsidiaries', 'vessels', 'fleet', 'campus', 'site', 'sites', 'brewery', 'breweries', 'mill', 'mills', 'mine', 'mines',
    'refinery', 'refineries', 'warehouse', 'warehouses', 'parent company', 'holding company', 'investment portfolio',
  ],
  unitQualifiers: ['carbon', 'dioxide', 'equivalent', 'equivalents', 'co2', 'co2e', 'co2-e', 'co2eq', 'co2-eq', 'e', 'eq', 'celsius', 'fahrenheit', 'degrees', 'degree'],
  negations: ['non'],
  unitNouns: [{ words: ['hours'], unit: 'h' }],
  goalClause: ['with the aim of', 'with the goal of', 'with the target of', 'with the objective of', 'aiming', 'targeting'],
  namedParties: [
    { names: ['EU', 'European Union'], subject: 'European Union' },
    { names: ['UN', 'United Nations'], subject: 'United Nations' },
    { names: ['UNFCCC'], subject: 'UNFCCC' },
    { names: ['Paris Agreement', 'Paris Climate Agreement', 'Paris Accord'], subject: 'Paris Agreement' },
  ],
})
