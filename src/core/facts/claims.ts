/**
 * Which sentences are claims, and what kind.
 *
 * Rules are wording patterns that generalise across ESG articles, not lists of known sentences:
 * an article that retells an ESG report mixes reported results, targets and certifications with
 * context, and (in drafts published as they are) the writer's notes on what the text still needs.
 */
import type { ClaimType } from './fact-schema.js'
import { baseLang } from '../lang/lang-tag.js'
import { CLAIM_WORDS } from '../lang/claim-words.js'
import { unicodeWords } from '../lang/words.js'

/** Participles that describe content to add to a text ("…should be detailed"). */
const CONTENT_PARTICIPLE_EN =
  '(?:included|inserted|detailed|explained|described|presented|expanded|added|clarified|elaborated|discussed|outlined|illustrated|highlighted|mentioned|specified|quantified|substantiated|explored|examined|cited)'
const CONTENT_PARTICIPLE_IT =
  '(?:inclus|inserit|dettagliat|spiegat|descritt|presentat|approfondit|ampliat|aggiunt|chiarit|illustrat|specificat|quantificat|esplicitat|evidenziat|motivat|argomentat|citat)[oaie]'

/** What a writer calls the text they are writing ("il servizio", "the piece"): the object of a note. */
const OWN_TEXT_EN = '(?:report|article|analysis|piece|section|text|post|draft|story)'
const OWN_TEXT_IT = '(?:articolo|servizio|pezzo|testo|analisi|report|rapporto|post|approfondimento|inchiesta)'
/** Future or conditional of improving: "arricchiranno", "completerà", "migliorerebbe". */
const IMPROVE_IT = '(?:arricchi|complete|integre|migliore|rafforze)(?:rà|ranno|rebbe|rebbero)'

/**
 * Notes on what the text needs, not claims about the world:
 * - a deontic modal with a passive content participle: "should be detailed", "must be explained
 *   thoroughly", "dovrebbero essere approfonditi", "vanno specificati";
 * - remarks about the text itself: "will enrich the report", "more detail is needed", "TODO",
 *   "[citation needed]", "da approfondire";
 * Both languages are checked whatever the article's language: pages mix them.
 */
const NOTE_PATTERNS: readonly RegExp[] = [
  unicodeWords(new RegExp(
    `\\b(?:should|must|needs? to|ought to|has to|have to|would need to)\\s+(?:also\\s+|still\\s+|further\\s+|then\\s+)?be\\s+(?:\\w+ly\\s+)?${CONTENT_PARTICIPLE_EN}\\b`,
    'i',
  )),
  unicodeWords(new RegExp(
    `\\b(?:dovrebbe|dovrebbero|deve|devono|andrebbe|andrebbero|occorre|bisogna)\\s+(?:anche\\s+|ulteriormente\\s+|meglio\\s+)?essere\\s+(?:\\w+mente\\s+)?${CONTENT_PARTICIPLE_IT}\\b`,
    'i',
  )),
  unicodeWords(new RegExp(`\\b(?:va|vanno|andrebbe|andrebbero)\\s+(?:anche\\s+|ulteriormente\\s+|meglio\\s+|qui\\s+)?(?:\\w+mente\\s+)?${CONTENT_PARTICIPLE_IT}\\b`, 'i')),
  // "sarebbe da aggiungere", "è da inserire": a gerundive of adding content (not "è da sottolineare che…", which introduces a claim)
  /(?<!\p{L})(?:sarebbe|sarebbero|è|sono|resta|restano)\s+(?:anche\s+|ancora\s+)?da\s+(?:aggiungere|inserire|includere|integrare|citare|spiegare|chiarire|dettagliare|ampliare)(?!\p{L})/iu,
  unicodeWords(new RegExp(`\\b(?:will|would|could|can|should|may|might)\\s+(?:\\w+\\s+)?(?:enrich|strengthen|enhance|improve|complete|bolster)\\s+(?:the|this)\\s+(?:next\\s+version\\s+of\\s+(?:the|this)\\s+)?${OWN_TEXT_EN}\\b`, 'i')),
  // "arricchiranno l'articolo", "completerà questo servizio": future or conditional of improving the text.
  // "il servizio"/"il report" alone are also things in the world ("completerà il servizio idrico"),
  // so they need "questo", "la prossima versione", or a sentence about further research.
  new RegExp(
    `(?<!\\p{L})${IMPROVE_IT}\\s+(?:ulteriormente\\s+)?(?:(?:il|lo|l['’])\\s*(?:articolo|pezzo|testo|post)|(?:questo|questa|quest['’]|la\\s+prossima\\s+versione\\s+(?:del|dell['’]|della))\\s*${OWN_TEXT_IT})(?!\\p{L})`,
    'iu',
  ),
  new RegExp(
    `^(?:ulteriori|maggiori)\\s+(?:approfondimenti|ricerche|dettagli|informazioni|dati|esempi|analisi)(?!\\p{L}).*${IMPROVE_IT}\\s+(?:ulteriormente\\s+)?(?:il|lo|la|l['’])\\s*${OWN_TEXT_IT}(?!\\p{L})`,
    'iu',
  ),
  // a later version of the article itself: "next version of this piece", "la prossima versione dell'articolo"
  unicodeWords(/\b(?:next|future|later|updated) version of (?:this|the|our) (?:article|piece|post|story)\b/i),
  /(?<!\p{L})(?:prossima|futura|nuova) versione (?:di questo|del|dell['’]|della)\s*(?:articolo|servizio|pezzo|post|testo)(?!\p{L})/iu,
  unicodeWords(/\b(?:further|more|additional)\s+(?:research|detail|details|information|data|examples|context|evidence|figures)\s+(?:is|are|would be|will be)\s+(?:needed|required|necessary|useful|helpful)\b/i),
  unicodeWords(/^(?:further|more|additional)\s+research\b.*\b(?:will|would|could|should)\b/i),
  unicodeWords(/\bin this (?:article|post|piece|blog post|section),? (?:we|i) (?:will|'ll|shall)\b/i),
  unicodeWords(/\b(?:TODO|TBD|FIXME)\b/),
  /\[(?:citation needed|source needed|sources?|ref|link|needs? [^\]]*|add [^\]]*|todo[^\]]*|tbd|fonte[^\]]*|da verificare|aggiungere[^\]]*)\]/i,
  unicodeWords(/\bnote to self\b/i),
  unicodeWords(/\bda (?:approfondire|verificare|completare|integrare|confermare|ricontrollare)\b/i),
  // checks still to make before the piece goes out: "Need to double-check the figure with the press
  // office before publishing", "(TBC)", "verificare con l'azienda…", "prima della pubblicazione".
  // Only base forms of the verb: "the data were verified before publication" is a claim.
  unicodeWords(/^(?:note:?\s*)?(?:(?:we|i)\s+)?(?:still\s+)?(?:need|needs|have|has)\s+to\s+(?:double[- ]check|re-?check|fact[- ]check|check|verify|confirm)\b/i),
  unicodeWords(/(?:^|[:;–—]\s*)(?:double[- ]check|re-?check|fact[- ]check|check|verify|confirm)\s+(?:this\s+|that\s+|these\s+|the\s+|whether\b|if\b|with\b)/i),
  unicodeWords(/(?<![\p{L}-])(?:double[- ]check|re-?check|fact[- ]check|check|verify|confirm)(?![\p{L}-]).*\bbefore\s+(?:publishing|publication|we\s+publish|going\s+(?:to\s+press|live))\b/iu),
  unicodeWords(/\b(?:double[- ]check|check|verify|confirm)\s+(?:\S+\s+){0,5}?with\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:press\s+office|spokes(?:person|man|woman)|IR\s+team|investor\s+relations)\b/i),
  unicodeWords(/\(\s*(?:to be (?:confirmed|checked|verified)|tbc|tbd|da confermare|da verificare)\s*\)|\bTBC\b|(?:^|[:–—]\s*|\b(?:figures?|numbers?|data|date|source)\s+)(?:still\s+|yet\s+)?to be (?:confirmed|checked|verified|double-checked)\b/iu),
  /(?:^|[:;–—]\s*)(?:ri)?(?:controllare|verificare|confermare|chiedere)\s+(?:con|a|al|alla|all['’]|presso|se)(?!\p{L})/iu,
  unicodeWords(/(?<!\p{L})(?:ri)?(?:controllare|verificare|confermare)(?!\p{L}).*\b(?:con\s+(?:l['’]\s*)?(?:ufficio\s+stampa|portavoce)|prima\s+(?:della\s+pubblicazione|di\s+pubblicare|di\s+andare\s+in\s+stampa))/iu),
  unicodeWords(/\b(?:servono|sono necessari|occorrono|richiede|richiedono)\s+(?:ulteriori\s+|maggiori\s+)?(?:approfondimenti|dettagli)\b/i),
  unicodeWords(/\bin questo articolo,? (?:vedremo|esploreremo|analizzeremo|parleremo)\b/i),
  // what the writer would like to add: "it would be useful to compare…", "sarebbe utile un confronto"
  // (as the subject "it", or ending the sentence: "The company would be useful to investors…" is a claim)
  unicodeWords(/(?:^|\bit\s+)would (?:also |certainly |really )?be (?:useful|helpful|interesting|worthwhile|valuable|instructive)\b/i),
  unicodeWords(/\bwould (?:also )?be (?:useful|helpful|interesting|worthwhile|valuable|instructive)\s*[.!]?$/i),
  // "worth comparing", not "worth noting that…" (a claim follows) nor "worth €2bn" (a valuation)
  unicodeWords(/\b(?:is|'s|’s|would be|might be|be) worth (?:comparing|checking|exploring|examining|investigating|looking (?:at|into)|asking|verifying|analy[sz]ing|benchmarking|adding|including)\b/i),
  unicodeWords(/\b(?:sarebbe|sarebbero|risulterebbe) (?:anche )?(?:utile|utili|opportun[oa]|interessante|importante|auspicabile|bene)\b/i),
  // "vale la pena ricordare che…" introduces a claim; only an inquiry still to be made is a note
  unicodeWords(/\bvale la pena (?:di )?(?:confrontare|approfondire|verificare|esaminare|analizzare|capire|chiedersi|indagare)\b/i),
]

/**
 * A lead phrase pointing to more reading ("For more information,", "Per saperne di più,"): what
 * follows it is checked as if it opened the sentence.
 */
const MORE_INFO_LEAD =
  /^(?:(?:for|to get) (?:more|further) (?:information|info|details)|to (?:learn|find out|read|know) more|per saperne (?:di )?più|per (?:maggiori|ulteriori) (?:informazioni|dettagli)|per approfondire)\s*[,:]?\s*/i

/**
 * Calls to action: page chrome and newsletter boxes around an article. An imperative opening the
 * sentence (after an optional `MORE_INFO_LEAD`), or a fixed phrase anywhere ("click here", "follow
 * us on", "for more coverage", "per saperne di più").
 */
const CALL_TO_ACTION_PATTERNS: readonly RegExp[] = [
  unicodeWords(/^(?:subscribe|sign up|signup|follow us|click|tap here|read more|read also|read next|see also|join (?:our|us|the)|learn more|find out more|discover more|contact us|download (?:the|our|it|now)|register (?:now|here|for|today|online|to)|stay (?:tuned|updated|informed)|don'?t miss|visit (?:our|us)|share this)\b/i),
  // Case-sensitive on purpose: an imperative takes a determiner or a capitalised name ("Follow
  // GreenTech Asia"), while "Download speeds rose" or "Follow-up audits…" start with a noun.
  /^(?:[Rr]ead|[Dd]ownload|[Vv]isit|[Ff]ollow|[Ee]xplore|[Dd]iscover|[Ww]atch|[Cc]heck out|[Ll]isten to|[Gg]et)\s+(?:the|our|this|these|its|their|his|her|it|us|them|more|now|here|today|all|a|an|[A-Z])/,
  unicodeWords(/\b(?:subscribe (?:to|now)|sign up (?:for|to|now)|follow us on|click here|join our (?:mailing list|newsletter|community)|to your inbox|if you (?:liked|enjoyed) this)\b/i),
  unicodeWords(/\bfor (?:more|further|the latest|regular|daily|weekly) (?:coverage|updates|news|stories|insights|analysis)\b/i),
  /^(?:iscriviti|seguici|rimani (?:sempre )?aggiornat|resta (?:sempre )?aggiornat|leggi anche|leggi di più|scopri di più|scopri come|clicca|contattaci|scarica (?:il|la|l'|gratis|ora)|non perdere|visita il nostro|condividi)/i,
  unicodeWords(/^(?:scarica|leggi|visita|consulta|segui|guarda|scopri|clicca)\s+(?:il|lo|la|l['’]|i|gli|le|un|una|qui|anche|ora|subito|gratis|tutt[oaie]|questo|questa|nostr[oaie])\b/i),
  // Case-sensitive: the imperative before a name ("Abbonati a Carta & Imballaggio Oggi", "Segui
  // Turismo Sostenibile"); "Abbonati in crescita" and "Registrati 12 infortuni" are a noun and a participle.
  /^(?:[Aa]bbonati|[Rr]egistrati|[Ii]scriviti)\s+(?:ora|subito|gratis|gratuitamente|qui|oggi|per|(?:a|al|alla|ai|alle)\s+(?:nostr|\p{Lu}))/u,
  /^(?:Scopri|Scarica|Segui|Guarda|Visita|Consulta)\s+\p{Lu}/u,
  unicodeWords(/\b(?:iscriviti alla|seguici su|clicca qui|se questo articolo ti è piaciuto|per approfondimenti|per saperne (?:di )?più)\b/i),
]

/**
 * A question ("Want more coverage like this?", "Is this enough?") states nothing: in an article it
 * is a call to the reader or a rhetorical device, and the claim, if any, is in the answer that
 * follows. Closing quotes or brackets after the "?" are allowed.
 */
function isQuestion(text: string): boolean {
  return /[?？]\s*["”’»)\]]*\s*$/u.test(text)
}

/**
 * A list lead-in ("The key commitments in the report are:"): it states nothing on its own; the
 * list items that follow are the facts. With a digit the line may itself carry a figure
 * ("Emissions in 2024:"), so it is kept.
 */
function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text) && !/\d/.test(text)
}

/**
 * True when the sentence is not a claim about the world but the writer's note to self ("it would be
 * useful to compare…"), a meta remark about the article/report to be written, a call to action
 * (subscribe, follow us, read the full report, download…), a question, or a list lead-in ending in
 * ":" with no figure. Such sentences stay in the source text (quotes are verbatim) but never become facts.
 *
 * A modal note whose sentence names a law or regulation is kept as a claim: "Under the CSRD, Scope
 * 3 emissions must be included in the sustainability statement" states an obligation in the world.
 * Both languages' rules apply whatever `lang` says: English newsletter boxes turn up on Italian
 * pages, and vice versa.
 */
export function isEditorial(sentence: string, lang: string): boolean {
  const text = sentence.trim()
  const opening = text.replace(MORE_INFO_LEAD, '')
  if (isLeadIn(text) || isQuestion(text) || CALL_TO_ACTION_PATTERNS.some((re) => re.test(text) || re.test(opening))) return true
  return NOTE_PATTERNS.some((re) => re.test(text)) && !REGULATION.test(text)
}

const REGULATION =
  unicodeWords(/\b(?:laws?|legislation|regulations?|directives?|csrd|sfdr|esrs|pursuant|legally|mandatory|required by|legge|leggi|normativ[ae]|direttiv[ae]|regolament[oi]|ai sensi|obbligatori[oae])\b/i)

/**
 * Certificates and accreditations as events or states: "obtained ISO 50001 certification", "certified
 * to ISO 14001", "were certified", "ha ottenuto la certificazione", "sono certificate ISO 14001".
 * The bare adjective ("certified green energy", "energia verde certificata") describes a product,
 * and the bare noun is only a certification claim with an obtaining or holding event or a named
 * standard (see `CERT_NOUN`).
 */
const CERTIFICATION: readonly RegExp[] = [
  unicodeWords(/\b(?:certified|accredited)\s+(?:by|to|as|under|against|according to|in accordance with|ISO)\b/i),
  unicodeWords(/\b(?:is|are|was|were|been|being|be|get|gets|got|became|become)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:certified|accredited)\b/i),
  /(?<!\p{L})(?:è|sono|era|erano|stat[oaie]|essere|viene|vengono)\s+(?:\p{L}+mente\s+|anche\s+|ora\s+)?(?:certificat|accreditat)[oaie](?!\p{L})/iu,
  // not "certificata da": "energia certificata da fonti rinnovabili" is the adjective again
  /(?<!\p{L})(?:certificat|accreditat)[oaie]\s+(?:secondo|ISO)(?!\p{L})/iu,
  unicodeWords(/\b(?:obtain|obtained|achieve|achieved|receive|received|awarded|earned|gained|granted|holds?|ottenut[oaie]|conseguit[oaie]|ricevut[oaie])\b.*\bISO\s?\d{4,5}\b/i),
]

/** The noun: "certification", "certificate", "accreditation", "la certificazione", "il certificato". */
const CERT_NOUN = unicodeWords(/\b(?:certifications?|certificates?|accreditations?)\b|(?<!\p{L})(?:certificazion[ei]|accreditament[oi])(?!\p{L})|(?<!\p{L})(?:il|un|i|dei|del|nuov[oi])\s+certificat[oi](?!\p{L})/iu)

/**
 * What makes the noun a claim that something is certified: obtaining, receiving, renewing or
 * holding it, or a named standard ("ISO 50001", "SA8000", "LEED"). "PPAs rather than certificates"
 * names the noun and certifies nothing.
 */
const CERT_EVENT =
  unicodeWords(/\b(?:obtain(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|award(?:s|ed)?|earn(?:s|ed)?|gain(?:s|ed)?|grant(?:s|ed)?|hold(?:s|ing)?|held|renew(?:s|ed)?|pass(?:es|ed)?|attain(?:s|ed)?|secur(?:e|es|ed)|won|wins?|ISO\s?\d{4,5}|SA\s?8000|EMAS|LEED|B\s?Corp|FSC|PEFC)\b|(?<!\p{L})(?:ottenut[oaie]|ottiene|ottengono|ottenere|conseguit[oaie]|ricevut[oaie]|riceve|rinnovat[oaie]|mantenut[oaie]|possiede|possiedono|conferit[oaie]|assegnat[oaie])(?!\p{L})/iu)

/**
 * Market instruments named "certificates" (energy attribute certificates, guarantees of origin,
 * "certificati verdi/bianchi"): bought and cancelled, never a certification of the company.
 */
const CERT_INSTRUMENT =
  unicodeWords(/\b(?:(?:energy\s+attribute|renewable(?:\s+energy|\s+electricity)?|energy|green|carbon|white|tradable|unbundled)\s+certificates?|certificates?\s+of\s+origin)\b|(?<!\p{L})certificat[oi]\s+(?:verdi|bianchi|energetici|di\s+origine)(?!\p{L})/giu)

function isCertification(sentence: string): boolean {
  const text = sentence.replace(CERT_INSTRUMENT, ' ')
  return CERTIFICATION.some((re) => re.test(text)) || (CERT_NOUN.test(text) && CERT_EVENT.test(text))
}

/** English past forms: regular "-ed", irregular verbs of reported results, and "has/have/had + participle". */
const PAST_EN =
  unicodeWords(/\b(?:[a-z]{3,}ed|rose|fell|grew|cut|spent|won|hit|made|built|became|saw|took|gave|sold|brought|led|began|drew|met|paid|stood|bought|shrank|sank|came (?:to|from))\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:en|t)\b/g)

/**
 * Words after which an English past form is an adjective or a noun ("30 per cent recycled
 * plastics", "a 75% cut", "of certified energy", "and reused"), not a verb: determiners,
 * prepositions, conjunctions, numbers and percentages.
 */
const NOMINAL_CONTEXT =
  /^(?:a|an|the|its|their|our|his|her|this|that|these|those|each|every|all|no|any|some|of|in|on|at|for|from|with|without|by|to|into|and|or|cent|percent|per|more|less|most|newly|fully|partly|mostly|widely)$|\d|%$/i

/** Participles that open a prepositional phrase ("compared with 2019", "based on"), not a verb. */
const PREPOSITIONAL = /^(?:compared|based|related|linked|aligned|measured|calculated)$/i
const PREPOSITION_AFTER = unicodeWords(/^\s+(?:with|to|on|upon|against)\b/i)

/** English past forms that are finite verbs (see `NOMINAL_CONTEXT`), reporting verbs left out. */
function pastEn(sentence: string): boolean {
  for (const m of sentence.matchAll(PAST_EN)) {
    const word = m[0].split(/\s+/).at(-1) as string
    const before = sentence.slice(0, m.index)
    if (/-$/.test(before)) continue // "bio-based", "ground-mounted"
    const prev = /(\S+)\s*$/.exec(before)?.[1]?.replace(/[,;:()"“”]/g, '')
    // a passive reports the value itself: "were reported at 14.2 million tonnes"
    if (CLAIM_WORDS.en.reporting.test(word) && !/^(?:is|are|was|were|been)$/i.test(prev ?? '')) continue
    if (!prev || (!m[0].includes(' ') && NOMINAL_CONTEXT.test(prev))) continue // sentence start: "Recycled plastics made up…"
    if (PREPOSITIONAL.test(word) && PREPOSITION_AFTER.test(sentence.slice((m.index as number) + m[0].length))) continue
    return true
  }
  return false
}

/** Participles of results and trends that Italian headline style uses without an auxiliary ("Ridotte del 30% le emissioni"). */
const RESULT_PARTICIPLE_IT =
  '(?:raggiunt|ridott|riciclat|ricondizionat|investit|ottenut|risparmiat|evitat|recuperat|raccolt|installat|completat|superat|stanziat|donat|dimezzat|aumentat|diminuit|cresciut|calat|sces|salit|abbattut|generat|piantat|registrat|vendut)[oaie]|portat[oaie] a termine'

const PAST_IT: readonly RegExp[] = [
  // auxiliary + participle: "ha ridotto", "sono state donate", "sono scese"
  /(?<!\p{L})(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:\p{L}+mente\s+|anche\s+|inoltre\s+|già\s+)?(?:stat[oaie]\s+)?(\p{L}+(?:at|it|ut|ott|ost|ess|ist|ert|olt|unt)[oaie]|sces[oaie])(?!\p{L})/giu,
  // a participle on its own opening the sentence, or followed by a figure ("emissioni ridotte del 30%");
  // elsewhere it is an adjective ("plastica riciclata entro il 2030")
  new RegExp(`^(?:${RESULT_PARTICIPLE_IT})(?!\\p{L})|(?<!\\p{L})(?:${RESULT_PARTICIPLE_IT})\\s+(?:del|dello|della|dell['’]|di|al|allo|alla|all['’]|a|fino al|quota)\\s*\\d`, 'giu'),
  // a reported trend: "in calo del 42 per cento"
  /(?<!\p{L})in (?:calo|crescita|aumento|diminuzione|ribasso|rialzo|flessione)(?!\p{L})/giu,
]

function pastIt(sentence: string): boolean {
  return PAST_IT.some((re) => [...sentence.matchAll(re)].some((m) => !CLAIM_WORDS.it.reporting.test(m[1] ?? '')))
}

/**
 * A reported result: a finite past tense ("reduced", "fell", "has cut", "ha ridotto", "sono stati
 * stanziati", "sono scese"), an Italian result participle in headline style ("Ridotte del 30% le
 * emissioni") or trend ("in calo del 42%"). Reporting verbs ("confirmed", "ha presentato") and
 * participles used as adjectives ("recycled plastics", "a 75% cut") do not count.
 */
function reportsResult(sentence: string, lang: 'en' | 'it'): boolean {
  return lang === 'it' ? pastIt(sentence) : pastEn(sentence)
}

/**
 * Goals listed after a colon ("The climate targets are unchanged: a 70% cut by 2030 and net zero by
 * 2040"): the head names goals, the list has deadlines and reports nothing as done.
 */
function goalList(sentence: string, l: 'en' | 'it'): boolean {
  const colon = sentence.indexOf(':')
  if (colon < 0) return false
  const tail = sentence.slice(colon + 1)
  return CLAIM_WORDS[l].targetNoun.test(sentence.slice(0, colon)) && CLAIM_WORDS[l].targetYear.test(tail) && !reportsResult(tail, l)
}

/**
 * The kind of claim a sentence makes, decided from its wording (and whether it has figures):
 * - certification: a certificate or accreditation as an event or document ("obtained ISO 50001 …
 *   certification", "certified to ISO 14001", "ha ottenuto la certificazione"), not the adjective
 *   ("certified green energy");
 * - target: a goal or commitment. Future and intent wording ("will", "aims to", "wants to", "is
 *   targeting", "is expected to", "has set targets", "si impegna", "punta a", "vuole ridurre",
 *   "prevede", Italian future tense) decides alone; a deadline ("by 2030", "entro il 2035") unless a
 *   past tense reports the result with no modal in the sentence; a modal ("should", "dovrebbe")
 *   with a figure; a goal mentioned in passing ("goal", "obiettivo") when the sentence reports
 *   nothing as done and has a figure; goals restated ("targets are unchanged: … by 2030");
 * - achievement: a reported result (see `reportsResult`) or a change stated as a noun ("a
 *   reduction of 41%", see `ClaimWords.trend`) with a figure. "By the end of 2024, X
 *   completed …" is an achievement: the year is when, not a deadline. Without a figure a past
 *   tense is usually narrative ("unveiled its strategy");
 * - other: context and strategy.
 * Precedence: certification > target > achievement > other.
 */
export function classifyClaim(sentence: string, lang: string, hasFigures: boolean): ClaimType {
  const l = baseLang(lang)
  if (isCertification(sentence)) return 'certification'
  if (CLAIM_WORDS[l].targetStrong.some((re) => re.test(sentence)) || goalList(sentence, l)) return 'target'
  const done = reportsResult(sentence, l)
  const modal = CLAIM_WORDS[l].modal.test(sentence)
  if (CLAIM_WORDS[l].targetYear.test(sentence) && (!done || modal)) return 'target'
  if (hasFigures && (modal || (!done && CLAIM_WORDS[l].targetNoun.test(sentence)))) return 'target'
  return (done || CLAIM_WORDS[l].trend.test(sentence)) && hasFigures ? 'achievement' : 'other'
}
