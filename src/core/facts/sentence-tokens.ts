import { tokenize } from '../index/analyzer.js'
import { memoiseRecent } from '../index/memoise.js'

export type SentenceToken = Readonly<{ token: string; start: number; end: number }>

/**
 * {@link tokenize} of the last few texts, shared read-only: the measure, subject and dated-event
 * rules read every figure of a sentence with the sentence's tokens, so the sentence is tokenised once.
 */
export const sentenceTokens: (text: string) => readonly SentenceToken[] = memoiseRecent(tokenize, 4)

/**
 * `tokenize(text.slice(0, cut))` from the whole text's tokens. A match of the token pattern looks
 * no further than the character after it, so the tokens that end by `cut` are those of the prefix;
 * only a token running across `cut` would be cut short there, and then the prefix is tokenised.
 */
export function tokensBefore(text: string, cut: number): readonly SentenceToken[] {
  const tokens = sentenceTokens(text)
  let n = 0
  while (n < tokens.length && tokens[n]!.end <= cut) n++
  if (n < tokens.length && tokens[n]!.start < cut) return tokenize(text.slice(0, cut))
  return tokens.slice(0, n)
}
