import { describe, expect, it } from 'vitest'
import { anyMatch, unicodeWords } from '../src/core/lang/words.js'

describe('anyMatch', () => {
  // prefiltered (\b), plain and case-sensitive patterns: the one-scan filter is built per set of flags
  const patterns = [unicodeWords(/\bda approfondire\b/i), /\[citation needed\]/i, unicodeWords(/\bTODO\b/), /^(?:click|tap) here/iu]
  const some = (text: string) => patterns.some((re) => re.test(text))
  const texts = ['Resta da approfondire.', 'Il capitolo è da approfondire', 'approfondire', 'See [Citation needed].', 'todo: fix', 'TODO fix', 'Click here to subscribe', 'We click here', 'Emissions fell 12% in 2024.', '']

  it('says what testing each pattern says', () => {
    const test = anyMatch(patterns)
    for (const text of texts) expect(test(text), text).toBe(some(text))
    expect(texts.filter(test)).toEqual(['Resta da approfondire.', 'Il capitolo è da approfondire', 'See [Citation needed].', 'TODO fix', 'Click here to subscribe'])
  })

  it('tests global patterns one by one, from where the last test left them', () => {
    const re = /cut/g
    const test = anyMatch([re])
    expect([test('cut and cut'), test('cut and cut'), test('cut and cut')]).toEqual([true, true, false])
  })
})
