import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { bundledData, serveOnLoopback, TEST_CONFIG, type LoopbackServer } from './support/targets.js'

const run = promisify(execFile)
const bin = (name: string) => resolve('node_modules/.bin', name)
// Inside the project, so the generated program resolves @types/node like our own code.
const WORK = resolve('node_modules/.cache/openapi-clients-test')

/** The program a user of a generated client would write: search with `limit: 3`, then an answer. */
const PROGRAM = `import type { paths } from './api.js'

type Query<P extends keyof paths> = NonNullable<paths[P]['get']['parameters']['query']>
type Ok<P extends keyof paths> = paths[P]['get']['responses'][200]['content']['application/json']

async function get<P extends '/v1/search' | '/v1/answer'>(base: string, path: P, query: Query<P>): Promise<Ok<P>> {
  const url = new URL(path, base)
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v))
  const res = await fetch(url)
  if (!res.ok) throw new Error(\`\${path}: \${res.status}\`)
  return (await res.json()) as Ok<P>
}

const base = process.argv[2]!
const found = await get(base, '/v1/search', { q: 'renewable energy', limit: 3, offset: 0 })
// @ts-expect-error limit is an integer, not a string
void get(base, '/v1/search', { q: 'x', limit: '3' })
const quotes: string[] = found.results.map((r) => r.citation.quote)
const answered = await get(base, '/v1/answer', { q: 'How much did Xiaomi invest in R&D in 2024?', lang: 'en' })
const fact: Ok<'/v1/facts/{id}'> | null = answered.answer
console.log(JSON.stringify({ limit: found.limit, results: quotes.length, answer: fact?.citation.url ?? null, figure: answered.figure?.value ?? null }))
`

describe('OpenAPI document, as third-party tools read it', () => {
  let server: LoopbackServer
  let docFile: string
  beforeAll(async () => {
    server = await serveOnLoopback(createApp(await bundledData(), TEST_CONFIG))
    await mkdir(WORK, { recursive: true })
    docFile = join(WORK, 'openapi.json')
    await writeFile(docFile, await (await fetch(`${server.base}/openapi.json`)).text())
  })
  afterAll(() => server.close())

  it('passes Redocly recommended with no error and no warning', async () => {
    const { stdout, stderr } = await run(bin('redocly'), ['lint', docFile, '--config', resolve('redocly.yaml'), '--format', 'json'])
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number } }
    expect(report.totals, stderr).toEqual(expect.objectContaining({ errors: 0, warnings: 0 }))
  }, 60_000)

  it('passes Spectral spectral:oas with no error and no warning', async () => {
    const { stdout } = await run(bin('spectral'), ['lint', docFile, '--ruleset', resolve('.spectral.yaml'), '--format', 'json', '--quiet']).catch((e: { stdout: string }) => e)
    const results = JSON.parse(stdout || '[]') as Array<{ code: string; severity: number; path: string[] }>
    expect(results.map((r) => `${r.code} at ${r.path.join('.')}`)).toEqual([])
  }, 60_000)

  it('gives openapi-typescript a client that compiles with limit: 3, gets Fact typed, and runs', async () => {
    const types = astToString(await openapiTS(new URL(`${server.base}/openapi.json`)))
    await writeFile(join(WORK, 'api.d.ts'), types)
    await writeFile(join(WORK, 'client.ts'), PROGRAM)
    await writeFile(join(WORK, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], skipLibCheck: true }, files: ['client.ts'] }))
    await writeFile(join(WORK, 'package.json'), '{"type":"module"}')
    const compiled = await run(bin('tsc'), ['-p', join(WORK, 'tsconfig.json')]).catch((e: { stdout: string }) => e)
    expect(compiled.stdout).toBe('')
    const { stdout } = await run(bin('tsx'), [join(WORK, 'client.ts'), server.base])
    const out = JSON.parse(stdout) as { limit: number; results: number; answer: string | null }
    expect(out.limit).toBe(3)
    expect(out.results).toBe(3)
    expect(out.answer).toMatch(/^https?:\/\//)
  }, 120_000)
})
