import { ClaimWordsSchema } from '../claim-words.js'
import { unicodeWords } from '../words.js'

/** Participles that describe content to add to a text ("…should be detailed"). */
const CONTENT_PARTICIPLES = [
  'included', 'inserted', 'detailed', 'explained', 'described', 'presented', 'expanded', 'added', 'clarified', 'elaborated', 'discussed',
  'outlined', 'illustrated', 'highlighted', 'mentioned', 'specified', 'quantified', 'substantiated', 'explored', 'examined', 'cited',
]
/** What a writer calls the text they are writing ("the piece"): the object of a note. */
const OWN_TEXT = '(?:report|article|analysis|piece|section|text|post|draft|story)'
/** Checking a fact before the piece goes out. */
const CHECK = '(?:double[- ]check|re-?check|fact[- ]check|check|verify|confirm)'
/** Words a writer would like to add with: "it would be useful to compare…". */
const USEFUL = '(?:useful|helpful|interesting|worthwhile|valuable|instructive)'

/** How English states goals, results and reported speech, and marks notes and page chrome (see {@link ClaimWordsSchema}). */
export const claimWordsEn = ClaimWordsSchema.parse({
  targetStrong: [
    unicodeWords(/\b(?:will|shall|is set to|are set to|is going to|are going to)\b/i),
    unicodeWords(/\b(?:aims?|aiming|plans?|planning|intends?|intending|commits?|committed|pledges?|pledged|pledging|expects?|vows?|vowed|wants?)\s+(?:for\s+\w+(?:\s+\w+){0,5}\s+)?(?:to|at)\b/i),
    unicodeWords(/\b(?:is|are)\s+(?:now\s+|also\s+)?(?:targeting|aiming|expected to|due to|scheduled to|slated to|on track to)\b/i),
    unicodeWords(/\btargets\s+(?:a|an)\s/i),
    unicodeWords(/\b(?:pledge|pledged|pledges)\b/i),
    unicodeWords(/\b(?:sets?|setting|has set|have set|adopted|announced)\s+(?:\w+\s+){0,6}?(?:targets?|goals?)\b/i),
    unicodeWords(/\b(?:looking ahead|going forward)\b/i),
    unicodeWords(/\bnet[- ]zero by\b/i),
    // goals restated, not results: "its climate targets are unchanged", "the goals remain in place"
    unicodeWords(/\b(?:targets?|goals?|objectives?|ambitions?|commitments?)\s+(?:are|is|remain|remains|were|was|have been|has been|stay|stays)\s+(?:\w+ly\s+)?(?:unchanged|confirmed|reaffirmed|maintained|unaltered|upheld|intact|the same|in place)\b/i),
  ],
  // not "may" (the month) nor "could" (also the past of "can"): neither reliably marks a plan
  modal: unicodeWords(/\b(?:will|shall|should|would|must)\b/i),
  targetYear: unicodeWords(/\bby (?:the end of |end[- ])?(?:fiscal (?:year )?|FY\s?)?(?:19|20)\d\d\b/i),
  targetNoun: unicodeWords(/\b(?:targets?|goals?|objectives?)\b/i),
  reporting: /^(?:confirmed|said|announced|stated|reported|noted|explained|added|revealed|published|released|presented|disclosed|indicated|showed|highlighted|unveiled|told)$/i,
  trend: unicodeWords(/\b(?:an?\s+(?:\w+\s+)?(?:reduction|decrease|decline|drop|fall|increase|rise|improvement|saving)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?\d|(?:down|up)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s?cent))|\b(?:lower|higher|less|more|fewer|smaller|greater|larger|below|above)\s+(?:than\s+(?:in\s+|during\s+)?)?(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b/i),
  results: {
    // regular "-ed", irregular verbs of reported results, and "has/have/had + participle"
    past: [
      '\\b(?:[a-z]{3,}ed|rose|fell|grew|cut|spent|won|hit|made|built|became|saw|took|gave|sold|brought|led|began|drew|met|paid|stood|bought|shrank|sank|came (?:to|from))\\b|\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?(?:been\\s+)?[a-z]+(?:en|t)\\b',
    ],
    caseSensitive: true,
    passiveAuxiliaries: ['is', 'are', 'was', 'were', 'been'],
    adjectives: {
      after: [
        'a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'each', 'every', 'all', 'no', 'any', 'some',
        'of', 'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'to', 'into', 'and', 'or', 'cent', 'percent', 'per', 'more', 'less',
        'most', 'newly', 'fully', 'partly', 'mostly', 'widely',
      ],
      prepositional: ['compared', 'based', 'related', 'linked', 'aligned', 'measured', 'calculated'],
      prepositions: ['with', 'to', 'on', 'upon', 'against'],
    },
  },
  certification: {
    states: [
      '\\b(?:certified|accredited)\\s+(?:by|to|as|under|against|according to|in accordance with|ISO)\\b',
      '\\b(?:is|are|was|were|been|being|be|get|gets|got|became|become)\\s+(?:\\w+ly\\s+|now\\s+|also\\s+)?(?:certified|accredited)\\b',
    ],
    obtaining: ['obtain', 'obtained', 'achieve', 'achieved', 'receive', 'received', 'awarded', 'earned', 'gained', 'granted', 'holds?'],
    nouns: ['\\b(?:certifications?|certificates?|accreditations?)\\b'],
    events: [
      '\\b(?:obtain(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|award(?:s|ed)?|earn(?:s|ed)?|gain(?:s|ed)?|grant(?:s|ed)?|hold(?:s|ing)?|held|renew(?:s|ed)?|pass(?:es|ed)?|attain(?:s|ed)?|secur(?:e|es|ed)|won|wins?)\\b',
    ],
    instruments: [
      '\\b(?:(?:energy\\s+attribute|renewable(?:\\s+energy|\\s+electricity)?|energy|green|carbon|white|tradable|unbundled)\\s+certificates?|certificates?\\s+of\\s+origin)\\b',
    ],
  },
  regulation: ['laws?', 'legislation', 'regulations?', 'directives?', 'pursuant', 'legally', 'mandatory', 'required by'],
  notes: {
    contentPassives: [
      { modals: ['should', 'must', 'needs? to', 'ought to', 'has to', 'have to', 'would need to'], fillers: ['also', 'still', 'further', 'then'], be: 'be', participles: CONTENT_PARTICIPLES },
    ],
    adverbEnding: 'ly',
    phrases: [
      `\\b(?:will|would|could|can|should|may|might)\\s+(?:\\w+\\s+)?(?:enrich|strengthen|enhance|improve|complete|bolster)\\s+(?:the|this)\\s+(?:next\\s+version\\s+of\\s+(?:the|this)\\s+)?${OWN_TEXT}\\b`,
      // a later version of the article itself: "next version of this piece"
      '\\b(?:next|future|later|updated) version of (?:this|the|our) (?:article|piece|post|story)\\b',
      '\\b(?:further|more|additional)\\s+(?:research|detail|details|information|data|examples|context|evidence|figures)\\s+(?:is|are|would be|will be)\\s+(?:needed|required|necessary|useful|helpful)\\b',
      '^(?:further|more|additional)\\s+research\\b.*\\b(?:will|would|could|should)\\b',
      "\\bin this (?:article|post|piece|blog post|section),? (?:we|i) (?:will|'ll|shall)\\b",
      '\\bnote to self\\b',
      // checks still to make before the piece goes out: "Need to double-check the figure with the press
      // office before publishing", "(TBC)". Only base forms of the verb: "the data were verified before publication" is a claim.
      `^(?:note:?\\s*)?(?:(?:we|i)\\s+)?(?:still\\s+)?(?:need|needs|have|has)\\s+to\\s+${CHECK}\\b`,
      `(?:^|[:;–—]\\s*)${CHECK}\\s+(?:this\\s+|that\\s+|these\\s+|the\\s+|whether\\b|if\\b|with\\b)`,
      `(?<![\\p{L}-])${CHECK}(?![\\p{L}-]).*\\bbefore\\s+(?:publishing|publication|we\\s+publish|going\\s+(?:to\\s+press|live))\\b`,
      '\\b(?:double[- ]check|check|verify|confirm)\\s+(?:\\S+\\s+){0,5}?with\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?(?:press\\s+office|spokes(?:person|man|woman)|IR\\s+team|investor\\s+relations)\\b',
      '\\btbc\\b',
      '(?:^|[:–—]\\s*|\\b(?:figures?|numbers?|data|date|source)\\s+)(?:still\\s+|yet\\s+)?to be (?:confirmed|checked|verified|double-checked)\\b',
      // what the writer would like to add: "it would be useful to compare…" (as the subject "it", or
      // ending the sentence: "The company would be useful to investors…" is a claim)
      `(?:^|\\bit\\s+)would (?:also |certainly |really )?be ${USEFUL}\\b`,
      `\\bwould (?:also )?be ${USEFUL}\\s*[.!]?$`,
      // "worth comparing", not "worth noting that…" (a claim follows) nor "worth €2bn" (a valuation)
      "\\b(?:is|'s|’s|would be|might be|be) worth (?:comparing|checking|exploring|examining|investigating|looking (?:at|into)|asking|verifying|analy[sz]ing|benchmarking|adding|including)\\b",
    ],
    markers: ['TODO', 'TBD', 'FIXME'],
    bracketed: ['citation needed', 'source needed', 'sources?', 'ref', 'link', 'needs? [^\\]]*', 'add [^\\]]*', 'todo[^\\]]*', 'tbd'],
    parenthetical: ['to be (?:confirmed|checked|verified)', 'tbc', 'tbd'],
  },
  moreInfoLeads: ['(?:for|to get) (?:more|further) (?:information|info|details)', 'to (?:learn|find out|read|know) more'],
  callToAction: {
    openers: [
      'subscribe', 'sign up', 'signup', 'follow us', 'click', 'tap here', 'read more', 'read also', 'read next', 'see also', 'join (?:our|us|the)',
      'learn more', 'find out more', 'discover more', 'contact us', 'download (?:the|our|it|now)', 'register (?:now|here|for|today|online|to)',
      'stay (?:tuned|updated|informed)', "don'?t miss", 'visit (?:our|us)', 'share this',
    ],
    openerPrefixes: [],
    phrases: [
      'subscribe (?:to|now)', 'sign up (?:for|to|now)', 'follow us on', 'click here', 'join our (?:mailing list|newsletter|community)', 'to your inbox',
      'if you (?:liked|enjoyed) this', 'for (?:more|further|the latest|regular|daily|weekly) (?:coverage|updates|news|stories|insights|analysis)',
    ],
    imperatives: [
      {
        verbs: ['read', 'download', 'visit', 'follow', 'explore', 'discover', 'watch', 'check out', 'listen to', 'get'],
        next: ['the', 'our', 'this', 'these', 'its', 'their', 'his', 'her', 'it', 'us', 'them', 'more', 'now', 'here', 'today', 'all', 'a', 'an', '[A-Z]'],
      },
    ],
  },
})
