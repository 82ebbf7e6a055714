import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApp } from '../src/core/http/app.js'
import { bundledData, serveOnLoopback, TEST_CONFIG, type LoopbackServer } from './support/targets.js'

const run = promisify(execFile)
const INSPECTOR = resolve('node_modules/.bin/mcp-inspector')
// The Inspector keeps a catalog and storage under HOME: a cache directory of ours, not the user's home.
const env = { ...process.env, HOME: resolve('node_modules/.cache/mcp-inspector-home') }

let server: LoopbackServer
beforeAll(async () => {
  // PUBLIC_URL is the loopback address itself, as Host checking compares against it.
  let app: ReturnType<typeof createApp> | undefined
  const data = await bundledData()
  server = await serveOnLoopback({ fetch: (req) => app!.fetch(req) })
  app = createApp(data, { ...TEST_CONFIG, publicUrl: server.base })
})
afterAll(() => server.close())

it("the MCP Inspector's CLI lists the tools of a loopback server and calls search", async () => {
  const listed = await run(INSPECTOR, ['--cli', `${server.base}/mcp`, '--method', 'tools/list'], { timeout: 60_000, env })
  const { tools } = JSON.parse(listed.stdout) as { tools: Array<{ name: string }> }
  expect(tools.map((t) => t.name).sort()).toEqual(['answer', 'fetch', 'observations', 'search'])
  const called = await run(INSPECTOR, ['--cli', `${server.base}/mcp`, '--method', 'tools/call', '--tool-name', 'search', '--tool-arg', 'query=waste', 'limit=2'], { timeout: 60_000, env })
  const result = JSON.parse(called.stdout) as { structuredContent: { results: unknown[] } }
  expect(result.structuredContent.results).toHaveLength(2)
}, 120_000)
