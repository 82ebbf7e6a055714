import { baseLang, type Lang } from '../lang/lang-tag.js'
import { analyzeTerm, tokenize } from '../index/analyzer.js'
import type { FactIndex } from '../index/fact-index.js'
import type { Glossary } from '../index/glossary.js'

/** Words of organisation names that name no one in particular. */
const LEGAL_FORMS = new Set(['ag', 'co', 'company', 'corp', 'corporation', 'gmbh', 'group', 'gruppo', 'holding', 'holdings', 'inc', 'limited', 'ltd', 'nv', 'plc', 'sa', 'se', 'spa', 'srl', 'the'])

/** Whether a word is only a legal form of a name ("Gruppo", "SpA"), naming no one. */
export const isLegalForm = (word: string): boolean => LEGAL_FORMS.has(word.toLowerCase())

interface OrganisationName {
  /** The words that tell it apart ("Valtorre"), which make a question about it. */
  distinctive: Set<string>
  /** Every word of its name but legal forms ("Valtorre", "Cementi"). */
  all: Set<string>
}

/**
 * The organisations of an index's sources, by their analysed names. Organisation names are
 * conditions, not content: a question naming one is about that organisation's facts. Made once
 * per index (see {@link organisationsOf}).
 */
export class Organisations {
  /** Each source's organisation name, analysed: its distinctive words ("valtorr") and all of them ("valtorr", "cement"). */
  readonly bySource: ReadonlyMap<string, OrganisationName>
  /** The distinctive words of all organisation names: a query using one names that organisation. */
  readonly distinctive: ReadonlySet<string>
  /** Every word of all organisation names (they locate a fact, they do not describe it). */
  readonly words: ReadonlySet<string>

  constructor(index: FactIndex) {
    this.bySource = new Map(
      index.sources.map((s) => {
        const lang = baseLang(s.lang)
        const name = organisationName(s.about.organization.name, lang, index.glossary)
        // A headline may call the organisation by a short name its sentences never use ("Aspi punta
        // alla Net Zero" of Autostrade per l'Italia): a capitalised word of the title that no fact and
        // no glossary term uses names it.
        for (const term of titleNames(s.title, lang, index)) name.distinctive.add(term), name.all.add(term)
        return [s.id, name]
      }),
    )
    this.distinctive = new Set([...this.bySource.values()].flatMap((o) => [...o.distinctive]))
    this.words = new Set([...this.bySource.values()].flatMap((o) => [...o.all]))
  }

  /** Every word of the names of the organisations whose distinctive words `forms` include. */
  wordsOfNamed(forms: ReadonlyArray<readonly string[]>): Set<string> {
    return new Set([...this.bySource.values()].filter((o) => forms.some((f) => f.some((t) => o.distinctive.has(t)))).flatMap((o) => [...o.all]))
  }
}

const made = new WeakMap<FactIndex, Organisations>()

/** The organisations of `index`, made on first use and kept as long as the index. */
export function organisationsOf(index: FactIndex): Organisations {
  let orgs = made.get(index)
  if (!orgs) made.set(index, (orgs = new Organisations(index)))
  return orgs
}

/** The capitalised words of a title that the index knows from no fact nor the glossary, analysed. */
function titleNames(title: string, lang: Lang, index: FactIndex): string[] {
  return tokenize(title)
    .filter(({ token }) => /^\p{Lu}/u.test(token) && !LEGAL_FORMS.has(token.toLowerCase()))
    .flatMap(({ token }) => analyzeTerm(token.toLowerCase(), lang) ?? [])
    .filter((term) => !index.isKnown(term))
}

/**
 * An organisation's name, analysed. Its distinctive words leave out ESG vocabulary when something
 * else is left, so a question about cement in general is not taken as naming the cement maker.
 */
function organisationName(name: string, lang: Lang, glossary: Glossary): OrganisationName {
  const words = tokenize(name).map(({ token }) => token.toLowerCase().replace(/[.']/g, ''))
  const all = words.filter((w) => w.length > 1 && !LEGAL_FORMS.has(w)).flatMap((w) => analyzeTerm(w, lang) ?? [])
  const distinctive = all.filter((t) => !glossary.isWord(t))
  return { distinctive: new Set(distinctive.length > 0 ? distinctive : all), all: new Set(all) }
}
