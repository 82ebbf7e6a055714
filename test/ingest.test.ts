import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile, type IngestOptions } from '../src/adapter/node/ingest/ingest-file.js'
import { IngestError } from '../src/adapter/node/ingest/ingest-error.js'
import type { SourceMeta } from '../src/core/corpus/source-schema.js'
import { BUNDLED_CAPTURES, SHARED_SOURCES } from './support/bundled-captures.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = join(root, 'test/fixtures/ingest')
const heldOut = join(root, 'test/fixtures/held-out/sources')

let out: string
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'esg-ingest-'))
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

/** `npm run ingest -- …` as a user runs it: exit code, stdout and stderr. */
function ingestCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/adapter/node/ingest/ingest.ts', ...args], { cwd: root }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

async function corpusFile(path: string): Promise<{ meta: SourceMeta; body: string }> {
  const { data, content } = matter(await readFile(path, 'utf8'), {})
  return { meta: data as SourceMeta, body: content }
}

/** The flags that state what a page does not: the organisation, its report, and the section. */
function aboutFlags(meta: SourceMeta): IngestOptions {
  return {
    organization: meta.about.organization.name,
    wikidata: meta.about.organization.wikidata,
    reportName: meta.about.report.name,
    reportYear: String(meta.about.report.reportingYear),
  }
}

async function writeTo(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(out, name)
  await writeFile(path, content)
  return path
}

async function freshDir(name: string): Promise<string> {
  const dir = join(out, name)
  await rm(dir, { recursive: true, force: true })
  return dir
}

describe('npm run ingest: the bundled corpus', () => {
  it.each(Object.entries(BUNDLED_CAPTURES))('%s regenerates corpus/sources/%s.md byte for byte', async (file, id) => {
    const capture = fileURLToPath(new URL(file, SHARED_SOURCES))
    expect(existsSync(capture), `${capture} is missing: this test needs ../shared/sources beside the project`).toBe(true)
    const expected = await readFile(join(root, 'corpus/sources', `${id}.md`), 'utf8')
    const { meta } = await corpusFile(join(root, 'corpus/sources', `${id}.md`))
    const dir = await freshDir(`bundled-${id}`)
    const flags = ['--url', meta.url, '--publisher', meta.publisher, '--organization', meta.about.organization.name]
    flags.push('--wikidata', meta.about.organization.wikidata!, '--report-name', meta.about.report.name, '--report-year', String(meta.about.report.reportingYear))
    flags.push('--section', meta.section!, '--id', id, '--out', dir)
    const run = await ingestCommand([capture, ...flags])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`wrote ${join(dir, `${id}.md`)}`)
    expect(await readFile(join(dir, `${id}.md`), 'utf8')).toBe(expected)
  })
})

describe('npm run ingest: page captures with invented chrome around the held-out articles', () => {
  const captures = join(fixtures, 'captures')
  const ids = ['alimentando-barilla-sostenibilita-2022', 'ansa-banco-bpm-sostenibilita-2022', 'forlitoday-hera-sostenibilita-2023',
    'fruitnet-one-sustainability-2023', 'knowesg-ford-sustainability-2022', 'marketinsight-hera-sostenibilita-2023']

  it('covers every capture in the fixtures folder', async () => {
    expect((await readdir(captures)).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt')).sort()).toEqual(ids)
  })

  it.each(ids)('%s: the body is the article alone, and the front matter is the held-out file but its date', async (id) => {
    const held = await corpusFile(join(heldOut, `${id}.md`))
    const dir = await freshDir(`capture-${id}`)
    const result = await ingestFile(join(captures, `${id}.txt`), {
      ...aboutFlags(held.meta), url: held.meta.url, publisher: held.meta.publisher, section: held.meta.section, id, out: dir,
    })
    const written = await corpusFile(result.path)
    expect(written.body).toBe(await readFile(join(captures, `${id}.expected.md`), 'utf8'))
    // A capture states no date the command could trust: it never invents one.
    const { published: _published, ...stated } = held.meta
    expect(written.meta).toEqual(stated)
    expect(result.dropped.length).toBeGreaterThan(5)
  })

  it('drops an undated teaser list that follows the article under a label, and a cookie box after it', async () => {
    const expected = await readFile(join(captures, 'knowesg-ford-sustainability-2022.expected.md'), 'utf8')
    const chrome = ['Home | News | Companies | Climate | Podcast', ...expected.trim().split('\n\n').map((b) => b.replace(/^# /, '')), 'More stories',
      'Why fleet owners are switching to electric vans', 'Running costs, not rules, now drive the change, a survey of operators finds.',
      'What a net zero pledge really commits a company to', 'Two words appear in almost every climate promise, and regulators want them used with care.',
      'This website uses cookies. By continuing to browse you accept our cookie policy.']
    const file = join(out, 'teasers.txt')
    await writeFile(file, chrome.join('\n\n'))
    const result = await ingestFile(file, { url: 'https://example.org/ford', publisher: 'P', organization: 'Ford', reportName: 'R', reportYear: '2021', id: 'teasers', out: await freshDir('teasers') })
    expect(result.body).toBe(expected)
  })

  it('infers the organisation and the report from a headline that names them plainly', async () => {
    const result = await ingestFile(join(captures, 'alimentando-barilla-sostenibilita-2022.txt'), {
      url: 'https://www.alimentando.info/barilla-presenta-il-rapporto-di-sostenibilita-2022/', publisher: 'Alimentando', out: await freshDir('infer'),
    })
    expect(result.meta.about).toEqual({ organization: { name: 'Barilla' }, report: { name: 'Barilla Rapporto di sostenibilità 2022', reportingYear: 2022 } })
    expect(result.meta.id).toBe('alimentando-barilla-rapporto-2022')
    expect(result.path).toBe(join(out, 'infer', 'alimentando-barilla-rapporto-2022.md'))
  })

  it('stops naming every missing flag when the text does not make the metadata plain, and writes nothing', async () => {
    const dir = await freshDir('missing')
    const run = await ingestCommand([join(captures, 'fruitnet-one-sustainability-2023.txt'), '--out', dir])
    expect(run.code).toBe(1)
    for (const flag of ['--url', '--publisher', '--report-name', '--report-year']) expect(run.stderr).toContain(flag)
    // "Ocean Network Express faces up to…": the headline names the organisation.
    expect(run.stderr).not.toContain('--organization')
    expect(existsSync(dir)).toBe(false)
  })

  it('prints what it dropped, and refuses to overwrite without --force', async () => {
    const dir = await freshDir('force')
    const args = [join(captures, 'knowesg-ford-sustainability-2022.txt'), '--out', dir, '--id', 'ford-2022', '--url', 'https://example.org/ford',
      '--publisher', 'KnowESG', '--organization', 'Ford Motor Company', '--report-name', 'Ford 2022 report', '--report-year', '2021']
    const first = await ingestCommand(args)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^wrote .*ford-2022\.md: "Ford releases its first human rights report and increases climate risk disclosure in 2022" \(en, 4 paragraphs, 0 headings\)$/m)
    expect(first.stdout).toMatch(/^dropped \d+ blocks:$/m)
    expect(first.stdout).toContain('  - Jump to article')
    expect(first.stdout).toContain('  - What investors should ask automakers about battery supply …')
    await writeFile(join(dir, 'ford-2022.md'), 'edited by hand')
    const again = await ingestCommand(args)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists: pass --force')
    expect(await readFile(join(dir, 'ford-2022.md'), 'utf8')).toBe('edited by hand')
    const forced = await ingestCommand([...args, '--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(join(dir, 'ford-2022.md'), 'utf8')).toMatch(/^---\nid: ford-2022\n/)
  })
})

describe('npm run ingest: HTML pages', () => {
  const pages = join(fixtures, 'html')
  const ids = ['alimentando-barilla-sostenibilita-2022', 'ansa-banco-bpm-sostenibilita-2022', 'forlitoday-hera-sostenibilita-2023',
    'fruitnet-one-sustainability-2023', 'knowesg-ford-sustainability-2022', 'marketinsight-hera-sostenibilita-2023', 'thegrocer-tesco-food-waste-2015']
  // What each page states in its head (og:, JSON-LD, <html lang>): the rest comes from flags.
  const stated: Record<string, { published?: string; lang: string }> = {
    'alimentando-barilla-sostenibilita-2022': { published: '2023-06-28', lang: 'it' },
    'ansa-banco-bpm-sostenibilita-2022': { published: '2023-03-22', lang: 'it' },
    'forlitoday-hera-sostenibilita-2023': { lang: 'it' },
    'fruitnet-one-sustainability-2023': { lang: 'en' },
    'knowesg-ford-sustainability-2022': { published: '2022-03-31', lang: 'en-GB' },
    'marketinsight-hera-sostenibilita-2023': { published: '2024-05-07', lang: 'it-IT' },
    'thegrocer-tesco-food-waste-2015': { lang: 'en' },
  }

  it('covers every page in the fixtures folder', async () => {
    expect((await readdir(pages)).filter((f) => f.endsWith('.html')).map((f) => basename(f, '.html')).sort()).toEqual(ids)
  })

  it.each(ids)('%s: the article verbatim, with the title, publisher, canonical URL, language and date the page states', async (id) => {
    const held = await corpusFile(join(heldOut, `${id}.md`))
    const html = await readFile(join(pages, `${id}.html`), 'utf8')
    const canonical = html.includes('rel="canonical"')
    const result = await ingestFile(join(pages, `${id}.html`), { ...aboutFlags(held.meta), id, out: await freshDir(`html-${id}`), ...(canonical ? {} : { url: held.meta.url }) })
    expect(result.body).toBe(held.body)
    expect((await corpusFile(result.path)).body).toBe(held.body)
    expect(result.meta.title).toBe(held.meta.title)
    expect(result.meta.publisher).toBe(held.meta.publisher)
    expect(result.meta.url).toBe(held.meta.url)
    expect(result.meta.lang).toBe(stated[id]!.lang)
    expect(result.meta.published).toBe(stated[id]!.published)
    expect(result.body).not.toMatch(/\*\*|<|&[a-z]+;| {2}|\n{3}/)
  })

  it('reads a date stated only in microdata, and writes none when the page states none', async () => {
    const page = await readFile(join(pages, 'fruitnet-one-sustainability-2023.html'), 'utf8')
    const dated = page.replace('<time datetime=""></time>', '<time itemprop="datePublished" datetime="2024-03-05T08:00:00Z">5 March 2024</time>')
    const flags = { organization: 'Ocean Network Express', reportName: 'R', reportYear: '2023', id: 'dated', force: true, out: await freshDir('dated') }
    expect((await ingestFile(await writeTo('dated.html', dated), flags)).meta.published).toBe('2024-03-05')
    expect((await ingestFile(await writeTo('undated.html', page), flags)).meta.published).toBeUndefined()
  })

  it('splits <br><br> runs into paragraphs, reads a line in capitals before prose as a heading, and drops a teaser link, captions, credit lines and an author bio', async () => {
    const id = 'thegrocer-tesco-food-waste-2015'
    const held = await corpusFile(join(heldOut, `${id}.md`))
    const [first, second, ...rest] = held.body.trim().split('\n\n').slice(1)
    // As old CMSs write an article: one <span>, paragraphs separated by two line breaks, a single <br> inside one.
    const breaks = `<span>${first!.replace(' reduced ', ' reduced<br>\n ')}<br>\n<br>\n${second}</span>`
    const picture = '<div><img src="/waste.jpg" alt=""><br><span>Bakery goods on a shelf in one of the supermarket group\'s larger stores</span></div>'
    // Wire stories head sections in capitals; a label in capitals before teasers is not a heading.
    const capitals = '<p>WHERE THE WASTE IS</p>'
    const teaser = '<p>DON\'T MISS</p><p><a href="/news/other">Supermarkets pledge to halve food waste across their supply chains by 2030</a></p>'
    // A caption and a bio that read as sentences: only their markup's names say what they are.
    const captioned = '<div class="wp-caption"><img src="/depot.jpg" alt=""><p class="wp-caption-text">A Tesco distribution centre, where much of the waste is counted.</p></div>'
    const credits = '<p>(Reporting by Jane Doe; additional reporting by Mario Rossi; Editing by John Smith)</p><p>By Jane Doe - 11/18/19 11:04 PM EST</p>'
    const bio = '<div class="entry-author-bio"><h4>Jane Doe</h4><p>Jane has reported on the grocery trade for the magazine since 2012.</p></div>'
    const page = `<!doctype html><html lang="en"><head><title>${held.meta.title}</title><link rel="canonical" href="${held.meta.url}"></head><body><article>
      <h1>${held.meta.title}</h1><div class="entry-content">${breaks}${picture}${rest.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}${captioned}${capitals}${rest.slice(2).map((p) => `<p>${p}</p>`).join('\n')}${teaser}${credits}${bio}</div></article></body></html>`
    const result = await ingestFile(await writeTo('breaks.html', page), { ...aboutFlags(held.meta), publisher: held.meta.publisher, id, out: await freshDir('breaks') })
    expect(result.body).toBe(held.body.replace(`\n\n${rest[2]}`, `\n\n## WHERE THE WASTE IS\n\n${rest[2]}`))
    const dropped = [/^DON'T MISS$/, /^Bakery goods on a shelf/, /^Supermarkets pledge/, /^A Tesco distribution centre/, /^\(Reporting by/, /^By Jane Doe - /, /^Jane Doe Jane has reported/]
    expect(result.dropped).toEqual(expect.arrayContaining(dropped.map((d) => expect.stringMatching(d))))
  })

  it('asks for --url when the page has no canonical link', async () => {
    await expect(ingestFile(join(pages, 'alimentando-barilla-sostenibilita-2022.html'), { out: await freshDir('no-canonical') })).rejects.toThrow(/missing --url URL/)
  })
})

describe('npm run ingest: bad input gets a clear error, writes nothing and exits non-zero', () => {
  const bad = join(fixtures, 'bad')
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a capture in German', async () => join(bad, 'german.txt'), /the text is in German \(deu\); the corpus reads English and Italian only/],
    ['a page declaring French', async () => join(bad, 'french.html'), /the page is in French \(fr\)/],
    ['an empty file', () => writeTo('empty.txt', ''), /the file is empty/],
    ['a file of blank lines', () => writeTo('blank.txt', '\n\n  \n'), /the file is empty/],
    ['a binary file', () => writeTo('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /a binary file/],
    ['a PDF', () => writeTo('report.html', '%PDF-1.7\n%âãÏÓ\n'), /a PDF file/],
    ['a home page with no article', async () => join(bad, 'no-article.html'), /no article found/],
    ['a capture of teasers with no article', async () => join(bad, 'no-article.txt'), /no article found/],
    ['a capture in Latin-1', () => writeTo('latin1.txt', Buffer.from('Il Gruppo ha ridotto le emissioni del 14% rispetto al 2019, in linea con l\'obiettivo di riduzione.', 'latin1').map((b) => (b === 0x27 ? 0xe8 : b))), /not valid UTF-8 \(byte 0xe8 at offset \d+\): save the capture as UTF-8/],
    ['a page in an encoding nobody knows', () => writeTo('odd.html', '<!doctype html><html lang="en"><head><meta charset="x-unknown-8"></head><body><p>Text.</p></body></html>'), /declares an encoding that cannot be read: "x-unknown-8"/],
    ['text decoded wrongly before it was saved', () => writeTo('mangled.txt', 'Il Gruppo ha ridotto le emissioni del 14\uFFFD rispetto al 2019.'), /U\+FFFD replacement characters/],
  ]

  it.each(cases)('%s', async (_name, file, message) => {
    const dir = await freshDir('bad-out')
    const run = await ingestCommand([await file(), '--out', dir, '--url', 'https://example.org/x', '--publisher', 'P', '--organization', 'O', '--report-name', 'R', '--report-year', '2023'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/; nothing written\n$/)
    expect(existsSync(dir)).toBe(false)
  })

  it('an HTML page in Latin-1 that says so is read', async () => {
    const html = (await readFile(join(fixtures, 'html', 'forlitoday-hera-sostenibilita-2023.html'), 'utf8')).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    const latin1 = Buffer.from(html.replace(/[^\u0000-\u00ff]/gu, (c) => `&#${c.codePointAt(0)};`), 'latin1')
    const result = await ingestFile(await writeTo('latin1.html', latin1), { organization: 'Gruppo Hera', reportName: 'R', reportYear: '2023', id: 'latin-1', out: await freshDir('latin1') })
    expect(result.body).toBe((await corpusFile(join(heldOut, 'forlitoday-hera-sostenibilita-2023.md'))).body)
  })

  it('a usage error names the usage', async () => {
    const run = await ingestCommand([])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('usage: npm run ingest -- <file.html|file.txt>')
  })

  it('a bad flag value is named by the corpus schema before anything is written', async () => {
    const err = await ingestFile(join(fixtures, 'captures', 'ansa-banco-bpm-sostenibilita-2022.txt'), {
      url: 'https://example.org/x', publisher: 'ANSA', organization: 'Banco BPM', reportName: 'R', reportYear: 'twenty', id: 'bad-flag', out: await freshDir('bad-flag'),
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IngestError)
    expect((err as Error).message).toMatch(/^the file would not be valid: about\.report\.reportingYear: /)
  })
})
