import { IntentWordsSchema } from '../intent-words.js'

/** How English speaks of what is to come (see {@link IntentWordsSchema}). */
export const EN_INTENT_WORDS = IntentWordsSchema.parse({
  cues: [
    'will', 'shall', "['’]ll", '(?:is|are) (?:set|going|poised|due|slated) to', 'to target', 'looking ahead', 'going forward',
    '(?:expects?|plans?|aims?|intends?|seeks?|wants?|hopes?|pledges?|pledged|commits?|vows?|vowed|promises?) (?:\\p{L}+ )?to',
    '(?:is|are|has|have) (?:also |now |already )?(?:looking|working|scheduled|expected|planning|aiming|preparing|committed|pledged|on track) to',
    'aims? (?:at|for)', 'planned for',
    // a horizon ahead: "over the next three years", "in the coming months"
    '(?:over|in|during|within) the (?:next|coming) (?:[\\p{L}\\p{N}]+ )?(?:years?|months?|decade|period)',
    'foresees?', 'envisages?', 'envisions?',
    // what a norm or science requires is a goal, not a result: "necessary to cap temperature rises to 1.5 degrees", "the 50% cut required by the Paris Agreement"
    '(?:is|are|was|were) (?:necessary|needed|required) to', 'required by',
  ],
  futureEndings: [],
  decided: ['will (?:propose|approve|pay|vote on|be (?:paid|proposed|approved|distributed))', 'is to be (?:paid|proposed|distributed)'],
  past: ['was', 'were', 'had', 'has been', 'have been', 'already', 'did', 'last year', 'previously'],
  // a participle of what the plan does: "…, saving 2 million tonnes", "…, thereby cutting"; not "including", "during"
  carryOn: ['(?:thus |thereby )?(?!includ|dur)\\p{L}{2,}ing'],
  goalNouns: ['targets?', 'goals?', 'objectives?', 'ambitions?'],
  deadline: ['by', 'by the end of', 'in', 'for', 'to', 'until', 'towards?'],
})
