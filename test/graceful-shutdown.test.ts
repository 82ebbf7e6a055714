import { spawn, type ChildProcess } from 'node:child_process'
import { connect, createServer, type Socket } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'

/**
 * SIGTERM against the real entry point in a child process: requests already on the wire complete
 * with 200, new connections are refused, and the process exits 0 once drained. The child runs as
 * `node --import tsx` (as `npm start` does through tsx) so the signal reaches the server itself,
 * not a wrapper process.
 */
let child: ChildProcess
let port = 0
let output = ''

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

const exited = () => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))))

beforeAll(async () => {
  port = await freePort()
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '10000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()))
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()))
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)
    if (up) break
    if (i > 400 || child.exitCode !== null) throw new Error(`server did not start:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
})

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
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

  const exit = exited()
  child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 300))
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow()

  // Finish the requests; keep-alive is left on, so the server must close each connection once idle.
  for (const { socket } of inFlight) socket.write('\r\n')
  const responses = await Promise.all(inFlight.map((r) => r.response))
  for (const text of responses) expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
  expect(responses[0]).toMatch(/"results":\[/)

  // Promptly: not after Node's 5 s keep-alive timeout.
  const drained = performance.now()
  expect(await exit).toBe(0)
  expect(performance.now() - drained).toBeLessThan(2000)
  expect(output).toMatch(/"msg":"esg-facts stopped"/)
}, 30_000)
