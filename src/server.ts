/**
 * The Node entry: loads (or builds) the data, creates the app and serves it. Everything
 * Node-specific lives here and in artifacts.ts; the app itself is runtime-neutral.
 */
import { serve } from '@hono/node-server'
import { loadOrBuild } from './artifacts.js'
import { CorpusError } from './corpus/corpus-error.js'
import { createApp } from './http/app.js'

const port = Number(process.env.PORT ?? 3000)
const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '')

try {
  const { data, rebuilt } = await loadOrBuild()
  const app = createApp(data, { publicUrl, allowTrainingCrawlers: process.env.ALLOW_TRAINING_CRAWLERS === 'true' })
  const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST }, (info) => {
    const how = rebuilt ? 'built from corpus' : 'loaded from dist'
    console.log(JSON.stringify({ level: 'info', msg: `esg-facts listening on http://localhost:${info.port}`, facts: data.corpus.facts.length, data: how }))
  })
  const stop = () => server.close(() => process.exit(0))
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
} catch (err) {
  if (!(err instanceof CorpusError)) throw err
  console.error(err.message)
  process.exit(1)
}
