import { IntentWordsSchema } from '../intent-words.js'

/** How Italian speaks of what is to come (see {@link IntentWordsSchema}). */
export const IT_INTENT_WORDS = IntentWordsSchema.parse({
  cues: [
    'prevede(?:no)?', 'previst[oaie]', 'punta(?:no)? (?:\\p{L}+ )?ad?', 'mira(?:no)? (?:\\p{L}+ )?ad?', 'vuole', 'vogliono',
    'intende(?:no)?', 'si (?:è |sono )?impegnat[oaie] a', 'si impegna(?:no)? a', 'si propone di', 'conta(?:no)? di', 'progetta(?:no)? di',
    "ha (?:l['’])?obiettivo di", 'per raggiungere', "(?:è|sono) necessari[oaie]", "richiest[oaie] (?:da|dal|dalla|dall['’]|dai|dagli|dalle)", 'per arrivare', 'per salire', 'in programma', '(?:è|sono) attes[oaie]',
    // un orizzonte a venire: "nel prossimo triennio", "nei prossimi anni"
    '(?:nel|nei|nella|nelle|per il|per i|per la|per le|entro il|entro i) prossim[oiae] (?:[\\p{L}\\p{N}]+ )?(?:ann[oi]|mes[ei]|biennio|triennio|quadriennio|quinquennio|decennio|lustro|period[oi])',
  ],
  futureEndings: ['rà', 'ranno', 'remo'],
  decided: ['approver(?:à|anno)', 'proporr(?:à|anno)', 'delibere(?:rà|ranno)', '(?:verr|sar)(?:à|anno) (?:propost|approvat|distribuit|pagat|erogat)[oaie]'],
  past: ['ha', 'hanno', 'aveva', 'avevano', 'era', 'erano', 'fu', 'furono', 'già', 'è stat[oaie]', 'sono stat[ie]'],
  // un gerundio: "…, consentendo così di recuperare"
  carryOn: ['\\p{L}{2,}(?:ando|endo)'],
  goalNouns: ['target', 'obiettiv[oi]', 'traguard[oi]'],
  deadline: ['al', "all['’]", 'nel', "nell['’]", 'entro il', "entro l['’]", 'entro', 'per il', 'fino al', 'verso il', "verso l['’]"],
})
