import { z } from 'zod'

/** The languages the service reads, analyses and writes in. */
export const LangSchema = z.enum(['en', 'it'])
export type Lang = z.infer<typeof LangSchema>

/**
 * The language of a BCP 47 tag: its primary subtag ("it-IT" → "it"); a tag of a language the
 * service does not read is read as English.
 */
export function baseLang(tag: string): Lang {
  return /^it(?:-|$)/i.test(tag) ? 'it' : 'en'
}
