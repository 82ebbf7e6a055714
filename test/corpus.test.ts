import { describe, expect, it, vi } from 'vitest'
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFromCorpus, loadOrBuild, writeArtifacts } from '../src/adapter/node/artifacts.js'
import { CorpusError } from '../src/core/corpus/corpus-error.js'
import { loadCorpus } from '../src/adapter/node/load-corpus.js'
import { buildCorpus } from '../src/core/facts/build-facts.js'
import { FactIndex } from '../src/core/index/fact-index.js'
import { corpusText } from '../src/core/saved-data.js'
import { bundledData } from './support/targets.js'
import { searchText } from '../src/core/query/rank.js'

describe('corpus files', () => {
  it.each([
    ['missing-url', 'url'],
    ['bad-yaml', 'front matter'],
    ['empty-body', 'body'],
    ['duplicate-id', 'id'],
    ['wrong-year', 'about.report.reportingYear'],
  ])('a bad file (%s) stops the build, naming the file and the field %s', async (dir, field) => {
    const err = await loadCorpus(`test/fixtures/bad/${dir}`).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(CorpusError)
    const e = err as CorpusError
    expect(e.field).toBe(field)
    expect(e.file).toMatch(new RegExp(`test/fixtures/bad/${dir}/(a|b)\\.md$`))
    expect(e.message).toContain(e.file)
    expect(e.message).toContain(field)
  })

  it('a missing or empty folder is an error, not an empty service', async () => {
    await expect(loadCorpus('test/fixtures/bad/no-such-dir')).rejects.toThrow(/no-such-dir: sources: cannot read/)
    await expect(loadCorpus('test/fixtures/bad/no-articles')).rejects.toThrow(/no-articles: sources: no article/)
  })

  it('an unknown front-matter field is named in a warning, not fatal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const docs = await loadCorpus('test/fixtures/extra-fields')
    expect(docs).toHaveLength(1)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/extra-fields\/nordlicht-2025\.md: ignoring unknown front-matter field\(s\): author/))
    warn.mockRestore()
  })

  it('the bundled articles load with their metadata, and unknown dates stay absent', async () => {
    const docs = await loadCorpus('corpus/sources')
    expect(docs.map((d) => [d.meta.id, d.meta.lang])).toEqual([
      ['innovationcity-xiaomi-esg-2023', 'it'],
      ['trendaily-xiaomi-esg-2024', 'en'],
    ])
    for (const d of docs) {
      expect(d.meta.published).toBeUndefined()
      expect(d.meta.about.organization.wikidata).toBe('Q1636958')
    }
  })
})

describe('facts from the bundled corpus', () => {
  it('every quote is the source text between its offsets, and contains its figures', async () => {
    const { corpus } = await bundledData()
    const text = new Map(corpus.sources.map((s) => [s.id, s.text]))
    expect(corpus.facts.length).toBeGreaterThan(40)
    for (const f of corpus.facts) {
      const src = text.get(f.source.id)!
      expect(src.slice(f.citation.start, f.citation.end)).toBe(f.citation.quote)
      expect(f.text).toBe(f.citation.quote)
      for (const g of f.figures) {
        expect(f.citation.quote).toContain(g.text)
        expect(src.slice(g.start, g.end)).toBe(g.text)
      }
      expect(f.citation.url.startsWith(f.source.url + '#:~:text=')).toBe(true)
      expect(f.id).toMatch(/^[a-z0-9-]+$/)
    }
  })

  it('page chrome and the writer’s notes are not facts', async () => {
    const { corpus } = await bundledData()
    const all = corpus.facts.map((f) => f.text).join('\n')
    for (const chrome of [
      'Skip to Content',
      'The Evolution of SEO',
      'should be included, such as',
      'must be explained thoroughly',
      'should be presented with supporting figures',
      'should be detailed',
      'should be described in detail',
      'must be presented in the report',
      'Further research into specific initiatives',
      'Se questo articolo ti è piaciuto',
      'Iscriviti',
      'Related news',
      'produzione industriale in Italia',
      'Notizie più lette',
      'G11 Media Network',
    ]) {
      expect(all).not.toContain(chrome)
    }
  })

  it('keeps the section heading each fact sits under', async () => {
    const { corpus } = await bundledData()
    const rnd = corpus.facts.find((f) => f.text.includes('24.1 billion RMB'))!
    expect(rnd.citation.heading).toBe('Massive Investment in R&D: Fueling Innovation for a Sustainable Tomorrow')
    expect(rnd.figures.find((g) => g.unit === 'CNY')).toMatchObject({ value: 24_100_000_000, text: '24.1 billion RMB' })
  })

  it('a title or heading that states a figure is a fact; one without a figure is only context', async () => {
    const { corpus } = await bundledData()
    const text = corpus.sources.find((s) => s.lang === 'en')!.text
    const title = corpus.facts.find((f) => f.text.startsWith("Xiaomi's 2024 ESG Sustainability Report"))!
    expect(text.slice(title.citation.start, title.citation.end)).toBe(title.text)
    expect(title.figures.map((f) => f.text)).toEqual(['2024'])
    expect(corpus.facts.some((f) => f.text === 'Massive Investment in R&D: Fueling Innovation for a Sustainable Tomorrow')).toBe(false)
  })

  it('ids are the same across two builds, and editing one sentence changes only its id', async () => {
    const docs = await loadCorpus('corpus/sources')
    const ids = (d: typeof docs) => buildCorpus(d).facts.map((f) => f.id)
    const first = ids(docs)
    expect(ids(await loadCorpus('corpus/sources'))).toEqual(first)
    expect(new Set(first).size).toBe(first.length)

    const en = docs.findIndex((d) => d.meta.lang === 'en')
    const edited = docs.map((d, i) =>
      i === en ? { ...d, text: d.text.replace('over 42,000 global patent applications', 'over 43,000 global patent applications') } : d,
    )
    const after = ids(edited)
    const changed = first.filter((id) => !after.includes(id))
    expect(changed).toHaveLength(1)
    expect(after.filter((id) => !first.includes(id))).toHaveLength(1)
  })
})

describe('a new article', () => {
  it('is picked up from the corpus folder with no code change, in either language', async () => {
    const { corpus, index } = await buildFromCorpus('test/fixtures/extra-corpus')
    expect(corpus.sources.map((s) => s.id).sort()).toEqual(['nordlicht-energie-esg-2025', 'sole-verde-bilancio-2024'])
    const water = searchText(index, 'process water reused').hits[0]!
    expect(water.fact.source.id).toBe('nordlicht-energie-esg-2025')
    expect(water.fact.figures.map((f) => [f.value, f.unit])).toContainEqual([1_800_000, 'm3'])
    expect(corpus.facts.some((f) => f.text.includes('should be added here'))).toBe(false)
    // An acronym the article defines is found by its long form where only the acronym is written.
    // A value dated by a comparison dates the comparison, not the fact.
    const intensity = corpus.facts.find((f) => f.text.startsWith('Water use per megawatt-hour'))!
    expect(intensity.period).toBeUndefined()
    expect(intensity.baseYear ?? intensity.figures.find((f) => f.text === '38 litres')?.baseYear).toBe(2023)
    expect(intensity.figures.find((f) => f.text === '51 litres')).toMatchObject({ value: 51, unit: 'L', period: '2023' })
    const crma = searchText(index, 'critical raw materials act suppliers').hits[0]!
    expect(crma.fact.text).toMatch(/^Under the CRMA pilot, 12 of its suppliers/)
    const solar = corpus.facts.find((f) => f.text.includes('fotovoltaici'))!
    expect(solar.figures.map((f) => [f.value, f.unit])).toEqual(
      expect.arrayContaining([
        [12_500_000, 'EUR'],
        [42_000, 'MWh'],
      ]),
    )
  })
})

describe('built artifacts', () => {
  it('a saved index, loaded, ranks every query as the index it was saved from', async () => {
    const { corpus, index } = await bundledData()
    const loaded = FactIndex.load(index.save(), corpus.facts, corpus.sources)
    const ranked = (i: FactIndex, q: string) => searchText(i, q).hits.map((h) => [h.fact.id, h.score, h.coverage, h.terms, h.missing])
    for (const q of ['waste diversion rate', 'emissioni scope 1 2023', 'renewabel enrgy', 'Samsung R&D 2024', 'quattro sezioni', 'smart factory']) {
      expect(ranked(loaded, q), q).toEqual(ranked(index, q))
    }
    expect(ranked(index, 'waste diversion rate').length).toBeGreaterThan(0)
  })

  it('corpus.json is the corpus as JSON to the byte, written in pieces, whatever the number of facts', async () => {
    const { corpus, index } = await bundledData()
    // Copies of the facts make a corpus of three pieces (a thousand facts each), the last of one fact.
    const facts = []
    while (facts.length < 2001) facts.push(...corpus.facts)
    const many = { sources: corpus.sources, facts: facts.slice(0, 2001) }
    for (const c of [corpus, many, { sources: corpus.sources, facts: [] }]) expect([...corpusText(c)].join('')).toBe(JSON.stringify(c))
    const dist = await mkdtemp(join(tmpdir(), 'esg-facts-dist-'))
    try {
      await writeArtifacts({ corpus: many, index }, dist)
      expect(await readFile(join(dist, 'corpus.json'), 'utf8')).toBe(JSON.stringify(many))
    } finally {
      await rm(dist, { recursive: true, force: true })
    }
  })

  it('are loaded when fresh, and rebuilt when absent, older than the corpus, of an older format or damaged (saying which file)', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'esg-facts-dist-'))
    try {
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)
      const loaded = await loadOrBuild('corpus/sources', dist)
      expect(loaded.rebuilt).toBe(false)
      expect(searchText(loaded.data.index, 'waste diversion rate').hits[0]!.fact.text).toContain('99.35%')

      const old = new Date(Date.now() - 3_600_000)
      for (const file of ['index.json', 'corpus.json']) await utimes(join(dist, file), old, old)
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)

      const index = join(dist, 'index.json')
      await writeFile(index, (await readFile(index, 'utf8')).replace('"version":6', '"version":5'))
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)

      // index.bin from another build beside this index.json: same shape, another build id.
      const columns = join(dist, 'index.bin')
      const bin = await readFile(columns)
      await writeArtifacts(await buildFromCorpus('corpus/sources'), dist)
      await writeFile(columns, bin)
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)
      await writeFile(columns, (await readFile(columns)).subarray(0, 1000))
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)
      await rm(columns)
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(true)

      // A corpus.json that still parses but lost a field, or does not parse at all: refused by name, then rebuilt.
      const corpusFile = join(dist, 'corpus.json')
      const stored = JSON.parse(await readFile(corpusFile, 'utf8'))
      delete stored.facts[3].citation.start
      await writeFile(corpusFile, JSON.stringify(stored))
      const refused = await loadOrBuild('corpus/sources', dist)
      expect(refused.rebuilt).toBe(true)
      expect(refused.refused).toContain(corpusFile)
      expect(refused.refused).toMatch(/facts\.3\.citation\.start/)
      await writeFile(corpusFile, '{"sources": [')
      expect((await loadOrBuild('corpus/sources', dist)).refused).toMatch(/corpus\.json cannot be used: .*JSON/)
      expect((await loadOrBuild('corpus/sources', dist)).refused).toBeUndefined()
      await writeArtifacts((await buildFromCorpus('corpus/sources')), dist)
      expect((await loadOrBuild('corpus/sources', dist)).rebuilt).toBe(false)
    } finally {
      await rm(dist, { recursive: true, force: true })
    }
  })
})
