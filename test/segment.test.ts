import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/core/facts/segment.js'

const sentences = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it.each([
    // no break inside the sentence
    ['Xiaomi invested in R&D. The team grew.', ['Xiaomi invested in R&D.', 'The team grew.']],
    ['It invested 24.1 billion RMB and reached 99.35% diversion.', null],
    ['Some inputs, e.g. Lithium and Cobalt, are scarce.', null],
    ['Materials, i.e. Aluminium, are recycled.', null],
    ['Paper, glass, etc. are sorted on site.', null],
    ['It ranked No. 1 in the index.', null],
    ['Vedi la tabella n. 5 del rapporto.', null],
    ['It saved approx. 300 tonnes.', null],
    ['Apple vs. Samsung is a common comparison.', null],
    ['Mr. Lei and Dr. Smith met Prof. Rossi.', null],
    ['Xiaomi Inc. Reports are published yearly.', null],
    ['Acme Ltd. And Foo Co. Work with Bar Corp. On this.', null],
    ['The U.S. Department of Energy and the U.K. Government agree.', null],
    ['The plant in St. Louis is new.', null],
    ['The book by J. R. Smith was cited.', null],
    ['Carta, vetro, ecc. sono raccolti.', null],
    ['Alcuni fornitori, es. Foxconn, sono coinvolti.', null],
    ['Si veda a pag. 12 del report.', null],
    ['Il sig. Rossi e il dott. Bianchi hanno firmato.', null],
    ['Xiaomi Technology Italy S.p.A. Ha sede a Milano.', null],
    ["Ai sensi dell'art. 5 del decreto.", null],
    ['At COP29 in Baku the plan was unveiled.', null],
    ['The results were… impressive, and more… was promised.', null],
    ['He said "Done." and left.', null],
    ['The target (approx. 5%. see below) holds.', null],
    // breaks
    ['It was unveiled at COP29. The plan is new.', ['It was unveiled at COP29.', 'The plan is new.']],
    ['Emissions fell! Energy use rose? Yes.', ['Emissions fell!', 'Energy use rose?', 'Yes.']],
    ['He said "Done." Then he left.', ['He said "Done."', 'Then he left.']],
    ['It worked (mostly.) Then it stopped.', ['It worked (mostly.)', 'Then it stopped.']],
    ['The year ended. 2024 was a record.', ['The year ended.', '2024 was a record.']],
    ['He wrote. "Next year," he said.', ['He wrote.', '"Next year," he said.']],
    ['We waited… Then it came.', ['We waited…', 'Then it came.']],
    ['Paper, glass, etc. The rest is landfilled.', ['Paper, glass, etc.', 'The rest is landfilled.']],
    ['The answer was no. Then we left.', ['The answer was no.', 'Then we left.']],
    ['Il progetto è partito. È un successo.', ['Il progetto è partito.', 'È un successo.']],
    ['Heading without stop\nFirst sentence. Second one.', ['Heading without stop', 'First sentence.', 'Second one.']],
    ['  Leading and trailing space.  \r\n\r\n  Next line.  ', ['Leading and trailing space.', 'Next line.']],
    ['1. Introduction to the report.', null],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected ?? [text])
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('', 'en')).toEqual([])
    expect(splitSentences(' \n\t ', 'it')).toEqual([])
  })

  it('gives offsets into the original text', () => {
    const text = '  One.  Two.'
    expect(splitSentences(text, 'en')).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ])
  })

  it.each([
    ['en', 'facts-article-en.txt', 79, 'In 2024, Xiaomi invested a staggering 24.1 billion RMB in research and development (R&D).'],
    ['it', 'facts-article-it.txt', 18, 'In futuro, questo approccio verrà esteso a tutti gli altri prodotti del vasto ecosistema Xiaomi.'],
  ])('splits the %s article into whole sentences', (lang, file, count, sample) => {
    const text = readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')
    const all = text.split(/\n\s*\n/).flatMap((p) => sentences(p, lang))
    expect(all).toHaveLength(count)
    // A wrong split leaves a fragment starting lowercase.
    for (const s of all) expect(s).toMatch(/^[\p{Lu}"“]/u)
    expect(all).toContain(sample)
  })

  it('never throws; spans are trimmed, non-empty, ordered, inside the text and cover every non-space character', () => {
    const alphabet = fc.constantFrom(...'aZ. !?…"”’()\n\t9é’e.g.U.S.'.split(''), ' Mr. ', ' No. ', '...', '\r\n')
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 })), (text) => {
        const spans = splitSentences(text, 'en')
        let last = 0
        const covered = new Array<boolean>(text.length).fill(false)
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(last)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(text[start]).not.toMatch(/\s/)
          expect(text[end - 1]).not.toMatch(/\s/)
          for (let i = start; i < end; i++) covered[i] = true
          last = end
        }
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] as string)) expect(covered[i]).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('runs in linear time on pathological input', () => {
    const t0 = performance.now()
    // one huge token before a full stop; a long run of initials; many short sentences
    expect(splitSentences('x'.repeat(200_000) + '. B', 'en')).toHaveLength(2)
    expect(splitSentences('A. '.repeat(100_000), 'en')).toHaveLength(1)
    expect(splitSentences('Go. '.repeat(100_000), 'en')).toHaveLength(100_000)
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})
