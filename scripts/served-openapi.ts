/**
 * Writes the OpenAPI document the app serves at /openapi.json to a file (default
 * dist/openapi.json), for the linters and client generators that read files. Its server URL is
 * PUBLIC_URL (default https://esg-facts.test), as a deployment serves it.
 * Usage: tsx scripts/served-openapi.ts [out-file]
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { buildFromCorpus } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'

export async function servedOpenApi(publicUrl = process.env.PUBLIC_URL ?? 'https://esg-facts.test'): Promise<string> {
  const app = createApp(await buildFromCorpus('corpus/sources'), { publicUrl, allowTrainingCrawlers: false, log: () => {} })
  return (await app.request('/openapi.json')).text()
}

if (process.argv[1] === import.meta.filename) {
  const out = process.argv[2] ?? 'dist/openapi.json'
  servedOpenApi()
    .then(async (doc) => {
      await mkdir(dirname(out), { recursive: true })
      await writeFile(out, doc)
    })
    .catch((err: unknown) => {
      console.error(err)
      process.exit(1)
    })
}
