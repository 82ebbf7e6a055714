/**
 * The Worker as files (Node-only, build time): `worker.js`, an ES module with the app, the
 * corpus and index's JSON and the API reference UI's files (/docs; a Worker has no node_modules) in it, and `index.bin`, the index's number columns, which worker.js
 * imports as a Data module (workerd's binary module type; wrangler's default rules take `*.bin` as
 * one). Bytes as a module of their own rather than base64 in the script: a third smaller, and no
 * decoding when an isolate starts.
 */
import { build, type Plugin } from 'esbuild'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { replaceFile } from '../node/artifacts.js'
import { readDocsAssets } from '../node/docs-assets.js'
import { englishOnlyZod } from '../node/bundle.js'
import type { AppData } from '../../core/pipeline.js'
import { saveData } from '../../core/saved-data.js'

const ENTRY = resolve(import.meta.dirname, 'worker.ts')
export const WORKER_FILE = 'worker.js'
export const COLUMNS_FILE = 'index.bin'

/** Writes the Worker for `data` into `outDir` (replacing what was there). */
export async function bundleWorker(data: AppData, outDir: string): Promise<void> {
  const [saved, docs] = [saveData(data), await readDocsAssets()]
  // JSON.parse on a string literal: V8 reads JSON faster than the same data as a JavaScript literal.
  const dataModule: Plugin = {
    name: 'esg-facts-data',
    setup(build) {
      build.onResolve({ filter: /^esg-facts:data$/ }, (args) => ({ path: args.path, namespace: 'esg-facts-data' }))
      build.onLoad({ filter: /.*/, namespace: 'esg-facts-data' }, () => ({
        contents: [`export const corpus = ${JSON.stringify(saved.corpus)}`, `export const index = ${JSON.stringify(saved.index)}`, `export const docs = ${JSON.stringify(docs)}`].join('\n'),
        loader: 'js',
      }))
    },
  }
  const { outputFiles } = await build({
    entryPoints: [ENTRY],
    outfile: join(outDir, WORKER_FILE),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    external: [`./${COLUMNS_FILE}`],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    plugins: [englishOnlyZod, dataModule],
    write: false,
    logLevel: 'error',
  })
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  await replaceFile(join(outDir, COLUMNS_FILE), saved.columns)
  for (const file of outputFiles) await replaceFile(file.path, file.contents)
}
