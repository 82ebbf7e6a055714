import { franc } from 'franc-min'
import { LangSchema, type Lang } from '../../../core/lang/lang-tag.js'
import { detectLang } from '../../../core/ingest/page-language.js'
import { IngestError } from './ingest-error.js'

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' })
/** franc's ISO 639-3 codes of the languages the corpus reads. */
const FRANC_LANGS: Readonly<Record<string, Lang>> = { eng: 'en', ita: 'it' }

/** "German (de)": a language tag or an ISO 639-3 code as a person reads it. */
function languageName(code: string): string {
  if (code === 'und') return 'an undetermined language'
  try {
    return `${NAMES.of(code) ?? code} (${code})`
  } catch {
    return code
  }
}

/**
 * The article's language as a tag the corpus accepts. A page's declared `lang` is trusted when it
 * is English or Italian and its text reads as one of them; a declared other language, or a text
 * in neither, is refused naming the language found. Function words decide English against
 * Italian (what the analysers need); franc names a language we do not read.
 */
export function resolveLang(declared: string | undefined, text: string): { tag: string; lang: Lang } {
  // Text with little prose (a page of teaser titles) has few function words; franc's letter
  // statistics still tell English from Italian there, and that page is then refused for having no article.
  const found = franc(text)
  const detected = detectLang(text) ?? FRANC_LANGS[found] ?? null
  const base = declared?.split(/[-_]/)[0]?.toLowerCase()
  if (base) {
    const parsed = LangSchema.safeParse(base)
    if (!parsed.success) throw new IngestError(`the page is in ${languageName(base)}; the corpus reads English and Italian only`)
    if (!detected) throw new IngestError(`the page declares lang="${declared}" but its text reads as ${languageName(found)}; the corpus reads English and Italian only`)
    return { tag: declared!.replace('_', '-'), lang: parsed.data }
  }
  if (!detected) throw new IngestError(`the text is in ${languageName(found)}; the corpus reads English and Italian only`)
  return { tag: detected, lang: detected }
}
