import { VerbWordsSchema } from '../verb-words.js'

export const EN_VERB_WORDS = VerbWordsSchema.parse({
  auxiliaries: ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'can', 'could', 'did', 'does', 'do'],
  pastSuffixes: ['ed'],
  irregular: [
    'made', 'built', 'won', 'held', 'grew', 'rose', 'fell', 'took', 'taken', 'gave', 'given', 'became', 'brought', 'bought', 'sold',
    'spent', 'paid', 'led', 'met', 'kept', 'began', 'begun', 'saw', 'seen', 'chose', 'chosen', 'drew', 'drawn', 'sent', 'set', 'cut',
    'put', 'ran', 'wrote', 'written', 'got', 'gotten', 'found', 'thought', 'told', 'went', 'gone', 'came', 'done', 'did', 'hit',
  ],
  notVerbs: ['hundred', 'need', 'needed', 'speed', 'seed', 'feed', 'red', 'bed', 'shed', 'indeed', 'breed', 'greed', 'weed', 'deed', 'embed',
    // nouns and adjectives ending in "-ly"
    'supply', 'family', 'assembly', 'italy', 'july', 'anomaly', 'monopoly', 'ally', 'rally', 'reply', 'daily', 'weekly', 'monthly',
    'yearly', 'quarterly', 'early', 'friendly', 'elderly', 'lily', 'holy', 'jelly', 'belly', 'poly', 'oily', 'costly',
    // nouns ending in "-ing": "limit global warming under 1.5 degrees"
    'warming', 'funding', 'training', 'recycling', 'building', 'housing', 'spending', 'financing', 'marketing', 'packaging', 'shipping',
    'manufacturing', 'sourcing', 'lending', 'heating', 'cooling', 'lighting', 'mining', 'farming', 'fishing', 'clothing', 'catering',
    'rating', 'reporting', 'offsetting', 'planning', 'engineering', 'banking', 'wellbeing', 'being'],
  infinitiveSuffixes: [],
  infinitiveAfter: ['will', 'would', 'can', 'could', 'should', 'must', 'shall', 'might'],
  verbSuffixes: [],
  gerundSuffixes: ['ing'],
  participleNeedsAuxiliary: false,
  adjectiveAfter: ['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'that', 'those', 'of', 'and', 'or', 'most', 'more', 'less', 'well', 'newly', 'fully'],
  adverbSuffixes: ['ly'],
  adverbs: ['also', 'already', 'now', 'still', 'further', 'again', 'not', 'never', 'just', 'since', 'instead', 'approx', 'ca', 'alone', 'even', 'thus', 'therefore', 'meanwhile', 'ahead'],
  infinitive: ['to'],
  // not "that", a determiner too ("that target")
  finiteAfter: ['which', 'who'],
  finite: [
    'grows', 'reaches', 'exceeds', 'surpasses', 'amounts', 'accounts', 'represents', 'comprises', 'derives', 'comes', 'remains', 'totals',
    'covers', 'aims', 'intends', 'expects', 'commits', 'seeks', 'wants', 'hopes', 'strives', 'employs', 'operates', 'generates', 'produces',
    'consumes', 'achieves', 'reduces', 'saves', 'avoids', 'provides',
    'grow', 'exceed', 'surpass', 'comprise', 'derive', 'represent', 'remain', 'intend', 'expect', 'commit', 'seek', 'strive', 'employ',
    'operate', 'generate', 'consume', 'achieve', 'reduce', 'avoid',
  ],
  objectEnds: [
    'in', 'on', 'at', 'by', 'from', 'to', 'for', 'with', 'through', 'throughout', 'during', 'since', 'as', 'across', 'into', 'within',
    'under', 'via', 'thanks', 'due', 'according', 'including', 'while', 'whereas', 'which', 'that', 'who', 'where', 'when', 'because',
    'after', 'before', 'between', 'among', 'against', 'despite', 'compared', 'than', 'alone', 'over', 'about', 'around', 'towards', 'toward',
    'following', 'demonstrating', 'introducing', 'making', 'marking', 'bringing', 'helping',
  ],
  dating: ['in', 'during', 'throughout', 'since', 'on', 'until'],
})
