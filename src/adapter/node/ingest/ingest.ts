import { parseArgs } from 'node:util'
import { firstWords } from '../../../core/ingest/chrome-blocks.js'
import { IngestError } from './ingest-error.js'
import { ingestFile, type IngestOptions } from './ingest-file.js'

const USAGE =
  'usage: npm run ingest -- <file.html|file.txt> [--url URL] [--publisher NAME] [--organization NAME] [--wikidata QID]\n' +
  '         [--report-name NAME] [--report-year YYYY] [--section NAME] [--id ID] [--out DIR] [--force]'

/** `npm run ingest`: one page or capture in, one corpus file out, or an error and nothing written. */
async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        publisher: { type: 'string' },
        organization: { type: 'string' },
        wikidata: { type: 'string' },
        'report-name': { type: 'string' },
        'report-year': { type: 'string' },
        section: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
      },
    })
  } catch (err) {
    console.error(`esg-facts ingest: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  const { values: v, positionals } = parsed
  if (positionals.length !== 1) {
    console.error(`esg-facts ingest: give exactly one file\n${USAGE}`)
    return 2
  }
  const file = positionals[0]!
  const options: IngestOptions = {
    url: v.url,
    publisher: v.publisher,
    organization: v.organization,
    wikidata: v.wikidata,
    reportName: v['report-name'],
    reportYear: v['report-year'],
    section: v.section,
    id: v.id,
    out: v.out,
    force: v.force,
  }
  try {
    const result = await ingestFile(file, options)
    const headings = result.blocks.filter((b) => b.kind === 'heading').length
    console.log(`wrote ${result.path}: "${result.meta.title}" (${result.meta.lang}, ${result.blocks.length - headings} paragraphs, ${headings} headings)`)
    console.log(`dropped ${result.dropped.length} block${result.dropped.length === 1 ? '' : 's'}${result.dropped.length ? ':' : ''}`)
    for (const block of result.dropped) console.log(`  - ${firstWords(block)}`)
    return 0
  } catch (err) {
    if (!(err instanceof IngestError)) throw err
    console.error(`esg-facts ingest: ${file}: ${err.message}; nothing written`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
