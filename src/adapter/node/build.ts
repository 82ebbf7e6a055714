/**
 * `npm run build`: runs the pipeline on corpus/ and writes dist/: the facts and the serialised
 * index, and the production server (bundle.ts) with its code cache. A bad corpus file stops it with
 * the file and field named, and a non-zero exit.
 *
 * `--if-stale` (what `npm start` runs first) keeps data that is newer than the corpus and the code,
 * by time stamps alone (artifacts.ts), so a start with nothing changed neither rebuilds nor reads
 * the data twice; the server still rebuilds data it cannot read.
 */
import { join } from 'node:path'
import { artifactsFresh, buildFromCorpus, DIST_DIR, writeArtifacts } from './artifacts.js'
import { bundleServer, warmUp } from './bundle.js'
import { CorpusError } from '../../core/corpus/corpus-error.js'

try {
  const t0 = performance.now()
  // The bundle first: the data written after it is newer, so the bundled server takes it as fresh.
  const { changed } = await bundleServer(join(import.meta.dirname, 'server.ts'), DIST_DIR)
  const rebuild = !(process.argv.includes('--if-stale') && artifactsFresh())
  const data = rebuild ? await buildFromCorpus() : undefined
  if (data) await writeArtifacts(data)
  if (changed) await warmUp(DIST_DIR, { DIST_DIR })
  const ms = Math.round(performance.now() - t0)
  for (const s of data?.corpus.sources ?? []) {
    const facts = data?.corpus.facts.filter((f) => f.source.id === s.id) ?? []
    const figures = facts.reduce((n, f) => n + f.figures.length, 0)
    console.log(`${s.id} (${s.lang}): ${facts.length} facts, ${figures} figures`)
  }
  const what = [data && 'data', changed && 'server bundle'].filter(Boolean).join(' and ') || 'nothing (all fresh)'
  const size = data ? `: ${data.corpus.facts.length} facts from ${data.corpus.sources.length} sources` : ''
  console.log(`built ${what}${size} in ${DIST_DIR} in ${ms} ms`)
} catch (err) {
  if (!(err instanceof CorpusError)) throw err
  console.error(err.message)
  process.exit(1)
}
