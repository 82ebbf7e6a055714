/**
 * Which sentences are claims, and what kind.
 *
 * Rules are wording patterns that generalise across ESG articles, not lists of known sentences:
 * an article that retells an ESG report mixes reported results, targets and certifications with
 * context, and (in drafts published as they are) the writer's notes on what the text still needs.
 */
import type { ClaimType } from './fact-schema.js'

/** Primary language subtag of a BCP 47 tag: "it-IT" is "it"; anything unsupported is treated as English. */
function language(lang: string): 'en' | 'it' {
  return lang.slice(0, 2).toLowerCase() === 'it' ? 'it' : 'en'
}

/** Participles that describe content to add to a text ("…should be detailed"). */
const CONTENT_PARTICIPLE_EN =
  '(?:included|detailed|explained|described|presented|expanded|added|clarified|elaborated|discussed|outlined|illustrated|highlighted|mentioned|specified|quantified|substantiated|explored|examined)'
const CONTENT_PARTICIPLE_IT =
  '(?:inclus|dettagliat|spiegat|descritt|presentat|approfondit|ampliat|aggiunt|chiarit|illustrat|specificat|quantificat|esplicitat|evidenziat|motivat|argomentat)[oaie]'

/**
 * Notes on what the text needs, not claims about the world:
 * - a deontic modal with a passive content participle: "should be detailed", "must be explained
 *   thoroughly", "dovrebbero essere approfonditi", "vanno specificati";
 * - remarks about the text itself: "will enrich the report", "more detail is needed", "TODO",
 *   "[citation needed]", "da approfondire";
 * Both languages are checked whatever the article's language: pages mix them.
 */
const NOTE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:should|must|needs? to|ought to|has to|have to|would need to)\\s+(?:also\\s+|still\\s+|further\\s+|then\\s+)?be\\s+(?:\\w+ly\\s+)?${CONTENT_PARTICIPLE_EN}\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:dovrebbe|dovrebbero|deve|devono|andrebbe|andrebbero|occorre|bisogna)\\s+(?:anche\\s+|ulteriormente\\s+|meglio\\s+)?essere\\s+(?:\\w+mente\\s+)?${CONTENT_PARTICIPLE_IT}\\b`,
    'i',
  ),
  new RegExp(`\\b(?:va|vanno|andrebbe|andrebbero)\\s+(?:anche\\s+|ulteriormente\\s+|meglio\\s+)?(?:\\w+mente\\s+)?${CONTENT_PARTICIPLE_IT}\\b`, 'i'),
  /\b(?:will|would|could|can|should|may|might)\s+(?:\w+\s+)?(?:enrich|strengthen|enhance|improve|complete|bolster)\s+(?:the|this)\s+(?:report|article|analysis|piece|section|text|post|draft)\b/i,
  /\b(?:further|more|additional)\s+(?:research|detail|details|information|data|examples|context|evidence|figures)\s+(?:is|are|would be|will be)\s+(?:needed|required|necessary|useful|helpful)\b/i,
  /^(?:further|more|additional)\s+research\b.*\b(?:will|would|could|should)\b/i,
  /\bin this (?:article|post|piece|blog post|section),? (?:we|i) (?:will|'ll|shall)\b/i,
  /\b(?:TODO|TBD|FIXME)\b/,
  /\[(?:citation needed|source needed|sources?|ref|link|needs? [^\]]*|add [^\]]*|todo[^\]]*|tbd|fonte[^\]]*|da verificare|aggiungere[^\]]*)\]/i,
  /\bnote to self\b/i,
  /\bda (?:approfondire|verificare|completare|integrare)\b/i,
  /\b(?:servono|sono necessari|occorrono|richiede|richiedono)\s+(?:ulteriori\s+|maggiori\s+)?(?:approfondimenti|dettagli)\b/i,
  /\bin questo articolo,? (?:vedremo|esploreremo|analizzeremo|parleremo)\b/i,
]

/**
 * Calls to action: page chrome and newsletter boxes around an article. An imperative opening the
 * sentence, or a fixed phrase anywhere ("click here", "follow us on").
 */
const CALL_TO_ACTION_PATTERNS: readonly RegExp[] = [
  /^(?:subscribe|sign up|signup|follow us|click|tap here|read more|read also|read next|see also|join (?:our|us|the)|learn more|find out more|discover more|contact us|download (?:the|our|it|now)|register (?:now|here|for)|stay (?:tuned|updated|informed)|don'?t miss|visit (?:our|us)|share this)\b/i,
  /\b(?:subscribe (?:to|now)|sign up (?:for|to|now)|follow us on|click here|join our (?:mailing list|newsletter|community)|to your inbox|if you (?:liked|enjoyed) this)\b/i,
  /^(?:iscriviti|seguici|rimani (?:sempre )?aggiornat|resta (?:sempre )?aggiornat|leggi anche|leggi di più|scopri di più|scopri come|clicca|contattaci|scarica (?:il|la|l'|gratis|ora)|non perdere|visita il nostro|condividi)/i,
  /\b(?:iscriviti alla|seguici su|clicca qui|se questo articolo ti è piaciuto|per approfondimenti)\b/i,
]

/**
 * True when the sentence is not a claim about the world but the writer's note to self, a meta
 * remark about the article/report to be written, or a call to action (subscribe, follow us, read
 * more, click…). Such sentences stay in the source text (quotes are verbatim) but never become facts.
 *
 * A modal note whose sentence names a law or regulation is kept as a claim: "Under the CSRD, Scope
 * 3 emissions must be included in the sustainability statement" states an obligation in the world.
 * Both languages' rules apply whatever `lang` says: English newsletter boxes turn up on Italian
 * pages, and vice versa.
 */
export function isEditorial(sentence: string, lang: string): boolean {
  const text = sentence.trim()
  if (CALL_TO_ACTION_PATTERNS.some((re) => re.test(text))) return true
  return NOTE_PATTERNS.some((re) => re.test(text)) && !REGULATION.test(text)
}

const REGULATION =
  /\b(?:laws?|legislation|regulations?|directives?|csrd|sfdr|esrs|pursuant|legally|mandatory|required by|legge|leggi|normativ[ae]|direttiv[ae]|regolament[oi]|ai sensi|obbligatori[oae])\b/i

/** Certificates and accreditations; "ISO 14001" counts only with a verb of obtaining. */
const CERTIFICATION: readonly RegExp[] = [
  /\b(?:certified|certification|certifications|certificate|certificates|accredited|accreditation)\b/i,
  /\b(?:certificazion[ei]|certificat[oaie]|accreditat[oaie]|accreditamento)\b/i,
  /\b(?:obtain|obtained|achieve|achieved|receive|received|awarded|earned|gained|granted|holds?|ottenut[oaie]|conseguit[oaie]|ricevut[oaie])\b.*\bISO\s?\d{4,5}\b/i,
]

/** Wording that states a goal or commitment whatever the tense of the rest of the sentence. */
const TARGET_STRONG: Record<'en' | 'it', readonly RegExp[]> = {
  en: [
    /\b(?:will|shall|is set to|are set to|is going to|are going to)\b/i,
    /\b(?:aims?|aiming|plans?|planning|intends?|intending|commits?|committed|pledges?|pledged|pledging|expects?|vows?|vowed)\s+(?:for\s+\w+(?:\s+\w+){0,5}\s+)?(?:to|at)\b/i,
    /\b(?:pledge|pledged|pledges)\b/i,
    /\b(?:sets?|setting|has set|have set|adopted|announced)\s+(?:\w+\s+){0,6}?(?:targets?|goals?)\b/i,
    /\b(?:looking ahead|going forward)\b/i,
    /\bnet[- ]zero by\b/i,
  ],
  it: [
    /\p{L}{2,}(?:rà|ranno)(?!\p{L})/iu, // futuro semplice: "verrà esteso", "raggiungerà", "saranno"
    /\b(?:impegno|impegnata|impegnato|impegnati|impegna)\s+(?:a|ad)\b/i,
    /\b(?:si|s['’])\s?(?:è\s)?impegn/i,
    /\b(?:mira|mirano|punta|puntano)\s+(?:a|ad)\b/i,
    /\b(?:intende|intendono|prevede|prevedono|pianifica|ambisce)\b/i,
    /\b(?:fissato|fissa|fissati|stabilito|annunciato)\s+(?:\S+\s+){0,5}?(?:obiettiv[oi]|target|traguard[oi])\b/i,
    /\bin futuro\b/i,
  ],
}

/**
 * Goals mentioned in passing ("of this target", "entro il 2030"): a target only if nothing is
 * reported as done. "Commitment" is left out: articles use it for any stance ("a firm commitment
 * to sustainable development").
 */
const TARGET_WEAK: Record<'en' | 'it', RegExp> = {
  en: /\b(?:targets?|goals?|objectives?)\b|\bby (?:the end of )?(?:19|20)\d\d\b/i,
  it: /\b(?:obiettiv[oi]|target|traguard[oi])\b|\bentro (?:il |la fine del |fine )?(?:19|20)\d\d\b/i,
}

/**
 * A reported result: a past tense ("reduced", "has cut", "ha ridotto", "sono stati stanziati") or,
 * in Italian, a result participle on its own as in headline style ("Ridotte del 30% le emissioni").
 * Irregular English past forms are listed; "-ed" adjectives also match, which is harmless because a
 * past tense makes an achievement only together with a figure.
 */
const PAST: Record<'en' | 'it', RegExp> = {
  en: /\b(?:[a-z]{3,}ed|(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:en|t)|was|were|rose|fell|grew|cut|spent|won|hit|made|built|became|saw|took|gave|sold|brought|led|began|drew|met|paid)\b/,
  it: /(?<!\p{L})(?:(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:\p{L}+mente\s+|anche\s+|inoltre\s+|già\s+)?(?:stat[oaie]\s+)?\p{L}+(?:at|it|ut|ott|ost|ess|ist|ert|olt|unt)[oaie]|(?:raggiunt|ridott|riciclat|ricondizionat|investit|ottenut|risparmiat|evitat|recuperat|raccolt|installat|completat|superat|stanziat|donat|dimezzat|aumentat|diminuit|cresciut|calat|abbattut|generat|piantat|registrat|vendut)[oaie]|portat[oaie] a termine)(?!\p{L})/iu,
}

/**
 * The kind of claim a sentence makes, decided from its wording (and whether it has figures):
 * - certification: a certificate or accreditation ("obtained ISO 50001 … certification",
 *   "ha ottenuto la certificazione");
 * - target: a goal or commitment. Future and intent wording ("will", "aims to", "plans for … to",
 *   "has set targets", "si impegna", "impegno a", "prevede", Italian future tense) decides alone;
 *   a goal mentioned in passing ("goal", "obiettivo", "by 2030", "entro il 2035") only when the
 *   sentence reports nothing as done and has a figure or a year;
 * - achievement: a reported result, that is a past tense ("achieved", "reduced", "recycled",
 *   "invested", "ha raggiunto", "sono stati stanziati") with a figure. "By the end of 2024, X
 *   completed …" is an achievement: the year is when, not a deadline. Without a figure a past
 *   tense is usually narrative ("unveiled its strategy") and "recycled aluminium" an adjective;
 * - other: context and strategy.
 * Precedence: certification > target > achievement > other.
 */
export function classifyClaim(sentence: string, lang: string, hasFigures: boolean): ClaimType {
  const l = language(lang)
  if (CERTIFICATION.some((re) => re.test(sentence))) return 'certification'
  if (TARGET_STRONG[l].some((re) => re.test(sentence))) return 'target'
  const past = PAST[l].test(sentence)
  const weak = TARGET_WEAK[l].exec(sentence)
  if (weak && !past && (hasFigures || /\d/.test(weak[0]))) return 'target'
  return past && hasFigures ? 'achievement' : 'other'
}
