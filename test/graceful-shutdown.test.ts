import { rm } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildDist, startProduction, type ProductionServer } from './support/production-server.js'

/**
 * SIGTERM against what `npm start` runs (the bundled server, in a child process): requests already
 * on the wire complete with 200, new connections are refused, and the process exits 0 once drained.
 */
let dist: string
let server: ProductionServer
let port = 0

beforeAll(async () => {
  dist = await buildDist()
  server = await startProduction(dist, { SHUTDOWN_GRACE_MS: '10000' })
  port = server.port
})

afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL')
  await rm(dist, { recursive: true, force: true })
})

/** Opens a connection and sends a request without its final blank line: the server has it in flight. */
function startRequest(path: string): Promise<{ socket: Socket; response: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`)
      let text = ''
      socket.on('data', (b: Buffer) => (text += b.toString()))
      const response = new Promise<string>((done) => socket.on('close', () => done(text)))
      resolve({ socket, response })
    })
    socket.on('error', reject)
  })
}

it('answers HTTP that Node rejects before the app (a 20 KB header, garbage) with problem+json', async () => {
  const raw = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(request))
      let text = ''
      socket.on('data', (b: Buffer) => (text += b.toString()))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
  const big = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
  expect(big).toMatch(/^HTTP\/1\.1 431 /)
  expect(big).toContain('content-type: application/problem+json')
  expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431 })
  const garbage = await raw('GARBAGE\r\n\r\n')
  expect(garbage).toMatch(/^HTTP\/1\.1 400 /)
  expect(garbage).toContain('application/problem+json')
})

it('on SIGTERM, finishes requests in flight with 200, refuses new ones, and exits 0 as soon as they are done', async () => {
  const paths = ['/v1/search?q=emissions', '/v1/answer?q=renewable%20energy', '/v1/facts?limit=50', '/llms-full.txt', '/healthz']
  const inFlight = await Promise.all(paths.map(startRequest))
  await new Promise((r) => setTimeout(r, 200)) // the server has read the partial requests

  server.child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 300))
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow()

  // Finish the requests; keep-alive is left on, so the server must close each connection once idle.
  for (const { socket } of inFlight) socket.write('\r\n')
  const responses = await Promise.all(inFlight.map((r) => r.response))
  for (const text of responses) expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
  expect(responses[0]).toMatch(/"results":\[/)

  // Promptly: not after Node's 5 s keep-alive timeout.
  const drained = performance.now()
  expect(await server.exited).toBe(0)
  expect(performance.now() - drained).toBeLessThan(2000)
  expect(server.output()).toMatch(/"msg":"esg-facts stopped"/)
}, 30_000)
