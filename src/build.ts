/**
 * `npm run build`: runs the pipeline on corpus/ and writes dist/ (facts and the serialised index).
 * A bad corpus file stops it with the file and field named, and a non-zero exit.
 */
import { buildFromCorpus, DIST_DIR, writeArtifacts } from './artifacts.js'
import { CorpusError } from './corpus/corpus-error.js'

try {
  const t0 = performance.now()
  const data = await buildFromCorpus()
  await writeArtifacts(data)
  const ms = Math.round(performance.now() - t0)
  for (const s of data.corpus.sources) {
    const facts = data.corpus.facts.filter((f) => f.source.id === s.id)
    const figures = facts.reduce((n, f) => n + f.figures.length, 0)
    console.log(`${s.id} (${s.lang}): ${facts.length} facts, ${figures} figures`)
  }
  console.log(`built ${data.corpus.facts.length} facts from ${data.corpus.sources.length} sources into ${DIST_DIR} in ${ms} ms`)
} catch (err) {
  if (!(err instanceof CorpusError)) throw err
  console.error(err.message)
  process.exit(1)
}
