/**
 * Which sentences are claims, and what kind.
 *
 * Rules are wording patterns that generalise across ESG articles, not lists of known sentences:
 * an article that retells an ESG report mixes reported results, targets and certifications with
 * context, and (in drafts published as they are) the writer's notes on what the text still needs.
 */
import type { ClaimType } from './fact-schema.js'
import { baseLang } from '../lang/lang-tag.js'
import type { ClaimWords } from '../lang/claim-words.js'
import { CLAIM_WORDS } from '../lang/claim-words-by-lang.js'
import type { Lang } from '../lang/lang-tag.js'
import { alt, anyMatch, anyOf, unicodeWords } from '../lang/words.js'

/** Every language's lists of one kind, in the registry's order: editorial rules apply whatever the article's language, since pages mix them. */
const allLangs = (pick: (w: ClaimWords) => readonly string[]): string[] => Object.values(CLAIM_WORDS).flatMap(pick)
/** Phrase templates as patterns of their own, in any case, with Unicode-aware edges. */
const templates = (pick: (w: ClaimWords) => readonly string[], flags = 'i'): RegExp[] => allLangs(pick).map((t) => unicodeWords(new RegExp(t, flags)))

/** A deontic passive of adding content: modal, an adverb or two, the passive auxiliary, the participle. */
function contentPassive(w: ClaimWords, p: ClaimWords['notes']['contentPassives'][number]): RegExp {
  const fillers = p.fillers.length ? `(?:${p.fillers.map((f) => `${f}\\s+`).join('|')})?` : ''
  const be = p.be ? `${p.be}\\s+` : ''
  return unicodeWords(new RegExp(`\\b${anyOf(p.modals)}\\s+${fillers}${be}(?:\\w+${w.notes.adverbEnding}\\s+)?${anyOf(p.participles)}\\b`, 'i'))
}

/**
 * Notes on what the text needs, not claims about the world:
 * - a deontic modal with a passive content participle: "should be detailed", "must be explained
 *   thoroughly", "dovrebbero essere approfonditi", "vanno specificati";
 * - remarks about the text itself: "will enrich the report", "more detail is needed", "TODO",
 *   "[citation needed]", "da approfondire";
 * Both languages are checked whatever the article's language: pages mix them.
 */
const NOTE_PATTERNS: readonly RegExp[] = [
  ...Object.values(CLAIM_WORDS).flatMap((w) => w.notes.contentPassives.map((p) => contentPassive(w, p))),
  ...templates((w) => w.notes.phrases),
  unicodeWords(new RegExp(`\\b${anyOf(allLangs((w) => w.notes.markers))}\\b`)),
  new RegExp(`\\[${anyOf(allLangs((w) => w.notes.bracketed))}\\]`, 'i'),
  unicodeWords(new RegExp(`\\(\\s*${anyOf(allLangs((w) => w.notes.parenthetical))}\\s*\\)`, 'i')),
]
const isNote = anyMatch(NOTE_PATTERNS)

/**
 * A lead phrase pointing to more reading ("For more information,", "Per saperne di più,"): what
 * follows it is checked as if it opened the sentence.
 */
const MORE_INFO_LEAD = new RegExp(`^${anyOf(allLangs((w) => w.moreInfoLeads))}\\s*[,:]?\\s*`, 'i')

/** An imperative before what it takes, in the case written but for the verb's first letter (see `callToAction.imperatives`). */
function imperative({ verbs, next, capitalOnly }: ClaimWords['callToAction']['imperatives'][number]): RegExp {
  const initial = (v: string) => (capitalOnly ? v[0]!.toUpperCase() : `[${v[0]!.toUpperCase()}${v[0]}]`) + v.slice(1)
  return new RegExp(`^${anyOf(verbs.map(initial))}\\s+${anyOf(next)}`, 'u')
}

/**
 * Calls to action: page chrome and newsletter boxes around an article. An imperative opening the
 * sentence (after an optional `MORE_INFO_LEAD`), or a fixed phrase anywhere ("click here", "follow
 * us on", "for more coverage", "per saperne di più").
 */
const CALL_TO_ACTION_PATTERNS: readonly RegExp[] = [
  unicodeWords(new RegExp(`^${anyOf(allLangs((w) => w.callToAction.openers))}\\b`, 'i')),
  new RegExp(`^${anyOf(allLangs((w) => w.callToAction.openerPrefixes))}`, 'i'),
  unicodeWords(new RegExp(`\\b${anyOf(allLangs((w) => w.callToAction.phrases))}\\b`, 'i')),
  ...Object.values(CLAIM_WORDS).flatMap((w) => w.callToAction.imperatives.map(imperative)),
]
const callsToAction = anyMatch(CALL_TO_ACTION_PATTERNS)

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
  if (isLeadIn(text) || isQuestion(text) || callsToAction(text) || callsToAction(opening)) return true
  return isNote(text) && !REGULATION.test(text)
}

/** Regulations known by their acronym in any language. */
const REGULATION_NAMES = ['csrd', 'sfdr', 'esrs']
const REGULATION = unicodeWords(new RegExp(`\\b${anyOf([...allLangs((w) => w.regulation), ...REGULATION_NAMES])}\\b`, 'i'))

/**
 * Certificates and accreditations as events or states: "obtained ISO 50001 certification", "certified
 * to ISO 14001", "were certified", "ha ottenuto la certificazione", "sono certificate ISO 14001".
 * The bare adjective ("certified green energy", "energia verde certificata") describes a product,
 * and the bare noun is only a certification claim with an obtaining or holding event or a named
 * standard (see `CERT_NOUN`).
 */
const CERTIFICATION: readonly RegExp[] = [
  ...templates((w) => w.certification.states),
  unicodeWords(new RegExp(`\\b${anyOf(allLangs((w) => w.certification.obtaining))}\\b.*\\bISO\\s?\\d{4,5}\\b`, 'i')),
]
const certifies = anyMatch(CERTIFICATION)

/** The noun: "certification", "certificate", "accreditation", "la certificazione", "il certificato". */
const CERT_NOUN = unicodeWords(new RegExp(allLangs((w) => w.certification.nouns).join('|'), 'iu'))

/** Standards and labels named in any language: naming one makes the noun a certification claim. */
const STANDARDS = '\\b(?:ISO\\s?\\d{4,5}|SA\\s?8000|EMAS|LEED|B\\s?Corp|FSC|PEFC)\\b'

/**
 * What makes the noun a claim that something is certified: obtaining, receiving, renewing or
 * holding it, or a named standard ("ISO 50001", "SA8000", "LEED"). "PPAs rather than certificates"
 * names the noun and certifies nothing.
 */
const CERT_EVENT = unicodeWords(new RegExp([...allLangs((w) => w.certification.events), STANDARDS].join('|'), 'iu'))

/**
 * Market instruments named "certificates" (energy attribute certificates, guarantees of origin,
 * "certificati verdi/bianchi"): bought and cancelled, never a certification of the company.
 */
const CERT_INSTRUMENT = unicodeWords(new RegExp(allLangs((w) => w.certification.instruments).join('|'), 'giu'))

function isCertification(sentence: string): boolean {
  const text = sentence.replace(CERT_INSTRUMENT, ' ')
  return certifies(text) || (CERT_NOUN.test(text) && CERT_EVENT.test(text))
}

/** How each language reports a result (see `ClaimWords.results`), as patterns. */
const RESULTS = Object.fromEntries(Object.entries(CLAIM_WORDS).map(([lang, w]) => {
  const r = w.results
  const adjectives = r.adjectives && {
    // determiners and the like before it, a number or a percentage ("30 per cent recycled plastics", "a 75% cut")
    after: new RegExp(`^${alt(r.adjectives.after)}$|\\d|%$`, 'i'),
    prepositional: new RegExp(`^${alt(r.adjectives.prepositional)}$`, 'i'),
    prepositions: unicodeWords(new RegExp(`^\\s+${alt(r.adjectives.prepositions)}\\b`, 'i')),
  }
  return [lang, {
    past: r.past.map((t) => unicodeWords(new RegExp(t, r.caseSensitive ? 'g' : 'gi'))),
    passive: new RegExp(`^${alt(r.passiveAuxiliaries)}$`, 'i'),
    reporting: w.reporting,
    adjectives,
  }]
})) as Record<Lang, { past: RegExp[]; passive: RegExp; reporting: RegExp; adjectives?: { after: RegExp; prepositional: RegExp; prepositions: RegExp } }>

/**
 * Whether a past form is an adjective or a noun by where it stands: at the start of the sentence
 * ("Recycled plastics made up…"), after a hyphen ("bio-based") or a determiner (one word only), or
 * opening a prepositional phrase ("compared with 2019").
 */
function adjectival(a: NonNullable<(typeof RESULTS)[Lang]['adjectives']>, sentence: string, m: RegExpExecArray | RegExpMatchArray, word: string, before: string, prev: string | undefined): boolean {
  if (/-$/.test(before)) return true
  if (!prev || (!m[0].includes(' ') && a.after.test(prev))) return true
  return a.prepositional.test(word) && a.prepositions.test(sentence.slice((m.index as number) + m[0].length))
}

/**
 * A reported result: a finite past tense ("reduced", "fell", "has cut", "ha ridotto", "sono stati
 * stanziati", "sono scese"), an Italian result participle in headline style ("Ridotte del 30% le
 * emissioni") or trend ("in calo del 42%"). Reporting verbs ("confirmed", "ha presentato") and
 * participles used as adjectives ("recycled plastics", "a 75% cut") do not count.
 */
function reportsResult(sentence: string, lang: Lang): boolean {
  const r = RESULTS[lang]
  for (const re of r.past) {
    for (const m of sentence.matchAll(re)) {
      const word = m[1] ?? (m[0].split(/\s+/).at(-1) as string)
      const before = sentence.slice(0, m.index)
      const prev = /(\S+)\s*$/.exec(before)?.[1]?.replace(/[,;:()"“”]/g, '')
      // a passive reports the value itself: "were reported at 14.2 million tonnes"
      if (r.reporting.test(word) && !r.passive.test(prev ?? '')) continue
      if (r.adjectives && adjectival(r.adjectives, sentence, m, word, before, prev)) continue
      return true
    }
  }
  return false
}

/**
 * Goals listed after a colon ("The climate targets are unchanged: a 70% cut by 2030 and net zero by
 * 2040"): the head names goals, the list has deadlines and reports nothing as done.
 */
function goalList(sentence: string, l: Lang): boolean {
  const colon = sentence.indexOf(':')
  if (colon < 0) return false
  const tail = sentence.slice(colon + 1)
  return CLAIM_WORDS[l].targetNoun.test(sentence.slice(0, colon)) && CLAIM_WORDS[l].targetYear.test(tail) && !reportsResult(tail, l)
}

/** Each language's strong target wording, as one test: a target's own words decide it. */
const TARGET_STRONG = Object.fromEntries(Object.entries(CLAIM_WORDS).map(([lang, w]) => [lang, anyMatch(w.targetStrong)])) as Record<Lang, (text: string) => boolean>

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
  if (TARGET_STRONG[l](sentence) || goalList(sentence, l)) return 'target'
  const done = reportsResult(sentence, l)
  const modal = CLAIM_WORDS[l].modal.test(sentence)
  if (CLAIM_WORDS[l].targetYear.test(sentence) && (!done || modal)) return 'target'
  if (hasFigures && (modal || (!done && CLAIM_WORDS[l].targetNoun.test(sentence)))) return 'target'
  return (done || CLAIM_WORDS[l].trend.test(sentence)) && hasFigures ? 'achievement' : 'other'
}
