/**
 * `npm run eval -- [questions.json] [--url http://host:port]`: runs a question file through the
 * HTTP API and prints Recall@1, Recall@3 and MRR@10 (overall and per kind), the share of negatives
 * that abstained, and answer-figure accuracy. Without --url it serves the bundled corpus itself on
 * a loopback port, so the numbers come over real HTTP.
 */
import { serve } from '@hono/node-server'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { loadOrBuild } from '../src/adapter/node/artifacts.js'
import { createApp } from '../src/core/http/app.js'
import { formatReport, QuestionFileSchema, runQuestions, summarise } from './evaluation.js'

const args = process.argv.slice(2)
const urlAt = args.indexOf('--url')
const url = urlAt >= 0 ? args[urlAt + 1] : undefined
const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1)) ?? 'test/eval/dev-questions.json'

const questions = QuestionFileSchema.parse(JSON.parse(await readFile(file, 'utf8')))
let base = url?.replace(/\/+$/, '')
let close = () => {}
if (!base) {
  const { data } = await loadOrBuild()
  const app = createApp(data, { publicUrl: 'http://localhost', allowTrainingCrawlers: false })
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
