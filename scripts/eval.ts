/**
 * `npm run eval -- [questions.json] [--url http://host:port | --corpus DIR]`: runs a question file
 * through the HTTP API and prints Recall@1, Recall@3 and MRR@10 (overall and per kind), the share of
 * negatives that abstained, and answer-figure accuracy. Without --url it serves a corpus itself on a
 * loopback port, so the numbers come over real HTTP: the bundled one, or with --corpus the articles
 * of DIR, built afresh (test/fixtures/held-out/sources for test/eval/held-out-questions.json).
 */
import { serve } from '@hono/node-server'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { buildFromCorpus, loadOrBuild } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { formatReport, QuestionFileSchema, runQuestions, summarise } from './evaluation.js'

const args = process.argv.slice(2)
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const url = valueOf('--url')
const corpusDir = valueOf('--corpus')
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'test/eval/dev-questions.json'

const questions = QuestionFileSchema.parse(JSON.parse(await readFile(file, 'utf8')))
let base = url?.replace(/\/+$/, '')
let close = () => {}
if (!base) {
  // Another corpus than the bundled one is built in memory: dist/ holds the bundled corpus's artifacts.
  const data = corpusDir ? await buildFromCorpus(corpusDir) : (await loadOrBuild()).data
  const app = createApp(data, { publicUrl: 'http://localhost', allowTrainingCrawlers: false, log: () => {} })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
}
const results = await runQuestions((path) => fetch(base + path), questions)
console.log(`${file}: ${questions.length} questions via ${base}\n`)
console.log(formatReport(summarise(results), results))
close()
