import type { ClaimWords } from '../claim-words.js'
import { unicodeWords } from '../words.js'

/** How English states goals, results and reported speech (see {@link ClaimWords}). */
export const claimWordsEn: ClaimWords = {
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
}
