import type { ClaimWords } from '../claim-words.js'
import { unicodeWords } from '../words.js'

/** How Italian states goals, results and reported speech (see {@link ClaimWords}). */
export const claimWordsIt: ClaimWords = {
  targetStrong: [
    /\p{L}{2,}(?:rà|ranno)(?!\p{L})/iu, // futuro semplice: "verrà esteso", "raggiungerà", "dovrà", "saranno"
    unicodeWords(/\b(?:impegno|impegnata|impegnato|impegnati|impegna)\s+(?:a|ad)\b/i),
    unicodeWords(/\b(?:si|s['’])\s?(?:è\s)?impegn/i),
    /(?<!\p{L})(?:mira|mirano|punta|puntano)\s+(?:a|ad|al|allo|alla|ai|agli|alle|all['’])(?!\p{L})/iu,
    unicodeWords(/\b(?:intende|intendono|prevede|prevedono|pianifica|ambisce|si prefigge)\b/i),
    /(?<!\p{L})(?:è|sono)\s+(?:\p{L}+mente\s+)?previst[oaie](?!\p{L})/iu,
    /(?<!\p{L})(?:vuole|vogliono)\s+(?:\p{L}+\s+)?\p{L}+(?:are|ere|ire|rre)(?!\p{L})/iu, // "vuole ridurre", "vogliono raggiungere"
    unicodeWords(/\b(?:fissato|fissa|fissati|stabilito|annunciato)\s+(?:\S+\s+){0,5}?(?:obiettiv[oi]|target|traguard[oi])\b/i),
    unicodeWords(/\bin futuro\b/i),
    /(?<!\p{L})(?:obiettiv[oi]|target|traguard[oi])\s+(?:\p{L}+\s+){0,2}?(?:restano|rimangono|resta|rimane|sono|è)\s+(?:stat[oi]\s+)?(?:\p{L}+mente\s+)?(?:invariat|confermat|immutat|ribadit|mantenut)[oaie](?!\p{L})/iu,
  ],
  modal: /(?<!\p{L})(?:dovrebbe|dovrebbero|dovrà|dovranno|deve|devono)(?!\p{L})/iu,
  targetYear: unicodeWords(/\bentro (?:il |la fine del |fine )?(?:19|20)\d\d\b/i),
  targetNoun: unicodeWords(/\b(?:obiettiv[oi]|target|traguard[oi])\b/i),
  reporting: /^(?:presentat|pubblicat|annunciat|dichiarat|comunicat|confermat|rivelat|illustrat|evidenziat|sottolineat)[oaie]$/i,
  trend: /(?<!\p{L})(?:una|un)\s+(?:riduzione|diminuzione|crescita|calo|aumento|flessione|incremento)\s+(?:del|dello|di)\s+(?:circa\s+|quasi\s+|oltre\s+)?(?:il\s+)?\d|\d\s*(?:%|per\s?cento)\s+(?:\p{L}+\s+){0,3}?rispetto\s+(?:al|all['’]anno|ai\s+livelli\s+del)\s+(?:19|20)\d\d/iu,
}
