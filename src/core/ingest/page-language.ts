import type { Lang } from '../lang/lang-tag.js'
import { PAGE_WORDS, bare, words } from './block-features.js'

/** Below this share of a language's function words, a text is not in that language. */
export const MIN_STOP_SHARE = 0.15

/** The share of a text's words that are each supported language's function words. */
export function stopShares(text: string): Record<Lang, number> {
  const ws = words(text).map(bare)
  const share = (lang: Lang): number => {
    const stop = new Set(PAGE_WORDS[lang].stopwords)
    return ws.length ? ws.filter((w) => stop.has(w)).length / ws.length : 0
  }
  return { en: share('en'), it: share('it') }
}

/**
 * English or Italian by function-word share (prose in either language is a third to a half
 * function words; the other language's list catches a few percent), or null when neither reaches
 * {@link MIN_STOP_SHARE}: then the text is in some other language.
 */
export function detectLang(text: string): Lang | null {
  const s = stopShares(text)
  const best: Lang = s.it > s.en ? 'it' : 'en'
  return s[best] >= MIN_STOP_SHARE ? best : null
}
