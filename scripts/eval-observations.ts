/**
 * `npm run eval:observations -- [--held-out] [--misses] [--corpus DIR --labels FILE]`: builds the
 * facts of a corpus folder and scores its figures against hand-made labels (scripts/observations.ts):
 * found, value, unit, role, period, measure, subject, and whether each labelled variable is one series.
 * Default: the bundled corpus and ../shared/eval/dev-observations.json; `--held-out`: the seven
 * held-out articles and their labels in test/fixtures/held-out/.
 */
import { readFile } from 'node:fs/promises'
import { loadCorpus } from '../src/adapter/node/load-corpus.js'
import { buildCorpus } from '../src/core/facts/build-facts.js'
import { formatObservationReport, ObservationLabelFileSchema, scoreObservations } from './observations.js'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const heldOut = args.includes('--held-out')
const corpusDir = flag('--corpus') ?? (heldOut ? 'test/fixtures/held-out/sources' : 'corpus/sources')
const labelFile = flag('--labels') ?? (heldOut ? 'test/fixtures/held-out/observations.json' : '../shared/eval/dev-observations.json')

const labels = ObservationLabelFileSchema.parse(JSON.parse(await readFile(labelFile, 'utf8')))
const corpus = buildCorpus(await loadCorpus(corpusDir))
console.log(formatObservationReport(`${corpusDir} against ${labelFile}`, scoreObservations(corpus, labels), args.includes('--misses')))
