/**
 * `npm run build:worker`: runs the pipeline on the corpus and writes the Worker to dist/worker/
 * (bundle.ts), which `npx wrangler deploy` uploads as wrangler.toml says. A bad corpus file stops
 * it with the file and field named, as `npm run build` does.
 */
import { join } from 'node:path'
import { buildFromCorpus, DIST_DIR } from '../node/artifacts.js'
import { bundleWorker, WORKER_FILE } from './bundle.js'
import { CorpusError } from '../../core/corpus/corpus-error.js'

try {
  const t0 = performance.now()
  const data = await buildFromCorpus()
  const outDir = join(DIST_DIR, 'worker')
  await bundleWorker(data, outDir)
  console.log(`built ${join(outDir, WORKER_FILE)}: ${data.corpus.facts.length} facts from ${data.corpus.sources.length} sources in ${Math.round(performance.now() - t0)} ms`)
} catch (err) {
  if (!(err instanceof CorpusError)) throw err
  console.error(err.message)
  process.exit(1)
}
